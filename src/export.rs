//! CSV exports for organizers: UTF-8 with a BOM so that spreadsheets read accents right, and
//! every value a spreadsheet would run as a formula neutralised.

use std::io::Write;

use crate::store::{LogAction, Store, StoreError};
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

impl ExportError {
    /// The error as a clause in `t`'s language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        use crate::language::detail_arg;
        match self {
            ExportError::Store(error) => error.say(t),
            ExportError::Write(error) => {
                t.tr_with("export-error-write", &[("detail", detail_arg(error))])
            }
            ExportError::Csv(error) => {
                t.tr_with("export-error-write", &[("detail", detail_arg(error))])
            }
        }
    }
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

/// Everyone, with their status, where and when they checked in today, and every day they
/// checked in.
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
            "Days checked in",
        ],
    )?;
    let mut rows = 0;
    for a in store.attendees()? {
        let code = a.badge_code.grouped();
        let codes = a.external_codes.join(" ");
        let checked_in_at = a.checked_in_at.map(|at| at.to_string()).unwrap_or_default();
        let days: Vec<String> = a.checked_in_days.iter().map(|d| d.to_string()).collect();
        let days = days.join(" ");
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
                &checked_in_at,
                a.checked_in_desk.as_deref().unwrap_or(""),
                &days,
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
            "Event day",
        ],
    )?;
    let mut rows = 0;
    store.each_log_export_row(|entry| {
        let at = entry.at.to_string();
        let action = match entry.action {
            LogAction::CheckIn => "check-in",
            LogAction::Undo => "undo",
        };
        write_row(
            &mut csv,
            &[
                &at,
                action,
                &entry.desk,
                &entry.badge_code.grouped(),
                &entry.display_name,
                &entry.email,
                &entry.company,
                &entry.ticket_type,
                &entry.day.to_string(),
            ],
        )?;
        rows += 1;
        Ok::<_, ExportError>(())
    })?;
    csv.flush()?;
    Ok(rows)
}
