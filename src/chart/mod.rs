//! Charts as a pipeline: a specification built from (dataset, view) as plain data
//! (`spec`, one builder per view), laid out in pixels (`layout`), drawn by plotters (`render`).

pub mod cities;
pub mod describe;
pub mod figures;
pub mod growth;
pub mod layout;
pub mod moves;
pub mod note;
pub mod ratios;
pub mod render;
pub mod scale;
pub mod spec;
pub mod trend;
pub mod widths;

pub use spec::ChartSpec;

use crate::data::{Dataset, Figure};
use crate::view_state::{View, ViewState};

/// What a view shows: a chart, or the figures view's table in its place.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    Chart(ChartSpec),
    Figures(FiguresTable),
}

/// The figures view's table: its title, its count and summary (for the tab's title, the page
/// description and the citation), and the figures it lists, in its order.
#[derive(Clone, Debug)]
pub struct FiguresTable {
    pub title: String,
    /// "23 of 91 figures", and the sort.
    pub count: String,
    pub summary: String,
    pub figures: Vec<&'static Figure>,
}

impl PartialEq for FiguresTable {
    fn eq(&self, o: &FiguresTable) -> bool {
        let figures = |t: &FiguresTable| t.figures.iter().map(|f| *f as *const Figure).collect::<Vec<_>>();
        (&self.title, &self.count, &self.summary) == (&o.title, &o.count, &o.summary) && figures(self) == figures(o)
    }
}

impl Shown {
    pub fn title(&self) -> &str {
        match self {
            Shown::Chart(spec) => &spec.title,
            Shown::Figures(table) => &table.title,
        }
    }

    /// The line under the title: the chart's subtitle, or the table's count.
    pub fn subtitle(&self) -> &str {
        match self {
            Shown::Chart(spec) => &spec.subtitle,
            Shown::Figures(table) => &table.count,
        }
    }

    pub fn summary(&self) -> &str {
        match self {
            Shown::Chart(spec) => &spec.summary,
            Shown::Figures(table) => &table.summary,
        }
    }

    /// The figures shown, in order: the chart table's rows', or the listed ones.
    pub fn figures(&self) -> Vec<&'static Figure> {
        match self {
            Shown::Chart(spec) => spec.table.iter().map(|r| r.figure).collect(),
            Shown::Figures(table) => table.figures.clone(),
        }
    }

    pub fn chart(&self) -> Option<&ChartSpec> {
        match self {
            Shown::Chart(spec) => Some(spec),
            Shown::Figures(_) => None,
        }
    }
}

/// What a view state shows: the single entry point the page, the app and the exports use, so
/// they always show the same thing.
pub fn shown(data: &Dataset, state: &ViewState) -> Shown {
    match state.view {
        View::Figures => Shown::Figures(figures_table(data, state)),
        _ => Shown::Chart(spec_for(data, state)),
    }
}

/// The chart specification for a charted view's state (the figures view has none: its chart
/// is empty).
pub fn spec_for(data: &Dataset, state: &ViewState) -> ChartSpec {
    match state.view {
        View::Growth => growth::headline_growth(data, state),
        View::Scale => scale::scale(data, state),
        View::Trend => trend::trend(data, state),
        View::Cities => cities::cities(data, state),
        View::Ratios => ratios::ratios_view(data, state.lang),
        View::Figures => ChartSpec::empty(""),
    }
}

fn figures_table(data: &Dataset, state: &ViewState) -> FiguresTable {
    let l = state.lang;
    let figures = figures::matching(data, state);
    let count = figures::count(figures.len(), data, state);
    let summary = format!("{}: {count}.", l.tr("Every figure in the dataset, with its period, basis, grade and source"));
    FiguresTable { title: l.tr("Every figure in the dataset").to_string(), count, summary, figures }
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
