//! The organizer's figures: how many are here, by ticket type and by desk, arrivals over time
//! next to the programme, what the desks did last, and who has not arrived yet.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::store::{Attendee, Store, StoreError};
use crate::text;

/// The width of the arrival bins the dashboard shows.
pub const BIN_WIDTH: Duration = Duration::minutes(10);

/// Check-ins whose time falls in `[start, start + width)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Bin {
    pub start: DateTime<Utc>,
    pub check_ins: u32,
}

/// Pure: check-in instants → bins of `width` aligned to the event's local clock (:00, :10, :20
/// … for ten minutes), from the first to the last bin that has any, with the empty bins in
/// between. An instant on a boundary belongs to the later bin.
pub fn bins(check_ins: &[DateTime<Utc>], width: Duration, zone: Tz) -> Vec<Bin> {
    let step = width.num_seconds();
    if step <= 0 {
        return Vec::new();
    }
    let mut counts: BTreeMap<i64, u32> = BTreeMap::new();
    for at in check_ins {
        *counts.entry(bin_start(*at, step, zone)).or_default() += 1;
    }
    let (Some((&first, _)), Some((&last, _))) = (counts.first_key_value(), counts.last_key_value())
    else {
        return Vec::new();
    };
    // Stepping in UTC keeps local alignment across a clock change: offsets move by whole
    // hours (or half hours), which ten-minute bins divide.
    (0..=(last - first) / step)
        .filter_map(|i| {
            let start = first + i * step;
            let check_ins = counts.get(&start).copied().unwrap_or(0);
            DateTime::from_timestamp(start, 0).map(|start| Bin { start, check_ins })
        })
        .collect()
}

/// The start of the bin holding `at`, in UTC seconds, floored on the local wall clock.
fn bin_start(at: DateTime<Utc>, step: i64, zone: Tz) -> i64 {
    let offset = i64::from(
        zone.offset_from_utc_datetime(&at.naive_utc())
            .fix()
            .local_minus_utc(),
    );
    let local = at.timestamp() + offset;
    local - local.rem_euclid(step) - offset
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TicketTypeCount {
    /// "(none)" for people without a ticket type.
    pub ticket_type: String,
    pub registered: u64,
    pub admitted: u64,
    pub checked_in: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    CheckIn,
    Undo,
    /// A person added at a desk and checked in there (shown once, not also as a check-in).
    WalkIn,
    /// An organizer corrected a person (one entry however many fields changed).
    Edit,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Activity {
    pub at: DateTime<Utc>,
    pub desk: String,
    pub kind: ActivityKind,
    /// The person's display name.
    pub attendee: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dashboard {
    pub registered: u64,
    pub admitted: u64,
    pub checked_in: u64,
    pub by_ticket_type: Vec<TicketTypeCount>,
    /// Desks by the people they checked in who are still checked in, busiest first.
    pub by_desk: Vec<(String, u64)>,
    /// Ten-minute bins of the check-ins that stand (undone ones left out).
    pub arrivals: Vec<Bin>,
    /// Session starts with their titles, to read the arrivals against the programme.
    pub session_starts: Vec<(DateTime<Utc>, String)>,
    /// Newest first.
    pub recent: Vec<Activity>,
}

impl Store {
    /// The organizer's figures, with the `recent` newest desk actions.
    pub fn dashboard(&self, recent: usize) -> Result<Dashboard, StoreError> {
        let stats = self.stats()?;
        let zone = crate::time::zone_of(self.event()?.as_ref());
        let (by_desk, instants) = self.present_by_desk()?;
        let session_starts = self
            .agenda()?
            .sessions
            .into_iter()
            .map(|s| (s.start, s.title))
            .collect();
        Ok(Dashboard {
            registered: stats.registered,
            admitted: stats.admitted,
            checked_in: stats.checked_in,
            by_ticket_type: stats
                .by_ticket_type
                .into_iter()
                .map(|(ticket_type, c)| TicketTypeCount {
                    ticket_type,
                    registered: c.registered,
                    admitted: c.admitted,
                    checked_in: c.checked_in,
                })
                .collect(),
            by_desk,
            arrivals: bins(&instants, BIN_WIDTH, zone),
            session_starts,
            recent: self.recent_activity(recent)?,
        })
    }

    /// Admitted people who are not checked in whose name, company or email matches every word
    /// of `query` (ignoring case and accents), by last name: whom to call or wait for.
    pub fn not_arrived(&self, query: &str, limit: usize) -> Result<Vec<Attendee>, StoreError> {
        let folded = text::fold(query);
        let words: Vec<&str> = text::words(&folded).collect();
        let mut stmt = self.conn().prepare_cached(
            "SELECT a.id, a.first_name, a.last_name, a.display_name, a.company, a.email
             FROM attendee a
             WHERE a.status = 'admitted'
               AND NOT EXISTS (SELECT 1 FROM presence p WHERE p.attendee_id = a.id)",
        )?;
        let mut rows = stmt.query([])?;
        let mut found: Vec<(String, String, i64)> = Vec::new();
        while let Some(row) = rows.next()? {
            let field = |i| row.get::<_, String>(i);
            let (first, last) = (field(1)?, field(2)?);
            if !words.is_empty() {
                let haystack = text::fold(&format!(
                    "{first} {last} {} {} {}",
                    field(3)?,
                    field(4)?,
                    field(5)?
                ));
                if !words.iter().all(|w| haystack.contains(w)) {
                    continue;
                }
            }
            found.push((text::fold(&last), text::fold(&first), row.get(0)?));
        }
        // Sorted folded, so that Öberg files under O as people expect, not after Z.
        found.sort_unstable();
        let ids: Vec<i64> = found.iter().take(limit).map(|(_, _, id)| *id).collect();
        self.attendees_by_ids(&ids)
    }

    /// Current check-ins counted by desk, and their times for the arrival bins.
    #[allow(clippy::type_complexity)]
    fn present_by_desk(&self) -> Result<(Vec<(String, u64)>, Vec<DateTime<Utc>>), StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT l.desk, l.at FROM presence p JOIN checkin_log l ON l.id = p.log_id",
        )?;
        let mut rows = stmt.query([])?;
        let mut desks: BTreeMap<String, u64> = BTreeMap::new();
        let mut instants = Vec::new();
        while let Some(row) = rows.next()? {
            *desks.entry(row.get(0)?).or_default() += 1;
            if let Some(at) = crate::time::parse_utc(&row.get::<_, String>(1)?) {
                instants.push(at);
            }
        }
        let mut by_desk: Vec<(String, u64)> = desks.into_iter().collect();
        by_desk.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok((by_desk, instants))
    }

    /// The newest check-ins, undos, walk-ins and edits, newest first.
    fn recent_activity(&self, limit: usize) -> Result<Vec<Activity>, StoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        // A walk-in's first log entry is the check-in that followed adding them at the desk.
        let mut log = self.conn().prepare_cached(
            "SELECT l.at, l.desk, a.display_name,
                    CASE WHEN l.action = 'undo' THEN 'undo'
                         WHEN a.source LIKE 'walk-in:%' AND l.id =
                              (SELECT min(m.id) FROM checkin_log m WHERE m.attendee_id = a.id)
                         THEN 'walk_in' ELSE 'check_in' END
             FROM checkin_log l JOIN attendee a ON a.id = l.attendee_id
             ORDER BY l.id DESC LIMIT ?1",
        )?;
        let mut edits = self.conn().prepare_cached(
            "SELECT c.at, c.desk, a.display_name, 'edit'
             FROM attendee_change c JOIN attendee a ON a.id = c.attendee_id
             GROUP BY c.attendee_id, c.at, c.desk ORDER BY max(c.id) DESC LIMIT ?1",
        )?;
        let mut activity = Vec::new();
        for stmt in [&mut log, &mut edits] {
            let rows = stmt.query_map([limit], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })?;
            for row in rows {
                let (at, desk, attendee, kind): (String, String, String, String) = row?;
                if let Some(at) = crate::time::parse_utc(&at) {
                    let kind = match kind.as_str() {
                        "undo" => ActivityKind::Undo,
                        "walk_in" => ActivityKind::WalkIn,
                        "edit" => ActivityKind::Edit,
                        _ => ActivityKind::CheckIn,
                    };
                    activity.push(Activity {
                        at,
                        desk,
                        kind,
                        attendee,
                    });
                }
            }
        }
        activity.sort_by_key(|a| std::cmp::Reverse(a.at));
        activity.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        Ok(activity)
    }
}

#[cfg(test)]
mod tests;
