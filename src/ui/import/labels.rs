//! How the wizard names fields and counts.

use crate::import::Field;
use crate::language::Texts;

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

impl FieldChoice {
    /// The field's name in the catalogue.
    fn message(self) -> &'static str {
        match self.0 {
            Field::FirstName => "import-field-first-name",
            Field::LastName => "import-field-last-name",
            Field::FullName => "import-field-full-name",
            Field::Email => "import-field-email",
            Field::Company => "import-field-company",
            Field::JobTitle => "import-field-title",
            Field::TicketType => "import-field-ticket-type",
            Field::TicketCode => "import-field-code",
            Field::Status => "import-field-status",
            Field::Ignore => "import-field-ignore",
        }
    }

    /// The field as the drop-down names it, in the organizer's language.
    pub fn label(self, texts: &'static Texts) -> FieldLabel {
        FieldLabel(self, texts)
    }
}

/// A field in a drop-down: its choice and the words it is shown in.
#[derive(Debug, Clone, Copy)]
pub struct FieldLabel(pub FieldChoice, &'static Texts);

impl PartialEq for FieldLabel {
    fn eq(&self, other: &FieldLabel) -> bool {
        self.0 == other.0
    }
}

impl std::fmt::Display for FieldLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.1.tr(self.0.message()))
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
