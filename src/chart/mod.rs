//! Charts as a pipeline: a specification built from (dataset, view) as plain data
//! (`spec`, one builder per view), laid out in pixels (`layout`), drawn by plotters (`render`).

pub mod cities;
pub mod describe;
pub mod figures;
pub mod growth;
pub mod layout;
pub mod ratios;
pub mod render;
pub mod scale;
pub mod spec;
pub mod trend;
pub mod widths;

pub use spec::ChartSpec;

use crate::data::Dataset;
use crate::view_state::{View, ViewState};

/// The chart specification for a view state: the single entry point the page and the
/// exports use, so they always show the same thing.
pub fn spec_for(data: &Dataset, state: &ViewState) -> ChartSpec {
    match state.view {
        View::Growth => growth::headline_growth(data, state),
        View::Scale => scale::scale(data, state),
        View::Trend => trend::trend(data, state),
        View::Cities => cities::cities(data, state),
        View::Ratios => ratios::ratios_view(data, state.lang),
        View::Figures => figures_spec(data, state),
    }
}

/// A chart with nothing to plot, saying why.
pub fn empty_spec(why: &str) -> ChartSpec {
    ChartSpec {
        title: why.to_string(),
        subtitle: String::new(),
        panels: vec![],
        legend: vec![],
        notes: vec![],
        source_line: String::new(),
        table_head: vec![],
        table: vec![],
        summary: why.to_string(),
    }
}

/// The figures view has no chart: its title, count and summary name the table (for the tab's
/// title, the page description and the citation), and its rows are the figures shown, so the
/// citation names their sources.
fn figures_spec(data: &Dataset, state: &ViewState) -> ChartSpec {
    let l = state.lang;
    let rows = figures::rows(data, state);
    let count = figures::count(rows.len(), data, state);
    let mut spec = empty_spec(l.tr("Every figure in the dataset"));
    spec.summary = format!("{}: {count}.", l.tr("Every figure in the dataset, with its period, basis, grade and source"));
    spec.subtitle = count;
    spec.table = rows.into_iter().map(|r| spec::TableRow { cells: vec![], figure: r.figure }).collect();
    spec
}
