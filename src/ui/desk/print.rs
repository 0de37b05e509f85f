//! Printing a badge at the desk: for the person just checked in or found (a reprint for a
//! lost badge), and for everyone checked in when the event prints on arrival. The printing
//! itself is `ui::print`, shared with the console.

use iced::Task;

use super::{Desk, Message, Panel};
use crate::ui::Error;

/// The badge of the person on screen, and how printing it went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadgeOnScreen {
    pub attendee_id: i64,
    pub state: PrintState,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintState {
    Ready,
    Printing,
    Done(String),
    Failed(String),
}

impl Desk {
    pub(super) fn print_badge(&mut self) -> Task<Message> {
        let Panel::Answer {
            badge: Some(badge), ..
        } = &mut self.panel
        else {
            return Task::none();
        };
        if badge.state == PrintState::Printing {
            return Task::none();
        }
        badge.state = PrintState::Printing;
        let id = badge.attendee_id;
        Task::perform(
            crate::ui::print::print(self.database.clone(), id, self.settings.clone()),
            move |result| Message::BadgePrinted(id, result),
        )
    }

    pub(super) fn badge_printed(
        &mut self,
        id: i64,
        result: Result<crate::printer::Sent, Error>,
    ) -> Task<Message> {
        if let Panel::Answer {
            badge: Some(badge), ..
        } = &mut self.panel
            && badge.attendee_id == id
        {
            badge.state = match result {
                Ok(sent) => PrintState::Done(crate::ui::print::sent_words(&sent, self.texts)),
                Err(problem) => PrintState::Failed(problem.say(self.texts)),
            };
        } else if let Err(problem) = result {
            tracing::warn!(%problem, "a badge did not print");
        }
        Task::none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;
    use crate::printer::PrintError;

    #[test]
    fn the_printers_answer_is_said_in_the_desks_language() {
        let nothing = Error::Print(PrintError::NothingToPrintWith);
        assert_eq!(
            nothing.say(Language::English.texts()),
            PrintError::NothingToPrintWith.to_string()
        );
        for language in Language::ALL.into_iter().skip(1) {
            assert_ne!(
                nothing.say(language.texts()),
                nothing.to_string(),
                "{language}"
            );
        }
    }
}
