//! Lists of people sort the way their language sorts names: the console's not-arrived list,
//! `frontdesk attendees` and the badge sheets. In Swedish Å, Ä and Ö come after Z; in German
//! and English Åkesson files with A.

mod common;

use std::sync::Arc;

use frontdesk::collation::NameOrder;
use frontdesk::store::Store;

fn sample_in(language: &str) -> (tempfile::TempDir, Store) {
    let (dir, store) = common::temp_store();
    let mut store = store.with_name_order(Arc::new(NameOrder::for_language(language)));
    common::import_file(&mut store, "registrants-eventbrite.csv");
    (dir, store)
}

fn last_names(people: &[frontdesk::store::Attendee]) -> Vec<String> {
    people.iter().map(|a| a.last_name.clone()).collect()
}

/// Where the first person called `wanted` stands in `names`.
fn first_of(names: &[String], wanted: &str) -> usize {
    names
        .iter()
        .position(|n| n == wanted)
        .unwrap_or_else(|| panic!("{wanted} is not in the list: {names:?}"))
}

#[test]
fn swedish_lists_akesson_after_z_and_german_lists_him_first() {
    let (_sv_dir, sv) = sample_in("sv-SE");
    let swedish = last_names(&sv.not_arrived("", 1000).unwrap());
    let (_de_dir, de) = sample_in("de");
    let german = last_names(&de.not_arrived("", 1000).unwrap());
    assert_eq!(swedish.len(), german.len());

    assert_eq!(german[0], "Åkesson", "{german:?}");
    let last_latin = swedish
        .iter()
        .rposition(|n| n.starts_with(|c: char| c.is_ascii_alphabetic()))
        .unwrap();
    assert!(
        first_of(&swedish, "Åkesson") > last_latin,
        "Swedish puts Å after Z: {swedish:?}"
    );
    assert!(first_of(&swedish, "Åkesson") < first_of(&swedish, "Öberg"));
    // Öberg files as Oberg in German, before Okafor; in Swedish after Yılmaz.
    assert!(first_of(&german, "Öberg") < first_of(&german, "Okafor"));
    assert!(first_of(&swedish, "Öberg") > first_of(&swedish, "Yılmaz"));
}

#[test]
fn a_limited_list_is_the_first_names_of_the_whole_sorted_list() {
    let (_dir, store) = sample_in("sv-SE");
    let whole = last_names(&store.not_arrived("", 1000).unwrap());
    let first_ten = last_names(&store.not_arrived("", 10).unwrap());
    assert_eq!(first_ten, whole[..10]);
}

#[test]
fn every_list_of_everyone_follows_the_same_order() {
    let (_dir, store) = sample_in("sv-SE");
    let everyone = store.attendees().unwrap();
    let order = store.name_order();
    assert!(
        everyone.windows(2).all(|pair| {
            let key = |a: &frontdesk::store::Attendee| {
                (order.key(&a.last_name), order.key(&a.first_name))
            };
            key(&pair[0]) <= key(&pair[1])
        }),
        "frontdesk attendees is not in Swedish order"
    );
}

#[test]
fn the_command_line_sorts_in_the_computers_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("event.sqlite");
    let csv = common::data("registrants-eventbrite.csv");
    common::assert_success(&common::frontdesk(&db, &["import", csv.to_str().unwrap()]));
    let listed = |lang: &str| -> Vec<String> {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"))
            .args(["--db", db.to_str().unwrap(), "--json", "attendees"])
            .env_remove("LC_ALL")
            .env_remove("LC_COLLATE")
            .env("LANG", lang)
            .output()
            .unwrap();
        common::assert_success(&output);
        common::json(&output)
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["last_name"].as_str().unwrap().to_string())
            .collect()
    };
    let swedish = listed("sv_SE.UTF-8");
    let english = listed("en_US.UTF-8");
    assert_eq!(english[0], "Åkesson");
    assert_ne!(swedish[0], "Åkesson");
    assert_eq!(
        swedish.last().map(String::as_str),
        Some("Öberg"),
        "{swedish:?}"
    );
}
