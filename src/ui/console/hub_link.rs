//! The hub section of the console's Settings: test a hub's address, join it with a new,
//! empty database, start one with this event, or leave the hub this desk checks in through
//! (optionally erasing this computer's copy). How the desks are doing is the Desks & sync
//! tab's.

use iced::widget::{button, checkbox, column, row, text, text_input};
use iced::{Element, Task};

use crate::hub::{HubDesk, HubUrl};
use crate::language::Texts;
use crate::ui::Error;
use crate::ui::db::Database;
use crate::ui::screen::Action;
use crate::ui::theme;

#[derive(Debug, Clone)]
pub struct HubLinkSection {
    /// The hub this desk belongs to, as shown; `Some(None)` for a desk alone, `None` until
    /// read.
    joined: Option<Option<String>>,
    address: String,
    /// Asked for apart from the address, so that it is never shown on the screen.
    password: String,
    erase_on_leave: bool,
    busy: bool,
    notice: Option<String>,
    /// The words of this desk's language.
    texts: &'static Texts,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<Option<String>, Error>),
    AddressChanged(String),
    PasswordChanged(String),
    Test,
    Join,
    Start,
    EraseOnLeave(bool),
    Leave,
    Done(Result<String, Error>),
}

impl HubLinkSection {
    pub fn new(texts: &'static Texts) -> HubLinkSection {
        HubLinkSection {
            joined: None,
            address: String::new(),
            password: String::new(),
            erase_on_leave: false,
            busy: false,
            notice: None,
            texts,
        }
    }

    pub fn load(&self, database: &Database) -> Task<Message> {
        let database = database.clone();
        Task::perform(
            async move {
                database
                    .run(|store| Ok(store.hub_link()?.map(|link| link.hub)))
                    .await
            },
            Message::Loaded,
        )
    }

    /// `desk` is this desk's name as saved, never the form's unsaved one.
    pub fn update(&mut self, message: Message, database: &Database, desk: &str) -> Action<Message> {
        match message {
            Message::Loaded(Ok(joined)) => self.joined = Some(joined),
            Message::Loaded(Err(error)) => self.notice = Some(error.sentence(self.texts)),
            Message::AddressChanged(address) => self.address = address,
            Message::PasswordChanged(password) => self.password = password,
            Message::EraseOnLeave(on) => self.erase_on_leave = on,
            Message::Test => return self.run(test(self.url(), self.texts)),
            Message::Join => {
                let work = join(database.clone(), self.url(), desk.to_string(), self.texts);
                return self.run(work);
            }
            Message::Start => return self.run(start(database.clone(), self.url(), self.texts)),
            Message::Leave => {
                let work = leave(
                    database.clone(),
                    desk.to_string(),
                    self.erase_on_leave,
                    self.texts,
                );
                return self.run(work);
            }
            Message::Done(result) => {
                self.busy = false;
                self.notice = Some(match result {
                    Ok(said) => said,
                    Err(error) => error.sentence(self.texts),
                });
                return Action::Run(self.load(database));
            }
        }
        Action::None
    }

    /// The address with the password field's password in it.
    fn url(&self) -> String {
        HubUrl::with_password(&self.address, &self.password)
    }

    fn run(
        &mut self,
        work: impl std::future::Future<Output = Result<String, Error>> + Send + 'static,
    ) -> Action<Message> {
        if self.busy {
            return Action::None;
        }
        self.busy = true;
        self.notice = Some(self.texts.tr("hub-asking"));
        Action::Run(Task::perform(work, Message::Done))
    }

    pub fn view(&self) -> Element<'_, Message> {
        let body = match &self.joined {
            None => text(self.texts.tr("desks-reading"))
                .size(theme::SMALL)
                .into(),
            Some(None) => self.alone(),
            Some(Some(hub)) => self.joined(hub),
        };
        let mut section =
            column![text(self.texts.tr("hub-title")).size(theme::BODY), body].spacing(10);
        if let Some(notice) = &self.notice {
            section = section.push(text(notice).size(theme::SMALL).color(theme::ACCENT));
        }
        section.into()
    }

    fn alone(&self) -> Element<'_, Message> {
        let field = text_input(
            "postgresql://frontdesk@HUB:5432/frontdesk?sslmode=require",
            &self.address,
        )
        .on_input(Message::AddressChanged)
        .on_submit(Message::Test)
        .size(theme::SMALL)
        .padding(10);
        let t = self.texts;
        let password = text_input(&t.tr("hub-password"), &self.password)
            .secure(true)
            .on_input(Message::PasswordChanged)
            .on_submit(Message::Test)
            .size(theme::SMALL)
            .padding(10);
        let action = |label: &'static str, message: Message| {
            button(text(t.tr(label)).size(theme::SMALL))
                .padding([10, 16])
                .on_press_maybe((!self.busy && !self.address.trim().is_empty()).then_some(message))
        };
        column![
            text(t.tr("hub-alone"))
                .size(theme::SMALL)
                .color(theme::MUTED),
            field,
            password,
            row![
                action("hub-test", Message::Test),
                action("hub-join", Message::Join),
                action("hub-start", Message::Start),
            ]
            .spacing(12),
        ]
        .spacing(10)
        .into()
    }

    fn joined<'a>(&'a self, hub: &'a str) -> Element<'a, Message> {
        column![
            text(self.texts.tr_with("hub-joined", &[("hub", hub.into())]))
                .size(theme::SMALL)
                .color(theme::MUTED),
            row![
                checkbox(self.erase_on_leave)
                    .label(self.texts.tr("hub-erase-on-leave"))
                    .on_toggle(Message::EraseOnLeave)
                    .text_size(theme::SMALL),
                button(text(self.texts.tr("hub-leave")).size(theme::SMALL))
                    .padding([10, 16])
                    .style(theme::quiet_button)
                    .on_press_maybe((!self.busy).then_some(Message::Leave)),
            ]
            .spacing(18)
            .align_y(iced::Alignment::Center),
        ]
        .spacing(10)
        .into()
    }
}

async fn test(address: String, t: &'static Texts) -> Result<String, Error> {
    crate::ui::worker::attempt(move || {
        let mut hub = HubDesk::new(HubUrl::parse(&address)?);
        let shown = hub.url().shown.clone();
        let hub_arg = ("hub", shown.into());
        Ok::<_, crate::hub::HubError>(match hub.probe()? {
            Some(name) if name.trim().is_empty() => t.tr_with("hub-answers-unnamed", &[hub_arg]),
            Some(name) => t.tr_with("hub-answers", &[hub_arg, ("event", name.into())]),
            None => t.tr_with("hub-answers-empty", &[hub_arg]),
        })
    })
    .await
}

async fn join(
    database: Database,
    address: String,
    desk: String,
    t: &'static Texts,
) -> Result<String, Error> {
    let handle = database.clone();
    database
        .at_desk(move |store, _| {
            let mut hub = HubDesk::new(HubUrl::parse(&address)?);
            hub.join(store, &desk)?;
            let said = t.tr_with("hub-joined-now", &[("hub", hub.url().shown.clone().into())]);
            Ok::<_, crate::hub::HubError>((said, hub))
        })
        .await
        .map(|(said, hub)| {
            handle.set_hub(Some(hub));
            said
        })
}

async fn start(database: Database, address: String, t: &'static Texts) -> Result<String, Error> {
    let handle = database.clone();
    database
        .at_desk(move |store, _| {
            let mut hub = HubDesk::new(HubUrl::parse(&address)?);
            let people = hub.init(store, false)?;
            let said = t.tr_with(
                "hub-started",
                &[
                    ("hub", hub.url().shown.clone().into()),
                    ("count", people.into()),
                ],
            );
            Ok::<_, crate::hub::HubError>((said, hub))
        })
        .await
        .map(|(said, hub)| {
            handle.set_hub(Some(hub));
            said
        })
}

async fn leave(
    database: Database,
    desk: String,
    erase: bool,
    t: &'static Texts,
) -> Result<String, Error> {
    let handle = database.clone();
    let said = database
        .at_desk(move |store, hub| {
            let left = crate::hub::leave(store, hub, &desk, erase)?;
            let hub_arg = ("hub", left.hub.to_string().into());
            let mut said = match left.erased {
                Some(report) => t.tr_with(
                    "hub-left-erased",
                    &[hub_arg, ("count", report.attendees.into())],
                ),
                None => t.tr_with("hub-left", &[hub_arg]),
            };
            if !left.hub_told {
                said.push(' ');
                said.push_str(&t.tr("hub-left-untold"));
            }
            Ok::<_, crate::hub::HubError>(said)
        })
        .await?;
    handle.set_hub(None);
    Ok(said)
}
