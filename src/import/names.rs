//! Splitting a single "Name" column into first and last name, for exports (pretix, Google
//! Forms, hand-made lists) that only ask for one. The badge prints the full name as written;
//! the split only decides sorting and the large-print first name, so a sensible guess is
//! enough and the organizer can correct individual people later.

/// Words that belong to the surname that follows them: `Ludwig van Beethoven` is filed
/// under "van Beethoven", `Maja Ó Súilleabháin` under "Ó Súilleabháin". Compared
/// case-insensitively, because Flemish and Italian names capitalise them (`Van Damme`,
/// `De Luca`).
const SURNAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "degli", "di", "da", "du", "la", "le", "dos",
    "das", "do", "ten", "ter", "af", "av", "zu", "bin", "ibn", "al", "el", "st", "ó", "o", "ní",
    "nic", "mac", "mhic", "uí", "ua",
];

fn is_particle(word: &str) -> bool {
    let lower = word.to_lowercase();
    SURNAME_PARTICLES.contains(&lower.as_str())
}

/// Returns `(first, last)` for a cleaned full name.
///
/// `Surname, Given names` (the form many registration lists use for sorting) is honoured
/// when there is exactly one comma. Otherwise the last word is the surname, together with
/// any particles right before it; a single word is taken as a first name.
pub fn split_full_name(full: &str) -> (String, String) {
    if let Some((last, first)) = comma_form(full) {
        return (first.to_owned(), last.to_owned());
    }
    let words: Vec<&str> = full.split_whitespace().collect();
    let Some((&last_word, _)) = words.split_last() else {
        return (String::new(), String::new());
    };
    if words.len() == 1 {
        return (last_word.to_owned(), String::new());
    }
    let mut surname_start = words.len() - 1;
    while surname_start > 1 && is_particle(words[surname_start - 1]) {
        surname_start -= 1;
    }
    (
        words[..surname_start].join(" "),
        words[surname_start..].join(" "),
    )
}

fn comma_form(full: &str) -> Option<(&str, &str)> {
    let (last, first) = full.split_once(',')?;
    let (last, first) = (last.trim(), first.trim());
    let single_comma = !first.contains(',');
    (single_comma && !last.is_empty() && !first.is_empty()).then_some((last, first))
}

/// The name shown when the export has separate columns only.
pub fn join_name(first: &str, last: &str) -> String {
    let mut name = String::with_capacity(first.len() + last.len() + 1);
    name.push_str(first);
    if !first.is_empty() && !last.is_empty() {
        name.push(' ');
    }
    name.push_str(last);
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(full: &str) -> (String, String) {
        split_full_name(full)
    }

    fn pair(first: &str, last: &str) -> (String, String) {
        (first.to_owned(), last.to_owned())
    }

    #[test]
    fn last_word_is_the_surname() {
        assert_eq!(split("François Pachet"), pair("François", "Pachet"));
        assert_eq!(split("Ana María Nguyen"), pair("Ana María", "Nguyen"));
    }

    #[test]
    fn particles_stay_with_the_surname() {
        assert_eq!(
            split("Ludwig van Beethoven"),
            pair("Ludwig", "van Beethoven")
        );
        assert_eq!(split("Björn van der Berg"), pair("Björn", "van der Berg"));
        assert_eq!(
            split("Małgorzata de la Cruz"),
            pair("Małgorzata", "de la Cruz")
        );
        assert_eq!(
            split("Jean-Claude Van Damme"),
            pair("Jean-Claude", "Van Damme")
        );
    }

    #[test]
    fn irish_prefixes_stay_with_the_surname() {
        assert_eq!(split("Maja Ó Súilleabháin"), pair("Maja", "Ó Súilleabháin"));
        assert_eq!(split("Aoife Ní Bhriain"), pair("Aoife", "Ní Bhriain"));
    }

    #[test]
    fn a_particle_is_never_the_whole_first_name() {
        assert_eq!(split("Van Morrison"), pair("Van", "Morrison"));
        assert_eq!(split("De la Cruz"), pair("De", "la Cruz"));
    }

    #[test]
    fn comma_form_puts_the_surname_first() {
        assert_eq!(split("Pachet, François"), pair("François", "Pachet"));
        assert_eq!(
            split("van Beethoven, Ludwig"),
            pair("Ludwig", "van Beethoven")
        );
        assert_eq!(split("Pachet,"), pair("Pachet,", ""));
    }

    #[test]
    fn one_word_is_a_first_name() {
        assert_eq!(split("Madonna"), pair("Madonna", ""));
        assert_eq!(split(""), pair("", ""));
        assert_eq!(split("سارة الحسن"), pair("سارة", "الحسن"));
    }

    #[test]
    fn joined_names_skip_missing_parts() {
        assert_eq!(join_name("Zoë", "Hawthorne"), "Zoë Hawthorne");
        assert_eq!(join_name("Zoë", ""), "Zoë");
        assert_eq!(join_name("", "Hawthorne"), "Hawthorne");
    }
}
