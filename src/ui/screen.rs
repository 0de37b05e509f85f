//! The one contract between a screen and its parent: every organizer screen (badges, the
//! agenda editor, the console) and every console tab answers an update with an [`Action`],
//! so each parent maps its children's answers in one place.

use chrono_tz::Tz;
use iced::Task;

use super::organizer::Target;
use crate::settings::Settings;

/// What a screen tells its parent after an update.
pub enum Action<M> {
    None,
    /// Work to run; its messages come back to the screen.
    Run(Task<M>),
    /// Back to the desk (the organizer screens lock again).
    Back,
    /// People were imported, corrected or erased in this window: the desk re-reads, since its
    /// own connection does not see this window's writes as changes.
    PeopleChanged(Task<M>),
    /// Another organizer screen, while still unlocked.
    Open(Target),
    /// The Settings tab saved: the desk and the console take the new values.
    SettingsSaved(Saved),
}

/// The event's name, this desk's name and camera, and the shared settings as the organizer
/// saved them.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub event_name: String,
    pub desk_name: String,
    pub settings: Settings,
    pub zone: Tz,
    /// This computer's camera (kept on the computer, not in the event's database).
    pub camera: crate::camera::CameraSetting,
    /// The language this desk's staff read (kept on the computer too).
    pub language: crate::language::Language,
}

impl<M: Send + 'static> Action<M> {
    /// The same action for the parent, its messages wrapped by `wrap`.
    pub fn map<N: Send + 'static>(self, wrap: impl Fn(M) -> N + Send + 'static) -> Action<N> {
        match self {
            Action::None => Action::None,
            Action::Run(task) => Action::Run(task.map(wrap)),
            Action::Back => Action::Back,
            Action::PeopleChanged(task) => Action::PeopleChanged(task.map(wrap)),
            Action::Open(target) => Action::Open(target),
            Action::SettingsSaved(saved) => Action::SettingsSaved(saved),
        }
    }
}
