//! Small text helpers shared by import, search and export.

/// Folds text for matching: accents and other scripts transliterated to ASCII, lower case.
/// `Öberg` → `oberg`, `Søndergaard` → `sondergaard`, `Clément` → `clement`.
pub fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

/// Splits folded text into words of letters and digits.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A value written into a CSV that a spreadsheet would take for a formula gets a leading
/// apostrophe (OWASP's advice against CSV injection). The database keeps the value as written.
pub fn neutralise_for_csv(value: &str) -> std::borrow::Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n') => format!("'{value}").into(),
        _ => value.into(),
    }
}

/// Masks an email for display next to a search result: `anna.b@example.com` → `a***@example.com`.
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None if email.is_empty() => String::new(),
        None => "***".to_string(),
    }
}

/// "1 scan", "2 scans": a count with its noun, for sentences a user reads.
pub fn counted(count: u64, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Öberg"), "oberg");
        assert_eq!(fold("Søndergaard"), "sondergaard");
        assert_eq!(fold("Clément"), "clement");
    }

    #[test]
    fn neutralises_formula_looking_values_only() {
        assert_eq!(neutralise_for_csv("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(neutralise_for_csv("+46 8 123 45"), "'+46 8 123 45");
        assert_eq!(neutralise_for_csv("@home"), "'@home");
        assert_eq!(neutralise_for_csv("Anna"), "Anna");
    }

    #[test]
    fn masks_emails() {
        assert_eq!(mask_email("anna.b@example.com"), "a***@example.com");
        assert_eq!(mask_email(""), "");
        assert_eq!(mask_email("not-an-email"), "***");
    }

    #[test]
    fn a_count_of_one_takes_the_singular() {
        assert_eq!(counted(1, "scan", "scans"), "1 scan");
        assert_eq!(counted(0, "scan", "scans"), "0 scans");
        assert_eq!(counted(7, "conflict", "conflicts"), "7 conflicts");
    }
}
