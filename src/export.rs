//! CSV exports for organizers: UTF-8 with a BOM so that spreadsheets read accents right, and
//! every value a spreadsheet would run as a formula neutralised.

use std::io::Write;

use crate::store::{Store, StoreError};
use crate::text::neutralise_for_csv;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the export: {0}")]
    Write(#[from] std::io::Error),
    #[error("cannot write the export: {0}")]
    Csv(#[from] csv::Error),
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn writer<W: Write>(mut out: W) -> Result<csv::Writer<W>, ExportError> {
    out.write_all(BOM)?;
    Ok(csv::WriterBuilder::new().from_writer(out))
}

fn write_row<W: Write>(csv: &mut csv::Writer<W>, values: &[&str]) -> Result<(), ExportError> {
    csv.write_record(values.iter().map(|v| neutralise_for_csv(v).into_owned()))?;
    Ok(())
}

/// Everyone, with their status and whether and where they checked in.
pub fn attendees<W: Write>(store: &Store, out: W) -> Result<u64, ExportError> {
    let mut csv = writer(out)?;
    write_row(
        &mut csv,
        &[
            "Badge code",
            "First name",
            "Last name",
            "Display name",
            "Email",
            "Company",
            "Job title",
            "Ticket type",
            "Ticket codes",
            "Status",
            "Status reason",
            "Checked in at (UTC)",
            "Desk",
        ],
    )?;
    let mut rows = 0;
    for a in store.attendees()? {
        let code = a.badge_code.grouped();
        let codes = a.external_codes.join(" ");
        write_row(
            &mut csv,
            &[
                &code,
                &a.first_name,
                &a.last_name,
                &a.display_name,
                &a.email,
                &a.company,
                &a.job_title,
                &a.ticket_type,
                &codes,
                a.status.as_str(),
                &a.status_reason,
                a.checked_in_at.as_deref().unwrap_or(""),
                a.checked_in_desk.as_deref().unwrap_or(""),
            ],
        )?;
        rows += 1;
    }
    csv.flush()?;
    Ok(rows)
}

/// The whole check-in log, oldest first: check-ins and undos with time, desk and person.
pub fn checkins<W: Write>(store: &Store, out: W) -> Result<u64, ExportError> {
    let mut csv = writer(out)?;
    write_row(
        &mut csv,
        &[
            "Time (UTC)",
            "Action",
            "Desk",
            "Badge code",
            "Display name",
            "Email",
            "Company",
            "Ticket type",
        ],
    )?;
    let mut stmt = store
        .conn()
        .prepare(
            "SELECT l.at, l.action, l.desk, a.badge_code, a.display_name, a.email, a.company,
                a.ticket_type
         FROM checkin_log l JOIN attendee a ON a.id = l.attendee_id ORDER BY l.id",
        )
        .map_err(StoreError::from)?;
    let mut query = stmt.query([]).map_err(StoreError::from)?;
    let mut rows = 0;
    while let Some(row) = query.next().map_err(StoreError::from)? {
        let values: Vec<String> = (0..8)
            .map(|i| row.get::<_, String>(i))
            .collect::<Result<_, _>>()
            .map_err(StoreError::from)?;
        let code = crate::code::BadgeCode::from_canonical(&values[3]).grouped();
        let action = if values[1] == "undo" {
            "undo"
        } else {
            "check-in"
        };
        write_row(
            &mut csv,
            &[
                &values[0], action, &values[2], &code, &values[4], &values[5], &values[6],
                &values[7],
            ],
        )?;
        rows += 1;
    }
    csv.flush()?;
    Ok(rows)
}
