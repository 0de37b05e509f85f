//! The agenda editor for organizers: late changes on the day. Move a session by minutes, make it
//! longer or shorter, rename it, delete it, add one. Every change is one transaction; the lobby
//! (in this window's second screen or on another computer) follows within two seconds.

mod add;
mod view;

use chrono::NaiveDate;
use iced::Task;

use crate::agenda::{Agenda, NewSession};
use crate::language::Texts;
use crate::store::SessionEdit;
use crate::ui::Error;
use crate::ui::db::Database;
pub use add::{AddForm, Field};

pub struct AgendaEditor {
    database: Database,
    agenda: Option<Agenda>,
    selected: Option<i64>,
    title_draft: String,
    /// A delete waits for a second press.
    confirm_delete: bool,
    add: AddForm,
    /// The last change's outcome, or why it was refused, in one sentence.
    notice: Option<String>,
    busy: bool,
    /// The change on its way is an added session: the form clears once it is stored.
    add_pending: bool,
    /// The words of this desk's language.
    texts: &'static Texts,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<Agenda, Error>),
    Select(i64),
    Shift(i64),
    Lengthen(i64),
    TitleChanged(String),
    Rename,
    Delete,
    Add(Field, String),
    AddKind(crate::agenda::SessionKind),
    AddPressed,
    Saved(Result<Agenda, Error>, String),
    Reloaded(Result<Agenda, Error>),
    Back,
}

/// What the screen tells the organizer screens: the shared shape.
pub type Action = crate::ui::screen::Action<Message>;

impl AgendaEditor {
    pub fn new(database: Database, texts: &'static Texts) -> (AgendaEditor, Task<Message>) {
        let load = {
            let database = database.clone();
            Task::perform(
                async move { database.run(|store| store.agenda()).await },
                Message::Loaded,
            )
        };
        let editor = AgendaEditor {
            database,
            agenda: None,
            selected: None,
            title_draft: String::new(),
            confirm_delete: false,
            add: AddForm::default(),
            notice: None,
            busy: false,
            add_pending: false,
            texts,
        };
        (editor, load)
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Loaded(Ok(agenda)) => {
                let first = agenda.sessions.first().map(|s| s.id);
                self.agenda = Some(agenda);
                if let Some(id) = first {
                    self.select(id);
                }
            }
            Message::Loaded(Err(error)) => self.notice = Some(error.sentence(self.texts)),
            Message::Select(id) => self.select(id),
            Message::Shift(minutes) => return self.edit(SessionEdit::Shift { minutes }),
            Message::Lengthen(minutes) => return self.edit(SessionEdit::Lengthen { minutes }),
            Message::TitleChanged(title) => self.title_draft = title,
            Message::Rename => {
                let title = self.title_draft.trim().to_string();
                if title.is_empty() {
                    self.notice = Some(self.texts.tr("agenda-needs-title"));
                    return Action::None;
                }
                return self.edit(SessionEdit::Retitle(title));
            }
            Message::Delete if self.confirm_delete => return self.edit(SessionEdit::Delete),
            Message::Delete => self.confirm_delete = true,
            Message::Add(field, value) => self.add.set(field, value),
            Message::AddKind(kind) => self.add.kind = kind,
            Message::AddPressed => return self.add_session(),
            Message::Saved(result, done) => return self.saved(result, done),
            Message::Reloaded(Ok(agenda)) => self.reloaded(agenda),
            Message::Reloaded(Err(error)) => self.notice = Some(error.sentence(self.texts)),
            Message::Back => return Action::Back,
        }
        Action::None
    }

    /// Keeps the notice (why the change failed) and the selection when it still exists.
    fn reloaded(&mut self, agenda: Agenda) {
        let keep = self.selected.filter(|id| agenda.session(*id).is_some());
        let fallback = agenda.sessions.first().map(|s| s.id);
        self.agenda = Some(agenda);
        match keep.or(fallback) {
            Some(id) => self.select(id),
            None => self.selected = None,
        }
    }

    fn select(&mut self, id: i64) {
        let Some(session) = self.agenda.as_ref().and_then(|a| a.session(id)) else {
            self.selected = None;
            return;
        };
        self.title_draft = session.title.clone();
        self.add.suggest_from(session, self.zone());
        self.selected = Some(id);
        self.confirm_delete = false;
    }

    fn day_change(&self) -> chrono::NaiveTime {
        self.agenda
            .as_ref()
            .map_or_else(crate::day::default_day_change, |agenda| {
                agenda.day_changes_at
            })
    }

    fn zone(&self) -> chrono_tz::Tz {
        self.agenda
            .as_ref()
            .map_or(chrono_tz::UTC, |agenda| agenda.time_zone)
    }

    fn edit(&mut self, edit: SessionEdit) -> Action {
        let Some(id) = self.selected else {
            return Action::None;
        };
        let t = self.texts;
        let done = match &edit {
            SessionEdit::Shift { minutes } => t.tr_with(
                "agenda-moved",
                &[("minutes", format!("{minutes:+}").into())],
            ),
            SessionEdit::Lengthen { minutes } => t.tr_with(
                "agenda-lengthened",
                &[("minutes", format!("{minutes:+}").into())],
            ),
            SessionEdit::Retitle(_) => t.tr("agenda-renamed"),
            SessionEdit::Delete => t.tr("agenda-deleted"),
        };
        self.save(done, move |store| store.edit_session(id, &edit))
    }

    fn add_session(&mut self) -> Action {
        let default_day = self
            .agenda
            .as_ref()
            .and_then(|a| a.sessions.first())
            .map(|s| s.day)
            .unwrap_or_else(|| NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default());
        let session: NewSession =
            match self
                .add
                .session(self.zone(), self.day_change(), default_day)
            {
                Ok(session) => session,
                Err(refused) => {
                    self.notice = Some(refused.say(self.texts));
                    return Action::None;
                }
            };
        let done = self
            .texts
            .tr_with("agenda-added", &[("title", session.title.as_str().into())]);
        self.add_pending = true;
        self.save(done, move |store| store.add_session(&session).map(|_| ()))
    }

    fn save(
        &mut self,
        done: String,
        change: impl FnOnce(&mut crate::store::Store) -> Result<(), crate::store::StoreError>
        + Send
        + 'static,
    ) -> Action {
        if self.busy {
            return Action::None;
        }
        self.busy = true;
        let database = self.database.clone();
        Action::Run(Task::perform(
            async move {
                database
                    .change(move |store| {
                        change(store)?;
                        store.agenda()
                    })
                    .await
            },
            move |result| Message::Saved(result, done.clone()),
        ))
    }

    fn saved(&mut self, result: Result<Agenda, Error>, done: String) -> Action {
        self.busy = false;
        self.confirm_delete = false;
        let added = std::mem::take(&mut self.add_pending);
        match result {
            Ok(agenda) => {
                if added {
                    // A second press of Add must not store the same session twice.
                    self.add = AddForm::default();
                }
                let keep = self.selected.filter(|id| agenda.session(*id).is_some());
                let fallback = agenda.sessions.first().map(|s| s.id);
                self.agenda = Some(agenda);
                self.notice = Some(done);
                if let Some(id) = keep.or(fallback) {
                    self.select(id);
                } else {
                    self.selected = None;
                }
            }
            Err(error) => {
                self.notice = Some(error.sentence(self.texts));
                // Another desk may have changed the agenda (a deleted session): show it as it is.
                return Action::Run(self.reload());
            }
        }
        Action::None
    }

    fn reload(&self) -> Task<Message> {
        let database = self.database.clone();
        Task::perform(
            async move { database.run(|store| store.agenda()).await },
            Message::Reloaded,
        )
    }
}
