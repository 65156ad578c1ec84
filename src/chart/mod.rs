//! Charts as a pipeline: a specification built from (dataset, view) as plain data
//! (`spec`, one builder per view), laid out in pixels (`layout`), drawn by plotters (`render`).

pub mod cities;
pub mod describe;
pub mod events;
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
    let mut spec = match state.view {
        View::Growth => growth::headline_growth(data, state),
        View::Scale => scale::scale(data, state),
        View::Trend => trend::trend(data, state),
        View::Cities => cities::cities(data, state),
        View::Ratios => ratios::ratios_view(data, state.lang),
        View::Figures => ChartSpec::empty(""),
    };
    number_marks(&mut spec, state.lang);
    spec
}

/// Each mark's place in its series (by category), or in its panel where its series is the
/// one mark (a bar of the growth chart), as a screen reader announces it after the mark's
/// detail: " 2 of 4.".
fn number_marks(spec: &mut ChartSpec, l: crate::i18n::Lang) {
    for panel in &mut spec.panels {
        let places: Vec<(usize, usize)> = panel.marks.iter().map(|m| (m.series, m.category)).collect();
        for (i, mark) in panel.marks.iter_mut().enumerate() {
            let (series, category) = places[i];
            let mut same: Vec<usize> = (0..places.len()).filter(|&j| places[j].0 == series).collect();
            if same.len() == 1 {
                same = (0..places.len()).collect();
            }
            let before = same.iter().filter(|&&j| (places[j].1, j) < (category, i)).count();
            mark.position = crate::i18n::fill(l.tr(" {0} of {1}."), &[&(before + 1).to_string(), &same.len().to_string()]);
        }
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
    use super::{render, spec_for};
    use crate::data::{Grade, DATASET};
    use crate::i18n::{fill, Lang};
    use crate::view_state::{metrics_for, Extra, Scale, View, ViewState};

    /// A screen reader hears each mark's place in its series, or in its panel where each
    /// series is one bar, in the page's language.
    #[test]
    fn each_mark_says_its_place_in_its_series() {
        let trend = spec_for(&DATASET, &ViewState { view: View::Trend, ..ViewState::default() });
        let positions: Vec<&str> = trend.panels[0].marks.iter().map(|m| m.position.as_str()).collect();
        assert_eq!(positions, [" 1 of 4.", " 2 of 4.", " 3 of 4.", " 4 of 4."]);
        let growth = spec_for(&DATASET, &ViewState::default());
        assert_eq!(growth.panels[0].marks.iter().map(|m| m.position.as_str()).collect::<Vec<_>>(), [" 1 of 3.", " 2 of 3.", " 3 of 3."]);
        let zh = spec_for(&DATASET, &ViewState { view: View::Trend, lang: Lang::Zh, ..ViewState::default() });
        assert_eq!(zh.panels[0].marks[0].position, "（第1个，共4个）");
        let svg = render::render_svg(&trend, 640.0);
        assert!(svg.contains("(grade B). 4 of 4.\""), "the mark's name ends with its place");
    }

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
