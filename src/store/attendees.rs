//! Attendees as the rest of the product reads them, with their ticket codes and whether they
//! are checked in.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, named_params};
use serde::Serialize;

use super::{Store, StoreError, Timestamp};
use crate::code::BadgeCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Admitted,
    NotAdmitted,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Admitted => "admitted",
            Status::NotAdmitted => "not_admitted",
        }
    }

    fn parse(text: &str) -> Status {
        if text == "not_admitted" {
            Status::NotAdmitted
        } else {
            Status::Admitted
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attendee {
    pub id: i64,
    #[serde(rename = "code")]
    pub badge_code: BadgeCode,
    pub external_codes: Vec<String>,
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub email: String,
    pub company: String,
    #[serde(rename = "title")]
    pub job_title: String,
    pub ticket_type: String,
    pub status: Status,
    pub status_reason: String,
    #[serde(skip)]
    pub source: String,
    /// Today's check-in: when and at which desk (the day the person was read for).
    pub checked_in_at: Option<Timestamp>,
    pub checked_in_desk: Option<String>,
    /// Every event day the person is checked in on, oldest first.
    pub checked_in_days: Vec<NaiveDate>,
    #[serde(skip)]
    pub printed_at: Option<Timestamp>,
}

/// What it takes to add a person: from an import row, a walk-in form or a test.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewAttendee {
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub email: String,
    pub company: String,
    pub job_title: String,
    pub ticket_type: String,
    pub not_admitted_reason: Option<String>,
    pub external_codes: Vec<String>,
}

/// A new person's details as the writer stores them, borrowed from wherever they are kept
/// (a [`NewAttendee`], a row of an imported list) so a large import copies no text.
pub struct PersonFields<'a> {
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub display_name: &'a str,
    pub email: &'a str,
    pub company: &'a str,
    pub job_title: &'a str,
    pub ticket_type: &'a str,
    pub not_admitted_reason: Option<&'a str>,
    pub external_codes: &'a [String],
}

impl NewAttendee {
    pub fn fields(&self) -> PersonFields<'_> {
        PersonFields {
            first_name: &self.first_name,
            last_name: &self.last_name,
            display_name: &self.display_name,
            email: &self.email,
            company: &self.company,
            job_title: &self.job_title,
            ticket_type: &self.ticket_type,
            not_admitted_reason: self.not_admitted_reason.as_deref(),
            external_codes: &self.external_codes,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub registered: u64,
    pub admitted: u64,
    pub checked_in: u64,
}

/// Registered, admitted, and checked in today; by ticket type; and check-ins per event day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub registered: u64,
    pub admitted: u64,
    pub checked_in: u64,
    pub by_ticket_type: BTreeMap<String, Counts>,
    pub by_day: BTreeMap<NaiveDate, DayCounts>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DayCounts {
    pub checked_in: u64,
}

const SELECT_ATTENDEE: &str = "
    SELECT a.id, a.badge_code, a.first_name, a.last_name, a.display_name, a.email, a.company,
           a.job_title, a.ticket_type, a.status, a.status_reason, a.source, a.printed_at,
           l.at, l.desk,
           (SELECT group_concat(code, char(31)) FROM ticket_code t WHERE t.attendee_id = a.id),
           (SELECT group_concat(day, ',') FROM
               (SELECT q.day FROM presence q WHERE q.attendee_id = a.id ORDER BY q.day))
    FROM attendee a
    LEFT JOIN presence p ON p.attendee_id = a.id AND p.day = :day
    LEFT JOIN checkin_log l ON l.id = p.log_id";

fn attendee_from_row(row: &Row<'_>) -> rusqlite::Result<Attendee> {
    let code: String = row.get(1)?;
    let codes: Option<String> = row.get(15)?;
    Ok(Attendee {
        id: row.get(0)?,
        badge_code: BadgeCode::from_canonical(&code),
        first_name: row.get(2)?,
        last_name: row.get(3)?,
        display_name: row.get(4)?,
        email: row.get(5)?,
        company: row.get(6)?,
        job_title: row.get(7)?,
        ticket_type: row.get(8)?,
        status: Status::parse(&row.get::<_, String>(9)?),
        status_reason: row.get(10)?,
        source: row.get(11)?,
        printed_at: row.get(12)?,
        checked_in_at: row.get(13)?,
        checked_in_desk: row.get(14)?,
        external_codes: codes
            .map(|c| c.split('\u{1f}').map(str::to_string).collect())
            .unwrap_or_default(),
        checked_in_days: row
            .get::<_, Option<String>>(16)?
            .map(|days| days.split(',').filter_map(|d| d.parse().ok()).collect())
            .unwrap_or_default(),
    })
}

impl Store {
    /// Everyone, with today's check-ins.
    pub fn attendees(&self) -> Result<Vec<Attendee>, StoreError> {
        self.attendees_on(self.today()?.date)
    }

    /// Everyone, with their check-ins of event day `day`, by last and first name in the
    /// store's [`crate::collation::NameOrder`].
    pub fn attendees_on(&self, day: NaiveDate) -> Result<Vec<Attendee>, StoreError> {
        let sql = format!("{SELECT_ATTENDEE} ORDER BY a.id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(named_params! {":day": day.to_string()}, attendee_from_row)?;
        let people: Vec<Attendee> = rows.collect::<Result<_, _>>()?;
        let order = self.name_order();
        let mut keyed: Vec<(crate::collation::PersonKey, Attendee)> = people
            .into_iter()
            .map(|a| (order.person_key(&a.last_name, &a.first_name, a.id), a))
            .collect();
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Ok(keyed.into_iter().map(|(_, a)| a).collect())
    }

    /// The people whose email address is `email`, ignoring ASCII case and the spaces around
    /// it: a kiosk finds an attendee only by their whole address.
    pub fn attendee_ids_with_email(&self, email: &str) -> Result<Vec<i64>, StoreError> {
        let email = email.trim();
        if email.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM attendee WHERE lower(trim(email)) = lower(?1) ORDER BY id LIMIT 2",
        )?;
        let ids = stmt.query_map([email], |row| row.get(0))?;
        Ok(ids.collect::<Result<_, _>>()?)
    }

    /// The people holding a ticket whose code ends with `digits`, each with their family name
    /// (the last name, or the display name after its first word when the list had none).
    pub fn family_names_with_ticket_ending(
        &self,
        digits: &str,
    ) -> Result<Vec<(i64, String)>, StoreError> {
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT a.id, a.last_name, a.display_name
             FROM ticket_code t JOIN attendee a ON a.id = t.attendee_id
             WHERE substr(t.code, -length(?1)) = ?1
             ORDER BY a.id",
        )?;
        let rows = stmt.query_map([digits], |row| {
            let (id, last, display): (i64, String, String) =
                (row.get(0)?, row.get(1)?, row.get(2)?);
            let family = match last.trim() {
                "" => display
                    .split_once(char::is_whitespace)
                    .map(|(_, rest)| rest.trim().to_string())
                    .unwrap_or_default(),
                last => last.to_string(),
            };
            Ok((id, family))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn attendee(&self, id: i64) -> Result<Option<Attendee>, StoreError> {
        attendee_by_id(&self.conn, id, self.today()?.date)
    }

    /// Counts by ticket type for today, and check-ins for every day.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        self.stats_on(self.today()?.date)
    }

    /// Counts by ticket type with the check-ins of event day `day`, and check-ins per day.
    pub fn stats_on(&self, day: NaiveDate) -> Result<Stats, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT a.ticket_type, count(*), sum(a.status = 'admitted'), count(p.attendee_id)
             FROM attendee a LEFT JOIN presence p ON p.attendee_id = a.id AND p.day = ?1
             GROUP BY a.ticket_type",
        )?;
        let mut stats = Stats {
            by_day: self.check_ins_by_day()?,
            ..Stats::default()
        };
        let rows = stmt.query_map([day.to_string()], |row| {
            Ok((
                row.get::<_, String>(0)?,
                Counts {
                    registered: row.get(1)?,
                    admitted: row.get(2)?,
                    checked_in: row.get(3)?,
                },
            ))
        })?;
        for row in rows {
            let (ticket_type, counts) = row?;
            stats.registered += counts.registered;
            stats.admitted += counts.admitted;
            stats.checked_in += counts.checked_in;
            let key = if ticket_type.is_empty() {
                "(none)".to_string()
            } else {
                ticket_type
            };
            stats.by_ticket_type.insert(key, counts);
        }
        Ok(stats)
    }

    /// How many people are checked in on each event day that has check-ins.
    pub fn check_ins_by_day(&self) -> Result<BTreeMap<NaiveDate, DayCounts>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT day, count(*) FROM presence GROUP BY day ORDER BY day")?;
        let rows = stmt.query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, u64>(1)?))
        })?;
        let mut by_day = BTreeMap::new();
        for row in rows {
            let (day, checked_in) = row?;
            // A day the schema's migration could not name is left out rather than misdated.
            if let Ok(day) = day.parse() {
                by_day.insert(day, DayCounts { checked_in });
            }
        }
        Ok(by_day)
    }
}

/// The person `id` with their check-in of event day `day`.
pub fn attendee_by_id(
    conn: &Connection,
    id: i64,
    day: NaiveDate,
) -> Result<Option<Attendee>, StoreError> {
    let sql = format!("{SELECT_ATTENDEE} WHERE a.id = :id");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(
            named_params! {":id": id, ":day": day.to_string()},
            attendee_from_row,
        )
        .optional()?)
}

pub fn id_by_badge_code(conn: &Connection, code: &BadgeCode) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT id FROM attendee WHERE badge_code = ?1")?
        .query_row([code.canonical()], |row| row.get(0))
        .optional()?)
}

pub fn id_by_ticket_code(conn: &Connection, normalized: &str) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT attendee_id FROM ticket_code WHERE code = ?1")?
        .query_row([normalized], |row| row.get(0))
        .optional()?)
}

/// Adds people inside the caller's transaction, holding its prepared statements and a buffer
/// of random bytes so that a 100,000-row import does not prepare SQL or ask the operating
/// system for randomness once per person.
pub struct AttendeeWriter<'c> {
    insert: rusqlite::CachedStatement<'c>,
    link_code: rusqlite::CachedStatement<'c>,
    move_code: rusqlite::CachedStatement<'c>,
    random: crate::code::RandomBits,
    /// The last time stamped, as stored: an import stamps every person with the same one.
    stamp: Option<(Timestamp, String)>,
}

impl<'c> AttendeeWriter<'c> {
    pub fn new(conn: &'c Connection) -> Result<AttendeeWriter<'c>, StoreError> {
        Ok(AttendeeWriter {
            insert: conn.prepare_cached(
                "INSERT INTO attendee (badge_code, first_name, last_name, display_name, email,
                    company, job_title, ticket_type, status, status_reason, source, created_at,
                    updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
            )?,
            // Not one upsert: an upsert may write twice, so SQLite would keep a statement
            // journal for every code just in case; a code that moves is rare.
            link_code: conn.prepare_cached(
                "INSERT INTO ticket_code (code, attendee_id) VALUES (?1, ?2)
                 ON CONFLICT (code) DO NOTHING",
            )?,
            move_code: conn.prepare_cached(
                "UPDATE ticket_code SET attendee_id = ?2 WHERE code = ?1 AND attendee_id <> ?2",
            )?,
            random: crate::code::RandomBits::default(),
            stamp: None,
        })
    }

    /// Inserts a person with a fresh badge code.
    pub fn insert(
        &mut self,
        person: &PersonFields<'_>,
        source: &str,
        now: Timestamp,
    ) -> Result<(i64, BadgeCode), StoreError> {
        let (status, reason) = match person.not_admitted_reason {
            Some(reason) => (Status::NotAdmitted, reason),
            None => (Status::Admitted, ""),
        };
        if self.stamp.as_ref().is_none_or(|(at, _)| *at != now) {
            self.stamp = Some((now, now.to_string()));
        }
        let stamp = self.stamp.as_ref().map_or("", |(_, text)| text.as_str());
        // 55 random bits: a collision is about as likely as a meteor strike, but the unique
        // index would turn one into an error, so draw again instead.
        let (id, code) = loop {
            let code = BadgeCode::from_random_bits(self.random.next_word());
            let result = self.insert.insert(rusqlite::params![
                code.canonical(),
                person.first_name,
                person.last_name,
                person.display_name,
                person.email,
                person.company,
                person.job_title,
                person.ticket_type,
                status.as_str(),
                reason,
                source,
                stamp,
            ]);
            match result {
                Ok(id) => break (id, code),
                Err(rusqlite::Error::SqliteFailure(f, _))
                    if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE => {}
                Err(e) => return Err(e.into()),
            }
        };
        self.link_codes(id, person.external_codes)?;
        Ok((id, code))
    }

    /// Links ticket codes from an export to a person; a code already linked to them is kept.
    pub fn link_codes(&mut self, id: i64, codes: &[String]) -> Result<(), StoreError> {
        for code in codes {
            let normalized = crate::code::normalize_ticket_code(code);
            if !normalized.is_empty()
                && self.link_code.execute(rusqlite::params![normalized, id])? == 0
            {
                self.move_code.execute(rusqlite::params![normalized, id])?;
            }
        }
        Ok(())
    }
}

impl Store {
    /// Adds one person (a walk-in, say) in its own transaction.
    pub fn add_attendee(
        &mut self,
        person: &NewAttendee,
        source: &str,
    ) -> Result<Attendee, StoreError> {
        let day = self.today()?.date;
        let tx = self.write()?;
        let (id, _) =
            AttendeeWriter::new(&tx)?.insert(&person.fields(), source, Timestamp::now())?;
        let attendee = attendee_by_id(&tx, id, day)?;
        tx.commit()?;
        attendee.ok_or(StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows))
    }
}

impl Store {
    /// Registered, admitted and checked in today, without the per-ticket-type breakdown:
    /// cheap enough to read after every scan.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM attendee),
                    (SELECT count(*) FROM attendee WHERE status = 'not_admitted'),
                    (SELECT count(*) FROM presence WHERE day = ?1)",
            [self.today()?.date.to_string()],
            |row| {
                let registered: u64 = row.get(0)?;
                let not_admitted: u64 = row.get(1)?;
                Ok(Counts {
                    registered,
                    admitted: registered - not_admitted,
                    checked_in: row.get(2)?,
                })
            },
        )?)
    }

    /// People by id, in the order asked (ids that no longer exist are left out).
    pub fn attendees_by_ids(&self, ids: &[i64]) -> Result<Vec<Attendee>, StoreError> {
        self.attendees_on_by_ids(ids, self.today()?.date)
    }

    /// [`Store::attendees_by_ids`] with their check-ins of event day `day`.
    pub fn attendees_on_by_ids(
        &self,
        ids: &[i64],
        day: NaiveDate,
    ) -> Result<Vec<Attendee>, StoreError> {
        let mut people = Vec::with_capacity(ids.len());
        for &id in ids {
            if let Some(person) = attendee_by_id(&self.conn, id, day)? {
                people.push(person);
            }
        }
        Ok(people)
    }

    /// Changes when anyone is added, removed or edited (not on check-ins): tells the desk
    /// when its search index is out of date.
    pub fn attendee_signature(&self) -> Result<(i64, i64, String), StoreError> {
        Ok(self.conn.query_row(
            "SELECT count(*), coalesce(max(id), 0), coalesce(max(updated_at), '') FROM attendee",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?)
    }

    /// The ticket types in use, most common first: the walk-in form offers them.
    pub fn ticket_types(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT ticket_type FROM attendee WHERE ticket_type <> ''
             GROUP BY ticket_type ORDER BY count(*) DESC",
        )?;
        let rows = stmt.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
