//! The event's settings that desks share: how badges are printed, what the lobby shows. Kept in the database's
//! `setting` table so that every desk on the event reads the same.

use crate::badge::Layout;
use crate::day::TicketDays;
use crate::language::Language;
use crate::store::{Store, StoreError};

const BADGE_LAYOUT: &str = "badge_layout";
const PRINT_AT_CHECK_IN: &str = "print_at_check_in";
const PRINTER: &str = "printer";
const LOBBY_SHOWS_COUNT: &str = "lobby_shows_count";
const BACKUP_EVERY_MINUTES: &str = "backup_every_minutes";
const KIOSK_EMAIL_SEARCH: &str = "kiosk_email_search";
const KIOSK_DESKS: &str = "kiosk_desks";
const SOUNDS: &str = "sounds";
const EVENT_LANGUAGE: &str = "event_language";
/// How often a desk window copies its database when nothing says otherwise.
pub const DEFAULT_BACKUP_EVERY_MINUTES: u32 = 5;
/// Day passes, one a line as `frontdesk settings --ticket-days` writes them.
pub const TICKET_DAYS: &str = "ticket_days";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The layout desks print single badges in (a label printer's, usually).
    pub badge_layout: Layout,
    /// Print a badge for everyone checked in, for events that print on arrival.
    pub print_at_check_in: bool,
    /// The CUPS printer; `None` is the computer's default printer.
    pub printer: Option<String>,
    /// The lobby screen adds "183 people checked in" (a count, never a name).
    pub lobby_shows_count: bool,
    /// Ticket types that admit on some days of the event only.
    pub ticket_days: TicketDays,
    /// How often a desk window copies its database into its backups folder; 0 never.
    pub backup_every_minutes: u32,
    /// Attendees at a kiosk may check themselves in by typing their whole email address, or
    /// their family name and their ticket's last 4 digits.
    pub kiosk_email_search: bool,
    /// The desks that open as self-service kiosks (by desk name, one a line).
    pub kiosk_desks: Vec<String>,
    /// Desks and kiosks play a short tone for each answer.
    pub sounds: bool,
    /// The language the kiosks and the lobby speak to visitors (each desk's staff read their
    /// own, chosen on the computer).
    pub event_language: Language,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            badge_layout: Layout::Label62x100,
            print_at_check_in: false,
            printer: None,
            lobby_shows_count: false,
            ticket_days: TicketDays::default(),
            backup_every_minutes: DEFAULT_BACKUP_EVERY_MINUTES,
            kiosk_email_search: false,
            kiosk_desks: Vec::new(),
            sounds: true,
            event_language: Language::English,
        }
    }
}

impl Settings {
    /// The `--json` shape of the settings.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "badge_layout": self.badge_layout.name(),
            "print_at_check_in": self.print_at_check_in,
            "printer": self.printer,
            "lobby_shows_count": self.lobby_shows_count,
            "backup_every_minutes": self.backup_every_minutes,
            "kiosk_email_search": self.kiosk_email_search,
            "kiosk_desks": self.kiosk_desks,
            "sounds": self.sounds,
            "event_language": self.event_language.code(),
            "ticket_days": self
                .ticket_days
                .passes()
                .iter()
                .map(|p| (p.ticket_type.clone(), serde_json::json!(p.days)))
                .collect::<serde_json::Map<_, _>>(),
        })
    }

    pub fn load(store: &Store) -> Result<Settings, StoreError> {
        let defaults = Settings::default();
        Ok(Settings {
            badge_layout: store
                .setting(BADGE_LAYOUT)?
                .and_then(|name| Layout::parse(&name))
                .unwrap_or(defaults.badge_layout),
            print_at_check_in: store.setting(PRINT_AT_CHECK_IN)?.as_deref() == Some("on"),
            printer: store.setting(PRINTER)?.filter(|p| !p.is_empty()),
            lobby_shows_count: store.setting(LOBBY_SHOWS_COUNT)?.as_deref() == Some("on"),
            backup_every_minutes: store
                .setting(BACKUP_EVERY_MINUTES)?
                .and_then(|minutes| minutes.trim().parse().ok())
                .unwrap_or(defaults.backup_every_minutes),
            kiosk_email_search: store.setting(KIOSK_EMAIL_SEARCH)?.as_deref() == Some("on"),
            sounds: store.setting(SOUNDS)?.as_deref() != Some("off"),
            // A language a newer frontdesk added reads as English here, not as a broken
            // database.
            event_language: store
                .setting(EVENT_LANGUAGE)?
                .and_then(|code| Language::parse(&code))
                .unwrap_or(defaults.event_language),
            kiosk_desks: store
                .setting(KIOSK_DESKS)?
                .map(|lines| desk_names(&lines))
                .unwrap_or_default(),
            ticket_days: match store.setting(TICKET_DAYS)? {
                Some(text) => {
                    TicketDays::parse_lines(&text).map_err(|e| StoreError::BadDayPasses {
                        value: text,
                        reason: e,
                    })?
                }
                None => TicketDays::default(),
            },
        })
    }

    pub fn save(&self, store: &mut Store) -> Result<(), StoreError> {
        store.set_settings(&self.pairs())
    }

    /// Saves only what differs from `before`: a desk that changes its own printer never
    /// writes its (maybe older) copy of the settings the desks share.
    pub fn save_changes(&self, before: &Settings, store: &mut Store) -> Result<(), StoreError> {
        let old = before.pairs();
        let changed: Vec<(&str, String)> = self
            .pairs()
            .into_iter()
            .filter(|pair| !old.contains(pair))
            .collect();
        store.set_settings(&changed)
    }

    /// The settings as the `setting` table keeps them.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            (BADGE_LAYOUT, self.badge_layout.name().to_string()),
            (
                PRINT_AT_CHECK_IN,
                on_off(self.print_at_check_in).to_string(),
            ),
            (PRINTER, self.printer.clone().unwrap_or_default()),
            (
                LOBBY_SHOWS_COUNT,
                on_off(self.lobby_shows_count).to_string(),
            ),
            (TICKET_DAYS, self.ticket_days.to_lines()),
            (BACKUP_EVERY_MINUTES, self.backup_every_minutes.to_string()),
            (
                KIOSK_EMAIL_SEARCH,
                on_off(self.kiosk_email_search).to_string(),
            ),
            (KIOSK_DESKS, self.kiosk_desks.join("\n")),
            (SOUNDS, on_off(self.sounds).to_string()),
            (EVENT_LANGUAGE, self.event_language.code().to_string()),
        ]
    }

    /// Whether the desk named `desk` opens as a self-service kiosk.
    pub fn is_kiosk(&self, desk: &str) -> bool {
        self.kiosk_desks.iter().any(|name| name == desk.trim())
    }

    /// Makes the desk named `desk` open as a kiosk (`true`) or as a staff desk.
    pub fn set_kiosk(&mut self, desk: &str, kiosk: bool) {
        let desk = desk.trim();
        self.kiosk_desks.retain(|name| name != desk);
        if kiosk && !desk.is_empty() {
            self.kiosk_desks.push(desk.to_string());
        }
    }
}

fn desk_names(lines: &str) -> Vec<String> {
    lines
        .lines()
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .collect()
}

fn on_off(value: bool) -> &'static str {
    if value { "on" } else { "off" }
}
