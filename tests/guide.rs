//! The "Getting started" page stays true: its screenshots exist and are made by
//! docs/images/update.sh, every command it shows is one the command line takes, and
//! `frontdesk guide` prints it.

mod common;

use std::path::Path;

use clap::Parser;
use frontdesk::guide::{self, GETTING_STARTED};

fn project(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[test]
fn every_screenshot_on_the_page_exists_and_the_script_makes_it() {
    let script = std::fs::read_to_string(project("docs/images/update.sh")).unwrap();
    let images = guide::images();
    assert!(images.len() >= 5, "{images:?}");
    for image in images {
        assert!(
            project("docs").join(image).is_file(),
            "docs/{image} is missing"
        );
        let name = image.trim_start_matches("images/").trim_end_matches(".png");
        assert!(
            script.contains(&format!("\"{name}:")),
            "docs/images/update.sh does not make {image}"
        );
    }
}

/// The page's inline code that starts with `frontdesk `, one space between words.
fn commands_on_the_page() -> Vec<String> {
    commands_on(GETTING_STARTED)
}

fn commands_on(page: &str) -> Vec<String> {
    page.split('`')
        .skip(1)
        .step_by(2)
        .map(|code| code.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|code| code.starts_with("frontdesk "))
        .collect()
}

/// Splits a command as the shell does for the page's simple quoting ("Desk 2").
fn words(command: &str) -> Vec<String> {
    let mut words = vec![String::new()];
    let mut quoted = false;
    for c in command.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => words.push(String::new()),
            c => words.last_mut().unwrap().push(c),
        }
    }
    words
}

#[test]
fn every_command_on_the_page_is_one_the_command_line_takes() {
    let commands = commands_on_the_page();
    assert!(commands.len() >= 8, "{commands:?}");
    for command in commands {
        if let Err(error) = frontdesk::cli::Cli::try_parse_from(words(&command)) {
            panic!("the page shows `{command}`, which the command line refuses:\n{error}");
        }
    }
}

#[test]
fn frontdesk_guide_prints_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let output = common::frontdesk(&dir.path().join("none.sqlite"), &["guide"]);
    common::assert_success(&output);
    assert_eq!(String::from_utf8_lossy(&output.stdout), GETTING_STARTED);
    assert!(
        !dir.path().join("none.sqlite").exists(),
        "reading the guide made a database"
    );
}

/// Each translation of the page shows the same screenshots and the same commands as the
/// English one (the command line speaks English), and is a translation, not a copy.
#[test]
fn every_translation_of_the_page_shows_the_same_pictures_and_commands() {
    use frontdesk::language::Language;
    for language in Language::ALL {
        let page = guide::getting_started(language);
        assert_eq!(
            guide::images_of(page),
            guide::images(),
            "docs/getting-started.{}.md shows other pictures",
            language.code()
        );
        assert_eq!(
            commands_on(page),
            commands_on_the_page(),
            "docs/getting-started.{}.md shows other commands",
            language.code()
        );
        if language != Language::English {
            assert_ne!(
                page,
                GETTING_STARTED,
                "{} is not translated",
                language.code()
            );
        }
    }
}
