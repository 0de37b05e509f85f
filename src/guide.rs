//! The "Getting started" page: one text, read by `frontdesk guide`, the window's Help (F1)
//! and on the project's pages (`docs/getting-started.md`), so the three never disagree.

/// The page, in Markdown. Its images live beside it in `docs/images/`.
pub const GETTING_STARTED: &str = include_str!("../docs/getting-started.md");

/// The images the page shows, as written in it (`images/NAME.png`), in order.
pub fn images() -> Vec<&'static str> {
    GETTING_STARTED
        .split("](")
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
