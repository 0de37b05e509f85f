//! `frontdesk badges`: writes badges as a PDF or PNGs and records them as printed.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use super::Cli;
use super::commands::CliError;
use crate::badge::{self, Layout, MissingGlyph, Prepared, RibbonColours, Selection};
use crate::store::{self, Attendee, Status, Store};

#[derive(Debug, Args)]
pub struct BadgesArgs {
    /// a4-8 (A4, 8 badges of 105 × 74 mm), letter-6 (US Letter, 6 of 4 × 3 in), label-62x100
    /// (62 mm label printers) or label-4x3 (one 4 × 3 in badge per page).
    #[arg(long, default_value = "a4-8", value_parser = parse_layout)]
    pub layout: Layout,
    /// Only badges not printed before (after a late import).
    #[arg(long)]
    pub only_unprinted: bool,
    /// Only this ticket type (ignoring case).
    #[arg(long, value_name = "TYPE")]
    pub ticket_type: Option<String>,
    /// Only the person with this badge or ticket code (may be repeated).
    #[arg(long = "attendee", value_name = "CODE")]
    pub attendees: Vec<String>,
    /// Write one PDF.
    #[arg(
        long,
        value_name = "FILE.pdf",
        required_unless_present = "png_dir",
        conflicts_with = "png_dir"
    )]
    pub out: Option<PathBuf>,
    /// Write one 300 dpi PNG per badge into this folder, named by badge code.
    #[arg(long, value_name = "DIR")]
    pub png_dir: Option<PathBuf>,
    /// Draw cut marks on sheets.
    #[arg(long)]
    pub cut_marks: bool,
    /// A ribbon colour for this run, e.g. --colour "Speaker=#C62828" (may be repeated).
    #[arg(long = "colour", value_name = "TYPE=#RRGGBB")]
    pub colours: Vec<String>,
}

fn parse_layout(name: &str) -> Result<Layout, String> {
    Layout::parse(name).ok_or_else(|| {
        let names: Vec<_> = Layout::ALL.iter().map(|l| l.name()).collect();
        format!(
            "unknown layout {name:?}; choose one of {}",
            names.join(", ")
        )
    })
}

#[derive(Debug, Serialize)]
struct Report {
    badges: usize,
    pages: usize,
    out: String,
    missing_glyphs: Vec<MissingGlyph>,
    #[serde(skip)]
    pngs: bool,
}

pub fn run(cli: &Cli, args: &BadgesArgs) -> Result<u8, CliError> {
    let path = cli.db.clone().unwrap_or_else(store::default_path);
    let mut store = Store::open_existing(&path)?;
    let event = store.event_or_default()?.name;
    let people = select(&store, args)?;
    let colours = colours(&store, &args.colours)?;
    let (badges, missing) = badge::prepare(&people, &event, &colours)?;
    let (pages, out) = match (&args.out, &args.png_dir) {
        (Some(file), _) => (write_pdf(&badges, args, file)?, file),
        (None, Some(dir)) => (write_pngs(&badges, args.layout, dir)?, dir),
        (None, None) => {
            return Err(CliError::Usage(
                "give --out FILE.pdf or --png-dir DIR".into(),
            ));
        }
    };
    // Only now that every file is written: a failed run leaves the badges unprinted.
    let ids: Vec<i64> = badges.iter().map(|b| b.attendee_id).collect();
    store.mark_printed(&ids)?;
    let report = Report {
        badges: badges.len(),
        pages,
        out: out.display().to_string(),
        missing_glyphs: missing,
        pngs: args.out.is_none(),
    };
    print_report(cli.json, &report)?;
    Ok(0)
}

/// Who gets a badge: the people named with --attendee, else everyone; then the ticket-type
/// and not-yet-printed choices, by the rule the Badges screen follows too.
fn select(store: &Store, args: &BadgesArgs) -> Result<Vec<Attendee>, CliError> {
    let people = if args.attendees.is_empty() {
        store.attendees()?
    } else {
        args.attendees
            .iter()
            .map(|code| named(store, code))
            .collect::<Result<Vec<_>, _>>()?
    };
    let mut choices = Vec::new();
    choices.extend(args.ticket_type.clone().map(Selection::TicketType));
    if args.only_unprinted {
        choices.push(Selection::NotPrintedYet);
    }
    Ok(badge::select(&people, &choices))
}

fn named(store: &Store, code: &str) -> Result<Attendee, CliError> {
    let person = store.find_by_code(code)?.ok_or_else(|| {
        CliError::Usage(format!(
            "nobody has the code {code:?}; no badge was written"
        ))
    })?;
    if person.status == Status::NotAdmitted {
        return Err(CliError::Usage(format!(
            "{} is not admitted ({}); no badge was written",
            person.display_name, person.status_reason
        )));
    }
    Ok(person)
}

/// The default colours, then the event's settings, then this run's --colour.
fn colours(store: &Store, overrides: &[String]) -> Result<RibbonColours, CliError> {
    let mut colours = RibbonColours::load(store)?;
    for text in overrides {
        let parsed = text
            .split_once('=')
            .and_then(|(t, hex)| Some((t, badge::parse_colour(hex)?)));
        let (ticket_type, colour) = parsed.ok_or_else(|| {
            CliError::Usage(format!(
                "--colour {text:?} is not TYPE=#RRGGBB, e.g. Speaker=#C62828"
            ))
        })?;
        colours.set(ticket_type, colour);
    }
    Ok(colours)
}

fn write_pdf(badges: &[Prepared], args: &BadgesArgs, file: &Path) -> Result<usize, CliError> {
    if badges.is_empty() {
        return Ok(0);
    }
    let pdf = badge::pdf(badges, args.layout, args.cut_marks)?;
    crate::file::write_atomic(file, &pdf.bytes)?;
    Ok(pdf.pages)
}

/// One PNG per badge; the work is spread over the processor's cores.
fn write_pngs(badges: &[Prepared], layout: Layout, dir: &Path) -> Result<usize, CliError> {
    std::fs::create_dir_all(dir).map_err(|source| CliError::Write {
        path: dir.display().to_string(),
        source,
    })?;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = badges.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = badges
            .chunks(chunk)
            .map(|part| scope.spawn(move || write_png_part(part, layout, dir)))
            .collect();
        workers.into_iter().try_for_each(|w| {
            w.join()
                .unwrap_or_else(|_| Err(CliError::Failed("a badge writer stopped".into())))
        })
    })?;
    Ok(badges.len())
}

fn write_png_part(badges: &[Prepared], layout: Layout, dir: &Path) -> Result<(), CliError> {
    for badge in badges {
        let bytes = badge::png(badge, layout, badge::PNG_DPI)?;
        crate::file::write_atomic(&dir.join(format!("{}.png", badge.code.canonical())), &bytes)?;
    }
    Ok(())
}

fn print_report(json: bool, report: &Report) -> Result<(), CliError> {
    for m in &report.missing_glyphs {
        let whose = match m.attendee_id {
            Some(_) => format!(
                "the {} of {} ({})",
                m.field.replace('_', " "),
                m.display_name,
                m.code
            ),
            None => "the event's name".to_string(),
        };
        eprintln!(
            "frontdesk: no bundled font has {:?} ({}) in {whose}; it is left out of the badge",
            m.character, m.codepoint
        );
    }
    if json {
        super::commands::print_json(report)?;
    } else if report.badges == 0 {
        say!("No badges to write (nobody matches); nothing was written.");
    } else {
        let plural = |n: usize, one: &str, many: &str| {
            if n == 1 {
                format!("1 {one}")
            } else {
                format!("{n} {many}")
            }
        };
        let what = if report.pngs {
            plural(report.badges, "badge PNG", "badge PNGs")
        } else {
            format!(
                "{} on {}",
                plural(report.badges, "badge", "badges"),
                plural(report.pages, "page", "pages")
            )
        };
        say!("Wrote {what} to {}.", report.out);
    }
    Ok(())
}
