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
