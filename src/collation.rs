//! Names in the order their language sorts them: in Swedish Å, Ä and Ö come after Z, in
//! German Ä files with A, in Spanish Ñ follows N. The rules are ICU4X's (CLDR's), not ours.

use std::cmp::Ordering;
use std::sync::{Arc, OnceLock};

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::Locale;

/// Where a person files in a list: last name, then first name, then the row id so that
/// namesakes keep one order.
pub type PersonKey = (Vec<u8>, Vec<u8>, i64);

/// How one language sorts names.
pub struct NameOrder {
    collator: CollatorBorrowed<'static>,
    language: String,
}

impl NameOrder {
    /// The order of `language`, a BCP 47 tag (`sv`, `de-AT`) or a POSIX locale
    /// (`sv_SE.UTF-8`); the root order (as in English) for one ICU does not know.
    pub fn for_language(language: &str) -> NameOrder {
        let (locale, tag) = match bcp47(language).map(|tag| (Locale::try_from_str(&tag), tag)) {
            Some((Ok(locale), tag)) => (locale, tag),
            _ => (Locale::UNKNOWN, "und".to_string()),
        };
        let (collator, tag) = match Collator::try_new((&locale).into(), CollatorOptions::default())
        {
            Ok(collator) => (collator, tag),
            Err(error) => {
                tracing::warn!(%error, language, "no sort order for this language; using the root order");
                let root = Collator::try_new(Default::default(), CollatorOptions::default())
                    .expect("the root collation is compiled in");
                (root, "und".to_string())
            }
        };
        NameOrder {
            collator,
            language: tag,
        }
    }

    /// The order of this computer's language: `LC_ALL`, `LC_COLLATE`, `LANG`, else the
    /// system's setting, else the root order. Read once.
    pub fn of_this_computer() -> Arc<NameOrder> {
        static ORDER: OnceLock<Arc<NameOrder>> = OnceLock::new();
        ORDER
            .get_or_init(|| Arc::new(NameOrder::for_language(&computer_language())))
            .clone()
    }

    /// The BCP 47 tag this order follows (`und` for the root order).
    pub fn language(&self) -> &str {
        &self.language
    }

    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.collator.compare(a, b)
    }

    /// The key a person sorts by in a list of people.
    pub fn person_key(&self, last_name: &str, first_name: &str, id: i64) -> PersonKey {
        (self.key(last_name), self.key(first_name), id)
    }

    /// Bytes that sort as the text does, to sort many names without comparing each pair anew.
    pub fn key(&self, text: &str) -> Vec<u8> {
        let mut key = Vec::new();
        let Ok(()) = self.collator.write_sort_key_to(text, &mut key);
        key
    }
}

impl std::fmt::Debug for NameOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NameOrder({})", self.language)
    }
}

/// The language the environment or the system names.
fn computer_language() -> String {
    ["LC_ALL", "LC_COLLATE", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| bcp47(value).is_some())
        .or_else(sys_locale::get_locale)
        .unwrap_or_default()
}

/// `sv_SE.UTF-8@euro` → `sv-SE`; `de-AT` stays; `C`, `POSIX` and nothing → none.
fn bcp47(locale: &str) -> Option<String> {
    let name = locale.split(['.', '@']).next().unwrap_or_default().trim();
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    Some(name.replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(order: &NameOrder, names: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        names.sort_by_key(|name| order.key(name));
        names
    }

    #[test]
    fn swedish_puts_a_ring_a_umlaut_and_o_umlaut_after_z() {
        let order = NameOrder::for_language("sv_SE.UTF-8");
        assert_eq!(order.language(), "sv-SE");
        assert_eq!(
            sorted(
                &order,
                &["Öberg", "Åkesson", "Zetterlund", "Andersson", "Ärlig"]
            ),
            ["Andersson", "Zetterlund", "Åkesson", "Ärlig", "Öberg"]
        );
    }

    #[test]
    fn german_and_english_file_umlauts_with_their_letter() {
        for language in ["de", "en-GB"] {
            let order = NameOrder::for_language(language);
            assert_eq!(
                sorted(&order, &["Zimmer", "Öberg", "Ober", "Åkesson", "Adams"]),
                ["Adams", "Åkesson", "Ober", "Öberg", "Zimmer"],
                "{language}"
            );
        }
    }

    #[test]
    fn spanish_puts_n_tilde_after_n() {
        let order = NameOrder::for_language("es");
        assert_eq!(
            sorted(&order, &["Ñúñez", "Nuñez", "Oliva"]),
            ["Nuñez", "Ñúñez", "Oliva"]
        );
    }

    #[test]
    fn an_unknown_or_posix_locale_sorts_in_the_root_order() {
        for language in ["C", "POSIX", "", "xx-not-a-language!"] {
            let order = NameOrder::for_language(language);
            assert_eq!(
                sorted(&order, &["b", "Å", "a"]),
                ["a", "Å", "b"],
                "{language:?}"
            );
            assert_eq!(order.language(), "und");
        }
    }
}
