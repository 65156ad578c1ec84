//! The regions of the page that a change of the view state rewrites, declared once and in the
//! order the app rewrites them: each one's part, which changes rewrite it, and what it is
//! written from. Their content comes from the functions the build writes the page with; the
//! app's `patch` walks `REGIONS`, and the tests check each region against the page the build
//! writes for the same state. (A change of language or of embedding writes the whole page.)

use super::part::Part;
use super::{static_html, STATE_ATTRIBUTE};
use crate::chart::Shown;
use crate::view_state::{to_address, View, ViewState};

/// What a region's rewrite writes into its part.
#[derive(Clone, Copy)]
pub enum Content {
    /// The controls: each written where what it shows has changed (`app::controls`).
    Controls,
    /// The chart's drawing, or the figures view's table in its place (`app::chart`,
    /// `app::figures`), which keep what they can of what is on screen.
    Figure,
    /// Its text.
    Text(fn(&ViewState, &Shown) -> String),
    /// Its markup, and whether it is hidden.
    Markup(fn(&ViewState, &Shown) -> String, fn(&ViewState) -> bool),
    /// The value of one of its attributes.
    Attribute(&'static str, fn(&ViewState) -> String),
    /// One of its classes, on or off.
    Class(&'static str, fn(&ViewState) -> bool),
    /// The address of the same view on the full page, which only the app knows whole (the
    /// site's own address).
    FullViewAddress,
}

/// A region of the page.
pub struct Region {
    pub part: Part,
    /// Whether a change from the first state to the second rewrites it.
    pub changes: fn(&ViewState, &ViewState) -> bool,
    pub content: Content,
}

impl Region {
    /// The part that holds the region for a state: the figure's is the figures view's table
    /// there, the chart's drawing elsewhere.
    pub fn part_in(&self, s: &ViewState) -> Part {
        match (self.content, table_view(s)) {
            (Content::Figure, true) => Part::Figures,
            _ => self.part,
        }
    }
}

/// Every change, including none: the controls show the state again after a press the state
/// refused (the last sector unticked).
fn always(_: &ViewState, _: &ViewState) -> bool {
    true
}

fn any_change(from: &ViewState, to: &ViewState) -> bool {
    from != to
}

pub(super) fn table_view(s: &ViewState) -> bool {
    s.view == View::Figures
}

/// A view whose chart has a time axis, which events are drawn on (their CSV is offered).
pub(super) fn time_axis(s: &ViewState) -> bool {
    matches!(s.view, View::Trend | View::Cities)
}

fn summary(_: &ViewState, shown: &Shown) -> String {
    shown.summary().to_string()
}

/// The chart's table, or nothing in the figures view, whose table stands where the chart is.
pub(super) fn chart_table(s: &ViewState, shown: &Shown) -> String {
    shown.chart().map_or(String::new(), |spec| static_html::table(spec, s.lang))
}

/// The state the page shows, as the app reads it back when it adopts a page.
pub(super) fn state_link(s: &ViewState) -> String {
    to_address(s, None)
}

pub const REGIONS: &[Region] = &[
    // The view tabs, and the chart's options with them.
    Region { part: Part::ViewTabs, changes: always, content: Content::Controls },
    Region { part: Part::ChartFigure, changes: any_change, content: Content::Figure },
    Region { part: Part::Summary, changes: any_change, content: Content::Text(summary) },
    Region { part: Part::ChartTable, changes: any_change, content: Content::Markup(chart_table, table_view) },
    Region { part: Part::Explore, changes: any_change, content: Content::Attribute(STATE_ATTRIBUTE, state_link) },
    Region { part: Part::ShareLine, changes: any_change, content: Content::Class("table-view", table_view) },
    Region { part: Part::ShareLine, changes: any_change, content: Content::Class("time-axis", time_axis) },
    Region { part: Part::FullViewLink, changes: any_change, content: Content::FullViewAddress },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::shown;
    use crate::data::DATASET;
    use crate::escape::escape;
    use crate::page::{page, Widths};
    use crate::view_state::parse;

    /// The element of `part` in `html`, from its opening tag to the end of the page.
    fn part_at<'a>(html: &'a str, part: Part) -> Option<&'a str> {
        let at = html.find(&part.attr())?;
        Some(&html[html[..at].rfind('<')?..])
    }

    /// After any change, each region holds what the build's page for the new state holds there:
    /// the app's rewrite and the build write a region from the same function.
    #[test]
    fn every_region_is_written_as_the_build_writes_it() {
        let links = ["?view=trend&scale=log", "?view=figures&grade=A", "?view=cities&cur=usd", "?view=growth&extra=gdp&lang=fr", "?view=ratios&embed=1"];
        for link in links {
            let state = parse(link).0;
            let spec = shown(&DATASET, &state);
            let html = page(&state, Widths::All, "https://example.org/");
            for region in REGIONS {
                let Some(element) = part_at(&html, region.part_in(&state)) else {
                    assert!(state.embed || region.part == Part::FullViewLink, "{link}: {:?} is not on the page", region.part);
                    continue;
                };
                let open_tag = &element[..element.find('>').unwrap_or(0)];
                match region.content {
                    Content::Text(text) => assert!(element.contains(&format!(">{}<", escape(&text(&state, &spec)))), "{link}: {:?}", region.part),
                    Content::Markup(markup, hidden) => {
                        assert!(element[open_tag.len() + 1..].starts_with(&markup(&state, &spec)), "{link}: {:?}", region.part);
                        assert_eq!(open_tag.contains(" hidden"), hidden(&state), "{link}: {:?}", region.part);
                    }
                    Content::Attribute(name, value) => assert!(open_tag.contains(&format!("{name}=\"{}\"", escape(&value(&state)))), "{link}: {:?}", region.part),
                    Content::Class(name, on) => assert_eq!(open_tag.contains(name), on(&state), "{link}: {:?}", region.part),
                    Content::Controls | Content::Figure | Content::FullViewAddress => {}
                }
            }
        }
    }

    /// The charted views and the figures view put their figure in one place; the table view's
    /// region stands where the chart's does.
    #[test]
    fn the_figure_region_holds_the_chart_or_the_table() {
        let chart = page(&parse("?view=trend").0, Widths::All, "x");
        let table = page(&parse("?view=figures").0, Widths::All, "x");
        assert!(chart.contains(&Part::ChartFigure.attr()) && !chart.contains(&Part::Figures.attr()));
        assert!(table.contains(&Part::Figures.attr()) && !table.contains(&Part::ChartFigure.attr()));
    }
}
