//! The organizer's figures for one event day: how many are here, by ticket type and by desk,
//! arrivals over time next to the programme, what the desks did last, who has not arrived yet
//! and who came on an earlier day but not yet on this one; and every day's check-ins.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::day::EventDay;
use crate::settings::Settings;
use crate::store::{
    Attendee, DayCounts, Event, LogAction, SearchRow, StandingCheckIn, Store, StoreError,
};
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

/// The time axis of the arrivals chart: whole local hours around the arrivals (one at least,
/// so a morning whose arrivals all fall in one bin is still drawn to an hour's scale), and
/// each hour's mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartSpan {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// Every whole local hour from `start` to `end`, both included.
    pub hours: Vec<DateTime<Utc>>,
}

/// The axis for `bins` (as [`bins`] makes them, in order); `None` without arrivals.
pub fn chart_span(bins: &[Bin], zone: Tz) -> Option<ChartSpan> {
    const HOUR: i64 = 3600;
    let (first, last) = (bins.first()?, bins.last()?);
    let start = bin_start(first.start, HOUR, zone);
    let last_second = (last.start + BIN_WIDTH).timestamp() - 1;
    let end = bin_start(DateTime::from_timestamp(last_second, 0)?, HOUR, zone) + HOUR;
    let hours = (0..=(end - start) / HOUR)
        .filter_map(|i| DateTime::from_timestamp(start + i * HOUR, 0))
        .collect();
    Some(ChartSpan {
        start: DateTime::from_timestamp(start, 0)?,
        end: DateTime::from_timestamp(end, 0)?,
        hours,
    })
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

/// One day of the event in the day picker: how many people are checked in on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DaySummary {
    #[serde(flatten)]
    pub day: EventDay,
    pub checked_in: u64,
}

/// The figures of one event day (the counts, desks, arrivals and who is missing are that
/// day's), with every day's check-ins beside them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dashboard {
    /// The day the figures are of: today unless the organizer picked another.
    pub day: EventDay,
    /// The event's days (and any other day with check-ins), oldest first.
    pub days: Vec<DaySummary>,
    /// Admitted people checked in on an earlier day who have not come yet on this one.
    pub came_earlier_not_this_day: u64,
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

/// Which admitted people who have not come on a day a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Everyone,
    /// Only those who came on an earlier day: whom to expect back.
    CameEarlier,
}

impl Store {
    /// Today's figures, with the `recent` newest desk actions.
    pub fn dashboard(&self, recent: usize) -> Result<Dashboard, StoreError> {
        self.dashboard_on(self.today()?.date, recent)
    }

    /// The figures of event day `date`, with the `recent` newest desk actions.
    pub fn dashboard_on(&self, date: NaiveDate, recent: usize) -> Result<Dashboard, StoreError> {
        let event = self.event_or_default()?;
        let stats = self.stats_on(date)?;
        let zone = event.time_zone;
        let (by_desk, instants) = self.present_by_desk(date)?;
        let session_starts = self
            .agenda()?
            .sessions
            .into_iter()
            .filter(|s| s.day == date)
            .map(|s| (s.start, s.title))
            .collect();
        let days = event_days(&event, &stats.by_day)
            .into_iter()
            .map(|day| DaySummary {
                day,
                checked_in: stats.by_day.get(&day.date).map_or(0, |c| c.checked_in),
            })
            .collect();
        Ok(Dashboard {
            day: EventDay::of_date(&event, date),
            days,
            came_earlier_not_this_day: self.missing_rows(date, Missing::CameEarlier)?.len() as u64,
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

    /// Admitted people who are not checked in today whose name, company or email matches
    /// every word of `query` (ignoring case and accents), by last name in the store's
    /// [`crate::collation::NameOrder`]: whom to call or wait for.
    pub fn not_arrived(&self, query: &str, limit: usize) -> Result<Vec<Attendee>, StoreError> {
        self.not_arrived_on(self.today()?.date, Missing::Everyone, query, limit)
    }

    /// [`Store::not_arrived`] for event day `date`, everyone or only those who came on an
    /// earlier day. A day pass not valid on `date` is not missing.
    pub fn not_arrived_on(
        &self,
        date: NaiveDate,
        which: Missing,
        query: &str,
        limit: usize,
    ) -> Result<Vec<Attendee>, StoreError> {
        let folded = text::fold(query);
        let words: Vec<&str> = text::words(&folded).collect();
        let mut found: Vec<crate::collation::PersonKey> = Vec::new();
        let order = self.name_order();
        for row in self.missing_rows(date, which)? {
            if !words.is_empty() {
                let haystack = text::fold(&format!(
                    "{} {} {} {} {}",
                    row.first_name, row.last_name, row.display_name, row.company, row.email
                ));
                if !words.iter().all(|w| haystack.contains(w)) {
                    continue;
                }
            }
            found.push((
                order.key(&row.last_name),
                order.key(&row.first_name),
                row.id,
            ));
        }
        // In the language's order: Öberg under O in German, after Z in Swedish.
        if found.len() > limit && limit > 0 {
            found.select_nth_unstable(limit - 1);
            found.truncate(limit);
        }
        found.sort_unstable();
        let ids: Vec<i64> = found.iter().take(limit).map(|(_, _, id)| *id).collect();
        self.attendees_on_by_ids(&ids, date)
    }

    /// The admitted people not checked in on `date` whose ticket admits them that day.
    fn missing_rows(&self, date: NaiveDate, which: Missing) -> Result<Vec<SearchRow>, StoreError> {
        let passes = Settings::load(self)?.ticket_days;
        let rows = self.not_arrived_rows(date, which == Missing::CameEarlier)?;
        Ok(rows
            .into_iter()
            .filter(|row| passes.refusal(&row.ticket_type, date).is_none())
            .collect())
    }

    /// The check-ins that stand on `date`, counted by desk, and their times for the arrival
    /// bins.
    #[allow(clippy::type_complexity)]
    fn present_by_desk(
        &self,
        date: NaiveDate,
    ) -> Result<(Vec<(String, u64)>, Vec<DateTime<Utc>>), StoreError> {
        let mut desks: BTreeMap<String, u64> = BTreeMap::new();
        let mut instants = Vec::new();
        for StandingCheckIn { desk, at } in self.standing_check_ins(date)? {
            *desks.entry(desk).or_default() += 1;
            instants.push(at);
        }
        let mut by_desk: Vec<(String, u64)> = desks.into_iter().collect();
        by_desk.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok((by_desk, instants))
    }

    /// The newest check-ins, undos, walk-ins and edits, newest first.
    fn recent_activity(&self, limit: usize) -> Result<Vec<Activity>, StoreError> {
        let logged = self.logged_actions(limit)?.into_iter().map(|entry| {
            // A walk-in is shown once, by the check-in that followed adding them at the desk.
            let kind = match (entry.action, entry.walk_in) {
                (LogAction::Undo, _) => ActivityKind::Undo,
                (LogAction::CheckIn, true) => ActivityKind::WalkIn,
                (LogAction::CheckIn, false) => ActivityKind::CheckIn,
            };
            Activity {
                at: entry.at,
                desk: entry.desk,
                kind,
                attendee: entry.attendee,
            }
        });
        let edits = self.logged_edits(limit)?.into_iter().map(|edit| Activity {
            at: edit.at,
            desk: edit.desk,
            kind: ActivityKind::Edit,
            attendee: edit.attendee,
        });
        let mut activity: Vec<Activity> = logged.chain(edits).collect();
        activity.sort_by_key(|a| std::cmp::Reverse(a.at));
        activity.truncate(limit);
        Ok(activity)
    }
}

/// The days the picker offers: every day from the event's first to its last, and any other
/// day that has check-ins (a rehearsal, a badge pick-up the evening before).
fn event_days(event: &Event, with_check_ins: &BTreeMap<NaiveDate, DayCounts>) -> Vec<EventDay> {
    let mut dates: std::collections::BTreeSet<NaiveDate> = with_check_ins.keys().copied().collect();
    if let Some(first) = event.starts_on {
        let last = event.ends_on.unwrap_or(first);
        dates.extend(
            first
                .iter_days()
                .take_while(|d| *d <= last)
                .take(MAX_PICKER_DAYS),
        );
    }
    dates
        .into_iter()
        .map(|date| EventDay::of_date(event, date))
        .collect()
}

/// A festival runs a few weeks at most; a mistyped last day must not list years.
const MAX_PICKER_DAYS: usize = 62;

#[cfg(test)]
mod tests;
