//! The kiosk's database work, each a future for `Task::perform` on the worker: the staff
//! desk's check-in path (through the hub when the desk has one), read in the kiosk's terms.

use crate::checkin::CheckIn;
use crate::hub::HubError;
use crate::kiosk::{self, KioskAnswer, KioskLookup};
use crate::settings::Settings;
use crate::sound::Tone;
use crate::store::Who;
use crate::ui::Error;
use crate::ui::db::Database;
use crate::ui::desk::work::scan_at_desk;

/// A kiosk's answer, and whose badge to print when the event prints on arrival.
#[derive(Debug, Clone)]
pub struct KioskScan {
    pub answer: KioskAnswer,
    /// The person just checked in, when their badge is to print now.
    pub print: Option<i64>,
    pub tone: Tone,
}

pub async fn check_in(
    database: Database,
    typed: String,
    desk: String,
    settings: Settings,
) -> Result<KioskScan, Error> {
    database
        .at_desk(move |store, hub| {
            let lookup = kiosk::lookup(store, &typed, settings.kiosk_email_search)?;
            let who = match &lookup {
                KioskLookup::Code(code) => Who::Code(code),
                KioskLookup::Person(id) => Who::Id(*id),
                KioskLookup::NoMatch => {
                    let day = store.today()?;
                    let answer = KioskAnswer::of(&CheckIn::Unknown, &day, false);
                    return Ok::<_, HubError>(KioskScan {
                        answer,
                        print: None,
                        tone: Tone::Refused,
                    });
                }
            };
            let scan = scan_at_desk(store, hub, who, &desk)?;
            let print = match &scan.outcome {
                CheckIn::CheckedIn(person) if settings.print_at_check_in => Some(person.id),
                _ => None,
            };
            Ok(KioskScan {
                answer: KioskAnswer::of(&scan.outcome, &scan.day, print.is_some()),
                print,
                tone: Tone::of(&scan.outcome),
            })
        })
        .await
}
