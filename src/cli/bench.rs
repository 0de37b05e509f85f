//! `frontdesk bench`: the speed figures the README reports, measured on a generated event in a
//! temporary database.

use std::path::Path;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::commands::CliError;
use crate::import::{self, ParseOptions};
use crate::store::{ImportOptions, Store};

#[derive(Debug, Serialize)]
struct Figures {
    attendees: usize,
    import_seconds: f64,
    import_rows_per_s: f64,
    checkins_measured: usize,
    checkin_p50_us: u128,
    checkin_p99_us: u128,
    search_index_build_ms: u128,
    searches_measured: usize,
    search_p50_us: u128,
    search_p99_us: u128,
    dashboard_ms: u128,
    not_arrived_ms: u128,
}

const SAMPLES: usize = 2_000;

pub fn run(json: bool, attendees: usize, write_csv: Option<&Path>) -> Result<u8, CliError> {
    let dir = std::env::temp_dir().join(format!("frontdesk-bench-{}", std::process::id()));
    let result = measure(&dir, attendees, write_csv);
    let _ = std::fs::remove_dir_all(&dir);
    let figures = result?;
    if json {
        say!("{}", serde_json::to_string_pretty(&figures)?);
    } else {
        say!(
            "{} attendees: import {:.2} s ({:.0} rows/s); check-in p50 {} µs, p99 {} µs; \
             search p50 {} µs, p99 {} µs (index built in {} ms); dashboard {} ms, \
             not arrived {} ms",
            figures.attendees,
            figures.import_seconds,
            figures.import_rows_per_s,
            figures.checkin_p50_us,
            figures.checkin_p99_us,
            figures.search_p50_us,
            figures.search_p99_us,
            figures.search_index_build_ms,
            figures.dashboard_ms,
            figures.not_arrived_ms
        );
    }
    Ok(0)
}

fn measure(dir: &Path, attendees: usize, write_csv: Option<&Path>) -> Result<Figures, CliError> {
    let io_error = |source| CliError::Write {
        path: dir.display().to_string(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(io_error)?;
    let csv = generate_csv(attendees);
    if let Some(path) = write_csv {
        crate::file::write_atomic(path, &csv)?;
    }
    let mut store = Store::open(&dir.join("bench.sqlite"))?;

    let started = Instant::now();
    let list = import::parse(&csv, "generated.csv", &ParseOptions::default())?;
    store.import_registrants(&list, "import:generated.csv", ImportOptions::default())?;
    let import_seconds = started.elapsed().as_secs_f64();

    let people = store.attendees()?;
    let mut pick = Lcg(7);
    let mut checkin_times = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES.min(people.len()) {
        let person = &people[pick.below(people.len())];
        let code = person.badge_code.grouped();
        let started = Instant::now();
        store.check_in(&code, "Bench")?;
        checkin_times.push(started.elapsed());
    }

    let started = Instant::now();
    let index = store.search_index()?;
    let search_index_build_ms = started.elapsed().as_millis();
    let mut search_times = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES.min(people.len()) {
        let person = &people[pick.below(people.len())];
        let query = format!(
            "{} {}",
            prefix(&person.first_name, 3),
            prefix(&person.last_name, 3)
        );
        let started = Instant::now();
        let hits = index.search(&query, 8);
        search_times.push(started.elapsed());
        std::hint::black_box(hits);
    }

    let started = Instant::now();
    std::hint::black_box(store.dashboard(20)?);
    let dashboard_ms = started.elapsed().as_millis();
    let started = Instant::now();
    std::hint::black_box(store.not_arrived("ber", 50)?);
    let not_arrived_ms = started.elapsed().as_millis();

    Ok(Figures {
        attendees,
        import_seconds,
        import_rows_per_s: attendees as f64 / import_seconds.max(1e-9),
        checkins_measured: checkin_times.len(),
        checkin_p50_us: percentile(&mut checkin_times, 50),
        checkin_p99_us: percentile(&mut checkin_times, 99),
        search_index_build_ms,
        searches_measured: search_times.len(),
        search_p50_us: percentile(&mut search_times, 50),
        search_p99_us: percentile(&mut search_times, 99),
        dashboard_ms,
        not_arrived_ms,
    })
}

fn prefix(text: &str, chars: usize) -> String {
    text.chars().take(chars).collect()
}

pub(super) fn percentile(times: &mut [Duration], p: usize) -> u128 {
    if times.is_empty() {
        return 0;
    }
    times.sort_unstable();
    let index = ((times.len() - 1) * p) / 100;
    times[index].as_micros()
}

/// A small deterministic generator: the same event every run, no extra dependency.
pub(super) struct Lcg(pub(super) u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    pub(super) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const FIRST: &[&str] = &[
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Johan",
    "Sofia",
    "Anders",
    "Emma",
    "Mikael",
    "François",
    "Claire",
    "James",
    "Clément",
    "Adith",
    "Rachel",
    "Björn",
    "Zoë",
    "Jürgen",
    "Øystein",
    "Mei",
    "Ngozi",
    "Hugo",
    "Wei",
    "Oskar",
    "Yuki",
    "Tomás",
    "Małgorzata",
    "Olusegun",
    "Chloé",
    "Sofía",
    "Dagný",
    "Elin",
    "Emil",
    "Alice",
    "Henrik",
    "Maja",
    "Mohammed",
    "Sara",
];
const LAST: &[&str] = &[
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pachet",
    "Dorman",
    "McInerney",
    "Calauzènes",
    "Swaminathan",
    "Bittner",
    "Öberg",
    "Søndergaard",
    "Mäkinen",
    "Kowalczyk",
    "Sharma",
    "Papadopoulos",
    "Nguyen",
    "Okafor",
    "Ó Súilleabháin",
    "Nyström",
    "Åkesson",
    "Smith-Jones",
    "Delacruz",
    "Bergström",
    "Håkansson",
    "Lindqvist",
    "Sandberg",
    "Lindgren",
    "Hedlund",
    "Forsberg",
];
const COMPANY: &[&str] = &[
    "Spotify",
    "Pandora",
    "Criteo",
    "Microsoft Research",
    "Google",
    "Volvo Cars",
    "Klarna",
    "King",
    "KTH Royal Institute of Technology",
    "Chalmers",
    "Deezer",
    "SoundCloud",
    "Epidemic Sound",
    "H&M Group",
    "Stockholm University",
    "Independent",
];
const TICKET: &[&str] = &[
    "General Admission",
    "Student",
    "Speaker",
    "Sponsor",
    "Staff",
];

/// An Eventbrite-style attendee report of `n` people with unique emails and barcodes.
pub fn generate_csv(n: usize) -> Vec<u8> {
    let mut random = Lcg(42);
    let mut out = String::with_capacity(n * 160);
    out.push_str("Order #,First Name,Last Name,Email,Ticket Type,Attendee #,Barcode #,Company,Attendee Status\n");
    for i in 0..n {
        let first = FIRST[random.below(FIRST.len())];
        let last = LAST[random.below(LAST.len())];
        let company = COMPANY[random.below(COMPANY.len())];
        let ticket = TICKET[random.below(TICKET.len())];
        let status = if random.below(50) == 0 {
            "Not Attending"
        } else {
            "Attending"
        };
        let email_name = crate::text::fold(&format!("{first}.{last}")).replace(' ', "");
        out.push_str(&format!(
            "{},{first},{last},{email_name}.{i}@example.org,{ticket},{},{:022},{company},{status}\n",
            800_000_000 + i / 2,
            900_000_000 + i,
            7_400_000_000_000_000_000_000u128 + i as u128 * 7919,
        ));
    }
    out.into_bytes()
}
