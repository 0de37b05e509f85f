//! The command line as scripts use it: JSON shapes, exit codes, and refusals that change
//! nothing.

mod common;

use common::json;

use common::frontdesk;

fn imported_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("event.sqlite");
    let file = common::data("registrants-eventbrite.csv");
    let out = frontdesk(&db, &["import", file.to_str().unwrap(), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, db)
}

#[test]
fn import_reports_in_the_agreed_shape() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("event.sqlite");
    let file = common::data("registrants-eventbrite.csv");
    let report = json(&frontdesk(
        &db,
        &["import", file.to_str().unwrap(), "--json"],
    ));
    assert_eq!(report["format"], "eventbrite");
    assert_eq!(report["added"], 320);
    assert_eq!(report["updated"], 0);
    assert_eq!(report["unchanged"], 0);
    assert_eq!(report["not_admitted"], 4);
    assert_eq!(report["missing_from_file"], 0);
    assert!(report["skipped"].as_array().unwrap().is_empty());
}

#[test]
fn attendees_checkin_undo_and_stats_speak_json() {
    let (_dir, db) = imported_db();
    let people = json(&frontdesk(&db, &["attendees", "--json"]));
    let people = people.as_array().unwrap();
    assert_eq!(people.len(), 320);
    let first = &people[0];
    for key in [
        "id",
        "code",
        "external_codes",
        "first_name",
        "last_name",
        "display_name",
        "email",
        "company",
        "title",
        "ticket_type",
        "status",
        "status_reason",
        "checked_in_at",
        "checked_in_desk",
    ] {
        assert!(
            first.get(key).is_some(),
            "attendee JSON lacks {key}: {first}"
        );
    }
    let admitted = people.iter().find(|p| p["status"] == "admitted").unwrap();
    let code = admitted["code"].as_str().unwrap();

    let out = frontdesk(&db, &["checkin", code, "--desk", "Desk 1", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let answer = json(&out);
    assert_eq!(answer["outcome"], "checked_in");
    assert_eq!(answer["attendee"]["id"], admitted["id"]);

    let out = frontdesk(&db, &["checkin", code, "--desk", "Desk 2", "--json"]);
    assert_eq!(out.status.code(), Some(3));
    let answer = json(&out);
    assert_eq!(answer["outcome"], "already_checked_in");
    assert_eq!(answer["first_desk"], "Desk 1");
    assert!(
        answer["first_checked_in_at"]
            .as_str()
            .unwrap()
            .ends_with('Z')
    );

    let stats = json(&frontdesk(&db, &["stats", "--json"]));
    assert_eq!(stats["registered"], 320);
    assert_eq!(stats["admitted"], 316);
    assert_eq!(stats["checked_in"], 1);
    assert!(
        stats["by_ticket_type"]["Speaker"]["registered"]
            .as_u64()
            .unwrap()
            > 0
    );

    let out = frontdesk(&db, &["undo", code, "--json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&frontdesk(&db, &["stats", "--json"]))["checked_in"], 0);
}

#[test]
fn checkin_exit_codes_tell_outcomes_apart() {
    let (_dir, db) = imported_db();
    let people = json(&frontdesk(&db, &["attendees", "--json"]));
    let refused = people
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["status"] == "not_admitted")
        .unwrap();
    let out = frontdesk(
        &db,
        &["checkin", refused["code"].as_str().unwrap(), "--json"],
    );
    assert_eq!(
        (out.status.code(), json(&out)["outcome"].clone()),
        (Some(4), "not_admitted".into())
    );
    let code = people[0]["code"].as_str().unwrap();
    let mut chars: Vec<char> = code.chars().collect();
    let last = chars.len() - 1;
    chars[last] = if chars[last] == 'X' { 'Y' } else { 'X' };
    let typo: String = chars.into_iter().collect();
    let out = frontdesk(&db, &["checkin", &typo, "--json"]);
    assert_eq!(
        (out.status.code(), json(&out)["outcome"].clone()),
        (Some(5), "typo".into())
    );
    let out = frontdesk(&db, &["checkin", "NOBODY-HERE", "--json"]);
    assert_eq!(
        (out.status.code(), json(&out)["outcome"].clone()),
        (Some(6), "unknown".into())
    );
}

#[test]
fn search_finds_people_without_accents() {
    let (_dir, db) = imported_db();
    let found = json(&frontdesk(&db, &["search", "clement", "--json"]));
    let names: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["last_name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Calauzènes"), "{names:?}");
}

#[test]
fn exports_neutralise_formulas_and_start_with_a_bom() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("event.sqlite");
    let file = common::data("registrants-messy.csv");
    assert!(
        frontdesk(&db, &["import", file.to_str().unwrap()])
            .status
            .success()
    );
    let out = dir.path().join("people.csv");
    let done = frontdesk(
        &db,
        &["export", "attendees", "--out", out.to_str().unwrap()],
    );
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(bytes).unwrap();
    for line in text.lines().skip(1) {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(
                !cell.starts_with(['=', '+', '@']),
                "a formula-looking cell was written as is: {line}"
            );
        }
    }
    let log = dir.path().join("log.csv");
    assert!(
        frontdesk(&db, &["export", "checkins", "--out", log.to_str().unwrap()])
            .status
            .success()
    );
}

#[test]
fn files_that_are_not_registrant_lists_change_nothing() {
    let (dir, db) = imported_db();
    let before = frontdesk(&db, &["attendees", "--json"]).stdout;
    let cases: [(&str, &[u8]); 4] = [
        ("empty.csv", b""),
        ("header-only.csv", b"First Name,Last Name,Email\n"),
        ("no-names.csv", b"Colour,Size\nred,L\n"),
        (
            "photo.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0",
        ),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = frontdesk(&db, &["import", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        let message = String::from_utf8_lossy(&out.stderr);
        assert!(message.contains(name), "{name}: {message}");
        assert_eq!(
            message.trim().lines().count(),
            1,
            "one sentence for {name}: {message}"
        );
        assert!(!message.contains("panicked"), "{message}");
    }
    assert_eq!(frontdesk(&db, &["attendees", "--json"]).stdout, before);
}

#[test]
fn two_processes_race_for_the_same_codes() {
    let (_dir, db) = imported_db();
    let people = json(&frontdesk(&db, &["attendees", "--json"]));
    let codes: Vec<String> = people
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["status"] == "admitted")
        .take(40)
        .map(|p| p["code"].as_str().unwrap().to_string())
        .collect();
    let desks: Vec<_> = ["Desk 1", "Desk 2"]
        .into_iter()
        .map(|desk| {
            let (db, codes) = (db.clone(), codes.clone());
            std::thread::spawn(move || {
                codes
                    .iter()
                    .map(|c| {
                        frontdesk(&db, &["checkin", c, "--desk", desk])
                            .status
                            .code()
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let results: Vec<Vec<Option<i32>>> = desks.into_iter().map(|d| d.join().unwrap()).collect();
    for (i, code) in codes.iter().enumerate() {
        let mut pair = [results[0][i], results[1][i]];
        pair.sort();
        assert_eq!(
            pair,
            [Some(0), Some(3)],
            "{code}: one check-in and one 'already'"
        );
    }
    assert_eq!(
        json(&frontdesk(&db, &["stats", "--json"]))["checked_in"],
        40
    );
}

#[test]
fn bench_reports_the_figures() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("unused.sqlite");
    let figures = json(&frontdesk(&db, &["bench", "--attendees", "500", "--json"]));
    for key in [
        "import_rows_per_s",
        "checkin_p50_us",
        "checkin_p99_us",
        "search_p50_us",
        "search_p99_us",
    ] {
        assert!(figures[key].as_f64().unwrap() > 0.0, "{key}: {figures}");
    }
    assert_eq!(figures["attendees"], 500);
}

/// `frontdesk event` keeps the rules the console's Settings form keeps: a name, and a last day
/// not before the first. A refusal is a usage error (exit 2) and changes nothing.
#[test]
fn event_refuses_a_blank_name_and_a_last_day_before_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("event.sqlite");
    let set = frontdesk(
        &db,
        &[
            "event",
            "--name",
            " ML Day ",
            "--time-zone",
            "Europe/Stockholm",
            "--starts-on",
            "2018-07-09",
            "--ends-on",
            "2018-07-10",
            "--json",
        ],
    );
    assert_eq!(
        set.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    let stored = json(&set);
    assert_eq!(
        stored,
        serde_json::json!({
            "name": "ML Day", "venue": "", "time_zone": "Europe/Stockholm",
            "starts_on": "2018-07-09", "ends_on": "2018-07-10", "day_changes_at": "04:00",
        })
    );

    let blank = frontdesk(&db, &["event", "--name", "  "]);
    assert_eq!(blank.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&blank.stderr).trim(),
        "frontdesk: Give the event a name."
    );
    let backwards = frontdesk(&db, &["event", "--ends-on", "2018-07-08"]);
    assert_eq!(backwards.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&backwards.stderr).contains("is before the first day"),
        "{}",
        String::from_utf8_lossy(&backwards.stderr)
    );
    let zone = frontdesk(&db, &["event", "--time-zone", "Europe/Stokholm"]);
    assert_eq!(zone.status.code(), Some(2));

    assert_eq!(json(&frontdesk(&db, &["event", "--json"])), stored);
}

/// A file that cannot be written is a failure (exit 1), not a mistake in the command (exit 2),
/// and leaves nothing behind.
#[test]
fn a_report_that_cannot_be_written_fails_and_leaves_no_partial_file() {
    let (dir, db) = imported_db();
    let target = dir.path().join("reports");
    // A folder where the report should go: the rename onto it fails after the write.
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("keep"), b"").unwrap();
    let out = frontdesk(
        &db,
        &["export", "attendees", "--out", target.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot write"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with("event.sqlite"))
        .collect();
    left.sort();
    assert_eq!(left, ["reports"]);
}

#[test]
fn undo_of_someone_not_checked_in_has_its_own_exit_code() {
    let (_dir, db) = imported_db();
    let people = json(&frontdesk(&db, &["attendees", "--json"]));
    let code = people[0]["code"].as_str().unwrap();
    let out = frontdesk(&db, &["undo", code, "--json"]);
    assert_eq!(
        (out.status.code(), json(&out)["outcome"].clone()),
        (Some(4), "not_checked_in".into()),
        "the README's exit code for 'not checked in'"
    );
}

/// A mistyped `--db` (or an empty file there) is refused by every command that only works on
/// an event, and nothing is made on the disk; the commands that start an event make it.
#[test]
fn a_database_that_is_not_there_is_refused_and_not_made() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let typo = dir.path().join("evnets").join("event.sqlite");
    let readers: &[&[&str]] = &[
        &["checkin", "ABCD-EFGH-JKLM"],
        &["undo", "ABCD-EFGH-JKLM"],
        &["stats"],
        &["attendees"],
        &["search", "Ada"],
        &["dashboard"],
        &["event"],
        &["settings"],
        &["agenda", "list"],
        &["badges", "--out", "badges.pdf"],
        &["export", "checkins", "--out", "report.csv"],
        &["hub", "status"],
    ];
    for args in readers {
        let output = frontdesk(&typo, args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(
            said.contains(&format!("no event database at {}", typo.display())),
            "{args:?}: {said}"
        );
        assert!(said.contains("check --db"), "{said}");
        assert!(
            !typo.parent().expect("a folder").exists(),
            "{args:?} made a folder"
        );
    }

    let empty = dir.path().join("empty.sqlite");
    std::fs::write(&empty, b"").expect("an empty file");
    let output = frontdesk(&empty, &["checkin", "ABCD-EFGH-JKLM"]);
    assert_eq!(output.status.code(), Some(1));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("(the file there is empty)"), "{said}");

    // What starts an event makes the database, its folder too.
    let new = dir.path().join("new").join("event.sqlite");
    common::assert_success(&frontdesk(&new, &["event", "--name", "Day One"]));
    assert_eq!(
        json(&frontdesk(&new, &["stats", "--json"]))["registered"],
        0
    );
    let imported = dir.path().join("imported.sqlite");
    let csv = common::data("registrants-eventbrite.csv");
    common::assert_success(&frontdesk(
        &imported,
        &["import", csv.to_str().expect("utf-8")],
    ));
}

/// Two columns with the same header would have the second's values dropped: the import is
/// refused naming them, and `--map` given twice places them in turn.
#[test]
fn repeated_column_headers_are_refused_by_name_until_mapped() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = dir.path().join("event.sqlite");
    let csv = dir.path().join("twice.csv");
    std::fs::write(
        &csv,
        "First Name,Last Name,Email,Company,Email\n\
         Ada,Lovelace,ada@example.org,Analytical,ada.lovelace@example.com\n\
         Alan,Turing,alan@example.org,Bletchley,\n",
    )
    .expect("written");
    let refused = frontdesk(&db, &["import", csv.to_str().expect("utf-8")]);
    assert_eq!(refused.status.code(), Some(1));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("twice.csv has columns with the same name: \"Email\" (columns 3 and 5)"),
        "{said}"
    );
    assert_eq!(said.trim().lines().count(), 1, "{said}");

    let placed = frontdesk(
        &db,
        &[
            "import",
            csv.to_str().expect("utf-8"),
            "--map",
            "Email=email",
            "--map",
            "Email=ignore",
        ],
    );
    common::assert_success(&placed);
    let people = json(&frontdesk(&db, &["attendees", "--json"]));
    assert_eq!(people.as_array().map(Vec::len), Some(2));
    assert!(people.to_string().contains("ada@example.org"), "{people}");
}

/// A registrant list over 64 MB is refused before it is read, with its size and what to do.
#[test]
fn a_registrant_list_too_large_to_read_is_refused_with_its_size() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = dir.path().join("event.sqlite");
    let huge = dir.path().join("huge.csv");
    // Sparse: 65 MB on paper, nothing on the disk.
    std::fs::File::create(&huge)
        .and_then(|file| file.set_len(65 * 1024 * 1024))
        .expect("a sparse file");
    let refused = frontdesk(&db, &["import", huge.to_str().expect("utf-8")]);
    assert_eq!(refused.status.code(), Some(1));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("huge.csv is 65 MB"), "{said}");
    assert!(said.contains("up to 64 MB"), "{said}");
    assert_eq!(said.trim().lines().count(), 1, "{said}");
}

#[test]
fn checkin_as_a_kiosk_answers_in_the_attendees_words_and_finds_only_a_whole_email() {
    let (_dir, db) = imported_db();
    let people = json(&frontdesk(&db, &["attendees", "--json"]));
    let people = people.as_array().unwrap();
    let admitted: Vec<_> = people
        .iter()
        .filter(|p| p["status"] == "admitted" && p["email"] != "")
        .collect();
    let (first, second) = (admitted[0], admitted[1]);

    let code = first["code"].as_str().unwrap();
    let out = frontdesk(&db, &["checkin", code, "--kiosk", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let welcome = json(&out);
    assert_eq!(welcome["answer"], "welcome");
    assert_eq!(welcome["first_name"], first["first_name"]);
    let said = welcome.to_string();
    assert!(
        !said.contains(first["last_name"].as_str().unwrap()),
        "{said}"
    );
    assert!(!said.contains(first["email"].as_str().unwrap()), "{said}");

    let again = json(&frontdesk(&db, &["checkin", code, "--kiosk", "--json"]));
    assert_eq!(again["answer"], "already_checked_in");
    assert_eq!(again["headline"], "You are already checked in", "{again}");

    let email = second["email"].as_str().unwrap();
    let off = json(&frontdesk(&db, &["checkin", email, "--kiosk", "--json"]));
    assert_eq!(off["answer"], "see_staff", "email search is off by default");

    let on = frontdesk(&db, &["settings", "--kiosk-email-search", "on", "--json"]);
    assert_eq!(json(&on)["kiosk_email_search"], true);
    let found = json(&frontdesk(
        &db,
        &["checkin", &email.to_uppercase(), "--kiosk", "--json"],
    ));
    assert_eq!(found["answer"], "welcome", "{found}");
    assert_eq!(found["first_name"], second["first_name"]);
}

#[test]
fn settings_name_the_desks_that_open_as_kiosks() {
    let (_dir, db) = imported_db();
    let set = json(&frontdesk(
        &db,
        &[
            "settings",
            "--kiosk-desk",
            "Kiosk 1=on",
            "--kiosk-desk",
            "Kiosk 2=on",
            "--json",
        ],
    ));
    assert_eq!(
        set["kiosk_desks"],
        serde_json::json!(["Kiosk 1", "Kiosk 2"])
    );
    let off = json(&frontdesk(
        &db,
        &["settings", "--kiosk-desk", "Kiosk 1=off", "--json"],
    ));
    assert_eq!(off["kiosk_desks"], serde_json::json!(["Kiosk 2"]));
    let wrong = frontdesk(&db, &["settings", "--kiosk-desk", "Kiosk 1", "--json"]);
    assert!(!wrong.status.success());
    assert!(
        json(&wrong)["error"]
            .as_str()
            .is_some_and(|e| e.contains("e.g. \"Kiosk 1=on\"")),
        "{}",
        String::from_utf8_lossy(&wrong.stdout)
    );
}

#[test]
fn tone_writes_each_answers_tone_as_wav() {
    let dir = tempfile::tempdir().unwrap();
    for (name, millis) in [("welcome", 270), ("already", 310), ("refused", 420)] {
        let out = dir.path().join(format!("{name}.wav"));
        let said = json(&frontdesk(
            &dir.path().join("none.sqlite"),
            &["tone", name, "--out", out.to_str().unwrap(), "--json"],
        ));
        assert_eq!(said["millis"], millis, "{said}");
        let wav = std::fs::read(&out).unwrap();
        assert_eq!(&wav[..4], b"RIFF");
        // 16-bit mono at 22,050 Hz after a 44-byte header (each note rounded to a sample).
        let samples = (wav.len() - 44) / 2;
        assert!(
            samples.abs_diff(22_050 * millis / 1000) <= 2,
            "{name}: {samples}"
        );
    }
    let wrong = frontdesk(&dir.path().join("none.sqlite"), &["tone", "fanfare"]);
    assert_eq!(wrong.status.code(), Some(2));
}

#[test]
fn camera_reads_the_codes_in_a_folder_of_frames_and_refuses_an_empty_one() {
    use frontdesk::camera::photo;
    let dir = tempfile::tempdir().unwrap();
    let frames = dir.path().join("frames");
    std::fs::create_dir(&frames).unwrap();
    let shot = photo::Shot::straight(1280, 720);
    let badge = photo::photograph(&photo::qr_picture("K7QM2XHD9FPA", 8), &shot, 1);
    badge.save(frames.join("a.png")).unwrap();
    let nothing = photo::photograph(&image::GrayImage::new(1, 1), &shot, 2);
    nothing.save(frames.join("b.png")).unwrap();
    let db = dir.path().join("none.sqlite");
    let read = json(&frontdesk(
        &db,
        &["camera", "--frames", frames.to_str().unwrap(), "--json"],
    ));
    assert_eq!(
        read[0]["codes"],
        serde_json::json!(["K7QM2XHD9FPA"]),
        "{read}"
    );
    assert_eq!(read[1]["codes"], serde_json::json!([]), "{read}");

    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let refused = frontdesk(&db, &["camera", "--frames", empty.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("holds no PNG frames"));
}

/// The camera is this computer's: `settings --camera` keeps it in the configuration folder,
/// and a file there it cannot read is named, with what to do.
#[test]
fn settings_choose_this_computers_camera() {
    let (dir, db) = imported_db();
    let config = dir.path().join("config");
    let settings = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"))
            .arg("--db")
            .arg(&db)
            .arg("settings")
            .args(args)
            .env("XDG_CONFIG_HOME", &config)
            .output()
            .expect("frontdesk runs")
    };
    let first = json(&settings(&["--json"]));
    assert_eq!(
        first["camera"],
        serde_json::json!({"use": "off", "mirror": true})
    );

    let set = json(&settings(&[
        "--camera",
        "auto",
        "--mirror-camera",
        "off",
        "--json",
    ]));
    assert_eq!(
        set["camera"],
        serde_json::json!({"use": "auto", "mirror": false})
    );
    let file = config.join("frontdesk").join("camera");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "camera=auto\nmirror=off\n"
    );
    let said = settings(&["--camera", "/dev/video2"]);
    assert!(
        String::from_utf8_lossy(&said.stdout).contains("This computer's camera: /dev/video2."),
        "{}",
        String::from_utf8_lossy(&said.stdout)
    );

    std::fs::write(&file, "camera=auto\nmirror=sideways\n").unwrap();
    let broken = settings(&["--json"]);
    assert!(!broken.status.success());
    let error = json(&broken)["error"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        error.contains("line 2") && error.contains("delete the file"),
        "{error}"
    );
}

/// "Family name + the ticket's last digits" finds one person, when the organizer allows it:
/// case and accents aside, never with fewer than four digits, never two people.
#[test]
fn checkin_as_a_kiosk_finds_a_family_name_with_the_tickets_last_digits() {
    let (_dir, db) = imported_db();
    let people = json(&frontdesk(&db, &["attendees", "--json"]));
    let people = people.as_array().unwrap();
    let key = |p: &serde_json::Value| -> Option<(String, String)> {
        let last = frontdesk::text::fold(p["last_name"].as_str()?);
        let ticket = p["external_codes"][0].as_str()?;
        (!last.is_empty() && ticket.len() >= 4)
            .then(|| (last, ticket[ticket.len() - 4..].to_string()))
    };
    let keys: Vec<_> = people.iter().map(key).collect();
    let person = people
        .iter()
        .zip(&keys)
        .find(|(p, k)| {
            p["status"] == "admitted"
                && k.is_some()
                && keys.iter().filter(|other| other == k).count() == 1
        })
        .map(|(p, _)| p)
        .expect("someone with a family name and digits of their own");
    let ticket = person["external_codes"][0].as_str().unwrap();
    let digits = &ticket[ticket.len() - 4..];
    let typed = format!(
        "{} {digits}",
        frontdesk::text::fold(person["last_name"].as_str().unwrap()).to_uppercase()
    );

    let off = json(&frontdesk(&db, &["checkin", &typed, "--kiosk", "--json"]));
    assert_eq!(off["answer"], "see_staff", "off by default: {off}");
    frontdesk(&db, &["settings", "--kiosk-email-search", "on"]);

    let wrong = format!("{} 0000", person["last_name"].as_str().unwrap());
    let nobody = json(&frontdesk(&db, &["checkin", &wrong, "--kiosk", "--json"]));
    assert_eq!(nobody["answer"], "see_staff", "{nobody}");
    let short = format!("{} {}", person["last_name"].as_str().unwrap(), &digits[1..]);
    let too_few = json(&frontdesk(&db, &["checkin", &short, "--kiosk", "--json"]));
    assert_ne!(too_few["answer"], "welcome", "{too_few}");

    let found = json(&frontdesk(&db, &["checkin", &typed, "--kiosk", "--json"]));
    assert_eq!(found["answer"], "welcome", "{typed}: {found}");
    assert_eq!(found["first_name"], person["first_name"]);
    assert!(
        !found
            .to_string()
            .contains(person["last_name"].as_str().unwrap()),
        "{found}"
    );
}
