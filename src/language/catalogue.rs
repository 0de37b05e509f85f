//! The catalogues, built into the program (a desk must speak with no files beside it), each
//! parsed once into a Fluent bundle that any thread may read.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Language;

/// Each language's catalogue, as the files in `assets/i18n/` hold it.
pub(crate) fn source(language: Language) -> &'static str {
    match language {
        Language::English => include_str!("../../assets/i18n/en.ftl"),
        Language::Swedish => include_str!("../../assets/i18n/sv.ftl"),
        Language::German => include_str!("../../assets/i18n/de.ftl"),
        Language::French => include_str!("../../assets/i18n/fr.ftl"),
        Language::Spanish => include_str!("../../assets/i18n/es.ftl"),
    }
}

static CATALOGUES: LazyLock<Vec<Texts>> =
    LazyLock::new(|| Language::ALL.into_iter().map(Texts::build).collect());

pub(super) fn texts(language: Language) -> &'static Texts {
    // ALL and CATALOGUES are in the same order.
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    &CATALOGUES[index]
}

/// The words of one language.
pub struct Texts {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Texts({})", self.language.code())
    }
}

/// Fluent writes a number in a message as digits alone ("1200 people checked in"); this
/// writes whole numbers of 1,000 and more as [`Texts::count`] does, with the language's
/// thousands separator, while plurals still select on the number itself. A formatter is a
/// plain function, so there is one per language.
fn formatter_for<M>(language: Language) -> fn(&FluentValue<'_>, &M) -> Option<String> {
    match language {
        Language::English => |value, _| grouped(value, Language::English),
        Language::Swedish => |value, _| grouped(value, Language::Swedish),
        Language::German => |value, _| grouped(value, Language::German),
        Language::French => |value, _| grouped(value, Language::French),
        Language::Spanish => |value, _| grouped(value, Language::Spanish),
    }
}

fn grouped(value: &FluentValue<'_>, language: Language) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value;
    let is_a_large_count = number.options.use_grouping
        && number.options.minimum_fraction_digits.is_none()
        && whole.fract() == 0.0
        && (1_000.0..1e15).contains(&whole);
    // Only ever called while formatting, when every catalogue is built.
    is_a_large_count.then(|| language.texts().count(whole as u64))
}

impl Texts {
    fn build(language: Language) -> Texts {
        let resource = match FluentResource::try_new(source(language).to_string()) {
            Ok(resource) => resource,
            // The tests parse every catalogue; a broken line still loses only its message.
            Err((resource, errors)) => {
                tracing::error!(
                    language = language.code(),
                    ?errors,
                    "a catalogue has errors"
                );
                resource
            }
        };
        let id = language
            .code()
            .parse()
            .unwrap_or_else(|_| unic_langid::langid!("en"));
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks would be drawn as boxes by fonts without them.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(formatter_for(language)));
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(
                language = language.code(),
                ?errors,
                "a catalogue repeats a message"
            );
        }
        Texts { language, bundle }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `id`, with no placeables.
    pub fn tr(&self, id: &str) -> String {
        self.tr_with(id, &[])
    }

    /// The message `id` with its placeables filled in: `("count", 7.into())`. A message the
    /// catalogue lacks is said in English; one English lacks too shows its id, never nothing.
    pub fn tr_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        if let Some(text) = self.format(id, args) {
            return text;
        }
        if self.language != Language::English
            && let Some(text) = Language::English.texts().format(id, args)
        {
            tracing::warn!(
                id,
                language = self.language.code(),
                "a message is not translated"
            );
            return text;
        }
        tracing::error!(id, "no catalogue has this message");
        id.to_string()
    }

    fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(
                id,
                language = self.language.code(),
                ?errors,
                "a message misses a value"
            );
        }
        Some(text.into_owned())
    }

    /// "Monday 9 July", "måndag 9 juli", "Montag, 9. Juli".
    pub fn long_date(&self, date: NaiveDate) -> String {
        let weekday = self.tr(&format!("weekday-{}", date.weekday().number_from_monday()));
        let month = self.tr(&format!("month-{}", date.month()));
        self.tr_with(
            "date-long",
            &[
                ("weekday", weekday.into()),
                ("day", date.day().into()),
                ("month", month.into()),
            ],
        )
    }

    /// "Mon 9 Jul", "mån 9 juli": a day on a button.
    pub fn short_date(&self, date: NaiveDate) -> String {
        let weekday = self.tr(&format!(
            "weekday-short-{}",
            date.weekday().number_from_monday()
        ));
        let month = self.tr(&format!("month-short-{}", date.month()));
        self.tr_with(
            "date-short",
            &[
                ("weekday", weekday.into()),
                ("day", date.day().into()),
                ("month", month.into()),
            ],
        )
    }

    /// 12345 as the language writes it: "12,345", "12 345", "12.345".
    pub fn count(&self, n: u64) -> String {
        let separator = self.tr("number-thousands");
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() * 2);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&separator);
            }
            out.push(c);
        }
        out
    }

    /// "a, b or c" with the language's word for "or".
    pub fn or_list(&self, items: &[String]) -> String {
        match items.split_last() {
            Some((last, rest)) if !rest.is_empty() => self.tr_with(
                "list-or",
                &[
                    ("items", rest.join(", ").into()),
                    ("last", last.as_str().into()),
                ],
            ),
            _ => items.join(""),
        }
    }

    /// "Day 2 of 3".
    pub fn event_day(&self, number: u32, days: u32) -> String {
        self.tr_with(
            "event-day",
            &[("number", number.into()), ("days", days.into())],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_numbers_in_messages_are_grouped_as_the_language_writes_them() {
        let count = |language: Language, n: u64| {
            language
                .texts()
                .tr_with("lobby-checked-in", &[("count", n.into())])
        };
        assert_eq!(count(Language::English, 1_234), "1,234 people checked in");
        assert_eq!(count(Language::English, 999), "999 people checked in");
        assert_eq!(count(Language::English, 1), "1 person checked in");
        let swedish = count(Language::Swedish, 12_345);
        assert!(
            swedish.starts_with("12\u{a0}345 ") || swedish.starts_with("12 345 "),
            "{swedish}"
        );
        assert!(count(Language::German, 12_345).starts_with("12.345 "));
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let english = Language::English.texts();
        let swedish = Language::Swedish.texts();
        assert_eq!(
            english.tr_with("lobby-checked-in", &[("count", 1.into())]),
            "1 person checked in"
        );
        assert_eq!(
            english.tr_with("lobby-checked-in", &[("count", 7.into())]),
            "7 people checked in"
        );
        assert!(
            swedish
                .tr_with("lobby-checked-in", &[("count", 7.into())])
                .starts_with("7 personer")
        );
        assert!(
            swedish
                .tr_with("lobby-checked-in", &[("count", 1.into())])
                .starts_with("1 person ")
        );
    }

    #[test]
    fn dates_are_written_in_the_language() {
        let day = NaiveDate::from_ymd_opt(2018, 7, 9).unwrap();
        assert_eq!(Language::English.texts().long_date(day), "Monday 9 July");
        assert_eq!(Language::Swedish.texts().long_date(day), "måndag 9 juli");
        assert_eq!(Language::German.texts().long_date(day), "Montag, 9. Juli");
        assert_eq!(Language::French.texts().long_date(day), "lundi 9 juillet");
        assert_eq!(
            Language::Spanish.texts().long_date(day),
            "lunes, 9 de julio"
        );
    }

    #[test]
    fn counts_are_grouped_by_thousands_as_each_language_writes_them() {
        let english = Language::English.texts();
        assert_eq!(english.count(0), "0");
        assert_eq!(english.count(999), "999");
        assert_eq!(english.count(1000), "1,000");
        assert_eq!(english.count(1_234_567), "1,234,567");
        assert_eq!(Language::Swedish.texts().count(12_345), "12\u{a0}345");
        assert_eq!(Language::German.texts().count(12_345), "12.345");
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        let id = "no-such-message";
        assert_eq!(Language::German.texts().tr(id), id);
    }
}
