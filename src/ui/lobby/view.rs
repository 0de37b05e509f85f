//! How the lobby looks on a TV: the event and the clock on top; now and next, large, on the
//! left (one row per room when there are several); the rest of the day on the right, paging
//! slowly when it does not fit. Every size scales with the screen's height, so 1080p reads from
//! five metres and a small window still shows everything.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use iced::widget::{Column, column, container, progress_bar, responsive, row, space, text};
use iced::{Alignment, Color, Element, Font, Length, Size};

use super::{Lobby, Message, Snapshot, State};
use crate::agenda::{self, Phase, RoomNow, Session, SessionKind, Speaker};
use crate::language::Texts;
use crate::ui::theme;

const BOLD: Font = Font {
    weight: iced::font::Weight::Bold,
    ..Font::DEFAULT
};

/// A bold glyph's average width as a share of the font size, for estimating line breaks.
const BOLD_GLYPH_WIDTH: f32 = 0.6;

/// On a portrait screen, the share of the height now-and-next takes above the day's list.
const MAIN_SHARE_PORTRAIT: f32 = 0.6;

/// Seconds each page of a long day stays on screen.
pub const PAGE_SECONDS: u64 = 12;

impl Lobby {
    pub fn view(&self) -> Element<'_, Message> {
        match &self.state {
            State::Opening(texts) => theme::centered_notice(&texts.tr("lobby-opening")),
            State::Failed(error) => theme::centered_notice(error),
            State::Ready { snapshot, .. } => {
                let (at, page_clock) = (self.at, self.page_clock);
                responsive(move |size| Board::new(snapshot, at, size, page_clock).view()).into()
            }
        }
    }
}

/// One frame of the lobby at one instant and screen size.
struct Board<'a> {
    snapshot: &'a Snapshot,
    lobby: agenda::LobbyView<'a>,
    /// The event's language.
    texts: &'static Texts,
    at: DateTime<Utc>,
    zone: Tz,
    /// 1.0 on a 1080-pixel-high screen.
    scale: f32,
    /// Width of the now-and-next column's text.
    text_width: f32,
    /// Height of the screen's share for now-and-next.
    main_height: f32,
    /// Taller than wide: the day's list goes below.
    portrait: bool,
    page_clock: u64,
}

impl<'a> Board<'a> {
    fn new(snapshot: &'a Snapshot, at: DateTime<Utc>, size: Size, page_clock: u64) -> Self {
        let portrait = size.height > size.width;
        // A pillar display is a 1080p screen turned on its side: scaled by its width, with
        // the day's list below now-and-next instead of beside it.
        let scale = if portrait {
            size.width / 1080.0
        } else {
            size.height / 1080.0
        }
        .clamp(0.45, 2.0);
        let main_width = if portrait {
            size.width - 2.0 * 56.0 * scale
        } else {
            (size.width - 2.0 * 56.0 * scale - 48.0 * scale) * 0.6
        };
        Board {
            snapshot,
            lobby: snapshot.agenda.lobby(at),
            texts: snapshot.language.texts(),
            at,
            zone: snapshot.agenda.time_zone,
            scale,
            text_width: (main_width - 2.0 * 32.0 * scale).max(100.0),
            page_clock,
            main_height: if portrait {
                size.height * MAIN_SHARE_PORTRAIT
            } else {
                size.height
            },
            portrait,
        }
    }

    fn px(&self, size: f32) -> f32 {
        (size * self.scale).round()
    }

    fn view(self) -> Element<'a, Message> {
        let main = match self.lobby.phase {
            Phase::NoAgenda => self.no_agenda(),
            Phase::BeforeDoors { doors } => self.before_doors(doors),
            Phase::Running => self.rooms(),
            Phase::Gap { resumes } => self.gap(resumes),
            Phase::DayOver { next_day } => self.day_over(next_day),
        };
        let body: Element<'a, Message> = if self.lobby.day_sessions.is_empty() {
            main
        } else {
            self.main_and_day_list(main)
        };
        container(column![self.header(), body].spacing(self.px(40.0)))
            .padding(self.px(56.0))
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }

    fn main_and_day_list(&self, main: Element<'a, Message>) -> Element<'a, Message> {
        if self.portrait {
            // Now-and-next takes what it needs; the day's list the rest of the tall screen.
            column![
                container(main).height(Length::Shrink),
                container(self.rest_of_day()).height(Length::Fill),
            ]
            .spacing(self.px(48.0))
            .height(Length::Fill)
            .into()
        } else {
            row![
                container(main).width(Length::FillPortion(3)),
                container(self.rest_of_day()).width(Length::FillPortion(2)),
            ]
            .spacing(self.px(48.0))
            .height(Length::Fill)
            .into()
        }
    }

    fn header(&self) -> Element<'a, Message> {
        let local = self.at.with_timezone(&self.zone);
        let mut left = column![
            text(self.snapshot.event_name.clone())
                .size(self.px(52.0))
                .font(BOLD),
            text(self.texts.long_date(local.date_naive()))
                .size(self.px(32.0))
                .color(theme::MUTED),
        ]
        .spacing(self.px(4.0));
        if let Some(count) = self.snapshot.checked_in {
            left = left.push(
                text(
                    self.texts
                        .tr_with("lobby-checked-in", &[("count", count.into())]),
                )
                .size(self.px(32.0))
                .color(theme::MUTED),
            );
        }
        // The clock keeps its size; a long event name wraps in the space left beside it.
        row![
            left.width(Length::Fill),
            text(local.format("%H:%M").to_string())
                .size(self.px(120.0))
                .font(BOLD),
        ]
        .align_y(Alignment::Center)
        .into()
    }

    fn no_agenda(&self) -> Element<'a, Message> {
        column![
            text(self.texts.tr("lobby-welcome"))
                .size(self.px(96.0))
                .font(BOLD),
            text(self.texts.tr("lobby-programme-soon"))
                .size(self.px(40.0))
                .color(theme::MUTED),
        ]
        .spacing(self.px(24.0))
        .into()
    }

    fn before_doors(&self, doors: DateTime<Utc>) -> Element<'a, Message> {
        let first: Vec<&Session> = self
            .lobby
            .rooms
            .iter()
            .filter_map(|r| r.next)
            .filter(|s| s.start == doors)
            .collect();
        let mut content = column![
            text(self.texts.tr_with(
                "lobby-doors-open",
                &[("time", self.clock_time(doors).into())]
            ))
            .size(self.px(88.0))
            .font(BOLD),
            text(self.when(doors))
                .size(self.px(40.0))
                .color(theme::ACCENT),
        ]
        .spacing(self.px(16.0));
        for session in first {
            content = content.push(space().height(self.px(24.0)));
            content = content.push(self.next_card(session, &self.texts.tr("lobby-first")));
        }
        content.into()
    }

    fn gap(&self, resumes: DateTime<Utc>) -> Element<'a, Message> {
        let mut content = column![
            text(self.texts.tr_with(
                "lobby-back-at",
                &[("time", self.clock_time(resumes).into())]
            ))
            .size(self.px(80.0))
            .font(BOLD),
            text(self.when(resumes))
                .size(self.px(40.0))
                .color(theme::ACCENT),
        ]
        .spacing(self.px(16.0));
        for session in self.lobby.rooms.iter().filter_map(|r| r.next) {
            content = content.push(self.next_card(session, &self.texts.tr("lobby-next")));
        }
        content.into()
    }

    fn day_over(&self, next_day: Option<DateTime<Utc>>) -> Element<'a, Message> {
        let mut content = column![
            text(self.texts.tr("lobby-thank-you"))
                .size(self.px(96.0))
                .font(BOLD),
        ]
        .spacing(self.px(24.0));
        content = content.push(
            match next_day {
                Some(doors) => text(self.texts.tr_with(
                    "lobby-see-you",
                    &[
                        ("day", self.day_word(doors).into()),
                        ("time", self.clock_time(doors).into()),
                    ],
                )),
                None => text(self.texts.tr("lobby-safe-travels")),
            }
            .size(self.px(48.0))
            .color(theme::MUTED),
        );
        content.into()
    }

    /// Now and next: large for one room, a row per room for several.
    fn rooms(&self) -> Element<'a, Message> {
        if let [only] = self.lobby.rooms.as_slice() {
            let mut content = Column::new().spacing(self.px(40.0));
            if let Some(now) = only.now {
                content = content.push(self.now_card(now, self.fit(&now.title, 76.0)));
            }
            if let Some(next) = only.next {
                content = content.push(self.next_card(next, &self.texts.tr("lobby-next")));
            }
            return content.into();
        }
        // Rooms that do not fit take turns, a page at a time, like the day's list.
        let fit = (((self.main_height - self.px(380.0)) / self.px(230.0)).floor() as usize).max(1);
        let pages = self.lobby.rooms.len().div_ceil(fit).max(1);
        let page = (self.page_clock / PAGE_SECONDS) as usize % pages;
        let mut content = Column::new().spacing(self.px(24.0));
        for room in self.lobby.rooms.iter().skip(page * fit).take(fit) {
            content = content.push(self.room_row(room));
        }
        if pages > 1 {
            content = content.push(
                text(self.texts.tr_with(
                    "lobby-rooms-page",
                    &[("page", (page + 1).into()), ("pages", pages.into())],
                ))
                .size(self.px(24.0))
                .color(theme::MUTED),
            );
        }
        content.into()
    }

    /// One room's line on a multi-room screen: the room, what is on with its progress, and
    /// what comes next, compact enough for several rooms on one screen.
    fn room_row(&self, room: &RoomNow<'a>) -> Element<'a, Message> {
        let mut now = Column::new().spacing(self.px(6.0));
        match room.now {
            Some(session) => {
                let label = if session.kind == SessionKind::Break {
                    self.texts.tr("lobby-break")
                } else {
                    self.texts.tr("lobby-now")
                };
                now = now
                    .push(
                        text(label)
                            .size(self.px(24.0))
                            .font(BOLD)
                            .color(theme::ACCENT),
                    )
                    .push(text(session.title.clone()).size(self.px(36.0)).font(BOLD));
                if !session.speakers.is_empty() {
                    now = now.push(text(speakers(&session.speakers)).size(self.px(26.0)));
                }
                now = now.push(self.progress(session, self.px(24.0)));
            }
            None => {
                now = now.push(
                    text(self.texts.tr("lobby-nothing-now"))
                        .size(self.px(28.0))
                        .color(theme::MUTED),
                );
            }
        }
        let next: Element<'a, Message> = match room.next {
            Some(session) => column![
                text(format!(
                    "{} · {} · {}",
                    self.texts.tr("lobby-next"),
                    self.clock_time(session.start),
                    self.when(session.start)
                ))
                .size(self.px(24.0))
                .color(theme::ACCENT),
                text(session.title.clone()).size(self.px(30.0)).font(BOLD),
            ]
            .push((!session.speakers.is_empty()).then(|| {
                text(speakers(&session.speakers))
                    .size(self.px(24.0))
                    .color(theme::MUTED)
            }))
            .spacing(self.px(4.0))
            .into(),
            None => space().into(),
        };
        container(
            row![
                container(text(room.room.to_string()).size(self.px(30.0)).font(BOLD))
                    .width(Length::FillPortion(2)),
                container(now).width(Length::FillPortion(5)),
                container(next).width(Length::FillPortion(4)),
            ]
            .spacing(self.px(24.0)),
        )
        .padding(self.px(20.0))
        .width(Length::Fill)
        .style(theme::surface)
        .into()
    }

    /// A progress bar with the minutes left and the end time.
    fn progress(&self, session: &Session, size: f32) -> Element<'a, Message> {
        let total = (session.end - session.start).num_seconds().max(1) as f32;
        let done = (self.at - session.start)
            .num_seconds()
            .clamp(0, total as i64) as f32;
        let left = self.duration(minutes_until(self.at, session.end));
        row![
            container(progress_bar(0.0..=total, done).girth(size * 0.6)).width(Length::Fill),
            text(self.texts.tr_with(
                "lobby-time-left",
                &[
                    ("left", left.into()),
                    ("end", self.clock_time(session.end).into()),
                ],
            ))
            .size(size),
        ]
        .spacing(size * 0.75)
        .align_y(Alignment::Center)
        .into()
    }

    fn now_card(&self, session: &'a Session, title_size: f32) -> Element<'a, Message> {
        let label = match session.kind {
            SessionKind::Break => self.texts.tr("lobby-break"),
            _ => format!("{} · {}", self.texts.tr("lobby-now"), session.room),
        };
        let mut card = column![
            text(label)
                .size(self.px(32.0))
                .font(BOLD)
                .color(theme::ACCENT),
            text(session.title.clone()).size(title_size).font(BOLD),
        ]
        .spacing(self.px(12.0));
        if !session.subtitle.is_empty() {
            card = card.push(
                text(session.subtitle.clone())
                    .size(self.px(34.0))
                    .color(theme::MUTED),
            );
        }
        if !session.speakers.is_empty() {
            card = card.push(text(speakers(&session.speakers)).size(self.px(40.0)));
        }
        card = card.push(self.progress(session, self.px(32.0)));
        container(card)
            .padding(self.px(32.0))
            .width(Length::Fill)
            .style(theme::surface)
            .into()
    }

    fn next_card(&self, session: &'a Session, label: &str) -> Element<'a, Message> {
        let mut card = column![
            text(format!(
                "{label} · {} · {}",
                self.clock_time(session.start),
                self.when(session.start)
            ))
            .size(self.px(32.0))
            .font(BOLD)
            .color(theme::ACCENT),
            text(session.title.clone())
                .size(self.fit(&session.title, 52.0))
                .font(BOLD),
        ]
        .spacing(self.px(10.0));
        if !session.speakers.is_empty() {
            card = card.push(text(speakers(&session.speakers)).size(self.px(36.0)));
        }
        // With one room, where the next talk is needs no saying (and a 800-pixel screen has
        // no line to spare for it).
        if self.snapshot.agenda.rooms.len() > 1 {
            card = card.push(
                text(session.room.clone())
                    .size(self.px(30.0))
                    .color(theme::MUTED),
            );
        }
        container(card)
            .padding(self.px(32.0))
            .width(Length::Fill)
            .into()
    }

    /// The rest of the day from the session before the current one, past sessions dimmed, in
    /// pages when it does not fit.
    fn rest_of_day(&self) -> Element<'a, Message> {
        let sessions = self.lobby.day_list.clone();
        let (at, zone, scale, page_clock) = (self.at, self.zone, self.scale, self.page_clock);
        let several_rooms = self.snapshot.agenda.rooms.len() > 1;
        let texts = self.texts;
        responsive(move |size| {
            let list = DayList {
                at,
                zone,
                scale,
                page_clock,
                several_rooms,
                texts,
            };
            list.view(&sessions, size)
        })
        .into()
    }

    /// The largest size up to `largest` (at 1080p) at which `title` takes two lines at most in
    /// the now-and-next column; long titles shrink rather than push the rest off the screen.
    fn fit(&self, title: &str, largest: f32) -> f32 {
        let chars = title.chars().count() as f32;
        let mut size = largest;
        while size > 28.0 {
            let per_line = self.text_width / (self.px(size) * BOLD_GLYPH_WIDTH);
            if chars <= per_line * 1.8 {
                break;
            }
            size -= 4.0;
        }
        self.px(size)
    }

    fn clock_time(&self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.zone).format("%H:%M").to_string()
    }

    /// "in 12 min", "in 1 h 05 min", or the day when it is not today.
    fn when(&self, at: DateTime<Utc>) -> String {
        let minutes = minutes_until(self.at, at);
        if minutes >= 12 * 60 {
            return self.day_word(at);
        }
        match minutes {
            0 => self.texts.tr("lobby-starting-now"),
            m => self
                .texts
                .tr_with("lobby-in", &[("duration", self.duration(m).into())]),
        }
    }

    /// "12 min", "1 h 05 min".
    fn duration(&self, minutes: i64) -> String {
        if minutes >= 60 {
            self.texts.tr_with(
                "lobby-hours-minutes",
                &[
                    ("hours", (minutes / 60).into()),
                    ("minutes", format!("{:02}", minutes % 60).into()),
                ],
            )
        } else {
            self.texts
                .tr_with("lobby-minutes", &[("minutes", minutes.into())])
        }
    }

    fn day_word(&self, at: DateTime<Utc>) -> String {
        let day = at.with_timezone(&self.zone).date_naive();
        let today = self.at.with_timezone(&self.zone).date_naive();
        if day == today {
            self.texts.tr("lobby-today")
        } else if Some(day) == today.succ_opt() {
            self.texts.tr("lobby-tomorrow")
        } else {
            self.texts.tr_with(
                "lobby-on-day",
                &[("date", self.texts.long_date(day).into())],
            )
        }
    }
}

/// The day's list at one instant: what it needs from the board, for a closure that outlives it.
struct DayList {
    at: DateTime<Utc>,
    zone: Tz,
    scale: f32,
    page_clock: u64,
    several_rooms: bool,
    texts: &'static Texts,
}

impl DayList {
    fn view<'a>(&self, sessions: &[&'a Session], size: Size) -> Element<'a, Message> {
        let px = |size: f32| (size * self.scale).round();
        let row_height = px(64.0);
        let heading = px(56.0);
        let fit = (((size.height - heading) / row_height).floor() as usize).max(1);
        let pages = sessions.len().div_ceil(fit).max(1);
        let page = (self.page_clock / PAGE_SECONDS) as usize % pages;
        // A rehearsal or a screen left on after the event shows the day's date, not "Today".
        let today = self.at.with_timezone(&self.zone).date_naive();
        let heading_text = match sessions.first().map(|s| s.day) {
            Some(day) if day != today => self.texts.long_date(day),
            _ => self.texts.tr("lobby-today-heading"),
        };
        let title = if pages > 1 {
            format!("{heading_text} · {}/{}", page + 1, pages)
        } else {
            heading_text
        };
        let mut list =
            column![text(title).size(px(32.0)).font(BOLD).color(theme::MUTED)].spacing(px(8.0));
        for session in sessions.iter().skip(page * fit).take(fit) {
            list = list.push(day_row(
                session,
                self.at,
                self.zone,
                px(28.0),
                self.several_rooms,
                size.width,
            ));
        }
        list.into()
    }
}

fn day_row<'a>(
    session: &'a Session,
    at: DateTime<Utc>,
    zone: Tz,
    size: f32,
    several_rooms: bool,
    width: f32,
) -> Element<'a, Message> {
    let colour = if session.end <= at {
        Color {
            a: 0.45,
            ..theme::MUTED
        }
    } else if session.start <= at {
        theme::ACCENT
    } else {
        theme::TEXT
    };
    let mut what = session.title.clone();
    if several_rooms {
        what = format!("{what} · {}", session.room);
    }
    let what = shorten(&what, ((width - size * 4.0) / (size * 0.58)) as usize);
    row![
        text(
            session
                .start
                .with_timezone(&zone)
                .format("%H:%M")
                .to_string()
        )
        .size(size)
        .font(BOLD)
        .color(colour)
        .width(Length::Fixed(size * 3.4)),
        text(what)
            .size(size)
            .color(colour)
            .wrapping(iced::widget::text::Wrapping::None),
    ]
    .spacing(size * 0.6)
    .height(Length::Fixed(size * 2.0))
    .clip(true)
    .into()
}

/// Cuts a title that does not fit its line at a word, with an ellipsis, instead of mid-letter.
fn shorten(title: &str, fits: usize) -> String {
    if title.chars().count() <= fits.max(8) {
        return title.to_string();
    }
    let cut: String = title.chars().take(fits.max(8).saturating_sub(1)).collect();
    let at_word = cut
        .rfind(' ')
        .filter(|i| *i > cut.len() / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end_matches([' ', ',', ':', '-']))
}

fn speakers(list: &[Speaker]) -> String {
    list.iter()
        .map(Speaker::label)
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Whole minutes from `from` until `to`, rounded up, never negative.
fn minutes_until(from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
    let seconds = (to - from).num_seconds().max(0);
    (seconds + 59) / 60
}
