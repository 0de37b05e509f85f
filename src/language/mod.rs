//! The languages frontdesk speaks: every text a person reads on a desk, a kiosk or the lobby
//! comes from the catalogue of one language (`assets/i18n/<code>.ftl`, Fluent's format), so a
//! translator adds a language with one file and one line in [`Language`].
//!
//! Two choices meet here. Each desk reads its own staff's language (chosen in Settings, kept
//! on the computer); the kiosk and the lobby speak the event's language (a setting the desks
//! share), because visitors, not staff, read them.

mod catalogue;
mod desk;

pub use catalogue::Texts;
pub use desk::{DeskLanguageError, for_this_desk, remember_for_this_desk};

/// A place on the disk as a message's placeable.
pub fn path_arg(path: &std::path::Path) -> fluent_bundle::FluentValue<'static> {
    path.display().to_string().into()
}

/// The computer's own words for what went wrong (the system's or a library's, often in
/// English) as a message's placeable.
pub fn detail_arg(error: &impl std::fmt::Display) -> fluent_bundle::FluentValue<'static> {
    error.to_string().into()
}

use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    English,
    Swedish,
    German,
    French,
    Spanish,
}

impl Language {
    pub const ALL: [Language; 5] = [
        Language::English,
        Language::Swedish,
        Language::German,
        Language::French,
        Language::Spanish,
    ];

    /// The BCP 47 code the catalogue's file is named by: "sv".
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Swedish => "sv",
            Language::German => "de",
            Language::French => "fr",
            Language::Spanish => "es",
        }
    }

    /// The language's name in itself, as a speaker looks for it in a list: "Svenska".
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Swedish => "Svenska",
            Language::German => "Deutsch",
            Language::French => "Français",
            Language::Spanish => "Español",
        }
    }

    /// The language a locale or a code names ("sv", "sv-SE", "sv_SE.UTF-8", "Svenska"), when
    /// frontdesk speaks it.
    pub fn parse(text: &str) -> Option<Language> {
        let text = text.trim();
        if let Some(language) = Language::ALL
            .into_iter()
            .find(|l| l.name().eq_ignore_ascii_case(text))
        {
            return Some(language);
        }
        let wanted = identifier(text)?;
        Language::ALL
            .into_iter()
            .find(|l| l.code() == wanted.language.as_str())
    }

    /// The best of frontdesk's languages for a list of locales in order of preference, by
    /// Fluent's language negotiation; English when none is spoken.
    pub fn negotiate<S: AsRef<str>>(locales: &[S]) -> Language {
        let requested: Vec<LanguageIdentifier> = locales
            .iter()
            .filter_map(|l| identifier(l.as_ref()))
            .collect();
        let available: Vec<LanguageIdentifier> = Language::ALL
            .iter()
            .filter_map(|l| l.code().parse().ok())
            .collect();
        let default: LanguageIdentifier = unic_langid::langid!("en");
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Language::parse(&id.to_string()))
            .unwrap_or_default()
    }

    /// The language of this computer's user (its locale), when frontdesk speaks it.
    pub fn of_computer() -> Language {
        let locales: Vec<String> = sys_locale::get_locales().collect();
        Language::negotiate(&locales)
    }

    /// The words in this language.
    pub fn texts(self) -> &'static Texts {
        catalogue::texts(self)
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A locale as the system writes it ("sv_SE.UTF-8", "de-DE@euro", "C") read as a language
/// identifier; `None` for "C", "POSIX" and what is not a language at all.
fn identifier(locale: &str) -> Option<LanguageIdentifier> {
    let tag = locale
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    if tag.eq_ignore_ascii_case("c") || tag.eq_ignore_ascii_case("posix") {
        return None;
    }
    tag.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_names_its_language() {
        assert_eq!(Language::parse("sv_SE.UTF-8"), Some(Language::Swedish));
        assert_eq!(Language::parse("de-AT"), Some(Language::German));
        assert_eq!(Language::parse("Français"), Some(Language::French));
        assert_eq!(Language::parse("es"), Some(Language::Spanish));
        assert_eq!(Language::parse("C"), None);
        assert_eq!(Language::parse("ja_JP"), None);
    }

    #[test]
    fn negotiation_takes_the_first_spoken_language_and_else_english() {
        assert_eq!(
            Language::negotiate(&["ja-JP", "fr-CA", "en-US"]),
            Language::French
        );
        assert_eq!(Language::negotiate(&["C.UTF-8"]), Language::English);
        assert_eq!(Language::negotiate::<&str>(&[]), Language::English);
    }
}
