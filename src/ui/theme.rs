//! Sizes, colours and shared pieces of the kiosk look: large type, high contrast, generous
//! spacing. An answer is never told by colour alone: each tone comes with an icon and a word.

use iced::widget::{button, container, text, text_input};
use iced::{Background, Border, Color, Element, Length, Size, Theme};

pub const HEADLINE: f32 = 80.0;
/// The first line of an answer: Welcome, Already checked in, ...
pub const VERDICT: f32 = 64.0;
pub const NAME: f32 = 56.0;
pub const TITLE: f32 = 40.0;
pub const BODY: f32 = 28.0;
pub const SMALL: f32 = 20.0;
pub const INPUT: f32 = 40.0;
pub const SPACING: f32 = 24.0;
pub const PADDING: f32 = 32.0;

/// The window the sizes above were chosen for; a larger one scales them up.
pub const BASE_WINDOW: Size = Size::new(1280.0, 800.0);

/// The type sizes of one window: the constants above at 1280×800, grown in proportion on a
/// larger display (and shrunk on a narrow one), so an answer reads from the same distance on
/// a 13" laptop and a 24" screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizes {
    scale: f32,
    window: Size,
}

impl Sizes {
    pub fn for_window(window: Size) -> Sizes {
        // A portrait screen is measured against the base window turned on its side.
        let base = if window.height > window.width {
            Size::new(BASE_WINDOW.height, BASE_WINDOW.width)
        } else {
            BASE_WINDOW
        };
        let scale = (window.width / base.width)
            .min(window.height / base.height)
            .clamp(0.6, 2.5);
        Sizes { scale, window }
    }

    pub fn window(self) -> Size {
        self.window
    }

    /// Taller than wide: a kiosk tablet or a pillar display.
    pub fn portrait(self) -> bool {
        self.window.height > self.window.width
    }

    /// A size chosen for 1280×800, in this window.
    pub fn px(self, base: f32) -> f32 {
        (base * self.scale).round()
    }

    pub fn headline(self) -> f32 {
        self.px(HEADLINE)
    }
    pub fn verdict(self) -> f32 {
        self.px(VERDICT)
    }
    pub fn name(self) -> f32 {
        self.px(NAME)
    }
    pub fn title(self) -> f32 {
        self.px(TITLE)
    }
    pub fn body(self) -> f32 {
        self.px(BODY)
    }
    pub fn small(self) -> f32 {
        self.px(SMALL)
    }
    pub fn input(self) -> f32 {
        self.px(INPUT)
    }
    pub fn spacing(self) -> f32 {
        self.px(SPACING)
    }
    pub fn padding(self) -> f32 {
        self.px(PADDING)
    }
}

pub const BACKGROUND: Color = Color::from_rgb(0.09, 0.10, 0.12);
pub const SURFACE: Color = Color::from_rgb(0.15, 0.16, 0.19);
pub const TEXT: Color = Color::from_rgb(0.96, 0.96, 0.96);
pub const MUTED: Color = Color::from_rgb(0.72, 0.74, 0.78);
pub const ACCENT: Color = Color::from_rgb(0.35, 0.62, 1.0);

/// How an answer at the desk reads at a glance (with its icon and word, never alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Welcome,
    Caution,
    Refused,
}

impl Tone {
    pub fn background(self) -> Color {
        match self {
            Tone::Welcome => Color::from_rgb(0.05, 0.45, 0.22),
            Tone::Caution => Color::from_rgb(0.96, 0.70, 0.10),
            Tone::Refused => Color::from_rgb(0.70, 0.07, 0.12),
        }
    }

    pub fn foreground(self) -> Color {
        match self {
            Tone::Caution => Color::from_rgb(0.08, 0.08, 0.08),
            Tone::Welcome | Tone::Refused => Color::WHITE,
        }
    }
}

pub fn kiosk() -> Theme {
    Theme::custom(
        "Kiosk".to_string(),
        iced::theme::Palette {
            background: BACKGROUND,
            text: TEXT,
            primary: ACCENT,
            success: Tone::Welcome.background(),
            warning: Tone::Caution.background(),
            danger: Tone::Refused.background(),
        },
    )
}

pub fn card(tone: Tone) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(tone.background())),
        text_color: Some(tone.foreground()),
        border: Border {
            radius: 16.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    }
}

pub fn surface(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(SURFACE)),
        text_color: Some(TEXT),
        border: Border {
            radius: 12.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    }
}

pub fn selected_row(_: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color::from_rgb(0.20, 0.30, 0.50))),
        text_color: Some(TEXT),
        border: Border {
            radius: 10.0.into(),
            width: 3.0,
            color: ACCENT,
        },
        ..container::Style::default()
    }
}

/// The desk's ribbon for the ticket types people look for across a room: the badge's colour
/// (the core decides which types and which colours), with text that reads on it.
pub fn ribbon(ticket_type: &str) -> Option<(Color, Color)> {
    let colour = crate::badge::RibbonColours::default().standout(ticket_type)?;
    Some((rgb(colour), rgb(crate::badge::text_on(colour))))
}

fn rgb([r, g, b]: crate::badge::Colour) -> Color {
    Color::from_rgb8(r, g, b)
}

pub fn ribbon_style((color, text): (Color, Color)) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(color)),
        text_color: Some(text),
        border: Border {
            radius: 8.0.into(),
            width: 3.0,
            color: Color::WHITE,
        },
        ..container::Style::default()
    }
}

pub fn code_input(theme: &Theme, status: text_input::Status) -> text_input::Style {
    let mut style = text_input::default(theme, status);
    style.background = Background::Color(Color::from_rgb(0.98, 0.98, 0.98));
    style.value = Color::from_rgb(0.05, 0.05, 0.05);
    style.placeholder = Color::from_rgb(0.40, 0.42, 0.46);
    style.border = Border {
        radius: 10.0.into(),
        width: 4.0,
        color: match status {
            text_input::Status::Focused { .. } => ACCENT,
            _ => MUTED,
        },
    };
    style
}

pub fn quiet_button(theme: &Theme, status: button::Status) -> button::Style {
    let mut style = button::secondary(theme, status);
    style.border.radius = 10.0.into();
    style
}

pub fn centered_notice<'a, M: 'a>(message: &str) -> Element<'a, M> {
    container(text(message.to_string()).size(BODY))
        .center(Length::Fill)
        .padding(PADDING)
        .into()
}

/// Esc on an organizer screen: back to the desk. Seen even when a text field has the focus.
/// Tab (`true`) and Shift+Tab (`false`), which text fields leave to the app: forms fill
/// without the mouse.
pub fn tab_key() -> iced::Subscription<bool> {
    use iced::keyboard::{Event, Key, key::Named};
    iced::event::listen_with(|event, _status, _window| match event {
        iced::Event::Keyboard(Event::KeyPressed {
            key: Key::Named(Named::Tab),
            modifiers,
            ..
        }) => Some(!modifiers.shift()),
        _ => None,
    })
}

pub fn escape_key() -> iced::Subscription<()> {
    iced::event::listen_with(|event, _status, _window| match event {
        iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
            key: iced::keyboard::Key::Named(iced::keyboard::key::Named::Escape),
            ..
        }) => Some(()),
        _ => None,
    })
}

/// Text measured as the window's renderer lays it out (its font system, its shaping), so a
/// line in any language is sized to fit rather than guessed by its number of letters.
pub mod measure {
    use iced::advanced::graphics::text::Paragraph;
    use iced::advanced::text::{self, Paragraph as _, Text};
    use iced::alignment::Vertical;
    use iced::{Font, Size};

    /// The width the renderer gives `line` on one line, in the font it picks for `font` and
    /// in DejaVu Sans (what a Debian desktop's window shows, and the widest common sans).
    pub fn rendered_width(line: &str, size: f32, font: Font) -> f32 {
        let dejavu = Font {
            family: iced::font::Family::Name("DejaVu Sans"),
            ..font
        };
        measured(line, size, font).max(measured(line, size, dejavu))
    }

    /// The largest size up to `wanted` at which `line` fits on one line `width` pixels wide.
    pub fn one_line_size(line: &str, width: f32, wanted: f32, font: Font) -> f32 {
        let at_wanted = rendered_width(line, wanted, font);
        if at_wanted <= width {
            return wanted;
        }
        // Shaped text widens in step with its size, but for rounding at each glyph.
        (wanted * width / at_wanted * 0.99).floor().max(1.0)
    }

    fn measured(line: &str, size: f32, font: Font) -> f32 {
        Paragraph::with_text(Text {
            content: line,
            bounds: Size::INFINITE,
            size: size.into(),
            line_height: text::LineHeight::default(),
            font,
            align_x: text::Alignment::Default,
            align_y: Vertical::Top,
            shaping: text::Shaping::Advanced,
            wrapping: text::Wrapping::None,
        })
        .min_bounds()
        .width
    }
}
