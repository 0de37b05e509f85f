//! How well the desk's name search finds people from what staff type first: three letters of
//! the first name and three of the last ("fra pac"). Every attendee of each sample list is
//! looked up that way and must be among the first five results, the ones the desk shows
//! without scrolling.

mod common;

use frontdesk::store::Attendee;

/// The share of people that must be in the top five for a list to pass.
const REQUIRED_SHARE: f64 = 0.95;
const SHOWN: usize = 5;

/// Three characters, not bytes: names like "Jiří" or "سارة" are several bytes a letter.
fn start(name: &str) -> String {
    name.trim().chars().take(3).collect()
}

struct Quality {
    list: &'static str,
    people: usize,
    skipped: usize,
    in_top: usize,
    first: usize,
    misses: Vec<String>,
}

impl Quality {
    fn tried(&self) -> usize {
        self.people - self.skipped
    }

    fn share(&self, found: usize) -> f64 {
        if self.tried() == 0 {
            0.0
        } else {
            found as f64 / self.tried() as f64
        }
    }
}

fn measure(list: &'static str) -> Quality {
    let (_dir, mut store) = common::temp_store();
    common::import_file(&mut store, list);
    let index = store.search_index().expect("search index builds");
    let people: Vec<Attendee> = store.attendees().expect("attendees");
    let mut quality = Quality {
        list,
        people: people.len(),
        skipped: 0,
        in_top: 0,
        first: 0,
        misses: Vec::new(),
    };
    for person in &people {
        let (first, last) = (start(&person.first_name), start(&person.last_name));
        if first.is_empty() || last.is_empty() {
            quality.skipped += 1;
            continue;
        }
        let query = format!("{first} {last}");
        let hits = index.search(&query, SHOWN);
        match hits.iter().position(|hit| hit.id == person.id) {
            Some(0) => {
                quality.in_top += 1;
                quality.first += 1;
            }
            Some(_) => quality.in_top += 1,
            None => {
                let shown: Vec<String> = hits
                    .iter()
                    .map(|hit| {
                        let other = people.iter().find(|p| p.id == hit.id);
                        let name = other.map_or("?", |p| p.display_name.as_str());
                        format!("{name} ({})", hit.score)
                    })
                    .collect();
                let namesakes = people
                    .iter()
                    .filter(|p| {
                        p.first_name == person.first_name && p.last_name == person.last_name
                    })
                    .count();
                quality.misses.push(format!(
                    "{query:?} for {:?} (first {:?}, last {:?}, id {}, {namesakes} people with this name): {} results [{}]",
                    person.display_name,
                    person.first_name,
                    person.last_name,
                    person.id,
                    hits.len(),
                    shown.join(", ")
                ));
            }
        }
    }
    quality
}

fn check(list: &'static str) {
    let q = measure(list);
    println!(
        "{}: {} of {} people in the top {SHOWN} ({:.1}%), first {} ({:.1}%); \
         {} skipped without a first or last name, {} misses",
        q.list,
        q.in_top,
        q.tried(),
        100.0 * q.share(q.in_top),
        q.first,
        100.0 * q.share(q.first),
        q.skipped,
        q.misses.len()
    );
    for miss in &q.misses {
        println!("  miss: {miss}");
    }
    assert!(q.tried() > 0, "{list}: nobody to look up");
    assert!(
        q.share(q.in_top) >= REQUIRED_SHARE,
        "{list}: only {:.1}% of people are in the top {SHOWN} (needed {:.0}%); misses:\n{}",
        100.0 * q.share(q.in_top),
        100.0 * REQUIRED_SHARE,
        q.misses.join("\n")
    );
}

#[test]
fn eventbrite_people_are_found_by_three_letters_of_each_name() {
    check("registrants-eventbrite.csv");
}

#[test]
fn pretix_people_are_found_by_three_letters_of_each_name() {
    check("registrants-pretix.csv");
}

#[test]
fn people_of_a_messy_list_are_found_by_three_letters_of_each_name() {
    check("registrants-messy.csv");
}
