//! Recognising a person who appears twice in one export, which happens when someone registers
//! again after a typo, or when an organizer pastes two lists together.
//!
//! A later row is the same person as an earlier one when, checked in this order:
//!
//! 1. they share a ticket code: a code is one ticket and prints one badge;
//! 2. they share an email address that looks valid (compared case-insensitively) and their
//!    names agree: the same first and last name, where a part left empty agrees with
//!    anything ("Anna" and "Anna Huang"). Two different ticket codes then mean one person
//!    holding two tickets, and both codes are kept. When the names disagree, the address
//!    belongs to someone who booked for colleagues (or to a shared office inbox): both
//!    people are imported and the later row gets a warning, because leaving a real
//!    attendee out is worse than a duplicate the organizer can remove;
//! 3. they have the same name and company (ignoring case, accents and punctuation), and
//!    nothing tells them apart: not two different ticket codes, not two different valid
//!    email addresses.
//!
//! The later row is then skipped, and its details fill whatever the earlier registrant left
//! empty. Names move as a set (first, last and display name together) so a badge never
//! combines two spellings. The person is admitted when either row admits them, since a
//! cancelled registration followed by a paid one means they have a valid ticket.

use super::clean::{fold, fold_into, looks_like_email};
use super::fingerprint::{Index, code_print, email_print, name_print};
use super::{Admission, Registrant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    Code,
    Email,
    Name,
    NameAndCompany,
}

impl Why {
    /// The reason in the catalogue (see [`Why::describe`] for the command line's words).
    pub fn message(self) -> &'static str {
        match self {
            Why::Code => "note-why-code",
            Why::Email => "note-why-email",
            Why::Name => "note-why-name",
            Why::NameAndCompany => "note-why-name-and-company",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Why::Code => "same ticket code",
            Why::Email => "same email address",
            Why::Name => "same name, no company or email address to tell them apart",
            Why::NameAndCompany => "same name and company",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum Placement {
    New,
    /// Merged into the registrant first seen on `row`.
    Merged {
        row: usize,
        why: Why,
    },
    /// Imported, though the row shares an email address with `row` under another name.
    SharesEmail {
        row: usize,
    },
}

#[derive(Debug, Default)]
pub struct People {
    list: Vec<Registrant>,
    by_code: Index,
    by_email: Index,
    by_name: Index,
}

/// The ways a registrant can be recognised, worked out once per row.
struct Keys {
    email: Option<u64>,
    name: Option<u64>,
}

impl Keys {
    fn of(person: &Registrant) -> Keys {
        let name = name_print(&person.first_name, &person.last_name, &person.company);
        Keys {
            email: email_print(&person.email),
            name,
        }
    }
}

fn same_email(a: &Registrant, b: &Registrant) -> bool {
    a.email.to_lowercase() == b.email.to_lowercase()
}

fn folded_name(person: &Registrant) -> String {
    let mut name = String::new();
    fold_into(&mut name, &person.first_name);
    fold_into(&mut name, &person.last_name);
    name
}

fn same_name_and_company(a: &Registrant, b: &Registrant) -> bool {
    folded_name(a) == folded_name(b) && fold(&a.company) == fold(&b.company)
}

fn different_codes(a: &Registrant, b: &Registrant) -> bool {
    !a.external_codes.is_empty()
        && !b.external_codes.is_empty()
        && !a
            .external_codes
            .iter()
            .any(|code| b.external_codes.contains(code))
}

fn different_emails(a: &Registrant, b: &Registrant) -> bool {
    looks_like_email(&a.email) && looks_like_email(&b.email) && !same_email(a, b)
}

/// First and last name compared separately; a part one row leaves empty agrees with anything.
fn names_agree(a: &Registrant, b: &Registrant) -> bool {
    let part_agrees = |x: &str, y: &str| {
        let (x, y) = (fold(x), fold(y));
        x.is_empty() || y.is_empty() || x == y
    };
    part_agrees(&a.first_name, &b.first_name) && part_agrees(&a.last_name, &b.last_name)
}

impl People {
    pub fn place(&mut self, person: Registrant) -> Placement {
        if let Some(index) = self.match_code(&person) {
            return self.merge(index, person, Why::Code);
        }
        let keys = Keys::of(&person);
        if let Some(index) = self.match_email(&person, keys.email) {
            let earlier = &self.list[index];
            if names_agree(earlier, &person) {
                return self.merge(index, person, Why::Email);
            }
            let row = earlier.row;
            self.add(person, keys);
            return Placement::SharesEmail { row };
        }
        if let Some((index, why)) = self.match_name(&person, keys.name) {
            return self.merge(index, person, why);
        }
        self.add(person, keys);
        Placement::New
    }

    pub fn into_list(self) -> Vec<Registrant> {
        self.list
    }

    fn match_code(&self, person: &Registrant) -> Option<usize> {
        person.external_codes.iter().find_map(|code| {
            let index = *self.by_code.get(&code_print(code))?;
            self.list[index]
                .external_codes
                .contains(code)
                .then_some(index)
        })
    }

    fn match_email(&self, person: &Registrant, print: Option<u64>) -> Option<usize> {
        let index = *self.by_email.get(&print?)?;
        same_email(&self.list[index], person).then_some(index)
    }

    fn match_name(&self, person: &Registrant, print: Option<u64>) -> Option<(usize, Why)> {
        let index = *self.by_name.get(&print?)?;
        let earlier = &self.list[index];
        let contradicted = different_codes(earlier, person) || different_emails(earlier, person);
        if contradicted || !same_name_and_company(earlier, person) {
            return None;
        }
        let why = if person.company.is_empty() {
            Why::Name
        } else {
            Why::NameAndCompany
        };
        Some((index, why))
    }

    fn add(&mut self, person: Registrant, keys: Keys) {
        let index = self.list.len();
        self.list.push(person);
        self.index(index, keys);
    }

    fn merge(&mut self, index: usize, later: Registrant, why: Why) -> Placement {
        let earlier = &mut self.list[index];
        absorb(earlier, later);
        let row = earlier.row;
        let keys = Keys::of(earlier);
        self.index(index, keys);
        Placement::Merged { row, why }
    }

    /// Keys already taken keep pointing at the registrant seen first.
    fn index(&mut self, index: usize, keys: Keys) {
        for code in &self.list[index].external_codes {
            self.by_code.entry(code_print(code)).or_insert(index);
        }
        if let Some(key) = keys.email {
            self.by_email.entry(key).or_insert(index);
        }
        if let Some(key) = keys.name {
            self.by_name.entry(key).or_insert(index);
        }
    }
}

fn absorb(earlier: &mut Registrant, later: Registrant) {
    if earlier.last_name.is_empty() && !later.last_name.is_empty() {
        earlier.first_name = later.first_name;
        earlier.last_name = later.last_name;
        earlier.display_name = later.display_name;
    }
    fill(&mut earlier.email, later.email);
    fill(&mut earlier.company, later.company);
    fill(&mut earlier.job_title, later.job_title);
    fill(&mut earlier.ticket_type, later.ticket_type);
    for code in later.external_codes {
        if !earlier.external_codes.contains(&code) {
            earlier.external_codes.push(code);
        }
    }
    if later.admission == Admission::Admitted {
        earlier.admission = Admission::Admitted;
    }
}

fn fill(slot: &mut String, value: String) {
    if slot.is_empty() {
        *slot = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(
        row: usize,
        name: (&str, &str),
        email: &str,
        company: &str,
        code: &str,
    ) -> Registrant {
        Registrant {
            row,
            first_name: name.0.to_owned(),
            last_name: name.1.to_owned(),
            display_name: format!("{} {}", name.0, name.1).trim().to_owned(),
            email: email.to_owned(),
            company: company.to_owned(),
            job_title: String::new(),
            ticket_type: String::new(),
            external_codes: if code.is_empty() {
                vec![]
            } else {
                vec![code.to_owned()]
            },
            admission: Admission::Admitted,
        }
    }

    #[test]
    fn same_email_in_another_case_is_one_person() {
        let mut people = People::default();
        assert_eq!(
            people.place(person(
                4,
                ("James", "McInerney"),
                "JAMES@EXAMPLE.ORG",
                "",
                ""
            )),
            Placement::New
        );
        let again = person(
            5,
            ("James", "McInerney"),
            "james@example.org",
            "Spotify",
            "",
        );
        assert_eq!(
            people.place(again),
            Placement::Merged {
                row: 4,
                why: Why::Email
            }
        );
        let list = people.into_list();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].company, "Spotify");
        assert_eq!(list[0].email, "JAMES@EXAMPLE.ORG");
    }

    #[test]
    fn same_email_with_two_tickets_keeps_both_codes() {
        let mut people = People::default();
        people.place(person(2, ("Anna", "Huang"), "anna@example.org", "", "A1"));
        let second = person(3, ("Anna", "Huang"), "anna@example.org", "", "B2");
        assert_eq!(
            people.place(second),
            Placement::Merged {
                row: 2,
                why: Why::Email
            }
        );
        assert_eq!(people.into_list()[0].external_codes, ["A1", "B2"]);
    }

    #[test]
    fn colleagues_booked_under_one_address_stay_apart() {
        let mut people = People::default();
        people.place(person(2, ("Anna", "Huang"), "office@example.org", "", "A1"));
        let colleague = person(3, ("Bo", "Ek"), "office@example.org", "", "B2");
        assert_eq!(people.place(colleague), Placement::SharesEmail { row: 2 });
        let no_ticket = person(4, ("Cai", "Lin"), "OFFICE@example.org", "", "");
        assert_eq!(people.place(no_ticket), Placement::SharesEmail { row: 2 });
        let partial_match = person(5, ("Ann", ""), "office@example.org", "", "");
        assert_eq!(
            people.place(partial_match),
            Placement::SharesEmail { row: 2 }
        );
        assert_eq!(people.into_list().len(), 4);
    }

    #[test]
    fn a_name_given_in_part_still_agrees() {
        let mut people = People::default();
        people.place(person(2, ("Anna", ""), "anna@example.org", "", ""));
        let full = person(3, ("Anna", "Huang"), "anna@example.org", "", "");
        assert_eq!(
            people.place(full),
            Placement::Merged {
                row: 2,
                why: Why::Email
            }
        );
    }

    #[test]
    fn same_code_wins_over_everything() {
        let mut people = People::default();
        people.place(person(2, ("Anna", "Huang"), "a@example.org", "", "A1"));
        let rescan = person(7, ("Anna", "Huang-Li"), "b@example.org", "", "A1");
        assert_eq!(
            people.place(rescan),
            Placement::Merged {
                row: 2,
                why: Why::Code
            }
        );
    }

    #[test]
    fn same_name_and_company_needs_nothing_contradicting() {
        let mut people = People::default();
        people.place(person(2, ("Zoë", "Nyström"), "", "King", ""));
        let same = person(3, ("ZOE", "Nystrom"), "zoe@example.net", "king", "");
        assert_eq!(
            people.place(same),
            Placement::Merged {
                row: 2,
                why: Why::NameAndCompany
            }
        );
        let other_email = person(4, ("Zoë", "Nyström"), "zn@example.com", "King", "");
        assert_eq!(people.place(other_email), Placement::New);
        let other_ticket = person(5, ("Zoë", "Nyström"), "", "Google", "T1");
        assert_eq!(people.place(other_ticket), Placement::New);
        let other_ticket_too = person(6, ("Zoë", "Nyström"), "", "Google", "T2");
        assert_eq!(people.place(other_ticket_too), Placement::New);
        assert_eq!(people.into_list()[0].email, "zoe@example.net");
    }

    #[test]
    fn a_paid_row_admits_a_cancelled_person() {
        let mut people = People::default();
        let mut cancelled = person(2, ("Anna", "Huang"), "anna@example.org", "", "A1");
        cancelled.admission = Admission::NotAdmitted {
            reason: "status: cancelled".to_owned(),
        };
        people.place(cancelled);
        people.place(person(3, ("Anna", "Huang"), "anna@example.org", "", "B2"));
        assert_eq!(people.into_list()[0].admission, Admission::Admitted);
    }

    #[test]
    fn names_move_as_a_set() {
        let mut people = People::default();
        people.place(person(2, ("Anna", ""), "anna@example.org", "", ""));
        people.place(person(3, ("Anna", "Huang"), "anna@example.org", "", ""));
        let list = people.into_list();
        assert_eq!(
            (list[0].last_name.as_str(), list[0].display_name.as_str()),
            ("Huang", "Anna Huang")
        );
    }
}
