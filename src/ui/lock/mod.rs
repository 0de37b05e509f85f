//! The organizer PIN gate in front of the console, badges, the agenda editor and other
//! organizer-only actions. The first time, it asks the organizer to choose a PIN (typed twice);
//! after that it asks for it. Wrong PINs are slowed down by the core, which remembers failed
//! tries in the database, so a restart does not reset the wait.

use iced::widget::{button, column, container, operation, row, text, text_input};
use iced::{Element, Length, Task};

use crate::language::Texts;
use crate::pin::{self, PinCheck};
use crate::ui::db::Database;
use crate::ui::theme;
use crate::ui::{Clock, Error};

/// Wide enough for the hint "The same PIN again" at the title's size.
const PIN_FIELD_WIDTH: f32 = 480.0;

pub const PIN_INPUT: &str = "organizer-pin";
const REPEAT_INPUT: &str = "organizer-pin-repeat";

pub struct Lock {
    database: Database,
    /// Wrong PINs slow the next try down by this clock.
    clock: Clock,
    mode: Mode,
    pin: String,
    repeat: String,
    notice: Option<String>,
    busy: bool,
    /// The button that gives up; `None` when there is nothing to go back to.
    cancel_label: Option<String>,
    /// A line above the prompt saying why the PIN is asked for here.
    intro: Option<String>,
    /// The words of whoever reads the lock: the console's, or the kiosk's visitors'.
    texts: &'static Texts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Loading,
    /// No PIN yet: the organizer chooses one.
    Choose,
    Enter,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<bool, Error>),
    PinChanged(String),
    RepeatChanged(String),
    Submit,
    Checked(Result<PinCheck, Error>),
    Chosen(Result<(), Error>),
    /// Tab (forward) or Shift+Tab between the two fields of a new PIN.
    MoveFocus {
        forward: bool,
    },
    Cancel,
}

pub enum Action {
    None,
    Run(Task<Message>),
    Unlocked,
    Cancelled,
}

impl Lock {
    pub fn new(database: Database, clock: Clock, texts: &'static Texts) -> (Lock, Task<Message>) {
        let load = {
            let database = database.clone();
            Task::perform(
                async move { database.run(|store| pin::is_set(store)).await },
                Message::Loaded,
            )
        };
        let lock = Lock {
            database,
            clock,
            mode: Mode::Loading,
            pin: String::new(),
            repeat: String::new(),
            notice: None,
            busy: false,
            cancel_label: Some(texts.tr("lock-back-to-desk")),
            intro: None,
            texts,
        };
        (lock, Task::batch([load, operation::focus(PIN_INPUT)]))
    }

    /// Names the button that gives up (`None`: no such button).
    pub fn with_cancel(mut self, label: Option<String>) -> Lock {
        self.cancel_label = label;
        self
    }

    /// Says, above the prompt, why the PIN is asked for.
    pub fn with_intro(mut self, intro: String) -> Lock {
        self.intro = Some(intro);
        self
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Loaded(Ok(set)) => {
                self.mode = if set { Mode::Enter } else { Mode::Choose };
                return Action::Run(operation::focus(PIN_INPUT));
            }
            Message::Loaded(Err(error)) => self.notice = Some(error.sentence(self.texts)),
            Message::PinChanged(pin) => self.pin = only_digits(pin),
            Message::RepeatChanged(pin) => self.repeat = only_digits(pin),
            Message::Submit if self.busy => {}
            Message::Submit => return self.submit(),
            Message::Checked(result) => return self.checked(result),
            Message::Chosen(Ok(())) => return Action::Unlocked,
            Message::Chosen(Err(problem)) => {
                self.busy = false;
                self.notice = Some(problem.sentence(self.texts));
            }
            Message::MoveFocus { forward: true } => return Action::Run(operation::focus_next()),
            Message::MoveFocus { forward: false } => {
                return Action::Run(operation::focus_previous());
            }
            Message::Cancel => return Action::Cancelled,
        }
        Action::None
    }

    fn submit(&mut self) -> Action {
        match self.mode {
            Mode::Loading => Action::None,
            Mode::Enter => {
                self.busy = true;
                let (database, pin) = (self.database.clone(), std::mem::take(&mut self.pin));
                let now = self.clock.now();
                Action::Run(Task::perform(
                    async move {
                        database
                            .attempt(move |store| pin::check(store, &pin, now))
                            .await
                    },
                    Message::Checked,
                ))
            }
            // Enter after the first PIN goes on to the second, as Tab does.
            Mode::Choose if self.repeat.is_empty() && !self.pin.is_empty() => {
                Action::Run(operation::focus(REPEAT_INPUT))
            }
            Mode::Choose if self.pin != self.repeat => {
                self.notice = Some(self.texts.tr("lock-pins-differ"));
                self.repeat.clear();
                Action::None
            }
            Mode::Choose => {
                self.busy = true;
                let (database, pin) = (self.database.clone(), self.pin.clone());
                Action::Run(Task::perform(
                    async move { database.change(move |store| pin::set(store, &pin)).await },
                    Message::Chosen,
                ))
            }
        }
    }

    fn checked(&mut self, result: Result<PinCheck, Error>) -> Action {
        self.busy = false;
        self.notice = Some(match result {
            Ok(PinCheck::Accepted) => return Action::Unlocked,
            Ok(PinCheck::Wrong { wait: None }) => self.texts.tr("lock-wrong"),
            Ok(PinCheck::Wrong { wait: Some(wait) }) => self
                .texts
                .tr_with("lock-wrong-wait", &[("wait", self.wait_words(wait).into())]),
            Ok(PinCheck::TooSoon { wait }) => self
                .texts
                .tr_with("lock-too-many", &[("wait", self.wait_words(wait).into())]),
            Err(problem) => problem.sentence(self.texts),
        });
        Action::Run(operation::focus(PIN_INPUT))
    }

    /// The first PIN is chosen, not typed to open a lock that is not there yet.
    fn submit_label(&self) -> String {
        match self.mode {
            Mode::Choose => self.texts.tr("lock-save-and-open"),
            Mode::Loading | Mode::Enter => self.texts.tr("lock-unlock"),
        }
    }

    /// "1 second", "40 seconds", "3 minutes".
    fn wait_words(&self, wait: std::time::Duration) -> String {
        match wait.as_secs().max(1) {
            s if s < 120 => self.texts.tr_with("lock-seconds", &[("count", s.into())]),
            s => self
                .texts
                .tr_with("lock-minutes", &[("count", s.div_ceil(60).into())]),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let t = self.texts;
        let (title, hint) = match self.mode {
            Mode::Loading => (t.tr("lock-organizers-only"), String::new()),
            Mode::Choose => (t.tr("lock-choose"), t.tr("lock-choose-hint")),
            Mode::Enter => (t.tr("lock-organizers-only"), t.tr("lock-enter-hint")),
        };
        let pin_field = text_input(&t.tr("lock-pin"), &self.pin)
            .id(PIN_INPUT)
            .secure(true)
            .on_input(Message::PinChanged)
            .on_submit(Message::Submit)
            .size(theme::TITLE)
            .padding(12)
            .width(Length::Fixed(PIN_FIELD_WIDTH));
        let mut form = column![
            self.intro
                .as_ref()
                .map(|intro| text(intro).size(theme::BODY).color(theme::ACCENT)),
            text(title).size(theme::TITLE),
            text(hint).size(theme::SMALL).color(theme::MUTED),
            pin_field,
        ]
        .spacing(16)
        .max_width(720);
        if self.mode == Mode::Choose {
            form = form.push(
                text_input(&t.tr("lock-pin-again"), &self.repeat)
                    .id(REPEAT_INPUT)
                    .secure(true)
                    .on_input(Message::RepeatChanged)
                    .on_submit(Message::Submit)
                    .size(theme::TITLE)
                    .padding(12)
                    .width(Length::Fixed(PIN_FIELD_WIDTH)),
            );
        }
        form = form
            .push(
                self.notice
                    .as_ref()
                    .map(|n| text(n.clone()).size(theme::BODY).color(theme::ACCENT)),
            )
            .push(
                row![
                    button(text(self.submit_label()).size(theme::SMALL))
                        .padding([10, 18])
                        .on_press_maybe((!self.busy).then_some(Message::Submit)),
                ]
                .push(self.cancel_label.as_ref().map(|label| {
                    button(text(label).size(theme::SMALL))
                        .padding([10, 18])
                        .style(theme::quiet_button)
                        .on_press(Message::Cancel)
                }))
                .spacing(12),
            );
        container(form)
            .center(Length::Fill)
            .padding(theme::PADDING)
            .into()
    }
}

/// Tab and Shift+Tab between the two fields of a new PIN.
pub fn subscription() -> iced::Subscription<Message> {
    theme::tab_key().map(|forward| Message::MoveFocus { forward })
}

fn only_digits(text: String) -> String {
    text.chars().filter(char::is_ascii_digit).take(12).collect()
}
