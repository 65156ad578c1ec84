//! The parts of the page the app finds, or answers a press on, each by a name declared here and
//! written on its element as `data-part`. The page writes them (`Part::attr`), the app finds
//! them (`Part::selector`, through `app::ctx::Ctx::part`) and the first-screen script notes a
//! press on one by its name (`handshake::PENDING`). Test ids stay beside them for the tests
//! alone: nothing that ships looks an element up by its test id.

crate::keyed_enum!(
    /// A part of the page, by the name its element carries.
    Part {
        ViewTabs = "view-tabs",
        ChartOptions = "chart-options",
        Explore = "explore",
        Chart = "chart",
        ChartCaption = "chart-caption",
        ChartFigure = "chart-figure",
        MarkDetail = "mark-detail",
        Summary = "summary",
        ChartTable = "chart-table",
        Figures = "figures",
        FigureFilters = "figure-filters",
        FigureCount = "figure-count",
        FiguresWrap = "figures-wrap",
        FigureMore = "figure-more",
        FiguresMore = "figures-more",
        FiguresAll = "figures-all",
        ShareLine = "share",
        CopyLink = "copy-link",
        CopyTitleLink = "copy-title-link",
        CopyImage = "copy-image",
        ImageSize = "image-size",
        CopyStatus = "copy-status",
        CiteToggle = "cite-toggle",
        CitePanel = "cite-panel",
        CiteCopyText = "cite-copy-text",
        CiteCopyBibtex = "cite-copy-bibtex",
        CiteCopyRis = "cite-copy-ris",
        CiteStatus = "cite-status",
        EmbedToggle = "embed-toggle",
        EmbedSnippet = "embed-snippet",
        DownloadStatus = "download-status",
        FullViewLink = "full-view-link",
        PlaceSearch = "place-search",
        PlaceNoMatch = "place-no-match",
        ThemeToggle = "theme-toggle",
        Language = "language",
    }
);

/// The attribute that names a part (listed with the scripts' names in `handshake`).
pub use crate::handshake::DATA_PART as PART_ATTRIBUTE;

impl Part {
    /// ` data-part="…"`, for the part's element.
    pub fn attr(self) -> String {
        format!(" {PART_ATTRIBUTE}=\"{}\"", self.key())
    }

    /// The CSS selector that finds the part.
    pub fn selector(self) -> String {
        format!("[{PART_ATTRIBUTE}={}]", self.key())
    }

    /// The selector of the part's element with this `data-value` (a language's button), or of
    /// the part itself without one.
    pub fn with_value(self, value: Option<&str>) -> String {
        match value {
            Some(v) => format!("{}[data-value=\"{v}\"]", self.selector()),
            None => self.selector(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::view_state::{parse, ViewState};

    /// Every part is written by the page the app may be handed: the full page of a charted
    /// view, of the figures view, or an embedded chart, with the citation panel's parts.
    #[test]
    fn every_part_is_on_some_page_once() {
        let chart = super::super::prerender(&ViewState::default(), Some(Lang::En));
        let figures = super::super::page(&parse("?view=figures").0, super::super::Widths::All, "https://example.org/");
        let embedded = super::super::page(&parse("?embed=1").0, super::super::Widths::All, "https://example.org/");
        let citation = crate::cite::cite(&crate::data::DATASET, &crate::chart::shown(&crate::data::DATASET, &ViewState::default()), &ViewState::default(), "x", "y", "2026-12-07");
        let panel = super::super::cite_panel(&citation, Lang::En);
        let shown = &chart[..chart.find("<script type=\"text/html\"").unwrap_or(chart.len())];
        for part in Part::ALL {
            let found = [shown, &figures, &embedded, &panel].iter().map(|page| page.matches(&part.attr()).count()).max().unwrap_or(0);
            let expected = if *part == Part::Language { Lang::ALL.len() } else { 1 };
            assert_eq!(found, expected, "{part:?}");
        }
    }

    /// Test ids are for the tests: no code of the app, no script that runs before it and no
    /// style looks an element up by one.
    #[test]
    fn nothing_that_ships_finds_an_element_by_its_test_id() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut sources: Vec<(String, String)> = std::fs::read_dir(root.join("src/app")).into_iter().flatten().flatten()
            .map(|e| e.path())
            .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).unwrap_or_default()))
            .collect();
        for file in ["public/first-screen.js", "public/style.css"] {
            sources.push((file.to_string(), std::fs::read_to_string(root.join(file)).unwrap_or_default()));
        }
        assert!(sources.len() > 10, "{}", sources.len());
        for (name, text) in sources {
            assert!(!text.contains("[data-testid") && !text.contains("getAttribute(\"data-testid\")"), "{name} finds an element by its test id");
        }
    }
}
