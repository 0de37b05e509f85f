//! How the wizard names fields and counts.

use crate::import::Field;

/// A field as the drop-downs name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldChoice(pub Field);

impl FieldChoice {
    pub const ALL: [FieldChoice; 10] = [
        FieldChoice(Field::FirstName),
        FieldChoice(Field::LastName),
        FieldChoice(Field::FullName),
        FieldChoice(Field::Email),
        FieldChoice(Field::Company),
        FieldChoice(Field::JobTitle),
        FieldChoice(Field::TicketType),
        FieldChoice(Field::TicketCode),
        FieldChoice(Field::Status),
        FieldChoice(Field::Ignore),
    ];
}

impl std::fmt::Display for FieldChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self.0 {
            Field::FirstName => "first name",
            Field::LastName => "last name",
            Field::FullName => "full name",
            Field::Email => "email",
            Field::Company => "company",
            Field::JobTitle => "title",
            Field::TicketType => "ticket type",
            Field::TicketCode => "code",
            Field::Status => "status",
            Field::Ignore => "ignore",
        })
    }
}

/// 12345 as "12,345": counts of people read at a glance.
pub(super) fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(100_000), "100,000");
        assert_eq!(count(1_234_567), "1,234,567");
    }
}
