//! Applying a parsed registrant list to the database: all rows or none, matching people who
//! are already there so that re-importing an updated export never duplicates anyone and never
//! touches check-ins.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use super::attendees::{self, PersonFields};
use super::corrections::{self, ImportedValues, Merge, ReplacedCorrection};
use super::{Store, StoreError, Timestamp};
use crate::import::{Admission, Field, Format, ParsedList, Registrant, RowNote};
use crate::text;

/// Why a person who was pruned from an earlier list is not admitted; a later list that has
/// them again admits them again.
const PRUNED_REASON: &str = "not in the latest registrant list";

/// People imported between two progress reports (and cancel checks).
pub const PROGRESS_EVERY: usize = 1_000;

/// Page cache while importing, in KiB as `PRAGMA cache_size` takes it (negative).
const IMPORT_CACHE_KIB: i64 = -262_144;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub format: Format,
    pub encoding: String,
    pub delimiter: String,
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub not_admitted: u64,
    pub missing_from_file: u64,
    pub pruned: u64,
    /// Organizers' corrections kept because the file brought the same value as before.
    pub kept_corrections: u64,
    /// Corrected fields the file brought a new value for: the file's value was taken.
    pub replaced_corrections: Vec<ReplacedCorrection>,
    pub skipped: Vec<RowNote>,
    pub warnings: Vec<RowNote>,
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    /// Mark people who are no longer in the file as not admitted.
    pub prune: bool,
    /// Work everything out and report it, then roll back.
    pub dry_run: bool,
}

/// Which of a person's fields the file speaks for: a column the file does not have leaves the
/// stored value alone (a spreadsheet without a ticket-type column must not wipe ticket types).
struct Columns {
    names: bool,
    email: bool,
    company: bool,
    job_title: bool,
    ticket_type: bool,
    status: bool,
}

impl Columns {
    fn of(list: &ParsedList) -> Columns {
        let has = |f: Field| list.mapping.contains(&f);
        Columns {
            names: true,
            email: has(Field::Email),
            company: has(Field::Company),
            job_title: has(Field::JobTitle),
            ticket_type: has(Field::TicketType),
            status: has(Field::Status),
        }
    }
}

/// Who is already in the database, by each key a person can be recognised by.
#[derive(Default)]
struct Known {
    by_code: HashMap<String, i64>,
    /// Usually one person an address; a shared office inbox can have several.
    by_email: HashMap<String, Vec<i64>>,
    by_name_company: HashMap<(String, String), i64>,
    /// What could tell two people of the same name and company apart.
    identity: HashMap<i64, Identity>,
}

#[derive(Default)]
struct Identity {
    email: Option<String>,
    folded_name: String,
    has_codes: bool,
}

impl Known {
    fn load(conn: &Connection) -> Result<Known, StoreError> {
        let mut known = Known::default();
        let mut stmt = conn.prepare("SELECT code, attendee_id FROM ticket_code")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id = row.get(1)?;
            known.by_code.insert(row.get(0)?, id);
            known.identity.entry(id).or_default().has_codes = true;
        }
        let mut stmt = conn.prepare("SELECT id, email, display_name, company FROM attendee")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let email: String = row.get(1)?;
            let name: String = row.get(2)?;
            let company: String = row.get(3)?;
            known.remember(id, &email, &name, &company);
        }
        Ok(known)
    }

    fn remember(&mut self, id: i64, email: &str, name: &str, company: &str) {
        let identity = self.identity.entry(id).or_default();
        identity.folded_name = text::fold(name);
        if let Some(key) = email_key(email) {
            identity.email = Some(key.clone());
            self.by_email.entry(key).or_default().push(id);
        }
        self.by_name_company
            .entry(name_company_key(name, company))
            .or_insert(id);
    }

    /// By ticket code, else by email, else by name and company when nothing tells the two
    /// apart (two different ticket codes or two different email addresses mean two people
    /// who share a name, as two Anna Anderssons at one company do).
    fn find(&self, person: &Registrant) -> Option<i64> {
        if self.identity.is_empty() {
            return None;
        }
        let by_code = person
            .external_codes
            .iter()
            .find_map(|c| self.by_code.get(&crate::code::normalize_ticket_code(c)));
        if let Some(&id) = by_code {
            return Some(id);
        }
        let email = email_key(&person.email);
        if let Some(ids) = email.as_ref().and_then(|e| self.by_email.get(e)) {
            // One person at an address may fix the spelling of their name; of several
            // people sharing one, the one with this name.
            let name = text::fold(&person.display_name);
            let same_name = ids
                .iter()
                .find(|id| self.identity.get(id).is_some_and(|k| k.folded_name == name));
            match (same_name, ids.as_slice()) {
                (Some(&id), _) | (None, &[id]) => return Some(id),
                _ => {}
            }
        }
        let &id = self
            .by_name_company
            .get(&name_company_key(&person.display_name, &person.company))?;
        let known = self.identity.get(&id);
        let codes_differ = !person.external_codes.is_empty() && known.is_some_and(|k| k.has_codes);
        let emails_differ = email.is_some() && known.is_some_and(|k| k.email.is_some());
        (!codes_differ && !emails_differ).then_some(id)
    }
}

fn email_key(email: &str) -> Option<String> {
    let (local, domain) = email.split_once('@')?;
    (!local.is_empty() && domain.contains('.')).then(|| email.to_lowercase())
}

fn name_company_key(name: &str, company: &str) -> (String, String) {
    (text::fold(name), text::fold(company))
}

impl Store {
    pub fn import_registrants(
        &mut self,
        list: &ParsedList,
        source: &str,
        options: ImportOptions,
    ) -> Result<ImportReport, StoreError> {
        let never = AtomicBool::new(false);
        self.import_registrants_with_progress(list, source, options, |_, _| {}, &never)
    }

    /// [`Store::import_registrants`], telling `progress` how many people of how many are done
    /// (at the start, every [`PROGRESS_EVERY`] people and at the end) and checking `cancel`
    /// each time. Once `cancel` is set the import stops and its one transaction is rolled
    /// back: the database is exactly as it was, and the answer is [`StoreError::Cancelled`].
    pub fn import_registrants_with_progress(
        &mut self,
        list: &ParsedList,
        source: &str,
        options: ImportOptions,
        mut progress: impl FnMut(usize, usize),
        cancel: &AtomicBool,
    ) -> Result<ImportReport, StoreError> {
        // A large import touches every page of the attendee tables; with a page cache that
        // holds them all, nothing spills to the WAL before the commit. The usual cache
        // comes back afterwards, so a desk does not keep the memory.
        self.conn
            .pragma_update(None, "cache_size", IMPORT_CACHE_KIB)?;
        let total = list.registrants.len();
        let mut tick = |done: usize| {
            progress(done, total);
            if cancel.load(Ordering::Relaxed) {
                Err(StoreError::Cancelled)
            } else {
                Ok(())
            }
        };
        let report = self.import_in_one_transaction(list, source, options, &mut tick);
        self.conn
            .pragma_update(None, "cache_size", super::CACHE_KIB)?;
        report
    }

    fn import_in_one_transaction(
        &mut self,
        list: &ParsedList,
        source: &str,
        options: ImportOptions,
        tick: &mut dyn FnMut(usize) -> Result<(), StoreError>,
    ) -> Result<ImportReport, StoreError> {
        // Dropping the transaction on an early return (a cancel, an error) rolls it back.
        let tx = self.write()?;
        let quiet = super::outbox::QuietOutbox::unless_joined(&tx)?;
        tick(0)?;
        let mut report = ImportReport {
            format: list.format,
            encoding: list.encoding.to_string(),
            delimiter: list.delimiter.to_string(),
            added: 0,
            updated: 0,
            unchanged: 0,
            not_admitted: 0,
            missing_from_file: 0,
            pruned: 0,
            kept_corrections: 0,
            replaced_corrections: Vec::new(),
            skipped: list.skipped.clone(),
            warnings: list.warnings.clone(),
            dry_run: options.dry_run,
        };
        let columns = Columns::of(list);
        let known = Known::load(&tx)?;
        let corrected = ImportedValues::load(&tx)?;
        let mut seen = HashSet::new();
        let now = Timestamp::now();
        let today = super::today(&tx, now.utc())?.date;
        let mut writer = attendees::AttendeeWriter::new(&tx)?;
        for (index, person) in list.registrants.iter().enumerate() {
            if index > 0 && index.is_multiple_of(PROGRESS_EVERY) {
                tick(index)?;
            }
            if index == list.registrants.len() / 2 {
                // Half the people written, nothing committed: a kill in the middle.
                crate::fault::point("import-half-written");
            }
            if matches!(person.admission, Admission::NotAdmitted { .. }) {
                report.not_admitted += 1;
            }
            match known.find(person) {
                Some(id) if seen.contains(&id) => report.warnings.push(RowNote::new(
                    person.row,
                    crate::import::Note::UpdatedTwice,
                    person_content(person),
                )),
                Some(id) => {
                    seen.insert(id);
                    let update = Update {
                        id,
                        person,
                        columns: &columns,
                        corrected: &corrected,
                        now,
                        today,
                    };
                    if update_attendee(&tx, &mut writer, &update, &mut report)? {
                        report.updated += 1;
                    } else {
                        report.unchanged += 1;
                    }
                }
                // The parser already merged rows of the same person, so nobody added here
                // can be matched by a later row of this file.
                None => {
                    let (id, _) = writer.insert(&person_fields(person), source, now)?;
                    seen.insert(id);
                    report.added += 1;
                }
            }
        }
        drop(writer);
        let missing = missing_people(&tx, &seen)?;
        report.missing_from_file = missing.len() as u64;
        if options.prune {
            report.pruned = prune(&tx, &missing, source, now)?;
        }
        tick(list.registrants.len())?;
        drop(quiet);
        if options.dry_run {
            tx.rollback()?;
        } else {
            tx.commit()?;
        }
        Ok(report)
    }
}

/// What a report shows of a row the parser kept: the details the file gave.
fn person_content(person: &Registrant) -> String {
    [
        person.display_name.as_str(),
        &person.email,
        &person.company,
        &person.ticket_type,
    ]
    .into_iter()
    .filter(|value| !value.is_empty())
    .collect::<Vec<_>>()
    .join(" | ")
}

fn person_fields(person: &Registrant) -> PersonFields<'_> {
    PersonFields {
        first_name: &person.first_name,
        last_name: &person.last_name,
        display_name: &person.display_name,
        email: &person.email,
        company: &person.company,
        job_title: &person.job_title,
        ticket_type: &person.ticket_type,
        not_admitted_reason: match &person.admission {
            Admission::Admitted => None,
            Admission::NotAdmitted { reason } => Some(reason),
        },
        external_codes: &person.external_codes,
    }
}

/// One matched person of the file, and what decides how their stored row changes.
struct Update<'a> {
    id: i64,
    person: &'a Registrant,
    columns: &'a Columns,
    corrected: &'a ImportedValues,
    now: Timestamp,
    /// The fields compared do not depend on the day; the person is read as of today.
    today: NaiveDate,
}

/// Brings a stored person in line with the file; true when anything changed. A field the
/// file has no column for keeps its value; a field an organizer corrected keeps the
/// correction unless the file's value changed since it came in.
fn update_attendee(
    conn: &Connection,
    writer: &mut attendees::AttendeeWriter<'_>,
    update: &Update<'_>,
    report: &mut ImportReport,
) -> Result<bool, StoreError> {
    let Update {
        id,
        person,
        columns,
        corrected,
        now,
        today,
    } = *update;
    let Some(current) = attendees::attendee_by_id(conn, id, today)? else {
        return Ok(false);
    };
    let mut pick_correctable = |field: &str, speaks: bool, new: &str, old: &str| {
        if !speaks {
            return Ok::<_, StoreError>(old.to_string());
        }
        if corrected.is_empty() {
            return Ok(new.to_string());
        }
        match corrected.merge(id, field, old, new) {
            Merge::KeepCorrection => {
                report.kept_corrections += 1;
                return Ok(old.to_string());
            }
            Merge::SourceChanged => report.replaced_corrections.push(ReplacedCorrection {
                row: person.row,
                attendee_id: id,
                field: field.to_string(),
                corrected: old.to_string(),
                imported: new.to_string(),
            }),
            Merge::Source => {}
        }
        corrections::forget(conn, id, field)?;
        Ok(new.to_string())
    };
    let first_name = pick_correctable(
        "first_name",
        columns.names,
        &person.first_name,
        &current.first_name,
    )?;
    let last_name = pick_correctable(
        "last_name",
        columns.names,
        &person.last_name,
        &current.last_name,
    )?;
    let display_name = pick_correctable(
        "display_name",
        columns.names,
        &person.display_name,
        &current.display_name,
    )?;
    let company = pick_correctable(
        "company",
        columns.company,
        &person.company,
        &current.company,
    )?;
    let ticket_type = pick_correctable(
        "ticket_type",
        columns.ticket_type,
        &person.ticket_type,
        &current.ticket_type,
    )?;
    let pick = |speaks: bool, new: &str, old: &str| -> String {
        if speaks { new } else { old }.to_string()
    };
    let (status, reason) = match (&person.admission, columns.status) {
        (Admission::NotAdmitted { reason }, _) => ("not_admitted", reason.clone()),
        (Admission::Admitted, true) => ("admitted", String::new()),
        (Admission::Admitted, false) if current.status_reason.starts_with(PRUNED_REASON) => {
            ("admitted", String::new())
        }
        (Admission::Admitted, false) => (current.status.as_str(), current.status_reason.clone()),
    };
    let new = [
        first_name,
        last_name,
        display_name,
        pick(columns.email, &person.email, &current.email),
        company,
        pick(columns.job_title, &person.job_title, &current.job_title),
        ticket_type,
        status.to_string(),
        reason,
    ];
    let old = [
        &current.first_name,
        &current.last_name,
        &current.display_name,
        &current.email,
        &current.company,
        &current.job_title,
        &current.ticket_type,
        current.status.as_str(),
        &current.status_reason,
    ];
    let new_codes: Vec<String> = person
        .external_codes
        .iter()
        .filter(|c| {
            let normalized = crate::code::normalize_ticket_code(c);
            !current.external_codes.contains(&normalized)
        })
        .cloned()
        .collect();
    writer.link_codes(id, &new_codes)?;
    if new.iter().zip(old).all(|(n, o)| n.as_str() == o) {
        return Ok(!new_codes.is_empty());
    }
    conn.prepare_cached(
        "UPDATE attendee SET first_name = ?2, last_name = ?3, display_name = ?4, email = ?5,
            company = ?6, job_title = ?7, ticket_type = ?8, status = ?9, status_reason = ?10,
            updated_at = ?11
         WHERE id = ?1",
    )?
    .execute(rusqlite::params![
        id, new[0], new[1], new[2], new[3], new[4], new[5], new[6], new[7], new[8], now
    ])?;
    Ok(true)
}

/// People an earlier import brought in who are not in this file. Walk-ins were never in any
/// file, so they are not "missing".
fn missing_people(conn: &Connection, seen: &HashSet<i64>) -> Result<Vec<i64>, StoreError> {
    let mut stmt = conn.prepare("SELECT id FROM attendee WHERE source LIKE 'import:%'")?;
    let ids = stmt
        .query_map([], |row| row.get::<_, i64>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ids.into_iter().filter(|id| !seen.contains(id)).collect())
}

fn prune(
    conn: &Connection,
    missing: &[i64],
    source: &str,
    now: Timestamp,
) -> Result<u64, StoreError> {
    let reason = format!("{PRUNED_REASON} ({})", source.trim_start_matches("import:"));
    let mut stmt = conn.prepare_cached(
        "UPDATE attendee SET status = 'not_admitted', status_reason = ?2, updated_at = ?3
         WHERE id = ?1 AND status = 'admitted'",
    )?;
    let mut pruned = 0;
    for id in missing {
        pruned += stmt.execute(rusqlite::params![id, reason, now])? as u64;
    }
    Ok(pruned)
}
