//! The console's Dashboard tab, for one event day (today unless another is picked): registered
//! / admitted / checked in, by ticket type and by desk, the arrivals chart, who has not arrived
//! yet (everyone, or those who came on an earlier day), the latest activity, and editing a person (a
//! misspelt name) with the change logged and their badge reprinted. It follows the desks: the
//! figures are re-read whenever the database changes.

use iced::Task;

use chrono::NaiveDate;

use crate::dashboard::{Dashboard, Missing};
use crate::language::Texts;
use crate::store::{Attendee, AttendeeEdit};
use crate::ui::Error;
use crate::ui::db::Database;
use crate::ui::screen::{Action, Saved};

/// How many people the not-arrived list shows at once.
const NOT_ARRIVED_LIMIT: usize = 50;
const RECENT: usize = 12;
const SEARCH_PAUSE: std::time::Duration = std::time::Duration::from_millis(250);

pub struct DashboardTab {
    pub(super) figures: Option<Box<Dashboard>>,
    pub(super) zone: chrono_tz::Tz,
    pub(super) query: String,
    pub(super) not_arrived: Vec<Attendee>,
    pub(super) code: String,
    pub(super) editing: Option<Editing>,
    pub(super) notice: Option<String>,
    /// The event day shown; `None` follows today.
    pub(super) day: Option<NaiveDate>,
    /// Everyone not arrived on the day, or only those who came on an earlier day.
    pub(super) missing: Missing,
    /// The words of this desk's language.
    pub(super) texts: &'static Texts,
    seen_version: Option<i64>,
    refreshing: bool,
    query_request: u64,
}

/// A person being corrected: their record as read, and the fields as typed.
#[derive(Debug, Clone)]
pub struct Editing {
    pub person: Attendee,
    pub fields: AttendeeEdit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    FirstName,
    LastName,
    Company,
    TicketType,
}

#[derive(Debug, Clone)]
pub enum Message {
    Refresh,
    /// The organizer picked an event day (`None`: today).
    PickDay(Option<NaiveDate>),
    ShowMissing(Missing),
    Refreshed(Result<Option<(i64, Box<Dashboard>)>, Error>),
    QueryChanged(String),
    /// The organizer stopped typing: search now if nothing newer was typed.
    SearchDue(u64),
    NotArrived(u64, Result<Vec<Attendee>, Error>),
    CodeChanged(String),
    FindCode,
    Edit(Box<Attendee>),
    Found(Result<Option<Box<Attendee>>, Error>),
    EditField(Field, String),
    SaveEdit,
    Saved(Result<Box<Attendee>, Error>),
    CancelEdit,
    Reprint,
    Reprinted(Result<crate::printer::Sent, Error>),
    /// An organizer takes back a check-in made at any desk.
    UndoCheckIn,
    Undone(Result<Option<Box<Attendee>>, Error>),
}

impl DashboardTab {
    pub fn new(zone: chrono_tz::Tz, texts: &'static Texts) -> DashboardTab {
        DashboardTab {
            texts,
            figures: None,
            zone,
            query: String::new(),
            not_arrived: Vec::new(),
            code: String::new(),
            editing: None,
            notice: None,
            day: None,
            missing: Missing::Everyone,
            seen_version: None,
            refreshing: false,
            query_request: 0,
        }
    }

    /// First read: the figures and the first page of who has not arrived.
    pub fn load(&mut self, database: &Database) -> Task<Message> {
        Task::batch([self.refresh(database, true), self.search(database)])
    }

    /// Times are shown in the event's zone, as last saved.
    pub fn set_zone(&mut self, zone: chrono_tz::Tz) {
        self.zone = zone;
    }

    /// Corrections, undos and reprints are made as `saved`: the desk's name and the settings
    /// as last saved.
    pub fn update(
        &mut self,
        message: Message,
        database: &Database,
        saved: &Saved,
    ) -> Action<Message> {
        let desk = saved.desk_name.as_str();
        let task = match message {
            Message::Refresh => self.refresh(database, false),
            Message::PickDay(day) => {
                self.day = day;
                Task::batch([self.refresh(database, true), self.search(database)])
            }
            Message::ShowMissing(which) => {
                self.missing = which;
                self.search(database)
            }
            Message::Refreshed(result) => {
                self.refreshing = false;
                match result {
                    Ok(Some((version, figures))) => {
                        self.seen_version = Some(version);
                        self.figures = Some(figures);
                        self.search(database)
                    }
                    Ok(None) => Task::none(),
                    Err(error) => self.notice(error.sentence(self.texts)),
                }
            }
            Message::QueryChanged(query) => {
                self.query = query;
                // At 100,000 people a search takes a third of a second: wait for a pause in
                // the typing instead of queueing one per key.
                self.query_request += 1;
                let request = self.query_request;
                Task::perform(crate::ui::pause::pause(SEARCH_PAUSE), move |_| {
                    Message::SearchDue(request)
                })
            }
            Message::SearchDue(request) if request == self.query_request => self.search(database),
            Message::SearchDue(_) => Task::none(),
            Message::NotArrived(request, result) if request == self.query_request => match result {
                Ok(people) => {
                    self.not_arrived = people;
                    Task::none()
                }
                Err(error) => self.notice(error.sentence(self.texts)),
            },
            Message::NotArrived(..) => Task::none(),
            Message::CodeChanged(code) => {
                self.code = code;
                Task::none()
            }
            Message::FindCode => self.find_code(database),
            Message::Found(Ok(Some(person))) | Message::Edit(person) => {
                self.start_edit(*person);
                Task::none()
            }
            Message::Found(Ok(None)) => self.notice(self.texts.tr_with(
                "dashboard-no-such-code",
                &[("code", self.code.as_str().into())],
            )),
            Message::Found(Err(error)) => self.notice(error.sentence(self.texts)),
            Message::EditField(field, value) => {
                self.edit_field(field, value);
                Task::none()
            }
            Message::SaveEdit => self.save_edit(database, desk),
            Message::Saved(Ok(person)) => {
                self.notice = Some(self.texts.tr_with(
                    "dashboard-saved",
                    &[("name", person.display_name.as_str().into())],
                ));
                self.start_edit(*person);
                return Action::PeopleChanged(self.refresh(database, true));
            }
            Message::Saved(Err(error)) => self.notice(error.sentence(self.texts)),
            Message::CancelEdit => {
                self.editing = None;
                Task::none()
            }
            Message::Reprint => self.reprint(database, &saved.settings),
            Message::UndoCheckIn => self.undo_check_in(database, desk),
            Message::Undone(Ok(person)) => {
                self.notice = Some(self.texts.tr("dashboard-undone"));
                if let Some(person) = person {
                    self.start_edit(*person);
                }
                return Action::PeopleChanged(self.refresh(database, true));
            }
            Message::Undone(Err(error)) => self.notice(error.sentence(self.texts)),
            Message::Reprinted(Ok(sent)) => {
                self.notice(crate::ui::print::sent_words(&sent, self.texts))
            }
            Message::Reprinted(Err(error)) => self.notice(self.texts.tr_with(
                "dashboard-not-printed",
                &[("error", error.say(self.texts).into())],
            )),
        };
        Action::Run(task)
    }

    fn notice(&mut self, sentence: String) -> Task<Message> {
        self.notice = Some(sentence);
        Task::none()
    }

    /// Re-reads the figures when another desk (or this one) changed the database, or always
    /// when `force` is set.
    fn refresh(&mut self, database: &Database, force: bool) -> Task<Message> {
        if self.refreshing {
            return Task::none();
        }
        self.refreshing = true;
        let (database, seen, day) = (
            database.clone(),
            if force { None } else { self.seen_version },
            self.day,
        );
        Task::perform(
            async move {
                database
                    .run(move |store| {
                        let version = store.data_version()?;
                        if Some(version) == seen {
                            return Ok(None);
                        }
                        let date = match day {
                            Some(date) => date,
                            None => store.today()?.date,
                        };
                        let figures = store.dashboard_on(date, RECENT)?;
                        Ok(Some((version, Box::new(figures))))
                    })
                    .await
            },
            Message::Refreshed,
        )
    }

    fn search(&mut self, database: &Database) -> Task<Message> {
        self.query_request += 1;
        let (request, query, database) = (self.query_request, self.query.clone(), database.clone());
        let (day, which) = (self.day, self.missing);
        Task::perform(
            async move {
                database
                    .run(move |store| {
                        let date = match day {
                            Some(date) => date,
                            None => store.today()?.date,
                        };
                        store.not_arrived_on(date, which, &query, NOT_ARRIVED_LIMIT)
                    })
                    .await
            },
            move |result| Message::NotArrived(request, result),
        )
    }

    fn find_code(&mut self, database: &Database) -> Task<Message> {
        let (code, database) = (self.code.trim().to_string(), database.clone());
        if code.is_empty() {
            return Task::none();
        }
        Task::perform(
            async move {
                database
                    .run(move |store| Ok(store.find_by_code(&code)?.map(Box::new)))
                    .await
            },
            Message::Found,
        )
    }

    fn start_edit(&mut self, person: Attendee) {
        let fields = AttendeeEdit::of(&person);
        self.editing = Some(Editing { person, fields });
    }

    fn edit_field(&mut self, field: Field, value: String) {
        let Some(editing) = &mut self.editing else {
            return;
        };
        let slot = match field {
            Field::FirstName => &mut editing.fields.first_name,
            Field::LastName => &mut editing.fields.last_name,
            Field::Company => &mut editing.fields.company,
            Field::TicketType => &mut editing.fields.ticket_type,
        };
        *slot = value;
    }

    fn save_edit(&mut self, database: &Database, desk: &str) -> Task<Message> {
        let Some(editing) = &self.editing else {
            return Task::none();
        };
        let (id, fields) = (editing.person.id, editing.fields.clone());
        let (database, desk) = (database.clone(), desk.to_string());
        Task::perform(
            async move {
                database
                    .change(move |store| {
                        Ok::<_, crate::store::StoreError>(Box::new(
                            store.edit_attendee(id, &fields, &desk)?,
                        ))
                    })
                    .await
            },
            Message::Saved,
        )
    }

    fn undo_check_in(&mut self, database: &Database, desk: &str) -> Task<Message> {
        let Some(editing) = &self.editing else {
            return Task::none();
        };
        let (id, database, desk) = (editing.person.id, database.clone(), desk.to_string());
        Task::perform(
            async move {
                database
                    .run(move |store| {
                        store.undo_check_in_id(id, &desk)?;
                        Ok(store.attendee(id)?.map(Box::new))
                    })
                    .await
            },
            Message::Undone,
        )
    }

    fn reprint(
        &mut self,
        database: &Database,
        settings: &crate::settings::Settings,
    ) -> Task<Message> {
        let Some(editing) = &self.editing else {
            return Task::none();
        };
        self.notice = Some(self.texts.tr_with(
            "dashboard-printing",
            &[("name", editing.person.display_name.as_str().into())],
        ));
        Task::perform(
            crate::ui::print::print(database.clone(), editing.person.id, settings.clone()),
            Message::Reprinted,
        )
    }
}
