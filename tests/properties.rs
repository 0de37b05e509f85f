//! Properties checked on generated input (proptest). Short by default; `PROPTEST_CASES=N`
//! runs N cases each (proptest reads it), e.g. `PROPTEST_CASES=20000 cargo test --release
//! --test properties`.

use proptest::prelude::*;

use frontdesk::code::{self, BadgeCode, Parsed};
use frontdesk::import::{ParseOptions, parse as parse_registrants};
use frontdesk::search::{SearchIndex, Searchable};

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn badge_code() -> impl Strategy<Value = BadgeCode> {
    any::<u64>().prop_map(BadgeCode::from_random_bits)
}

proptest! {
    /// Printed, scanned back in any case and grouping: the same code.
    #[test]
    fn a_code_reads_back_as_itself_however_it_is_written(code in badge_code()) {
        prop_assert_eq!(code::parse(&code.grouped()), Parsed::Valid(code.clone()));
        prop_assert_eq!(code::parse(&code.canonical().to_lowercase()), Parsed::Valid(code.clone()));
        let spaced: String = code.canonical().chars().flat_map(|c| [c, ' ']).collect();
        prop_assert_eq!(code::parse(&spaced), Parsed::Valid(code));
    }

    /// Every single misread character is a typo, never someone else's badge.
    #[test]
    fn every_single_substitution_is_caught(code in badge_code(), at in 0..code::CODE_LEN, by in 1..32usize) {
        let mut chars: Vec<char> = code.canonical().chars().collect();
        let was = ALPHABET.find(chars[at]).expect("a code character");
        chars[at] = ALPHABET.as_bytes()[(was + by) % 32] as char;
        let misread: String = chars.into_iter().collect();
        prop_assert_eq!(code::parse(&misread), Parsed::Typo);
    }

    /// Two neighbouring characters swapped is a typo too, when they differ.
    #[test]
    fn every_adjacent_swap_is_caught(code in badge_code(), at in 0..code::CODE_LEN - 1) {
        let mut chars: Vec<char> = code.canonical().chars().collect();
        // The first pair from `at` on (wrapping round) whose characters differ.
        let pairs = code::CODE_LEN - 1;
        let Some(at) = (0..pairs).map(|k| (at + k) % pairs).find(|&i| chars[i] != chars[i + 1]) else {
            return Ok(());
        };
        chars.swap(at, at + 1);
        let swapped: String = chars.into_iter().collect();
        prop_assert_eq!(code::parse(&swapped), Parsed::Typo);
    }

    /// Whatever is typed or scanned, reading it as a code answers.
    #[test]
    fn any_text_is_read_as_a_code_without_panicking(text in ".{0,40}") {
        let _ = code::parse(&text);
    }

    /// The registrant reader answers any bytes with a list or a sentence.
    #[test]
    fn the_registrant_reader_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse_registrants(&bytes, "random.csv", &ParseOptions::default());
    }

    /// Nor on text shaped like a spreadsheet: headers, quotes, delimiters, line breaks.
    #[test]
    fn the_registrant_reader_never_panics_on_csv_like_text(
        rows in proptest::collection::vec("[A-Za-zÅÄÖéü0-9 @.\",;\t\r\n-]{0,60}", 0..30)
    ) {
        let text = format!("First Name,Last Name,Email,Ticket Type\n{}", rows.join("\n"));
        if let Ok(list) = parse_registrants(text.as_bytes(), "sheet.csv", &ParseOptions::default()) {
            // Never more people than the text has lines (a CR ends a line too).
            let lines = text.matches(['\n', '\r']).count() + 1;
            prop_assert!(list.registrants.len() + list.skipped.len() <= lines);
        }
    }

    /// The three schedule readers answer any bytes with a schedule or a sentence.
    #[test]
    fn the_schedule_readers_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        name in prop::sample::select(vec!["s.xml", "s.json", "s.toml"]),
    ) {
        let _ = frontdesk::agenda::parse(&bytes, name, chrono_tz::Europe::Stockholm);
    }

    /// Text that starts like each format but goes wrong anywhere.
    #[test]
    fn the_schedule_readers_never_panic_on_nearly_schedules(
        tail in "[<>/a-z=\"'{}\\[\\]:, 0-9\n-]{0,300}",
        start in prop::sample::select(vec![
            "<schedule><conference><title>x</title></conference><day date='2018-07-09'>",
            "{\"schedule\": {\"conference\": {\"days\": [",
            "[[day]]\ndate = 2018-07-09\n[[day.session]]\n",
        ]),
    ) {
        let text = format!("{start}{tail}");
        let _ = frontdesk::agenda::parse(text.as_bytes(), "s", chrono_tz::Europe::Stockholm);
    }

    /// Searching never panics, and a person's own full name always finds them.
    #[test]
    fn a_persons_own_name_always_finds_them(
        // Letters only, accented ones included (not × and ÷, which sit among them).
        people in proptest::collection::vec((
            "[A-Za-zÀ-ÖØ-öø-ÿ]{1,12}",
            "[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ' -]{0,15}",
        ), 1..40),
        pick in any::<prop::sample::Index>(),
        query in ".{0,30}",
    ) {
        let names: Vec<(String, String, String)> = people
            .iter()
            .map(|(first, last)| (first.clone(), last.clone(), format!("{first} {last}")))
            .collect();
        let index = SearchIndex::build(names.iter().enumerate().map(|(n, (first, last, display))| {
            Searchable {
                id: n as i64,
                first_name: first,
                last_name: last,
                display_name: display,
                company: "",
                email: "",
            }
        }));
        let _ = index.search(&query, 10);
        let wanted = pick.index(names.len());
        let hits = index.search(&names[wanted].2, names.len());
        prop_assert!(
            hits.iter().any(|hit| hit.id == wanted as i64),
            "{:?} not found among {:?}", names[wanted].2, hits
        );
    }
}
