//! The Badges screen for organizers: a live preview of a real badge, the layout, which
//! badges, and "Save PDF…" or "Print" for the batch, rendered off the window's thread with a
//! progress bar.

mod job;
mod view;

use std::path::PathBuf;

use iced::Task;
use iced::widget::image;

use crate::badge::{self, Layout};
use crate::language::Texts;
use crate::printer::BadgeStyle;
use crate::settings::Settings;
use crate::store::Attendee;
use crate::ui::Error;
use crate::ui::db::Database;
use crate::ui::worker;
use job::Progress;

/// The dpi of the on-screen preview: sharp at the size it is shown.
const PREVIEW_DPI: f32 = 110.0;

/// Which badges an organizer prints: the core's rule, the one `frontdesk badges` follows.
pub use crate::badge::Selection;

/// A layout as the drop-down shows it, in the organizer's language.
#[derive(Debug, Clone, Copy)]
pub struct LayoutChoice(pub Layout, pub &'static Texts);

impl PartialEq for LayoutChoice {
    fn eq(&self, other: &LayoutChoice) -> bool {
        self.0 == other.0
    }
}

impl std::fmt::Display for LayoutChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.1.tr(match self.0 {
            Layout::A4x8 => "layout-a4-8",
            Layout::Letter6 => "layout-letter-6",
            Layout::Label62x100 => "layout-label-62x100",
            Layout::Label4x3 => "layout-label-4x3",
        }))
    }
}

/// Which badges, as the drop-down shows it.
#[derive(Debug, Clone)]
pub struct SelectionChoice(pub Selection, pub &'static Texts);

impl PartialEq for SelectionChoice {
    fn eq(&self, other: &SelectionChoice) -> bool {
        self.0 == other.0
    }
}

impl std::fmt::Display for SelectionChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = match &self.0 {
            Selection::Everyone => self.1.tr("badges-everyone"),
            Selection::NotPrintedYet => self.1.tr("badges-not-printed-yet"),
            Selection::TicketType(t) => self
                .1
                .tr_with("badges-ticket-type", &[("type", t.trim().into())]),
            Selection::Person(id) => self.1.tr_with("badges-person", &[("id", (*id).into())]),
        };
        f.write_str(&words)
    }
}

/// What became of a batch of badges.
#[derive(Debug, Clone)]
pub struct Delivered {
    count: usize,
    pages: usize,
    to: Delivery,
    missing_glyphs: Vec<String>,
}

#[derive(Debug, Clone)]
enum Delivery {
    Saved(PathBuf),
    Sent(crate::printer::Sent),
}

impl Delivered {
    fn say(&self, t: &Texts) -> String {
        let place = match &self.to {
            Delivery::Saved(path) => t.tr_with(
                "badges-saved-to",
                &[("file", path.display().to_string().into())],
            ),
            Delivery::Sent(crate::printer::Sent::Printer(Some(printer))) => {
                t.tr_with("badges-sent-to", &[("printer", printer.as_str().into())])
            }
            Delivery::Sent(crate::printer::Sent::Printer(None)) => t.tr("badges-sent-default"),
            Delivery::Sent(crate::printer::Sent::Viewer(path)) => t.tr_with(
                "badges-opened-viewer",
                &[("file", path.display().to_string().into())],
            ),
        };
        let mut said = t.tr_with(
            "badges-made",
            &[
                ("count", self.count.into()),
                ("pages", self.pages.into()),
                ("where", place.into()),
            ],
        );
        if !self.missing_glyphs.is_empty() {
            said.push(' ');
            said.push_str(&t.tr_with(
                "badges-missing-glyphs",
                &[("glyphs", self.missing_glyphs.join("; ").into())],
            ));
        }
        said
    }
}

/// What happens to the PDF once it is rendered.
#[derive(Debug, Clone)]
enum Destination {
    File(PathBuf),
    Printer,
}

#[derive(Debug, Clone)]
struct Running {
    destination: Destination,
    done: usize,
    total: usize,
}

pub struct Badges {
    database: Database,
    style: Option<BadgeStyle>,
    settings: Settings,
    everyone: Vec<Attendee>,
    ticket_types: Vec<String>,
    layout: Layout,
    which: Selection,
    preview: Option<image::Handle>,
    running: Option<Running>,
    outcome: Option<String>,
    /// The words of this desk's language.
    texts: &'static Texts,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<(Vec<Attendee>, BadgeStyle, Settings), Error>),
    LayoutChosen(LayoutChoice),
    WhichChosen(Selection),
    Previewed(Result<Vec<u8>, Error>),
    SavePressed,
    SaveTo(Option<PathBuf>),
    PrintPressed,
    Progress(Progress),
    Finished(Result<Delivered, Error>),
    Back,
}

/// What the screen tells the organizer screens: the shared shape.
pub type Action = crate::ui::screen::Action<Message>;

impl Badges {
    pub fn new(database: Database, texts: &'static Texts) -> (Badges, Task<Message>) {
        let load = {
            let database = database.clone();
            async move {
                database
                    .run(|store| {
                        Ok((
                            store.attendees()?,
                            BadgeStyle::load(store)?,
                            Settings::load(store)?,
                        ))
                    })
                    .await
            }
        };
        let screen = Badges {
            database,
            style: None,
            settings: Settings::default(),
            everyone: Vec::new(),
            ticket_types: Vec::new(),
            layout: Layout::A4x8,
            which: Selection::Everyone,
            preview: None,
            running: None,
            outcome: None,
            texts,
        };
        (screen, Task::perform(load, Message::Loaded))
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Loaded(Ok((everyone, style, settings))) => {
                self.ticket_types = badge::ticket_types(&everyone);
                self.everyone = everyone;
                self.style = Some(style);
                self.settings = settings;
                return self.refresh_preview();
            }
            Message::Loaded(Err(error)) => {
                self.outcome = Some(self.texts.tr_with(
                    "badges-cannot-read",
                    &[("error", error.say(self.texts).into())],
                ))
            }
            Message::LayoutChosen(choice) => {
                self.layout = choice.0;
                return self.refresh_preview();
            }
            Message::WhichChosen(which) => {
                self.which = which;
                return self.refresh_preview();
            }
            Message::Previewed(Ok(png)) => self.preview = Some(image::Handle::from_bytes(png)),
            Message::Previewed(Err(problem)) => {
                self.preview = None;
                self.outcome = Some(self.texts.tr_with(
                    "badges-cannot-preview",
                    &[("error", problem.say(self.texts).into())],
                ));
            }
            Message::SavePressed => return Action::Run(self.ask_where_to_save()),
            Message::SaveTo(Some(path)) => return self.start(Destination::File(path)),
            Message::SaveTo(None) => {}
            Message::PrintPressed => return self.start(Destination::Printer),
            Message::Progress(progress) => return self.progress(progress),
            Message::Finished(result) => {
                self.running = None;
                self.outcome = Some(match result {
                    Ok(delivered) => delivered.say(self.texts),
                    Err(problem) => problem.sentence(self.texts),
                });
                // Printed dates changed: "not printed yet" must see them.
                let (_, reload) = Badges::new(self.database.clone(), self.texts);
                return Action::Run(reload);
            }
            Message::Back => return Action::Back,
        }
        Action::None
    }

    pub fn has_preview(&self) -> bool {
        self.preview.is_some()
    }

    fn selected(&self) -> Vec<Attendee> {
        badge::select(&self.everyone, std::slice::from_ref(&self.which))
    }

    fn refresh_preview(&mut self) -> Action {
        let (Some(style), Some(first)) = (self.style.clone(), self.selected().into_iter().next())
        else {
            self.preview = None;
            return Action::None;
        };
        let layout = self.layout;
        let render = move || {
            badge::prepare(&[first], &style.event_name, &style.colours).and_then(|(badges, _)| {
                match badges.first() {
                    Some(one) => badge::png(one, layout, PREVIEW_DPI),
                    None => Ok(Vec::new()),
                }
            })
        };
        Action::Run(worker::perform(render, Message::Previewed))
    }

    fn ask_where_to_save(&self) -> Task<Message> {
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(self.texts.tr("badges-dialog-title"))
            .set_file_name(format!("badges-{}.pdf", self.layout.name()))
            .add_filter("PDF", &["pdf"]);
        Task::perform(
            async move { dialog.save_file().await.map(|f| f.path().to_path_buf()) },
            Message::SaveTo,
        )
    }

    fn start(&mut self, destination: Destination) -> Action {
        let people = self.selected();
        let Some(style) = self.style.clone() else {
            return Action::None;
        };
        if people.is_empty() || self.running.is_some() {
            return Action::None;
        }
        self.outcome = None;
        self.running = Some(Running {
            destination,
            done: 0,
            total: people.len(),
        });
        Action::Run(Task::run(
            job::render(style, people, self.layout),
            Message::Progress,
        ))
    }

    fn progress(&mut self, progress: Progress) -> Action {
        let Some(running) = &mut self.running else {
            return Action::None;
        };
        match progress {
            Progress::Prepared { done, total } => {
                running.done = done;
                running.total = total;
                Action::None
            }
            Progress::Finished(Err(problem)) => {
                self.running = None;
                self.outcome = Some(self.texts.tr_with(
                    "badges-not-made",
                    &[("error", problem.say(self.texts).into())],
                ));
                Action::None
            }
            Progress::Finished(Ok(rendered)) => {
                let destination = running.destination.clone();
                let printer = self.settings.printer.clone();
                Action::Run(Task::perform(
                    deliver(self.database.clone(), rendered, destination, printer),
                    Message::Finished,
                ))
            }
        }
    }
}

/// Writes or prints the PDF, then records the badges as printed.
async fn deliver(
    database: Database,
    rendered: job::Rendered,
    destination: Destination,
    printer: Option<String>,
) -> Result<Delivered, Error> {
    let pdf = rendered.pdf;
    let to = worker::attempt(move || match destination {
        Destination::File(path) => crate::file::write_atomic(&path, &pdf)
            .map(|()| Delivery::Saved(path))
            .map_err(Error::from),
        Destination::Printer => crate::printer::print(&pdf, "badges", printer.as_deref())
            .map(Delivery::Sent)
            .map_err(Error::from),
    })
    .await?;
    let ids = rendered.ids;
    let count = ids.len();
    database.run(move |store| store.mark_printed(&ids)).await?;
    Ok(Delivered {
        count,
        pages: rendered.pages,
        to,
        missing_glyphs: rendered.missing_glyphs,
    })
}
