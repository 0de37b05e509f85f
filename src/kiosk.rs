//! Self-service check-in: what an attendee at a kiosk is told, and whom a kiosk may find from
//! what was typed. An attendee must never see anyone else: an answer holds at most the first
//! name and company of the person the scanned code belongs to, and a typed email address finds
//! a person only when it is theirs exactly (and only when the organizer allows it at all).

use serde::Serialize;

use crate::checkin::CheckIn;
use crate::day::EventDay;
use crate::language::{Language, Texts};
use crate::store::{Store, StoreError};

/// How long an answer stays on a kiosk before the prompt returns.
pub const ANSWER_SECONDS: u64 = 5;
/// With nothing scanned for this long, the kiosk shows its attract screen.
pub const ATTRACT_AFTER_SECONDS: u64 = 60;

/// What the kiosk says to the person in front of it. Refusals never say why: the reason (a
/// cancelled order, a wrong day) is for the staff desk to explain, not for the queue to read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "answer", rename_all = "snake_case")]
pub enum KioskAnswer {
    Welcome {
        first_name: String,
        company: String,
        /// Checked in on an earlier day of the event too.
        welcome_back: bool,
        /// The desk prints the badge now (print at check-in is on).
        badge_printing: bool,
    },
    /// Checked in already: a second person on one ticket, or a badge scanned twice.
    AlreadyCheckedIn,
    /// Not admitted, or a code the event does not know.
    SeeStaff,
    /// The code was misread: one character wrong or two swapped.
    ScanAgain,
}

impl KioskAnswer {
    pub fn of(outcome: &CheckIn, day: &EventDay, badge_printing: bool) -> KioskAnswer {
        match outcome {
            CheckIn::CheckedIn(attendee) => KioskAnswer::Welcome {
                first_name: first_name(attendee),
                company: attendee.company.trim().to_string(),
                welcome_back: outcome.is_welcome_back(day),
                badge_printing,
            },
            CheckIn::AlreadyCheckedIn { .. } => KioskAnswer::AlreadyCheckedIn,
            CheckIn::NotAdmitted { .. } | CheckIn::Unknown => KioskAnswer::SeeStaff,
            CheckIn::Typo => KioskAnswer::ScanAgain,
        }
    }

    /// The large line: "Welcome, Anna", "Please scan again".
    pub fn headline(&self, texts: &Texts) -> String {
        match self {
            KioskAnswer::Welcome {
                first_name,
                welcome_back,
                ..
            } => {
                let (alone, with_name) = if *welcome_back {
                    ("kiosk-welcome-back", "kiosk-welcome-back-name")
                } else {
                    ("kiosk-welcome", "kiosk-welcome-name")
                };
                if first_name.is_empty() {
                    texts.tr(alone)
                } else {
                    texts.tr_with(with_name, &[("name", first_name.as_str().into())])
                }
            }
            KioskAnswer::AlreadyCheckedIn => texts.tr("kiosk-already"),
            KioskAnswer::SeeStaff => texts.tr("kiosk-see-staff"),
            KioskAnswer::ScanAgain => texts.tr("kiosk-scan-again"),
        }
    }

    /// The lines under it. `print_failed`: the badge the welcome promised did not print.
    pub fn details(&self, texts: &Texts, print_failed: bool) -> Vec<String> {
        match self {
            KioskAnswer::Welcome {
                company,
                badge_printing,
                ..
            } => {
                let mut lines = Vec::new();
                if !company.is_empty() {
                    lines.push(company.clone());
                }
                lines.push(match (*badge_printing, print_failed) {
                    (true, false) => texts.tr("kiosk-badge-printing"),
                    (true, true) => texts.tr("kiosk-collect-badge"),
                    (false, _) => texts.tr("kiosk-checked-in"),
                });
                lines
            }
            KioskAnswer::AlreadyCheckedIn => vec![texts.tr("kiosk-already-detail")],
            KioskAnswer::SeeStaff => vec![texts.tr("kiosk-see-staff-detail")],
            KioskAnswer::ScanAgain => vec![texts.tr("kiosk-scan-again-detail")],
        }
    }

    pub fn is_welcome(&self) -> bool {
        matches!(self, KioskAnswer::Welcome { .. })
    }

    /// The `--json` shape: the answer, and the words the attendee reads in `language`.
    pub fn to_json(&self, language: Language) -> serde_json::Value {
        let texts = language.texts();
        let mut json = serde_json::to_value(self).unwrap_or_default();
        json["headline"] = serde_json::json!(self.headline(texts));
        json["details"] = serde_json::json!(self.details(texts, false));
        json["language"] = serde_json::json!(language.code());
        json
    }
}

/// The first name as the attendee reads it; a list with full names only gives the first word
/// of the display name, never the family name.
fn first_name(attendee: &crate::store::Attendee) -> String {
    let first = attendee.first_name.trim();
    if !first.is_empty() {
        return first.to_string();
    }
    attendee
        .display_name
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Whom the text typed or scanned at a kiosk means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KioskLookup {
    /// A code (badge, ticket, a ticket's URL): checked in as the staff desk would.
    Code(String),
    /// The one person whose email address was typed exactly.
    Person(i64),
    /// An email address that is nobody's, or belongs to several people, or typed at a kiosk
    /// where finding oneself by email is off. Said like an unknown code.
    NoMatch,
}

/// How many of the ticket's last digits go with the family name: few enough to read off a
/// ticket, enough that a family name shared by several people still finds one.
pub const TICKET_DIGITS: usize = 4;

/// A family name and the last digits of a ticket, as "Åkesson 3001": the words, then one
/// group of at least [`TICKET_DIGITS`] digits. Codes and URLs never hold a space.
fn name_and_ticket_digits(typed: &str) -> Option<(&str, &str)> {
    let (name, digits) = typed.trim().rsplit_once(char::is_whitespace)?;
    let name = name.trim();
    let is_digits = digits.len() >= TICKET_DIGITS && digits.bytes().all(|b| b.is_ascii_digit());
    (is_digits && name.chars().any(char::is_alphabetic)).then_some((name, digits))
}

/// Whether `typed` is an email address for the kiosk to look up: anything with an `@` in it,
/// since neither badge codes nor ticket codes have one (a ticket URL can, after its `://`).
fn is_email(typed: &str) -> bool {
    typed.contains('@') && !typed.contains("://")
}

/// Reads what an attendee typed or scanned. `self_search` is the organizer's setting: off, an
/// email address or a family name with ticket digits finds nobody.
pub fn lookup(store: &Store, typed: &str, self_search: bool) -> Result<KioskLookup, StoreError> {
    let typed = typed.trim();
    let by_name = name_and_ticket_digits(typed);
    if !is_email(typed) && by_name.is_none() {
        return Ok(KioskLookup::Code(typed.to_string()));
    }
    if !self_search {
        return Ok(KioskLookup::NoMatch);
    }
    let ids = match by_name {
        Some((name, digits)) => {
            let name = crate::text::fold(name);
            let mut ids: Vec<i64> = store
                .family_names_with_ticket_ending(digits)?
                .into_iter()
                .filter(|(_, family)| crate::text::fold(family.trim()) == name)
                .map(|(id, _)| id)
                .collect();
            ids.dedup();
            ids
        }
        None => store.attendee_ids_with_email(typed)?,
    };
    Ok(match ids.as_slice() {
        [id] => KioskLookup::Person(*id),
        // Two people on one address (a booker's, often), or on one family name and the same
        // digits: the kiosk cannot tell which one.
        _ => KioskLookup::NoMatch,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Language = Language::English;
    use crate::store::Attendee;

    fn person() -> Attendee {
        Attendee {
            id: 1,
            badge_code: crate::code::BadgeCode::from_canonical("K7QM2XHD9FPA"),
            external_codes: Vec::new(),
            first_name: "Anna".to_string(),
            last_name: "Åkesson".to_string(),
            display_name: "Anna Åkesson".to_string(),
            email: "anna@example.com".to_string(),
            company: "Spotify".to_string(),
            job_title: String::new(),
            ticket_type: "Regular".to_string(),
            status: crate::store::Status::Admitted,
            status_reason: String::new(),
            source: String::new(),
            checked_in_at: None,
            checked_in_desk: None,
            checked_in_days: Vec::new(),
            printed_at: None,
        }
    }

    fn one_day() -> EventDay {
        EventDay {
            date: "2018-07-09".parse().unwrap(),
            number: Some(1),
            of: Some(1),
        }
    }

    #[test]
    fn a_welcome_names_the_first_name_and_company_only() {
        let answer = KioskAnswer::of(&CheckIn::CheckedIn(person()), &one_day(), false);
        assert_eq!(answer.headline(EN.texts()), "Welcome, Anna");
        let said = format!(
            "{} {:?} {}",
            answer.headline(EN.texts()),
            answer.details(EN.texts(), false),
            answer.to_json(EN)
        );
        assert!(said.contains("Spotify"));
        assert!(
            !said.contains("Åkesson") && !said.contains("anna@"),
            "{said}"
        );
    }

    #[test]
    fn a_badge_printing_at_check_in_is_announced() {
        let answer = KioskAnswer::of(&CheckIn::CheckedIn(person()), &one_day(), true);
        assert!(
            answer
                .details(EN.texts(), false)
                .contains(&"Your badge is printing.".to_string())
        );
    }

    #[test]
    fn refusals_send_to_the_staff_desk_without_a_reason() {
        let refused = CheckIn::NotAdmitted {
            attendee: person(),
            reason: "Order cancelled".to_string(),
        };
        for outcome in [refused, CheckIn::Unknown] {
            let answer = KioskAnswer::of(&outcome, &one_day(), false);
            assert_eq!(answer, KioskAnswer::SeeStaff);
            let said = format!(
                "{} {:?} {}",
                answer.headline(EN.texts()),
                answer.details(EN.texts(), false),
                answer.to_json(EN)
            );
            assert!(
                !said.contains("cancelled") && !said.contains("Anna"),
                "{said}"
            );
        }
    }

    #[test]
    fn already_checked_in_asks_at_the_staff_desk_and_a_typo_asks_to_scan_again() {
        let already = CheckIn::AlreadyCheckedIn {
            attendee: person(),
            first_checked_in_at: crate::store::Timestamp::now(),
            first_desk: "Desk 2".to_string(),
        };
        let answer = KioskAnswer::of(&already, &one_day(), false);
        assert!(answer.details(EN.texts(), false)[0].contains("staff desk"));
        assert!(!format!("{answer:?}").contains("Anna"));
        assert_eq!(
            KioskAnswer::of(&CheckIn::Typo, &one_day(), false).headline(EN.texts()),
            "Please scan again"
        );
    }

    #[test]
    fn a_family_name_then_four_digits_or_more_is_a_name_search() {
        assert_eq!(
            name_and_ticket_digits("Åkesson 3001"),
            Some(("Åkesson", "3001"))
        );
        assert_eq!(
            name_and_ticket_digits(" van der Berg  123456 "),
            Some(("van der Berg", "123456"))
        );
        assert_eq!(name_and_ticket_digits("Åkesson 301"), None);
        assert_eq!(name_and_ticket_digits("7400000007797980173001"), None);
        assert_eq!(name_and_ticket_digits("K7QM 2XHD"), None);
        assert_eq!(name_and_ticket_digits("1234 5678"), None);
    }

    #[test]
    fn only_text_with_an_at_sign_and_no_scheme_is_an_email() {
        assert!(is_email("anna@example.com"));
        assert!(!is_email("K7QM-2XHD-9FPA"));
        assert!(!is_email("https://tickets.example.com/t/user@abc"));
    }
}
