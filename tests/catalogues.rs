//! The message catalogues (`assets/i18n/*.ftl`): every language has every message English
//! has and no other, each uses every placeable English fills in and no other, each parses
//! and formats without an error, and every message the program asks for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use frontdesk::language::Language;

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n")
}

fn source(language: Language) -> String {
    let path = folder().join(format!("{}.ftl", language.code()));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Each message's id and the variables its value (with every variant of a selection) uses.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let text = source(language);
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", language.code()));
    let mut found = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                let id = message.id.name.to_string();
                assert!(
                    found.insert(id.clone(), variables).is_none(),
                    "{}.ftl has {id} twice",
                    language.code()
                );
            }
            ast::Entry::Junk { content } => {
                panic!("{}.ftl cannot read: {content}", language.code())
            }
            _ => {}
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = messages(Language::English);
    assert!(
        english.len() > 100,
        "English has {} messages",
        english.len()
    );
    for language in Language::ALL {
        let theirs = messages(language);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !theirs.contains_key(*id))
            .collect();
        let extra: Vec<&String> = theirs
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}.ftl misses {missing:?} and has {extra:?} that English has not",
            language.code()
        );
    }
}

#[test]
fn every_translation_uses_every_placeable_and_no_other() {
    let english = messages(Language::English);
    for language in Language::ALL {
        for (id, variables) in messages(language) {
            let wanted = &english[&id];
            assert_eq!(
                &variables,
                wanted,
                "{}.ftl: {id} uses {variables:?}, English {wanted:?}",
                language.code()
            );
        }
    }
}

/// Each message formatted with a value for each of its variables, numbers 1, 2 and 7 for
/// the plural ones, gives text and no error (a no-break space is text: a digit separator).
#[test]
fn every_message_formats_in_every_language() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let english = messages(Language::English);
    for language in Language::ALL {
        let resource = FluentResource::try_new(source(language)).expect("parses");
        let id: unic_langid::LanguageIdentifier = language.code().parse().expect("a language");
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.add_resource(resource).expect("no message twice");
        for (id, variables) in &english {
            for number in [1, 2, 7] {
                let mut args = FluentArgs::new();
                for variable in variables {
                    args.set(variable.as_str(), number);
                }
                let message = bundle.get_message(id).expect("checked above");
                let pattern = message.value().expect("every message has a value");
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(
                    errors.is_empty()
                        && !text
                            .trim_matches(|c: char| c.is_ascii_whitespace())
                            .is_empty(),
                    "{}.ftl: {id} gives {text:?} with {errors:?}",
                    language.code()
                );
            }
        }
    }
}

#[test]
fn each_catalogue_file_is_a_language_the_program_speaks() {
    let codes: BTreeSet<String> = std::fs::read_dir(folder())
        .expect("assets/i18n")
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().to_string();
            name.strip_suffix(".ftl").map(str::to_string)
        })
        .collect();
    let spoken: BTreeSet<String> = Language::ALL.iter().map(|l| l.code().to_string()).collect();
    assert_eq!(codes, spoken);
}

/// The ids the program's source asks for with `tr("…")` and `tr_with("…", …)`.
fn ids_asked_for() -> BTreeMap<String, PathBuf> {
    let mut found = BTreeMap::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source");
                for id in literal_arguments(&text) {
                    found.insert(id, path.clone());
                }
            }
        }
    }
    found
}

/// The string literals right after `tr(` or `tr_with(`, across line breaks.
fn literal_arguments(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for call in [".tr(", ".tr_with("] {
        for (at, _) in text.match_indices(call) {
            let rest = text[at + call.len()..].trim_start();
            if let Some(quoted) = rest.strip_prefix('"')
                && let Some(end) = quoted.find('"')
            {
                ids.push(quoted[..end].to_string());
            }
        }
    }
    ids
}

#[test]
fn every_message_the_program_asks_for_is_in_the_catalogue() {
    let english = messages(Language::English);
    let asked = ids_asked_for();
    assert!(asked.len() > 80, "only {} ids found in src/", asked.len());
    for (id, path) in &asked {
        assert!(
            english.contains_key(id),
            "{} asks for {id}, which en.ftl has not",
            path.display()
        );
    }
}

/// A message nobody asks for is a translator's wasted work, or a text a screen forgot.
#[test]
fn every_message_in_the_catalogue_is_used() {
    let mut source = String::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                source.push_str(&std::fs::read_to_string(&path).expect("source"));
            }
        }
    }
    for id in messages(Language::English).keys() {
        // Weekdays and months are asked for by number.
        if id.starts_with("weekday-") || id.starts_with("month-") {
            continue;
        }
        assert!(
            source.contains(&format!("\"{id}\"")),
            "en.ftl has {id}, which no source file asks for"
        );
    }
}

/// An error's `to_string()` is the command line's English: the window says errors with `say`
/// or `sentence`, in the language of the screen.
#[test]
fn the_window_shows_no_errors_english() {
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui")];
    let mut found = Vec::new();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src/ui").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source");
            // A module's unit tests may compare with the English.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for (number, line) in code.lines().enumerate() {
                let shown = ["error", "problem", "refused", "reason"]
                    .iter()
                    .any(|name| line.contains(&format!("{name}.to_string()")));
                if shown {
                    found.push(format!(
                        "{}:{}: {}",
                        path.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "errors shown in English: {found:#?}");
}
