//! The few widths a chart is laid out for. The drawing then scales with its box (its
//! `viewBox`), so the page can pick the layout with a CSS media query: the prerendered page
//! carries one drawing per width, the stylesheet shows the one for the screen, and the app
//! keeps that drawing when it adopts the page and draws that width after, so nothing is
//! redrawn differently.

/// One layout: the width the chart is drawn for and the narrowest viewport (CSS px) it is
/// used from, up to the next one's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub from_viewport: u32,
}

/// Phones, small tablets and narrow windows, everything wider. At each layout's narrowest
/// viewport the drawing is shown at most ~1.3x or ~0.9x its drawn size, so text stays legible.
pub const LAYOUTS: [Layout; 3] = [
    Layout { width: 340.0, from_viewport: 0 },
    Layout { width: 540.0, from_viewport: 480 },
    Layout { width: 720.0, from_viewport: 760 },
];

/// The CSS media query under which layout `i` is the one shown (.98: no gap at fractional
/// widths, as zoomed pages have). The stylesheet carries the
/// same queries (a test checks), and the app asks `matchMedia` the same question.
pub fn media_query(i: usize) -> String {
    let from = LAYOUTS[i].from_viewport;
    match LAYOUTS.get(i + 1) {
        Some(next) if from == 0 => format!("(max-width: {}.98px)", next.from_viewport - 1),
        Some(next) => format!("(min-width: {from}px) and (max-width: {}.98px)", next.from_viewport - 1),
        None => format!("(min-width: {from}px)"),
    }
}

/// The class of the box that holds layout `i`'s drawing in the prerendered page.
pub fn class(i: usize) -> String {
    format!("at-{}", LAYOUTS[i].width as u32)
}

/// The layout for a viewport width, as the media queries choose it.
pub fn for_viewport(viewport: u32) -> Layout {
    LAYOUTS.iter().rev().find(|l| viewport >= l.from_viewport).copied().unwrap_or(LAYOUTS[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_viewport_gets_exactly_one_layout() {
        assert_eq!(for_viewport(360).width, 340.0);
        assert_eq!(for_viewport(479).width, 340.0);
        assert_eq!(for_viewport(480).width, 540.0);
        assert_eq!(for_viewport(1280).width, 720.0);
        assert_eq!(media_query(0), "(max-width: 479.98px)");
        assert_eq!(media_query(1), "(min-width: 480px) and (max-width: 759.98px)");
        assert_eq!(media_query(2), "(min-width: 760px)");
    }

    #[test]
    fn the_stylesheet_shows_each_prerendered_layout_under_the_same_query() {
        let css = include_str!("../../public/style.css");
        for i in 0..LAYOUTS.len() {
            let rule = format!("@media {} {{ .chart > .{} {{ display: block; }} }}", media_query(i), class(i));
            assert!(css.contains(&rule), "style.css lacks: {rule}");
        }
    }
}
