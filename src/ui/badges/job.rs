//! Rendering a batch of badges off the window's thread, reporting progress as it goes.

use iced::futures::{Stream, StreamExt};

use crate::badge::{self, Layout};
use crate::printer::BadgeStyle;
use crate::store::Attendee;
use crate::ui::Error;
use crate::ui::worker::{self, Reporter, Update};

/// Badges are prepared in chunks this size; progress is reported after each.
const CHUNK: usize = 50;

#[derive(Debug, Clone)]
pub enum Progress {
    Prepared { done: usize, total: usize },
    Finished(Result<Rendered, Error>),
}

#[derive(Debug, Clone)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub ids: Vec<i64>,
    pub missing_glyphs: Vec<String>,
}

/// The PDF of `people`'s badges, built on the worker.
pub fn render(
    style: BadgeStyle,
    people: Vec<Attendee>,
    layout: Layout,
) -> impl Stream<Item = Progress> {
    worker::with_progress(move |reporter| render_blocking(&style, &people, layout, reporter)).map(
        |update| match update {
            Update::Progress(progress) => progress,
            Update::Done(result) => Progress::Finished(result.and_then(|rendered| rendered)),
        },
    )
}

fn render_blocking(
    style: &BadgeStyle,
    people: &[Attendee],
    layout: Layout,
    progress: &mut Reporter<Progress>,
) -> Result<Rendered, Error> {
    let mut prepared = Vec::with_capacity(people.len());
    let mut missing_glyphs = Vec::new();
    for chunk in people.chunks(CHUNK) {
        let (badges, missing) = badge::prepare(chunk, &style.event_name, &style.colours)?;
        prepared.extend(badges);
        missing_glyphs.extend(missing.iter().map(|m| {
            format!(
                "{}: {} has no glyph in the bundled fonts",
                m.display_name, m.character
            )
        }));
        let update = Progress::Prepared {
            done: prepared.len(),
            total: people.len(),
        };
        progress.report(update);
    }
    let pdf = badge::pdf(&prepared, layout, layout.per_page() > 1)?;
    Ok(Rendered {
        pdf: pdf.bytes,
        pages: pdf.pages,
        ids: people.iter().map(|p| p.id).collect(),
        missing_glyphs,
    })
}
