//! Now and next as table tests: the lobby's answer at the moments that matter.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use frontdesk::agenda::report::{NowNextReport, parse_at};
use frontdesk::agenda::{Agenda, Phase, Session, SessionKind, Speaker};

const STOCKHOLM: Tz = chrono_tz::Europe::Stockholm;

fn local(date: &str, hhmm: &str) -> DateTime<Utc> {
    let text = format!("{date}T{hhmm}");
    let naive = chrono::NaiveDateTime::parse_from_str(&text, "%Y-%m-%dT%H:%M").expect("test time");
    STOCKHOLM
        .from_local_datetime(&naive)
        .earliest()
        .expect("time exists")
        .with_timezone(&Utc)
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("test instant")
        .with_timezone(&Utc)
}

fn session(
    id: i64,
    day: &str,
    room: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    title: &str,
    kind: SessionKind,
) -> Session {
    Session {
        id,
        day: day.parse::<NaiveDate>().expect("test day"),
        start,
        end,
        room: room.to_string(),
        title: title.to_string(),
        subtitle: String::new(),
        speakers: vec![Speaker {
            name: format!("Speaker of {title}"),
            affiliation: None,
        }],
        kind,
    }
}

/// Two days, two rooms; the first day's hack night runs past midnight into the next date.
fn two_days() -> Agenda {
    let d1 = "2018-07-09";
    let d2 = "2018-07-10";
    let main = "Main stage";
    let lab = "Lab";
    let sessions = vec![
        session(
            1,
            d1,
            main,
            local(d1, "09:30"),
            local(d1, "10:00"),
            "Registration",
            SessionKind::Other,
        ),
        session(
            2,
            d1,
            main,
            local(d1, "10:00"),
            local(d1, "10:45"),
            "Keynote",
            SessionKind::Keynote,
        ),
        session(
            3,
            d1,
            lab,
            local(d1, "10:00"),
            local(d1, "11:00"),
            "Workshop",
            SessionKind::Talk,
        ),
        session(
            4,
            d1,
            main,
            local(d1, "10:45"),
            local(d1, "11:25"),
            "Playlists",
            SessionKind::Talk,
        ),
        session(
            5,
            d1,
            main,
            local(d1, "11:25"),
            local(d1, "11:45"),
            "Coffee break",
            SessionKind::Break,
        ),
        session(
            6,
            d1,
            main,
            local(d1, "11:45"),
            local(d1, "12:25"),
            "Bandits",
            SessionKind::Talk,
        ),
        session(
            7,
            d1,
            main,
            local(d1, "13:30"),
            local(d1, "14:10"),
            "Offline A/B",
            SessionKind::Talk,
        ),
        session(
            8,
            d1,
            lab,
            local(d1, "23:30"),
            local(d2, "00:30"),
            "Hack night",
            SessionKind::Other,
        ),
        session(
            9,
            d2,
            main,
            local(d2, "09:00"),
            local(d2, "10:00"),
            "Day two opening",
            SessionKind::Keynote,
        ),
    ];
    Agenda {
        day_changes_at: frontdesk::day::default_day_change(),
        time_zone: STOCKHOLM,
        rooms: vec![main.to_string(), lab.to_string()],
        sessions,
    }
}

fn titles<'a>(sessions: impl Iterator<Item = Option<&'a Session>>) -> Vec<&'a str> {
    sessions.flatten().map(|s| s.title.as_str()).collect()
}

struct Case {
    what: &'static str,
    at: DateTime<Utc>,
    now: &'static [&'static str],
    next: &'static [&'static str],
    day: &'static str,
    phase: fn(&Agenda) -> Phase,
}

#[test]
fn now_and_next_through_two_days() {
    let agenda = two_days();
    let d1 = "2018-07-09";
    let d2 = "2018-07-10";
    let cases = [
        Case {
            what: "before doors",
            at: local(d1, "08:00"),
            now: &[],
            next: &["Registration", "Workshop"],
            day: d1,
            phase: |a| Phase::BeforeDoors {
                doors: a.sessions[0].start,
            },
        },
        Case {
            what: "first minute of the keynote",
            at: local(d1, "10:00"),
            now: &["Keynote", "Workshop"],
            next: &["Playlists", "Hack night"],
            day: d1,
            phase: |_| Phase::Running,
        },
        Case {
            what: "last second of the keynote",
            at: local(d1, "10:45") - chrono::Duration::seconds(1),
            now: &["Keynote", "Workshop"],
            next: &["Playlists", "Hack night"],
            day: d1,
            phase: |_| Phase::Running,
        },
        Case {
            what: "the keynote's end is the next talk's start",
            at: local(d1, "10:45"),
            now: &["Playlists", "Workshop"],
            next: &["Coffee break", "Hack night"],
            day: d1,
            phase: |_| Phase::Running,
        },
        Case {
            what: "in the coffee break",
            at: local(d1, "11:30"),
            now: &["Coffee break"],
            next: &["Bandits", "Hack night"],
            day: d1,
            phase: |_| Phase::Running,
        },
        Case {
            what: "in the gap over lunch",
            at: local(d1, "12:40"),
            now: &[],
            next: &["Offline A/B", "Hack night"],
            day: d1,
            phase: |a| Phase::Gap {
                resumes: a.sessions[6].start,
            },
        },
        Case {
            what: "past midnight, still the first day",
            at: local(d2, "00:10"),
            now: &["Hack night"],
            next: &["Day two opening"],
            day: d1,
            phase: |_| Phase::Running,
        },
        Case {
            what: "after the first day, before the second",
            at: local(d2, "00:45"),
            now: &[],
            next: &["Day two opening"],
            day: d1,
            phase: |a| Phase::DayOver {
                next_day: Some(a.sessions[8].start),
            },
        },
        Case {
            what: "the second day's first minute",
            at: local(d2, "09:00"),
            now: &["Day two opening"],
            next: &[],
            day: d2,
            phase: |_| Phase::Running,
        },
        Case {
            what: "after the end",
            at: local(d2, "12:00"),
            now: &[],
            next: &[],
            day: d2,
            phase: |_| Phase::DayOver { next_day: None },
        },
    ];
    for case in cases {
        let rooms = agenda.now_next(case.at);
        let now = titles(rooms.iter().map(|r| r.now));
        let next = titles(rooms.iter().map(|r| r.next));
        assert_eq!(now, case.now, "now, {}", case.what);
        assert_eq!(next, case.next, "next, {}", case.what);
        let lobby = agenda.lobby(case.at);
        assert_eq!(
            lobby.day.map(|d| d.to_string()).as_deref(),
            Some(case.day),
            "day, {}",
            case.what
        );
        assert_eq!(lobby.phase, (case.phase)(&agenda), "phase, {}", case.what);
    }
}

#[test]
fn the_lobby_keeps_tomorrow_out_of_tonight() {
    let agenda = two_days();
    let lobby = agenda.lobby(local("2018-07-09", "15:00"));
    let next: Vec<_> = lobby
        .rooms
        .iter()
        .filter_map(|r| r.next)
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(next, ["Hack night"], "day two is not next on day one");
    assert_eq!(lobby.day_sessions.len(), 8);
}

/// The lobby's list starts at the session before the current one: in the afternoon, the
/// morning's finished talks are not listed (nor paged through).
#[test]
fn the_day_list_starts_at_the_session_before_the_current_one() {
    let agenda = two_days();
    let list = |at| -> Vec<String> {
        agenda
            .lobby(at)
            .day_list
            .iter()
            .map(|s| s.title.clone())
            .collect()
    };
    assert_eq!(
        list(local("2018-07-09", "09:00"))[0],
        "Registration",
        "before the doors, the whole day"
    );
    assert_eq!(list(local("2018-07-09", "09:00")).len(), 8);
    // 13:40: "Offline A/B" is on; "Bandits" ended before it.
    assert_eq!(
        list(local("2018-07-09", "13:40")),
        ["Bandits", "Offline A/B", "Hack night"]
    );
    // In the lunch gap, the talk before it and what comes next.
    assert_eq!(list(local("2018-07-09", "12:40"))[0], "Bandits");
    // 10:50: the keynote ended at 10:45 but the workshop (10:00-11:00) is still on, so the
    // list starts before the workshop, with the keynote.
    assert_eq!(list(local("2018-07-09", "10:50"))[0], "Keynote");
}

/// 28 October 2018: Stockholm's clocks go back from 03:00 CEST to 02:00 CET, so 02:00-03:00
/// happens twice. A session from 01:30 CEST to 02:30 CET is 2 hours long.
fn summer_time_ends() -> Agenda {
    let day = "2018-10-27";
    let sessions = vec![
        session(
            1,
            day,
            "Hall",
            utc("2018-10-27T20:00:00Z"),
            utc("2018-10-27T23:30:00Z"),
            "Late talks",
            SessionKind::Talk,
        ),
        session(
            2,
            day,
            "Hall",
            utc("2018-10-27T23:30:00Z"),
            utc("2018-10-28T01:30:00Z"),
            "Night owl session",
            SessionKind::Talk,
        ),
        session(
            3,
            day,
            "Hall",
            utc("2018-10-28T01:30:00Z"),
            utc("2018-10-28T02:00:00Z"),
            "Closing",
            SessionKind::Other,
        ),
    ];
    Agenda {
        day_changes_at: frontdesk::day::default_day_change(),
        time_zone: STOCKHOLM,
        rooms: vec!["Hall".into()],
        sessions,
    }
}

#[test]
fn on_the_night_summer_time_ends() {
    let agenda = summer_time_ends();
    let cases = [
        (
            "02:30 CEST, the first time round",
            "2018-10-28T02:30:00+02:00",
            Some("Night owl session"),
        ),
        (
            "02:30 CET, the second time round",
            "2018-10-28T02:30:00+01:00",
            Some("Closing"),
        ),
        ("02:59 CET", "2018-10-28T02:59:00+01:00", Some("Closing")),
        (
            "03:00 CET, after the end",
            "2018-10-28T03:00:00+01:00",
            None,
        ),
    ];
    for (what, at, now) in cases {
        let at = parse_at(at, STOCKHOLM).expect("valid instant");
        let rooms = agenda.now_next(at);
        assert_eq!(
            rooms.first().and_then(|r| r.now).map(|s| s.title.as_str()),
            now,
            "{what}"
        );
    }
    let report = NowNextReport::new(&agenda, utc("2018-10-28T00:30:00Z"));
    assert_eq!(report.at, "2018-10-28T02:30:00+02:00");
    assert_eq!(
        report.now[0].end, "2018-10-28T02:30:00+01:00",
        "the session ends at the second 02:30"
    );
    let lobby = agenda.lobby(utc("2018-10-28T02:30:00Z"));
    assert_eq!(lobby.phase, Phase::DayOver { next_day: None });
}

#[test]
fn the_same_instant_in_two_offsets_gives_the_same_answer() {
    let agenda = two_days();
    let written = [
        "2018-07-09T10:15:00+02:00",
        "2018-07-09T08:15:00Z",
        "2018-07-09T04:15:00-04:00",
        "2018-07-09T08:15Z",
        "2018-07-09T10:15",
    ];
    let reports: Vec<String> = written
        .iter()
        .map(|at| {
            let at = parse_at(at, STOCKHOLM).expect("valid instant");
            serde_json::to_string(&NowNextReport::new(&agenda, at)).expect("serializable")
        })
        .collect();
    for report in &reports {
        assert_eq!(report, &reports[0]);
    }
    let report: serde_json::Value = serde_json::from_str(&reports[0]).expect("json");
    assert_eq!(report["at"], "2018-07-09T10:15:00+02:00");
    assert_eq!(report["now"][0]["room"], "Main stage");
    assert_eq!(report["now"][0]["title"], "Keynote");
    assert_eq!(report["now"][0]["kind"], "keynote");
    assert_eq!(report["now"][0]["start"], "2018-07-09T10:00:00+02:00");
    assert_eq!(
        report["now"][0]["speakers"][0]["name"],
        "Speaker of Keynote"
    );
    assert_eq!(report["next"][1]["title"], "Hack night");
    assert!(parse_at("yesterday", STOCKHOLM).is_none());
}

#[test]
fn no_agenda_is_a_phase_of_its_own() {
    let agenda = Agenda {
        day_changes_at: frontdesk::day::default_day_change(),
        time_zone: STOCKHOLM,
        rooms: vec![],
        sessions: vec![],
    };
    assert_eq!(
        agenda.lobby(utc("2018-07-09T08:00:00Z")).phase,
        Phase::NoAgenda
    );
    assert!(agenda.now_next(utc("2018-07-09T08:00:00Z")).is_empty());
}
