//! The hub section of the console's Settings: test a hub's address, join it with a new,
//! empty database, start one with this event, or leave the hub this desk checks in through
//! (optionally erasing this computer's copy). How the desks are doing is the Desks & sync
//! tab's.

use iced::widget::{button, checkbox, column, row, text, text_input};
use iced::{Element, Task};

use crate::hub::{HubDesk, HubUrl};
use crate::ui::Error;
use crate::ui::db::Database;
use crate::ui::screen::Action;
use crate::ui::theme;

#[derive(Debug, Clone, Default)]
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
            Message::Loaded(Err(error)) => self.notice = Some(error.to_string()),
            Message::AddressChanged(address) => self.address = address,
            Message::PasswordChanged(password) => self.password = password,
            Message::EraseOnLeave(on) => self.erase_on_leave = on,
            Message::Test => return self.run(test(self.url())),
            Message::Join => {
                let work = join(database.clone(), self.url(), desk.to_string());
                return self.run(work);
            }
            Message::Start => return self.run(start(database.clone(), self.url())),
            Message::Leave => {
                let work = leave(database.clone(), desk.to_string(), self.erase_on_leave);
                return self.run(work);
            }
            Message::Done(result) => {
                self.busy = false;
                self.notice = Some(match result {
                    Ok(said) => said,
                    Err(error) => error.to_string(),
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
        self.notice = Some("Asking the hub…".to_string());
        Action::Run(Task::perform(work, Message::Done))
    }

    pub fn view(&self) -> Element<'_, Message> {
        let body = match &self.joined {
            None => text("Reading…").size(theme::SMALL).into(),
            Some(None) => self.alone(),
            Some(Some(hub)) => self.joined(hub),
        };
        let mut section =
            column![text("Several computers: the hub").size(theme::BODY), body].spacing(10);
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
        let password = text_input("the hub's password", &self.password)
            .secure(true)
            .on_input(Message::PasswordChanged)
            .on_submit(Message::Test)
            .size(theme::SMALL)
            .padding(10);
        let action = |label: &'static str, message: Message| {
            button(text(label).size(theme::SMALL))
                .padding([10, 16])
                .on_press_maybe((!self.busy && !self.address.trim().is_empty()).then_some(message))
        };
        column![
            text(
                "This desk stands alone: its check-ins are in this computer's database only. \
                 With several computers, give them one hub (see the README)."
            )
            .size(theme::SMALL)
            .color(theme::MUTED),
            field,
            password,
            row![
                action("Test", Message::Test),
                action("Join (new, empty database)", Message::Join),
                action("Start the hub with this event", Message::Start),
            ]
            .spacing(12),
        ]
        .spacing(10)
        .into()
    }

    fn joined<'a>(&'a self, hub: &'a str) -> Element<'a, Message> {
        column![
            text(format!(
                "This desk checks in through the hub at {hub}; Desks & sync shows how the \
                 desks are doing."
            ))
            .size(theme::SMALL)
            .color(theme::MUTED),
            row![
                checkbox(self.erase_on_leave)
                    .label("Also erase this computer's copy of the attendee data")
                    .on_toggle(Message::EraseOnLeave)
                    .text_size(theme::SMALL),
                button(text("Leave the hub").size(theme::SMALL))
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

async fn test(address: String) -> Result<String, Error> {
    crate::ui::worker::attempt(move || {
        let mut hub = HubDesk::new(HubUrl::parse(&address)?);
        let shown = hub.url().shown.clone();
        Ok::<_, crate::hub::HubError>(match hub.probe()? {
            Some(name) if name.trim().is_empty() => {
                format!("The hub at {shown} answers; it holds an event with no name yet.")
            }
            Some(name) => format!("The hub at {shown} answers; it holds \"{name}\"."),
            None => format!("The hub at {shown} answers; it holds no event yet."),
        })
    })
    .await
}

async fn join(database: Database, address: String, desk: String) -> Result<String, Error> {
    let handle = database.clone();
    database
        .at_desk(move |store, _| {
            let mut hub = HubDesk::new(HubUrl::parse(&address)?);
            hub.join(store, &desk)?;
            let said = format!("Joined the hub at {}.", hub.url().shown);
            Ok::<_, crate::hub::HubError>((said, hub))
        })
        .await
        .map(|(said, hub)| {
            handle.set_hub(Some(hub));
            said
        })
}

async fn start(database: Database, address: String) -> Result<String, Error> {
    let handle = database.clone();
    database
        .at_desk(move |store, _| {
            let mut hub = HubDesk::new(HubUrl::parse(&address)?);
            let people = hub.init(store, false)?;
            let said = format!(
                "The hub at {} now holds this event ({people} people); this is its first desk.",
                hub.url().shown
            );
            Ok::<_, crate::hub::HubError>((said, hub))
        })
        .await
        .map(|(said, hub)| {
            handle.set_hub(Some(hub));
            said
        })
}

async fn leave(database: Database, desk: String, erase: bool) -> Result<String, Error> {
    let handle = database.clone();
    let said = database
        .at_desk(move |store, hub| {
            let left = crate::hub::leave(store, hub, &desk, erase)?;
            let mut said = match left.erased {
                Some(report) => format!(
                    "This desk left the hub at {} and erased its copy ({} people).",
                    left.hub, report.attendees
                ),
                None => format!(
                    "This desk left the hub at {}; its copy of the attendee data stays until \
                     it is erased.",
                    left.hub
                ),
            };
            if !left.hub_told {
                said.push_str(
                    " The hub was not reachable: its desk list still shows this desk as it \
                     last reported.",
                );
            }
            Ok::<_, crate::hub::HubError>(said)
        })
        .await?;
    handle.set_hub(None);
    Ok(said)
}
