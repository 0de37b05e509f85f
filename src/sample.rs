//! The sample event, Spotify ML Day (9 July 2018, Stockholm), built into the program so that a
//! new user can try everything before importing their own list.

use crate::import::{self, ParseOptions};
use crate::store::{Event, ImportOptions, ImportReport, Store, StoreError};

const EVENT_JSON: &str = include_str!("../data/event.json");
const REGISTRANTS_CSV: &[u8] = include_bytes!("../data/registrants-eventbrite.csv");
pub const REGISTRANTS_FILE: &str = "registrants-eventbrite.csv";
const AGENDA_TOML: &[u8] = include_bytes!("../data/agenda.toml");
const AGENDA_FILE: &str = "agenda.toml";

#[derive(Debug, thiserror::Error)]
pub enum SampleError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the built-in sample event is damaged: {0}")]
    Damaged(String),
}

impl SampleError {
    /// The error as a clause in `t`'s language.
    pub fn say(&self, t: &crate::language::Texts) -> String {
        match self {
            SampleError::Store(error) => error.say(t),
            SampleError::Damaged(what) => {
                t.tr_with("sample-error-damaged", &[("detail", what.as_str().into())])
            }
        }
    }
}

pub fn event() -> Result<Event, SampleError> {
    serde_json::from_str(EVENT_JSON).map_err(|e| SampleError::Damaged(e.to_string()))
}

/// Loads the sample event, its registrants and its agenda when the database has no event and nobody in
/// it; returns the import report when it did.
pub fn load_if_empty(store: &mut Store) -> Result<Option<ImportReport>, SampleError> {
    if store.event()?.is_some() || store.stats()?.registered > 0 {
        return Ok(None);
    }
    // Marked first: a start cut short here finds no event and loads the sample again.
    store.mark_sample()?;
    store.set_event(&event()?)?;
    let list = import::parse(REGISTRANTS_CSV, REGISTRANTS_FILE, &ParseOptions::default())
        .map_err(|e| SampleError::Damaged(e.to_string()))?;
    let source = format!("import:{REGISTRANTS_FILE} (sample)");
    let report = store.import_registrants(&list, &source, ImportOptions::default())?;
    let zone = crate::time::zone_of(store.event()?.as_ref());
    let agenda = crate::agenda::parse(AGENDA_TOML, AGENDA_FILE, zone)
        .map_err(|e| SampleError::Damaged(e.to_string()))?;
    store.replace_agenda(&agenda)?;
    tracing::info!(added = report.added, "loaded the sample event");
    Ok(Some(report))
}
