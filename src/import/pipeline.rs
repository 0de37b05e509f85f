//! Reading a large export on two threads: a second thread reads and cleans the rows, in
//! order, and hands them over in batches, while this one recognises people who appear twice
//! and writes the report as the rows come. Each half is about half of the reading; the
//! computers at a front desk have at least two cores. The rows, their order, the notes and
//! the first failure are exactly those of reading on one thread.

use std::sync::mpsc::{Receiver, SendError, SyncSender, sync_channel};

use csv::StringRecord;

use super::read::{Found, Sheet};
use super::rows::{self, Built, Columns};
use super::{ImportError, Take, row_content};

/// Files smaller than this (about 8,000 rows) are read on one thread.
pub const FROM_BYTES: usize = 1 << 20;

/// Rows handed over at once, and batches on their way: enough to keep both threads busy,
/// few enough that the rows in between take little memory.
const BATCH_ROWS: usize = 512;
const BATCHES_ON_THE_WAY: usize = 8;

type Batch = Result<Vec<(Found, Built)>, ImportError>;

/// Reads every record after the sheet's position; returns how many it read.
pub fn read_all(
    sheet: &mut Sheet<'_>,
    columns: &Columns,
    take: &mut Take<'_>,
) -> Result<usize, ImportError> {
    let text = sheet.text();
    let (send, receive) = sync_channel(BATCHES_ON_THE_WAY);
    // The sheet goes to the reader once it runs, so that this thread still has it when no
    // second thread can be had.
    let (hand_over, sheet_arrives) = sync_channel::<&mut Sheet<'_>>(1);
    std::thread::scope(|scope| {
        let reader = std::thread::Builder::new()
            .name("import-reader".to_owned())
            .spawn_scoped(scope, move || {
                if let Ok(sheet) = sheet_arrives.recv() {
                    read_batches(sheet, columns, &send);
                }
            });
        let Ok(reader) = reader else {
            tracing::warn!("no second thread to read the export on; reading on one");
            return super::read_in_order(sheet, columns, usize::MAX, take);
        };
        let taken = match hand_over.send(sheet) {
            Ok(()) => take_batches(&receive, &|bytes| row_content(&text.record_at(bytes)), take),
            Err(SendError(sheet)) => super::read_in_order(sheet, columns, usize::MAX, take),
        };
        // Dropping the receiver stops a reader still sending (after a failure here).
        drop(receive);
        if let Err(panic) = reader.join() {
            std::panic::resume_unwind(panic);
        }
        taken
    })
}

/// Sends the rows in batches until the end of the file, the first failure, or until nobody
/// takes them any more.
fn read_batches(sheet: &mut Sheet<'_>, columns: &Columns, send: &SyncSender<Batch>) {
    let mut record = StringRecord::new();
    let mut batch = Vec::with_capacity(BATCH_ROWS);
    loop {
        match sheet.next(&mut record) {
            Ok(Some(found)) => {
                let built = rows::build(columns, &record, found.line);
                batch.push((found, built));
                if batch.len() == BATCH_ROWS {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH_ROWS));
                    if send.send(Ok(full)).is_err() {
                        return;
                    }
                }
            }
            Ok(None) => {
                let _ = send.send(Ok(batch));
                return;
            }
            Err(error) => {
                // The rows before the failure first, as one thread would have taken them.
                if send.send(Ok(batch)).is_ok() {
                    let _ = send.send(Err(error));
                }
                return;
            }
        }
    }
}

fn take_batches(
    receive: &Receiver<Batch>,
    content_at: &dyn Fn(std::ops::Range<usize>) -> String,
    take: &mut Take<'_>,
) -> Result<usize, ImportError> {
    let mut rows = 0;
    for batch in receive {
        for (found, built) in batch? {
            rows += 1;
            let bytes = found.bytes.clone();
            take(found, built, &|| content_at(bytes.clone()));
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::{ParseOptions, parse_rows};

    /// The same list, notes and failures read on two threads as on one.
    fn same_on_two_threads(text: &str) -> Result<(), TestCaseError> {
        let options = ParseOptions::default();
        let one = parse_rows(
            text.as_bytes(),
            "sheet.csv",
            &options,
            usize::MAX,
            usize::MAX,
        );
        let two = parse_rows(text.as_bytes(), "sheet.csv", &options, usize::MAX, 0);
        match (one, two) {
            (Ok(one), Ok(two)) => prop_assert_eq!(one, two),
            (Err(one), Err(two)) => prop_assert_eq!(one.to_string(), two.to_string()),
            (one, two) => prop_assert!(false, "one thread {one:?}, two threads {two:?}"),
        }
        Ok(())
    }

    #[test]
    fn a_messy_sheet_reads_the_same_on_two_threads() {
        let text = "\u{feff}First Name,Last Name,Email,Ticket Type,Barcode #\r\n\
                    Anna,Huang,anna@example.org,Speaker,1001\r\n\
                    \r\n\
                    Anna,,ANNA@example.org,,\r\n\
                    \"Bo \"\"Bosse\"\"\",Ek,not-an-email,Attendee,1002\r\n\
                    ,,,,\r\n\
                    Cy,\"Two\r\nlines\",cy@example.org,,1002\r\n\
                    Total,,,,\r\n\
                    Dee,Fox,dee@example.org,\"unclosed\r\n";
        same_on_two_threads(text).expect("same");
        // More rows than a batch, with notes on either side of every batch's end.
        let mut long = String::from("First Name,Last Name,Email\n");
        for row in 0..3 * super::BATCH_ROWS {
            let email = if row % 7 == 0 {
                "shared@example.org".to_owned()
            } else {
                format!("p{row}@example.org")
            };
            long.push_str(&format!("P{},Q{},{email}\n", row % 500, row % 3));
        }
        same_on_two_threads(&long).expect("same");
    }

    proptest! {
        #[test]
        fn any_csv_like_text_reads_the_same_on_two_threads(
            rows in proptest::collection::vec("[A-Za-zÅé0-9 @.\",;\t\r\n-]{0,40}", 0..40)
        ) {
            let text = format!("First Name,Last Name,Email,Barcode #\n{}", rows.join("\n"));
            same_on_two_threads(&text)?;
        }
    }
}
