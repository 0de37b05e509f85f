//! Reading agenda files end to end: frab XML, pretalx JSON and our own TOML into the schedule
//! the lobby screen shows, and the sentences the desk sees when a file is refused.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Stockholm;
use frontdesk::agenda::{AgendaError, Format, Schedule, SessionKind, parse};

fn read(parts: &[&str]) -> Vec<u8> {
    let mut path = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    path.extend(parts);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn sample(name: &str) -> Vec<u8> {
    read(&["tests", "data", name])
}

fn schedule(bytes: &[u8], name: &str) -> Schedule {
    parse(bytes, name, Stockholm).unwrap_or_else(|e| panic!("{e}"))
}

fn refusal(bytes: &[u8], name: &str) -> AgendaError {
    match parse(bytes, name, Stockholm) {
        Ok(s) => panic!("{name} was accepted with {} sessions", s.sessions.len()),
        Err(error) => error,
    }
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("test instant")
        .with_timezone(&Utc)
}

fn names(s: &frontdesk::agenda::NewSession) -> Vec<&str> {
    s.speakers.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn sample_xml_reads_the_whole_day() {
    let s = schedule(
        &sample("agenda-spotify-ml-day.xml"),
        "agenda-spotify-ml-day.xml",
    );
    assert_eq!(s.title.as_deref(), Some("Spotify ML Day"));
    assert_eq!(s.time_zone, Stockholm);
    assert_eq!(s.rooms, ["Main stage"]);
    assert_eq!(s.sessions.len(), 13);
    assert!(s.sessions.iter().all(|x| x.room == "Main stage"));
    assert!(s.sessions.iter().all(|x| x.day.to_string() == "2018-07-09"));
    assert!(s.sessions.windows(2).all(|w| w[0].start <= w[1].start));

    let first = &s.sessions[0];
    assert_eq!(first.title, "Registration and coffee");
    assert_eq!(first.start, utc("2018-07-09T07:30:00Z"));
    assert_eq!(first.end, utc("2018-07-09T08:00:00Z"));
    assert_eq!(first.kind, SessionKind::Other);
    assert_eq!(first.subtitle, "");
    assert!(first.speakers.is_empty());

    let keynote = &s.sessions[1];
    assert_eq!(keynote.title, "Using AI to help make good songs");
    assert_eq!(keynote.subtitle, "Opening keynote");
    assert_eq!(keynote.kind, SessionKind::Keynote);
    assert_eq!(names(keynote), ["François Pachet"]);
    assert_eq!(keynote.speakers[0].affiliation, None);

    assert_eq!(s.sessions[2].kind, SessionKind::Talk);
    assert_eq!(names(&s.sessions[2]), ["Claire Dorman"]);
    assert_eq!(s.sessions[3].title, "Coffee break");
    assert_eq!(s.sessions[3].kind, SessionKind::Break);

    let closing = &s.sessions[11];
    assert_eq!(closing.title, "Exploring the role of ML in music & art");
    assert_eq!(closing.start, utc("2018-07-09T14:15:00Z"));
    assert_eq!(closing.end, utc("2018-07-09T15:15:00Z"));
    assert_eq!(
        names(closing),
        ["Anna Huang", "Curtis Hawthorne", "Adam Roberts"]
    );

    let last = &s.sessions[12];
    assert_eq!(last.title, "Wrap-up and mingle");
    assert_eq!(last.start, utc("2018-07-09T15:15:00Z"));
    assert_eq!(last.end, utc("2018-07-09T15:30:00Z"));
    assert_eq!(last.kind, SessionKind::Other);

    let kinds = |k| s.sessions.iter().filter(|x| x.kind == k).count();
    assert_eq!(
        [
            SessionKind::Talk,
            SessionKind::Keynote,
            SessionKind::Break,
            SessionKind::Other
        ]
        .map(kinds),
        [5, 2, 4, 2]
    );
    // The copy the app ships is the same file.
    assert_eq!(
        s,
        schedule(
            &read(&["data", "agenda-spotify-ml-day.xml"]),
            "agenda-spotify-ml-day.xml"
        )
    );
}

#[test]
fn multiroom_xml_runs_past_midnight_and_through_the_autumn_change() {
    let s = schedule(&sample("agenda-multiroom.xml"), "agenda-multiroom.xml");
    assert_eq!(s.title.as_deref(), Some("Night & Day Conf 2018"));
    assert_eq!(s.rooms, ["Aula", "Room B", "Room C"]);
    let titles: Vec<&str> = s.sessions.iter().map(|x| x.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Opening keynote",
            "Coffee",
            "Rust workshop",
            "Hallway track",
            "Midnight lecture",
            "Late-night lightning talks",
            "The hour that happens twice",
            "Second time around",
            "Closing keynote",
            "Panel: tooling",
            "Lunch",
        ]
    );
    let by = |t: &str| s.sessions.iter().find(|x| x.title == t).expect(t);
    assert_eq!(names(by("Opening keynote")), ["Ada Lovelace"]);
    assert_eq!(names(by("Rust workshop")), ["Ferris the Crab", "Jane Doe"]);
    assert_eq!(by("Hallway track").subtitle, "Bring your questions");
    assert_eq!(by("Hallway track").end, utc("2018-10-27T09:30:00Z"));
    assert_eq!(by("Hallway track").kind, SessionKind::Other);
    assert_eq!(by("Coffee").kind, SessionKind::Break);
    assert_eq!(by("Midnight lecture").kind, SessionKind::Talk);

    // 23:30-00:30: ends on the next date, still day one.
    let midnight = by("Midnight lecture");
    assert_eq!(midnight.day.to_string(), "2018-10-27");
    assert_eq!(midnight.end, utc("2018-10-27T22:30:00Z"));
    // A bare 01:00 (before the day's 09:00 start) is 01:00 on the next date, summer time.
    let late = by("Late-night lightning talks");
    assert_eq!(late.day.to_string(), "2018-10-27");
    assert_eq!(late.start, utc("2018-10-27T23:00:00Z"));
    // A bare 02:00 on the night the clocks go back is the first 02:00 (+02:00).
    let twice = by("The hour that happens twice");
    assert_eq!(twice.start, utc("2018-10-28T00:00:00Z"));
    assert_eq!(twice.end, utc("2018-10-28T01:00:00Z"));
    // An offset in the file picks the second 02:30 (+01:00).
    assert_eq!(by("Second time around").start, utc("2018-10-28T01:30:00Z"));
    // Day two is winter time.
    let closing = by("Closing keynote");
    assert_eq!(closing.day.to_string(), "2018-10-28");
    assert_eq!(closing.start, utc("2018-10-28T09:00:00Z"));
    assert_eq!(by("Panel: tooling").start, utc("2018-10-28T09:00:00Z"));
}

#[test]
fn multiroom_json_is_the_same_schedule_as_the_xml() {
    let xml = schedule(&sample("agenda-multiroom.xml"), "agenda-multiroom.xml");
    let json = schedule(&sample("agenda-multiroom.json"), "agenda-multiroom.json");
    assert_eq!(json.sessions.len(), 11);
    assert_eq!(json, xml);
}

#[test]
fn formats_are_detected_from_content_not_the_extension() {
    let xml = sample("agenda-multiroom.xml");
    let json = sample("agenda-multiroom.json");
    let toml = read(&["data", "agenda.toml"]);
    assert_eq!(Format::detect(&xml, "schedule.json"), Some(Format::FrabXml));
    assert_eq!(
        Format::detect(&json, "schedule.xml"),
        Some(Format::PretalxJson)
    );
    assert_eq!(Format::detect(&toml, "agenda.txt"), Some(Format::Toml));
    assert_eq!(schedule(&json, "export.xml"), schedule(&xml, "export.json"));
}

#[test]
fn agenda_toml_matches_the_sample_xml_and_adds_affiliations() {
    let xml = schedule(
        &sample("agenda-spotify-ml-day.xml"),
        "agenda-spotify-ml-day.xml",
    );
    let toml = schedule(&read(&["data", "agenda.toml"]), "agenda.toml");
    assert_eq!(toml.title, xml.title);
    assert_eq!(toml.time_zone, xml.time_zone);
    assert_eq!(toml.rooms, xml.rooms);
    assert_eq!(toml.sessions.len(), xml.sessions.len());
    for (t, x) in toml.sessions.iter().zip(&xml.sessions) {
        assert_eq!(
            (
                t.day,
                t.start,
                t.end,
                &t.room,
                &t.title,
                &t.subtitle,
                t.kind
            ),
            (
                x.day,
                x.start,
                x.end,
                &x.room,
                &x.title,
                &x.subtitle,
                x.kind
            ),
        );
        assert_eq!(names(t), names(x), "{}", t.title);
    }
    let labels: Vec<String> = toml
        .sessions
        .iter()
        .flat_map(|s| s.speakers.iter().map(|p| p.label()))
        .collect();
    assert_eq!(labels[0], "François Pachet, Spotify");
    assert_eq!(labels[1], "Claire Dorman, Pandora");
    assert!(labels.contains(&"Adith Swaminathan, Microsoft Research".to_string()));
    assert!(
        toml.sessions
            .iter()
            .flat_map(|s| &s.speakers)
            .all(|p| p.affiliation.is_some())
    );
}

#[test]
fn toml_times_after_midnight_are_on_the_next_date() {
    let toml = r#"
        time_zone = "Europe/Stockholm"
        [[day]]
        date = 2018-07-09
        room = "Hall"
        [[day.session]]
        start = "22:00"
        end = "23:30"
        title = "Night talk"
        [[day.session]]
        start = "23:30"
        end = "00:30"
        title = "Over midnight"
        [[day.session]]
        start = "24:30"
        duration = "30m"
        title = "Written as 24:30"
        kind = "other"
        speakers = ["Ada  Lovelace, Analytical Engines", { name = "Grace Hopper" }]
    "#;
    let s = parse(toml.as_bytes(), "a.toml", Stockholm).unwrap();
    let times: Vec<String> = s
        .sessions
        .iter()
        .map(|s| format!("{} {}", s.start.to_rfc3339(), s.end.to_rfc3339()))
        .collect();
    assert_eq!(
        times,
        [
            "2018-07-09T20:00:00+00:00 2018-07-09T21:30:00+00:00",
            "2018-07-09T21:30:00+00:00 2018-07-09T22:30:00+00:00",
            "2018-07-09T22:30:00+00:00 2018-07-09T23:00:00+00:00",
        ]
    );
    assert!(s.sessions.iter().all(|s| s.day.to_string() == "2018-07-09"));
    let last = &s.sessions[2];
    assert_eq!(last.kind, SessionKind::Other);
    assert_eq!(last.speakers[0].label(), "Ada Lovelace, Analytical Engines");
    assert_eq!(last.speakers[1].affiliation, None);
}

#[test]
fn toml_day_change_can_be_moved_for_early_mornings() {
    let toml = "day_change = \"03:00\"\n[[day]]\ndate = 2018-07-09\nroom = \"Beach\"\n\
                [[day.session]]\nstart = \"04:00\"\nend = \"05:00\"\ntitle = \"Sunrise yoga\"\n\
                [[day.session]]\nstart = \"23:00\"\nend = \"02:00\"\ntitle = \"Night swim\"\n";
    let s = parse(toml.as_bytes(), "a.toml", Stockholm).unwrap();
    assert_eq!(
        s.sessions[0].start.to_rfc3339(),
        "2018-07-09T02:00:00+00:00"
    );
    assert_eq!(s.sessions[1].end.to_rfc3339(), "2018-07-10T00:00:00+00:00");
    // Without it, 04:00 is in the night after and 05:00 is not, so yoga would end first.
    let toml = toml.replace("day_change = \"03:00\"\n", "");
    let err = parse(toml.as_bytes(), "a.toml", Stockholm).unwrap_err();
    assert!(matches!(err, AgendaError::EndsBeforeStart { .. }), "{err}");
}

#[test]
fn toml_unknown_keys_and_kinds_are_refused_with_the_line() {
    let toml = "[[day]]\ndate = 2018-07-09\n[[day.session]]\nstart = \"10:00\"\n\
                duration = \"30m\"\nroom = \"A\"\ntitle = \"X\"\nspeaker = \"Ada\"\n";
    let err = parse(toml.as_bytes(), "a.toml", Stockholm)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("a.toml, line 8") && err.contains("speaker"),
        "{err}"
    );
    let toml = toml.replace("speaker = \"Ada\"", "kind = \"lecture\"");
    let err = parse(toml.as_bytes(), "a.toml", Stockholm)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("session “X” (line 3)") && err.contains("lecture"),
        "{err}"
    );
}

/// `opening` is how the sentence starts: the file, then the session or line when known.
fn assert_says(error: &AgendaError, opening: &str, words: &[&str]) {
    let sentence = error.to_string();
    assert!(
        sentence.starts_with(opening),
        "does not start with {opening}: {sentence}"
    );
    assert_eq!(Some(error.file()), opening.split(',').next());
    for word in words {
        assert!(sentence.contains(word), "no “{word}” in: {sentence}");
    }
    assert!(sentence.ends_with('.'), "{sentence}");
    assert!(!sentence.contains('\n'), "{sentence}");
}

#[test]
fn entity_bomb_is_refused_before_it_expands() {
    let error = refusal(&sample("agenda-entity-bomb.xml"), "agenda-entity-bomb.xml");
    assert!(
        matches!(error, AgendaError::XmlDeclarations { .. }),
        "{error}"
    );
    assert_says(
        &error,
        "agenda-entity-bomb.xml",
        &["entities", "export the schedule again"],
    );
}

#[test]
fn a_registrant_list_is_not_a_schedule() {
    let error = refusal(
        &sample("registrants-eventbrite.csv"),
        "registrants-eventbrite.csv",
    );
    assert!(matches!(error, AgendaError::NotASchedule { .. }), "{error}");
    assert_says(
        &error,
        "registrants-eventbrite.csv",
        &["not a schedule", "registrant"],
    );
    // Even when someone renamed it.
    let error = refusal(&sample("registrants-eventbrite.csv"), "agenda.toml");
    assert_says(&error, "agenda.toml", &["not a schedule", "registrant"]);
    let error = refusal(
        b"[[day]]\ndate = 2018-07-09\n[[day.session]\n",
        "agenda.toml",
    );
    assert_says(&error, "agenda.toml, line 3", &["not valid agenda TOML"]);
    let error = refusal(b"", "agenda.xml");
    assert_says(&error, "agenda.xml", &["empty"]);
}

const ONE_EVENT: &str = "<schedule><conference><title>T</title>\
    <time_zone_name>ZONE</time_zone_name></conference>\
    <day date='DATE'><room name='Aula'>\n<event>\n<start>START</start>\
    <duration>DURATION</duration><title>Lightning talks</title></event></room></day></schedule>";

fn one_event(zone: &str, date: &str, start: &str, duration: &str) -> Vec<u8> {
    ONE_EVENT
        .replace("ZONE", zone)
        .replace("DATE", date)
        .replace("START", start)
        .replace("DURATION", duration)
        .into_bytes()
}

#[test]
fn one_event_fixture_parses_when_correct() {
    let s = schedule(
        &one_event("Europe/Stockholm", "2018-07-09", "10:00", "00:30"),
        "a.xml",
    );
    assert_eq!(s.sessions[0].start, utc("2018-07-09T08:00:00Z"));
}

#[test]
fn a_session_ending_when_it_starts_is_refused() {
    let bytes = one_event("Europe/Stockholm", "2018-07-09", "10:00", "00:00");
    let error = refusal(&bytes, "agenda.xml");
    assert_says(
        &error,
        "agenda.xml, session “Lightning talks” (line 2)",
        &["ends (2018-07-09 10:00) before or when it starts (2018-07-09 10:00)"],
    );
    let toml = "[[day]]\ndate = 2018-07-09\nroom = \"Aula\"\n[[day.session]]\n\
                start = \"10:30\"\nend = \"10:00\"\ntitle = \"Lightning talks\"\n";
    let error = refusal(toml.as_bytes(), "agenda.toml");
    assert_says(
        &error,
        "agenda.toml, session “Lightning talks”",
        &["ends (2018-07-09 10:00) before or when it starts (2018-07-09 10:30)"],
    );
}

#[test]
fn an_unknown_time_zone_is_refused_with_an_example() {
    let bytes = one_event("Europe/Stokholm", "2018-07-09", "10:00", "00:30");
    let error = refusal(&bytes, "agenda.xml");
    assert!(
        matches!(error, AgendaError::UnknownTimeZone { .. }),
        "{error}"
    );
    assert_says(
        &error,
        "agenda.xml",
        &["“Europe/Stokholm” is unknown", "“Europe/Stockholm”"],
    );
    let toml = "time_zone = \"Europe/Stokholm\"\n[[day]]\ndate = 2018-07-09\n";
    let error = refusal(toml.as_bytes(), "agenda.toml");
    assert_says(
        &error,
        "agenda.toml, line 1",
        &["“Europe/Stokholm” is unknown"],
    );
}

#[test]
fn a_local_time_the_clocks_skip_is_refused() {
    let bytes = one_event("Europe/Stockholm", "2018-03-25", "02:30", "00:30");
    let error = refusal(&bytes, "agenda.xml");
    assert!(
        matches!(error, AgendaError::NonexistentLocalTime { .. }),
        "{error}"
    );
    assert_says(
        &error,
        "agenda.xml, session “Lightning talks”",
        &["2018-03-25 02:30 does not exist in Europe/Stockholm"],
    );
    // In agenda TOML, 02:30 is in the night after the day's date.
    let toml = "[[day]]\ndate = 2018-03-24\nroom = \"Aula\"\n[[day.session]]\n\
                start = \"02:30\"\nduration = \"30m\"\ntitle = \"Lightning talks\"\n";
    let error = refusal(toml.as_bytes(), "agenda.toml");
    assert_says(
        &error,
        "agenda.toml, session “Lightning talks” (line 4)",
        &["2018-03-25 02:30 does not exist"],
    );
}

#[test]
fn unreadable_durations_and_times_are_refused() {
    let error = refusal(&one_event("", "2018-07-09", "10:00", "1h30"), "agenda.xml");
    assert!(matches!(error, AgendaError::BadDuration { .. }), "{error}");
    assert_says(
        &error,
        "agenda.xml, session “Lightning talks” (line 2)",
        &["duration “1h30” cannot be read", "HH:MM"],
    );
    let error = refusal(&one_event("", "2018-07-09", "10:00", "00:75"), "agenda.xml");
    assert_says(&error, "agenda.xml", &["duration “00:75”"]);
    let error = refusal(&one_event("", "2018-07-09", "ten", "00:30"), "agenda.xml");
    assert_says(
        &error,
        "agenda.xml, session “Lightning talks”",
        &["time “ten” cannot be read"],
    );
}

#[test]
fn deeply_nested_files_are_refused_without_exhausting_the_stack() {
    let xml = format!("<schedule>{}", "<a>".repeat(100_000));
    let error = refusal(xml.as_bytes(), "deep.xml");
    assert_says(&error, "deep.xml", &["not a schedule", "deep"]);
    let mut toml = String::from("[[day]]\ndate = 2018-07-09\n[[day.session]]\nspeakers = ");
    toml.push_str(&"[".repeat(100_000));
    let error = refusal(toml.as_bytes(), "deep.toml");
    assert_says(&error, "deep.toml, line 4", &["not valid agenda TOML"]);
    let json = format!(
        "{{\"schedule\": {{\"conference\": {{\"x\": {}",
        "[".repeat(100_000)
    );
    let error = refusal(json.as_bytes(), "deep.json");
    assert_says(&error, "deep.json, line 1", &["not valid schedule JSON"]);
    // Brackets alone are JSON too, nested too deep: said so, not "not XML, JSON or TOML".
    let brackets = "[".repeat(100_000);
    let error = refusal(brackets.as_bytes(), "brackets.json");
    assert_says(
        &error,
        "brackets.json, line 1",
        &["not valid schedule JSON"],
    );
    assert!(!error.to_string().contains("not XML, JSON"), "{error}");
}
