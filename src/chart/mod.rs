//! Charts as a pipeline: a specification built from (dataset, view) as plain data
//! (`spec`, one builder per view), laid out in pixels (`layout`), drawn by plotters (`render`).

pub mod cities;
pub mod describe;
pub mod figures;
pub mod growth;
pub mod layout;
pub mod note;
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
    let figures = figures::matching(data, state);
    let count = figures::count(figures.len(), data, state);
    let mut spec = empty_spec(l.tr("Every figure in the dataset"));
    spec.summary = format!("{}: {count}.", l.tr("Every figure in the dataset, with its period, basis, grade and source"));
    spec.subtitle = count;
    spec.table = figures.into_iter().map(|figure| spec::TableRow { cells: vec![], figure }).collect();
    spec
}

#[cfg(test)]
mod tests {
    use super::spec_for;
    use crate::data::{Grade, DATASET};
    use crate::i18n::{fill, Lang};
    use crate::view_state::{metrics_for, Extra, Scale, View, ViewState};

    /// Under the axis, a category names one thing (its period, place or measure); what a mark
    /// is (derived, a target, reported, its grade) is told by its style, the legend, the
    /// notes and the table. A row that mixed them read "grade A" under 2022 and "reported"
    /// under the next years.
    #[test]
    fn category_labels_name_one_attribute() {
        let mut problems = Vec::new();
        for lang in Lang::ALL {
            let l = *lang;
            let kinds: Vec<String> = [l.tr("derived"), l.tr("target"), l.tr("reported")]
                .map(String::from)
                .into_iter()
                .chain(Grade::ALL.iter().map(|g| fill(l.tr("grade {0}"), &[g.key()])))
                .collect();
            for view in View::ALL.iter().copied().filter(|v| *v != View::Figures) {
                for metric in metrics_for(view) {
                    for scale in [Scale::Linear, Scale::Log, Scale::Index] {
                        let mut state = ViewState { view, metric: *metric, scale, lang: l, extras: vec![Extra::Gdp, Extra::Funds, Extra::AiCore, Extra::Exports], ..ViewState::default() };
                        crate::view_state::normalize(&mut state);
                        for panel in spec_for(&DATASET, &state).panels {
                            for line in panel.categories.iter().flatten() {
                                if kinds.iter().any(|k| line == k) {
                                    problems.push(format!("{view:?} {metric:?} {scale:?} {}: \"{line}\" under the axis", l.key()));
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
