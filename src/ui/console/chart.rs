//! The arrivals chart: check-ins per 10 minutes over the day as bars, with the agenda's session
//! starts marked, so organizers see when the rush comes.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke, Text};
use iced::{Color, Point, Rectangle, Renderer, Size, Theme, mouse};

use crate::dashboard::{BIN_WIDTH, Bin, ChartSpan, chart_span};
use crate::ui::theme;

pub struct Arrivals<'a> {
    pub bins: &'a [Bin],
    pub session_starts: &'a [(DateTime<Utc>, String)],
    pub zone: Tz,
    /// The sentence for a day with no check-ins, in the console's language.
    pub empty: String,
}

const LEFT: f32 = 44.0;
/// Room for the last hour's label, centred on its mark.
const RIGHT: f32 = 24.0;
const BOTTOM: f32 = 28.0;
const TOP: f32 = 24.0;
/// The room an hour's label needs, with space to the next.
const HOUR_LABEL_WIDTH: f32 = 56.0;
/// The average width of a 14-pixel label character, to keep titles from overlapping.
const LABEL_CHAR_WIDTH: f32 = 7.5;

impl<Message> canvas::Program<Message> for Arrivals<'_> {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let Some(axis) = chart_span(self.bins, self.zone) else {
            frame.fill_text(label(&self.empty, Point::new(LEFT, TOP), theme::MUTED));
            return vec![frame.into_geometry()];
        };
        let span_start = axis.start;
        let span = (axis.end - span_start).num_seconds().max(1) as f32;
        let width = (bounds.width - LEFT - RIGHT).max(1.0);
        let height = (bounds.height - BOTTOM - TOP).max(1.0);
        let x_of =
            |at: DateTime<Utc>| LEFT + width * ((at - span_start).num_seconds() as f32 / span);
        let most = self
            .bins
            .iter()
            .map(|b| b.check_ins)
            .max()
            .unwrap_or(0)
            .max(1);
        let bar = width * BIN_WIDTH.num_seconds() as f32 / span;
        for bin in self.bins {
            let h = height * bin.check_ins as f32 / most as f32;
            frame.fill_rectangle(
                Point::new(x_of(bin.start) + 1.0, TOP + height - h),
                Size::new((bar - 2.0).max(1.0), h),
                theme::ACCENT,
            );
        }
        self.session_marks(&mut frame, &x_of, span_start, axis.end, height);
        self.axes(&mut frame, &x_of, &axis, most, width, height);
        vec![frame.into_geometry()]
    }
}

impl Arrivals<'_> {
    fn session_marks(
        &self,
        frame: &mut Frame,
        x_of: &dyn Fn(DateTime<Utc>) -> f32,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        height: f32,
    ) {
        let mark = Color {
            a: 0.8,
            ..theme::MUTED
        };
        let marks: Vec<(f32, &String)> = self
            .session_starts
            .iter()
            .filter(|(at, _)| *at >= from && *at <= to)
            .map(|(at, title)| (x_of(*at), title))
            .collect();
        let right_edge = frame.width();
        for (i, (x, title)) in marks.iter().enumerate() {
            let line = Path::line(Point::new(*x, TOP), Point::new(*x, TOP + height));
            frame.stroke(&line, Stroke::default().with_color(mark).with_width(1.0));
            // A title gets the room up to the next mark (or the edge), never more.
            let room = marks.get(i + 1).map_or(right_edge, |(next, _)| *next) - x - 6.0;
            let fits = (room / LABEL_CHAR_WIDTH).floor().max(0.0) as usize;
            if fits >= 4 {
                let short: String = title.chars().take(fits).collect();
                frame.fill_text(label(&short, Point::new(x + 3.0, 4.0), mark));
            }
        }
    }

    fn axes(
        &self,
        frame: &mut Frame,
        x_of: &dyn Fn(DateTime<Utc>) -> f32,
        axis: &ChartSpan,
        most: u32,
        width: f32,
        height: f32,
    ) {
        let base = Path::line(
            Point::new(LEFT, TOP + height),
            Point::new(LEFT + width, TOP + height),
        );
        frame.stroke(
            &base,
            Stroke::default().with_color(theme::MUTED).with_width(1.0),
        );
        frame.fill_text(label(&most.to_string(), Point::new(4.0, TOP), theme::MUTED));
        frame.fill_text(label(
            "0",
            Point::new(4.0, TOP + height - 14.0),
            theme::MUTED,
        ));
        // A mark at every whole hour, labelled every hour the width allows (a long day on a
        // narrow window labels every second or third).
        let hours = axis.hours.len().max(1);
        let label_every = ((HOUR_LABEL_WIDTH * hours as f32) / width).ceil().max(1.0) as usize;
        for (i, hour) in axis.hours.iter().enumerate() {
            let x = x_of(*hour);
            let tick = Path::line(
                Point::new(x, TOP + height),
                Point::new(x, TOP + height + 4.0),
            );
            frame.stroke(
                &tick,
                Stroke::default().with_color(theme::MUTED).with_width(1.0),
            );
            if i % label_every == 0 {
                let local = hour.with_timezone(&self.zone).format("%H:%M").to_string();
                frame.fill_text(Text {
                    align_x: iced::widget::text::Alignment::Center,
                    ..label(&local, Point::new(x, TOP + height + 6.0), theme::MUTED)
                });
            }
        }
    }
}

fn label(content: &str, position: Point, color: Color) -> Text {
    Text {
        content: content.to_string(),
        position,
        color,
        size: iced::Pixels(14.0),
        ..Text::default()
    }
}
