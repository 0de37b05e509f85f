//! The disk under the database fails: full, or read-only. Each test mounts a small tmpfs of
//! its own, as root can; where mounting is not allowed the test skips with a printed reason,
//! and CI sets FRONTDESK_FAULTS_REQUIRED=1 to make that a failure.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A tmpfs of `size`, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output();
        match mounted {
            Ok(output) if output.status.success() => Some(SmallDisk { dir }),
            other => {
                let why = match other {
                    Ok(output) => String::from_utf8_lossy(&output.stderr).trim().to_string(),
                    Err(error) => error.to_string(),
                };
                assert!(
                    std::env::var_os("FRONTDESK_FAULTS_REQUIRED").is_none(),
                    "cannot mount a small disk for the fault tests: {why}"
                );
                eprintln!("skipped: cannot mount a small disk ({why}); run as root to test");
                None
            }
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount(&self, how: &str) {
        let output = Command::new("mount")
            .args(["-o", &format!("remount,{how}")])
            .arg(self.path())
            .output()
            .expect("mount runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Fills what is left of the disk with one file; returns it, to free the space again.
    fn fill(&self) -> PathBuf {
        use std::io::Write;
        let filler = self.path().join("filler");
        let mut file = std::fs::File::create(&filler).expect("a file on the small disk");
        let block = vec![0u8; 64 * 1024];
        while file.write_all(&block).is_ok() {}
        let small = vec![0u8; 512];
        while file.write_all(&small).is_ok() {}
        let _ = file.sync_all();
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .output();
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).trim().to_string()
}

/// The sample registrants imported into `db`, and one admitted person's badge code.
fn imported(db: &Path) -> String {
    let csv = common::data("registrants-eventbrite.csv");
    common::assert_success(&common::frontdesk(
        db,
        &["import", csv.to_str().expect("utf-8")],
    ));
    let people = common::json(&common::frontdesk(db, &["attendees", "--json"]));
    people
        .as_array()
        .expect("people")
        .iter()
        .filter(|p| p["status"] == "admitted")
        .map(|p| p["code"].as_str().expect("a code").to_string())
        .nth(3)
        .expect("an admitted person")
}

#[test]
fn a_full_disk_is_named_writes_are_refused_and_reading_goes_on() {
    let Some(disk) = SmallDisk::mount("4m") else {
        return;
    };
    let db = disk.path().join("event.sqlite");
    let code = imported(&db);
    let filler = disk.fill();

    let stats = common::frontdesk(&db, &["stats", "--json"]);
    assert!(stats.status.success(), "{}", stderr(&stats));
    assert_eq!(common::json(&stats)["registered"], 320);
    let full = format!("the disk holding {} is full", db.display());
    assert!(stderr(&stats).contains(&full), "{}", stderr(&stats));

    let refused = common::frontdesk(&db, &["checkin", &code]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(stderr(&refused).contains(&full), "{}", stderr(&refused));
    assert_eq!(stderr(&refused).lines().count(), 1, "{}", stderr(&refused));

    std::fs::remove_file(filler).expect("space freed");
    let checked_in = common::frontdesk(&db, &["checkin", &code]);
    assert!(checked_in.status.success(), "{}", stderr(&checked_in));
    assert_eq!(
        common::json(&common::frontdesk(&db, &["stats", "--json"]))["checked_in"],
        1
    );
}

#[test]
fn a_read_only_disk_is_named_and_can_still_be_read() {
    let Some(disk) = SmallDisk::mount("8m") else {
        return;
    };
    let db = disk.path().join("event.sqlite");
    let code = imported(&db);
    disk.remount("ro");

    let stats = common::frontdesk(&db, &["stats", "--json"]);
    assert!(stats.status.success(), "{}", stderr(&stats));
    assert_eq!(common::json(&stats)["registered"], 320);
    let attendees = common::frontdesk(&db, &["attendees", "--json"]);
    assert!(attendees.status.success(), "{}", stderr(&attendees));

    let refused = common::frontdesk(&db, &["checkin", &code]);
    assert_eq!(refused.status.code(), Some(1));
    let said = stderr(&refused);
    assert!(
        said.contains(&format!("{} is on a read-only disk", db.display())),
        "{said}"
    );
    let new = common::frontdesk(&disk.path().join("new.sqlite"), &["event", "--name", "X"]);
    assert_eq!(new.status.code(), Some(1));
    assert!(
        stderr(&new).contains("is on a read-only disk"),
        "{}",
        stderr(&new)
    );
    disk.remount("rw");
}
