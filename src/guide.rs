//! The "Getting started" page: one text, read by `frontdesk guide`, the window's Help (F1)
//! and on the project's pages (`docs/getting-started.md`), so the three never disagree.

use crate::language::Language;

/// The page, in Markdown. Its images live beside it in `docs/images/`.
pub const GETTING_STARTED: &str = include_str!("../docs/getting-started.md");

/// The page in `language` (`docs/getting-started.CODE.md`; English is the one without a code).
pub fn getting_started(language: Language) -> &'static str {
    match language {
        Language::English => GETTING_STARTED,
        Language::Swedish => include_str!("../docs/getting-started.sv.md"),
        Language::German => include_str!("../docs/getting-started.de.md"),
        Language::French => include_str!("../docs/getting-started.fr.md"),
        Language::Spanish => include_str!("../docs/getting-started.es.md"),
    }
}

/// The images the English page shows, as written in it (`images/NAME.png`), in order.
pub fn images() -> Vec<&'static str> {
    images_of(GETTING_STARTED)
}

/// The images a page shows, in order.
pub fn images_of(page: &'static str) -> Vec<&'static str> {
    page.split("](")
        .skip(1)
        .filter_map(|rest| rest.split_once(')').map(|(target, _)| target))
        .filter(|target| target.starts_with("images/"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_names_its_images() {
        let images = images();
        assert!(images.contains(&"images/desk-welcome.png"), "{images:?}");
        assert!(images.iter().all(|image| image.ends_with(".png")));
    }
}
