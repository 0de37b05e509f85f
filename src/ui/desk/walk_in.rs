//! The walk-in form: a person who is not on the list is added, checked in and given a badge
//! code, with the keyboard alone (Tab between fields, Enter to save, Esc to cancel).

use iced::widget::{button, column, row, text, text_input};
use iced::{Element, Length};

use crate::language::Texts;
use crate::store::NewAttendee;
use crate::ui::theme::{self, Sizes};

pub const FIRST_FIELD: &str = "walk-in-first-name";
pub const LAST_FIELD: &str = "walk-in-last-name";
pub const EMAIL_FIELD: &str = "walk-in-email";
pub const COMPANY_FIELD: &str = "walk-in-company";
pub const TICKET_FIELD: &str = "walk-in-ticket-type";

#[derive(Debug, Clone)]
pub struct Form {
    first_name: String,
    last_name: String,
    email: String,
    company: String,
    ticket_type: String,
    problem: Option<String>,
    saving: bool,
    texts: &'static Texts,
}

#[derive(Debug, Clone)]
pub enum Message {
    FirstName(String),
    LastName(String),
    Email(String),
    Company(String),
    TicketType(String),
    Save,
    Cancel,
}

/// Why the form is not saved yet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("Type at least a first or a last name.")]
    NoName,
    #[error("\"{0}\" is not an email address; fix it or leave it empty.")]
    NotAnEmail(String),
}

impl Refused {
    /// The refusal in the desk's language.
    fn say(&self, texts: &Texts) -> String {
        match self {
            Refused::NoName => texts.tr("walk-in-no-name"),
            Refused::NotAnEmail(typed) => {
                texts.tr_with("walk-in-not-an-email", &[("text", typed.as_str().into())])
            }
        }
    }
}

pub enum Action {
    None,
    Save(Box<NewAttendee>),
    Cancel,
}

impl Form {
    pub fn new(default_ticket_type: &str, texts: &'static Texts) -> Form {
        Form {
            first_name: String::new(),
            last_name: String::new(),
            email: String::new(),
            company: String::new(),
            ticket_type: default_ticket_type.to_string(),
            problem: None,
            saving: false,
            texts,
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::FirstName(v) => self.first_name = v,
            Message::LastName(v) => self.last_name = v,
            Message::Email(v) => self.email = v,
            Message::Company(v) => self.company = v,
            Message::TicketType(v) => self.ticket_type = v,
            Message::Cancel => return Action::Cancel,
            Message::Save if self.saving => {}
            Message::Save => match self.person() {
                Ok(person) => {
                    self.saving = true;
                    self.problem = None;
                    return Action::Save(Box::new(person));
                }
                Err(refused) => self.problem = Some(refused.say(self.texts)),
            },
        }
        Action::None
    }

    /// Saving failed: the form stays, with the reason.
    pub fn failed(&mut self, reason: String) {
        self.saving = false;
        self.problem = Some(reason);
    }

    fn person(&self) -> Result<NewAttendee, Refused> {
        let first_name = self.first_name.trim().to_string();
        let last_name = self.last_name.trim().to_string();
        if first_name.is_empty() && last_name.is_empty() {
            return Err(Refused::NoName);
        }
        let email = self.email.trim().to_string();
        // The import's rule, so a walk-in's address is recognised as an imported one would be.
        if !email.is_empty() && !crate::import::looks_like_email(&email) {
            return Err(Refused::NotAnEmail(email));
        }
        let display_name = format!("{first_name} {last_name}").trim().to_string();
        Ok(NewAttendee {
            first_name,
            last_name,
            display_name,
            email,
            company: self.company.trim().to_string(),
            job_title: String::new(),
            ticket_type: self.ticket_type.trim().to_string(),
            not_admitted_reason: None,
            external_codes: Vec::new(),
        })
    }

    pub fn view(&self, s: Sizes) -> Element<'_, Message> {
        let t = self.texts;
        let field =
            |label: String, id: &'static str, value: &str, on_input: fn(String) -> Message| {
                column![
                    text(label.clone()).size(s.small()),
                    text_input(&label, value)
                        .id(id)
                        .on_input(on_input)
                        .on_submit(Message::Save)
                        .size(s.body())
                        .padding(s.px(12.0)),
                ]
                .spacing(6)
            };
        let mut form = column![
            text(t.tr("walk-in-title")).size(s.title()),
            row![
                field(
                    t.tr("walk-in-first-name"),
                    FIRST_FIELD,
                    &self.first_name,
                    Message::FirstName
                ),
                field(
                    t.tr("walk-in-last-name"),
                    LAST_FIELD,
                    &self.last_name,
                    Message::LastName
                ),
            ]
            .spacing(s.spacing()),
            row![
                field(
                    t.tr("walk-in-email"),
                    EMAIL_FIELD,
                    &self.email,
                    Message::Email
                ),
                field(
                    t.tr("walk-in-company"),
                    COMPANY_FIELD,
                    &self.company,
                    Message::Company
                ),
            ]
            .spacing(s.spacing()),
            field(
                t.tr("walk-in-ticket-type"),
                TICKET_FIELD,
                &self.ticket_type,
                Message::TicketType
            ),
        ]
        .spacing(s.spacing())
        .width(Length::Fill);
        if let Some(problem) = &self.problem {
            form = form.push(
                text(problem)
                    .size(s.body())
                    .color(theme::Tone::Caution.background()),
            );
        }
        let save_label = if self.saving {
            t.tr("walk-in-saving")
        } else {
            t.tr("walk-in-save")
        };
        form.push(
            row![
                button(text(save_label).size(s.body()))
                    .padding(14)
                    .on_press_maybe((!self.saving).then_some(Message::Save)),
                button(text(t.tr("walk-in-cancel")).size(s.body()))
                    .padding(14)
                    .style(theme::quiet_button)
                    .on_press(Message::Cancel),
            ]
            .spacing(s.spacing()),
        )
        .into()
    }
}
