//! Printing one person's badge from a screen: the desk (the person just checked in, a lost
//! badge) and the console's dashboard (a badge reprinted after a correction).

use super::db::Database;
use super::{Error, worker};
use crate::printer::Sent;
use crate::settings::Settings;
use crate::store::StoreError;

/// Renders the badge in the event's desk layout and sends it to the printer, then records
/// that it was printed; the answer says where it went. The database is only held for the
/// reads and the record.
pub async fn print(database: Database, id: i64, settings: Settings) -> Result<Sent, Error> {
    let (person, style) = database
        .run(move |store| {
            let person = store.attendee(id)?;
            Ok((person, crate::printer::BadgeStyle::load(store)?))
        })
        .await?;
    let person = person.ok_or(StoreError::NoSuchAttendee(id))?;
    let name = person.badge_code.canonical().to_string();
    let sent = worker::attempt(move || {
        crate::printer::badges_pdf(&style, &[person], settings.badge_layout, false).and_then(
            |(pdf, _)| crate::printer::print(&pdf.bytes, &name, settings.printer.as_deref()),
        )
    })
    .await?;
    database.run(move |store| store.mark_printed(&[id])).await?;
    Ok(sent)
}

/// Where the badge went, in the language of whoever reads it.
pub fn sent_words(sent: &Sent, texts: &crate::language::Texts) -> String {
    match sent {
        Sent::Printer(Some(printer)) => {
            texts.tr_with("desk-printed", &[("printer", printer.as_str().into())])
        }
        Sent::Printer(None) => texts.tr("desk-printed-default"),
        Sent::Viewer(path) => texts.tr_with(
            "desk-printed-viewer",
            &[("file", path.display().to_string().into())],
        ),
    }
}
