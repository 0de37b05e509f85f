//! Printing a badge at the desk: for the person just checked in or found (a reprint for a
//! lost badge), and for everyone checked in when the event prints on arrival.

use iced::Task;

use super::{Desk, Message, Panel};
use crate::settings::Settings;
use crate::ui::db::Database;

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
            print(self.database.clone(), id, self.settings.clone()),
            move |result| Message::BadgePrinted(id, result),
        )
    }

    pub(super) fn badge_printed(
        &mut self,
        id: i64,
        result: Result<String, String>,
    ) -> Task<Message> {
        if let Panel::Answer {
            badge: Some(badge), ..
        } = &mut self.panel
            && badge.attendee_id == id
        {
            badge.state = match result {
                Ok(done) => PrintState::Done(done),
                Err(problem) => PrintState::Failed(problem),
            };
        } else if let Err(problem) = result {
            tracing::warn!(%problem, "a badge did not print");
        }
        Task::none()
    }
}

/// Renders the badge in the event's desk layout and sends it to the printer, then records
/// that it was printed. The database is only held for the reads and the record.
pub(crate) async fn print(
    database: Database,
    id: i64,
    settings: Settings,
) -> Result<String, String> {
    let (person, style) = database
        .run(move |store| {
            let person = store.attendee(id)?;
            Ok((person, crate::printer::BadgeStyle::load(store)?))
        })
        .await
        .map_err(|e| e.to_string())?;
    let person = person.ok_or_else(|| "this person is no longer in the list".to_string())?;
    let (sender, receiver) = iced::futures::channel::oneshot::channel();
    let name = person.badge_code.canonical().to_string();
    std::thread::spawn(move || {
        let sent = crate::printer::badges_pdf(&style, &[person], settings.badge_layout, false)
            .and_then(|(pdf, _)| {
                crate::printer::print(&pdf.bytes, &name, settings.printer.as_deref())
            });
        let _ = sender.send(sent);
    });
    let sent = receiver
        .await
        .map_err(|_| "the printing worker stopped".to_string())?
        .map_err(|e| e.to_string())?;
    database
        .run(move |store| store.mark_printed(&[id]))
        .await
        .map_err(|e| e.to_string())?;
    Ok(format!("Badge {sent}"))
}
