#![allow(dead_code)]

pub mod pg;
pub mod relay;

use std::path::{Path, PathBuf};

use frontdesk::import::{self, ParseOptions};
use frontdesk::store::{ImportOptions, ImportReport, Store};

pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

pub fn import_file(store: &mut Store, name: &str) -> ImportReport {
    import_with(store, name, ImportOptions::default())
}

pub fn import_with(store: &mut Store, name: &str, options: ImportOptions) -> ImportReport {
    let bytes = std::fs::read(data(name)).expect("test data is readable");
    let list = import::parse(&bytes, name, &ParseOptions::default()).expect("test data parses");
    store
        .import_registrants(&list, &format!("import:{name}"), options)
        .expect("import succeeds")
}

/// A fresh database in a temporary folder (kept alive by the returned guard).
pub fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let store = Store::open(&dir.path().join("event.sqlite")).expect("database opens");
    (dir, store)
}

/// Everything a person can see of the database, to prove an operation changed nothing.
pub fn fingerprint(store: &Store) -> String {
    let people = store.attendees().expect("attendees");
    let log = store.recent_log(None, 1_000_000).expect("log");
    format!("{people:?}\n{log:?}")
}

/// Runs a screen's task to the end, as the window's runtime would, and returns the messages
/// it produced for the screen's `update`.
pub fn outputs<M: Send + 'static>(task: iced::Task<M>) -> Vec<M> {
    use futures::StreamExt;
    let Some(stream) = iced_test::runtime::task::into_stream(task) else {
        return Vec::new();
    };
    let actions: Vec<iced_test::runtime::Action<M>> = futures::executor::block_on(stream.collect());
    actions
        .into_iter()
        .filter_map(|action| match action {
            iced_test::runtime::Action::Output(message) => Some(message),
            _ => None,
        })
        .collect()
}

/// Replaces what the `nth` text field on the screen holds, as a person would: click, End,
/// erase, type.
pub fn fill_nth_text_field<M>(ui: &mut iced_test::Simulator<'_, M>, nth: usize, value: &str) {
    use iced::keyboard::key::Named;
    use iced_test::selector::{Candidate, Target};
    let mut seen = 0;
    let field = move |candidate: Candidate<'_>| -> Option<Target> {
        if let Candidate::TextInput { .. } = candidate {
            seen += 1;
            if seen == nth + 1 {
                return Some(Target::from(candidate));
            }
        }
        None
    };
    ui.click(field)
        .unwrap_or_else(|e| panic!("no text field number {nth}: {e}"));
    ui.tap_key(Named::End);
    for _ in 0..80 {
        ui.tap_key(Named::Backspace);
    }
    ui.typewrite(value);
}

/// The JSON a command printed, or a panic that shows what it printed instead.
pub fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// Fails with what the command said on stderr unless it succeeded.
pub fn assert_success(output: &std::process::Output) {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs the `frontdesk` command on the database `db`, as a script would.
pub fn frontdesk(db: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("FRONTDESK_DB")
        .output()
        .expect("frontdesk runs")
}

/// A screen under test, driven as the window's runtime drives it: every message goes through
/// the real `update`, and the work it starts runs to the end against the real database, its
/// messages fed back in. A test implements `update` for its screen (what to do with the
/// screen's `Action`) and gets `settle`, `send` and `deliver`.
pub trait Screen {
    type Message: Send + 'static;

    /// Updates the screen with one message and returns the work it started.
    fn update(&mut self, message: Self::Message) -> iced::Task<Self::Message>;

    /// Runs a task to the end, feeding every message it produces back into `update`.
    fn settle(&mut self, task: iced::Task<Self::Message>) {
        for message in outputs(task) {
            self.send(message);
        }
    }

    fn send(&mut self, message: Self::Message) {
        self.deliver(vec![message]);
    }

    /// Updates with a burst of messages (keystrokes, then Enter) before any of the work they
    /// started finishes, as the window's runtime does.
    fn deliver(&mut self, messages: Vec<Self::Message>) {
        let tasks: Vec<_> = messages.into_iter().map(|m| self.update(m)).collect();
        for task in tasks {
            self.settle(task);
        }
    }
}

/// Every text `view` draws at `size`, with its bounds and the part of it left visible; texts
/// inside a scrolling list whose content is longer than its box are left out (they are cut on
/// purpose, and scrolled into view).
pub fn drawn_texts<M>(
    view: iced::Element<'_, M>,
    size: iced::Size,
) -> Vec<(String, iced::Rectangle, Option<iced::Rectangle>)> {
    use iced_test::selector::Candidate;
    use std::sync::{Arc, Mutex};
    type Drawn = (String, iced::Rectangle, Option<iced::Rectangle>);
    let seen: Arc<Mutex<(Vec<Drawn>, Vec<iced::Rectangle>)>> = Arc::default();
    let sink = Arc::clone(&seen);
    let mut ui = iced_test::Simulator::with_size(iced::Settings::default(), size, view);
    let collect = move |candidate: Candidate<'_>| -> Option<()> {
        let mut seen = sink.lock().expect("one test thread");
        match candidate {
            Candidate::Text {
                content,
                bounds,
                visible_bounds,
                ..
            } => seen.0.push((content.to_string(), bounds, visible_bounds)),
            Candidate::Scrollable {
                bounds,
                content_bounds,
                ..
            } if content_bounds.height > bounds.height + 0.5
                || content_bounds.width > bounds.width + 0.5 =>
            {
                // Scrolled content is laid out at its own size, partly outside the box.
                seen.1.push(content_bounds.union(&bounds))
            }
            _ => {}
        }
        None
    };
    let _ = ui.find(collect);
    let (texts, scrolling) = seen.lock().expect("one test thread").clone();
    texts
        .into_iter()
        .filter(|(_, bounds, _)| !scrolling.iter().any(|list| list.intersects(bounds)))
        .collect()
}

/// No text of `view` at `size` is cut by its box or runs off the screen: what a translation
/// longer than the English must not do. `what` names the screen in the failure.
pub fn assert_every_text_whole<M>(what: &str, view: iced::Element<'_, M>, size: iced::Size) {
    let texts = drawn_texts(view, size);
    assert!(!texts.is_empty(), "{what}: nothing drawn at {size:?}");
    for (content, whole, visible) in texts {
        if content.trim().is_empty() {
            continue;
        }
        let visible =
            visible.unwrap_or_else(|| panic!("{what}: {content:?} is hidden at {size:?}"));
        assert!(
            visible.x >= -0.5
                && visible.y >= -0.5
                && visible.x + visible.width <= size.width + 0.5
                && visible.y + visible.height <= size.height + 0.5,
            "{what}: {content:?} runs off the {size:?} screen: {visible:?}"
        );
        assert!(
            (whole.width - visible.width).abs() < 1.0
                && (whole.height - visible.height).abs() < 1.0,
            "{what}: {content:?} is cut at {size:?}: drawn {whole:?}, visible {visible:?}"
        );
    }
}
