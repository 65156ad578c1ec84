//! The trend view: one of Shenzhen's series by period (NEV production, GDP, 'new three'
//! exports, biomedical value added), on a linear, log or index scale. Computed growth is shown
//! for each step between like periods; values derived from a stated growth rate are drawn
//! pale, with their formula; periods of different kinds are flagged, never joined by a rate.

use super::describe::{break_rule, citation, detail, money_label, plotted, source_line, unique};
use super::note::{written, Label, Note, PointKind};
use super::spec::*;
use crate::compare::axes::same_period_kind;
use crate::compare::breaks;
use crate::compare::derived::{prior_values, refusal};
use crate::compare::series::{index, insert_by_key, series, SourceChoice};
use crate::data::{Dataset, Entity, Figure, Metric, Period, Unit};
use crate::format;
use crate::i18n::{fill, Lang};
use crate::view_state::{Scale, ViewState};

/// Tick labels for vehicle counts: "1.5 m", "1,5 M", "150万"; grouped digits below 100,000
/// (below 10,000 in Chinese, which counts in 万).
pub fn vehicle_tick(v: f64, l: Lang) -> String {
    match l {
        Lang::Zh if v >= 1e4 => format!("{}万", format::number(v / 1e4, 1, l)),
        _ if l != Lang::Zh && v >= 1e5 => format!("{}{}", format::number(v / 1e6, 2, l), l.pick(" m", "\u{a0}M", "")),
        _ => format::number(v, 0, l),
    }
}

/// Computed rates are shown to one decimal, as sources state theirs.
fn round1(g: f64) -> f64 {
    (g * 10.0).round() / 10.0
}

/// One point of the trend: a published figure or a value derived from one.
struct Point {
    period: Period,
    value: f64,
    figure: &'static Figure,
    formula: Option<String>,
}

/// The target a series is measured against, drawn as a target (an outline), never an outcome.
fn target_metric(state: &ViewState) -> Option<&'static str> {
    (state.metric == crate::view_state::MetricChoice::BioVa).then_some("bio-va-target")
}

fn is_target(p: &Point) -> bool {
    p.figure.qualifier == crate::data::Qualifier::Target
}

/// What a point is: derived, a target, reported (grade C) or its grade.
fn point_kind(p: &Point) -> PointKind {
    if p.formula.is_some() {
        PointKind::Derived
    } else if is_target(p) {
        PointKind::Target
    } else if p.figure.grade == crate::data::Grade::C {
        PointKind::Reported
    } else {
        PointKind::Grade(p.figure.grade)
    }
}

/// The scale's name, for the subtitle.
fn scale_words(scale: Scale, l: Lang) -> &'static str {
    match scale {
        Scale::Linear => l.tr("linear scale"),
        Scale::Log => l.tr("log scale"),
        Scale::Index => l.tr("index scale"),
    }
}

/// The base period the user chose, if any.
fn base_wanted(state: &ViewState) -> Option<Period> {
    state.base_year.map(Period::Year)
}

fn points(data: &Dataset, state: &ViewState) -> Vec<Point> {
    let choice = if state.alt_source { SourceChoice::Alternative } else { SourceChoice::Consistent };
    let published = series(data, Entity::subject(), state.metric.key(), choice);
    let targets = target_metric(state).map_or(Vec::new(), |t| series(data, Entity::subject(), t, SourceChoice::Consistent));
    let derived = prior_values(data, &published);
    let mut pts: Vec<Point> = Vec::new();
    // Chronological; within a year its parts come before the full year.
    let order = |p: &Point| p.period.chrono_key();
    for f in published.iter().chain(&targets) {
        insert_by_key(&mut pts, Point { period: f.period, value: f.value, figure: f, formula: None }, order);
    }
    for d in derived {
        insert_by_key(&mut pts, Point { period: d.period, value: d.value, figure: d.from, formula: Some(d.formula) }, order);
    }
    pts
}

/// The periods searched for and not found after the series' last point: the chart runs on to
/// them and says so, instead of ending where the data does as if nothing came after.
fn gaps_after(data: &Dataset, metric: &str, pts: &[Point]) -> Vec<Period> {
    let last = pts.iter().map(|p| p.period.chrono_key()).max();
    let mut out: Vec<Period> = Vec::new();
    for p in data.gaps_of(Entity::subject(), metric) {
        if Some(p.chrono_key()) > last && !out.contains(&p) {
            insert_by_key(&mut out, p, |p| p.chrono_key());
        }
    }
    out
}

/// The points left out of an index: a part of a year (or a target) cannot be indexed to a
/// full year, nor a value counted another way (across a break) to one counted the old way.
#[derive(Default)]
struct LeftOut {
    part_year: Vec<(Period, PointKind)>,
    across_break: Vec<(Period, PointKind)>,
}

/// On an index scale, removes from `pts` what cannot be indexed to the base period, and names it.
fn leave_out_of_index(data: &Dataset, state: &ViewState, pts: &mut Vec<Point>) -> LeftOut {
    let mut out = LeftOut::default();
    let base_period = pts.iter().find(|p| Some(p.period) == base_wanted(state)).or(pts.first()).map(|p| p.period);
    let (Scale::Index, Some(base_period)) = (state.scale, base_period) else { return out };
    let metric_key = state.metric.key();
    // Whether a point is left out of the index, and if so whether for a break (`true`) or for
    // its kind of period (or being a target): `None` when it can be indexed.
    let left_out = |p: &Point| match same_period_kind(p.period, base_period) && !is_target(p) {
        false => Some(false),
        true => (!breaks::joinable(data, Entity::subject(), metric_key, base_period, p.period)).then_some(true),
    };
    let named = |p: &Point| (p.period, point_kind(p));
    for p in pts.iter() {
        match left_out(p) {
            Some(true) => out.across_break.push(named(p)),
            Some(false) => out.part_year.push(named(p)),
            None => {}
        }
    }
    pts.retain(|p| left_out(p).is_none());
    out
}

/// The series once chosen: its points and the periods searched for after them, the metric,
/// and the values the axis reads (converted money, in the axis's unit) beside the published
/// ones that growth and index numbers come from, so that exchange-rate moves never count as
/// growth.
struct Series<'a> {
    data: &'a Dataset,
    state: &'a ViewState,
    metric: &'static Metric,
    money: bool,
    pts: Vec<Point>,
    gaps: Vec<Period>,
    raw: Vec<f64>,
    published: Vec<f64>,
    unit_words: String,
    divisor: f64,
    /// The notes the money axis brings (a conversion refused, the rates used).
    axis_notes: Vec<Note>,
    /// The index's base: the period chosen, else the first full year published as it is.
    base: usize,
}

impl<'a> Series<'a> {
    fn new(data: &'a Dataset, state: &'a ViewState, pts: Vec<Point>, gaps: Vec<Period>) -> Option<Series<'a>> {
        let l = state.lang;
        let metric = data.metric_of(pts.first()?.figure);
        let money = metric.unit == Unit::Cny;
        let published: Vec<f64> = pts.iter().map(|p| p.value).collect();
        let pairs: Vec<(&'static Figure, f64)> = pts.iter().map(|p| (p.figure, p.value)).collect();
        let axis = plotted(data, &pairs, money, state.currency, state.magnitude, l);
        let base = pts.iter().position(|p| Some(p.period) == base_wanted(state)).or_else(|| pts.iter().position(|p| p.period.is_full_year() && p.formula.is_none())).unwrap_or(0);
        Some(Series { data, state, metric, money, pts, gaps, raw: axis.values, published, unit_words: axis.words, divisor: axis.divisor, axis_notes: axis.notes, base })
    }

    fn lang(&self) -> Lang {
        self.state.lang
    }

    /// The plotted values and the axis's label, on the scale chosen.
    fn scaled(&self) -> (Vec<f64>, String) {
        let l = self.lang();
        let base_name = format::period(self.pts[self.base].period, l);
        match self.state.scale {
            Scale::Index => (index(&self.published, self.base).unwrap_or_else(|| self.raw.clone()), fill(l.tr("Index, {0} = 100"), &[&base_name])),
            Scale::Log => (self.raw.clone(), fill(l.tr("{0} (log scale)"), &[&self.unit_words])),
            Scale::Linear => (self.raw.clone(), self.unit_words.clone()),
        }
    }

    /// Growth from the point before `i`, between like periods and never to or from a target.
    fn growth_at(&self, i: usize) -> Option<f64> {
        let prev = i.checked_sub(1)?;
        let (a, b) = (&self.pts[prev], &self.pts[i]);
        if is_target(a) || is_target(b) {
            return None;
        }
        breaks::growth(self.data, Entity::subject(), self.state.metric.key(), (a.period, self.published[prev]), (b.period, self.published[i]))
    }

    /// On a log scale the dots of like periods are joined, never across a break or to a target.
    fn lines(&self) -> Vec<(usize, usize)> {
        let pts = &self.pts;
        let joined = |i: &usize| !is_target(&pts[i - 1]) && !is_target(&pts[*i]) && breaks::joinable(self.data, Entity::subject(), self.state.metric.key(), pts[i - 1].period, pts[*i].period);
        match self.state.scale {
            Scale::Log => (1..pts.len()).filter(joined).map(|i| (i - 1, i)).collect(),
            _ => Vec::new(),
        }
    }

    fn marks(&self, values: &[f64], color: Rgb) -> Vec<Mark> {
        let (data, l, unit) = (self.data, self.lang(), self.metric.unit);
        let mark = |(i, (p, v)): (usize, (&Point, &f64))| {
            let mut text = detail(data, p.figure, l);
            let style = match &p.formula {
                Some(formula) => {
                    let template = l.tr("Derived value for {0}: {1} = {2}. From: {3}");
                    text = fill(template, &[&format::period(p.period, l), formula, &format::scaled(p.value, unit, l), &text]);
                    MarkStyle::Derived
                }
                None if !p.period.is_full_year() => MarkStyle::Derived,
                None => MarkStyle::Solid,
            };
            let label = if is_target(p) { l.tr("target").to_string() } else { self.growth_at(i).map_or(String::new(), |g| format::growth(round1(g), l)) };
            Mark::bar(i, *v, color, label, text).styled(style).qualified_by(p.figure).at(p.period).dots_if(self.state.scale == Scale::Log)
        };
        self.pts.iter().zip(values).enumerate().map(mark).collect()
    }

    /// A value axis tick's label: index numbers, money in the axis's unit, or vehicles.
    fn tick(&self, v: f64) -> String {
        let l = self.lang();
        match (self.state.scale, self.money) {
            (Scale::Index, _) => format::number(v, 0, l),
            (_, true) => money_label(v, self.divisor, l),
            _ => vehicle_tick(v, l),
        }
    }
}

/// What the scale and the currency chosen say about the numbers: how the index is made and
/// what it leaves out, that growth ignores exchange rates, how to read a log scale.
fn scale_notes(series: &Series, left_out: LeftOut) -> Vec<Note> {
    let state = series.state;
    let mut notes = Vec::new();
    if state.scale == Scale::Index {
        notes.push(Note::IndexBase(series.pts[series.base].period));
        for (across_break, points) in [(false, left_out.part_year), (true, left_out.across_break)] {
            if !points.is_empty() {
                notes.push(Note::LeftOutOfIndex { across_break, points });
            }
        }
    }
    if series.money && state.currency == crate::view_state::Currency::Usd {
        notes.push(Note::GrowthFromYuan);
    }
    if state.scale == Scale::Log {
        notes.push(Note::LogScale);
    }
    notes
}

/// What the series' points are and where they come from: derived values, half years, values
/// not derived, breaks, gaps, the figures' own notes and conflicts, reported figures.
fn series_notes(series: &Series, rules: &[(usize, &'static crate::data::Break)]) -> Vec<Note> {
    let (data, pts) = (series.data, &series.pts);
    let mut notes = Vec::new();
    if pts.iter().any(|p| p.formula.is_some()) {
        notes.push(Note::DerivedMarks);
    }
    if pts.iter().any(|p| !p.period.is_full_year()) && pts.iter().any(|p| p.period.is_full_year()) {
        notes.push(Note::HalfYearsApart);
    }
    let notable = unique(pts.iter().filter_map(|p| refusal(data, p.figure)).filter(|r| r.is_notable()));
    notes.extend(notable.into_iter().map(Note::NotDerived));
    notes.extend(rules.iter().map(|(_, b)| Note::Break(b)));
    let metric_key = series.state.metric.key();
    notes.extend(data.gaps.iter().filter(|g| g.entity == Entity::subject() && g.metric == metric_key).map(Note::Gap));
    for p in pts {
        // One series: a note its earlier figures carry is said once, after the first.
        let said = notes.iter().any(|n| matches!(n, Note::OwnNote(_, f) if f.note == p.figure.note));
        if p.figure.note.is_some() && !said {
            notes.push(Note::OwnNote(Label::Period(p.figure.period), p.figure));
        }
        notes.extend(data.conflicts_of(p.figure.id).map(Note::Conflict));
    }
    let reported: Vec<Label> = pts.iter().filter(|p| p.formula.is_none() && p.figure.grade == crate::data::Grade::C).map(|p| Label::Period(p.period)).collect();
    if !reported.is_empty() {
        notes.push(Note::Reported(reported));
    }
    notes
}

/// What each point is (derived, part of a year, a target) is told by its mark's style, as the
/// legend shows; under the axis, the period alone.
fn legend(series: &Series, color: Rgb) -> Vec<LegendEntry> {
    let (pts, l) = (&series.pts, series.lang());
    let mut legend = vec![LegendEntry { label: fill(l.tr("Shenzhen {0}"), &[series.metric.label.get(l)]), color, style: MarkStyle::Solid }];
    if pts.iter().any(|p| p.formula.is_some() || !p.period.is_full_year()) {
        legend.push(LegendEntry { label: l.tr("derived, or part of a year").to_string(), color, style: MarkStyle::Derived });
    }
    if pts.iter().any(is_target) {
        legend.push(LegendEntry { label: l.tr("target").to_string(), color, style: MarkStyle::Outline });
    }
    legend
}

fn table(series: &Series) -> Vec<TableRow> {
    let (data, l) = (series.data, series.lang());
    let value = |i: usize, p: &Point| match series.money {
        true => fill(l.pick("{0} {1}", "{0} {1}", "{0}{1}"), &[&money_label(series.raw[i], series.divisor, l), &series.unit_words]),
        false => format::exact(p.value, series.metric.unit, l),
    };
    let row = |(i, p): (usize, &Point)| TableRow {
        cells: vec![
            format::period(p.period, l),
            value(i, p),
            series.growth_at(i).map_or("–".into(), |g| format::growth(round1(g), l)),
            if p.formula.is_some() { "–".into() } else { p.figure.yoy_pct.map_or("–".into(), |g| format::growth(g, l)) },
            match &p.formula {
                Some(f) => fill(l.tr("derived: {0}"), &[f]),
                None => fill(l.tr("{0}, grade {1}"), &[&citation(data, p.figure, l), p.figure.grade.key()]),
            },
        ],
        figure: p.figure,
    };
    series.pts.iter().enumerate().map(row).collect()
}

fn summary(series: &Series) -> String {
    let (l, unit) = (series.lang(), series.metric.unit);
    let item = |p: &Point| {
        let item = fill(l.pick("{0} {1}", "{0} : {1}", "{0}为{1}"), &[&format::period(p.period, l), &format::scaled(p.value, unit, l)]);
        let derived = if p.formula.is_some() { l.tr(" (derived)") } else { "" };
        format!("{item}{derived}")
    };
    let items = series.pts.iter().map(item).collect::<Vec<_>>().join(l.pick(", ", " ; ", "，"));
    let mut summary = fill(l.tr("Shenzhen {0} by period: {1}."), &[series.metric.label.get(l), &items]);
    if !series.gaps.is_empty() {
        let periods: Vec<String> = series.gaps.iter().map(|p| format::period(*p, l)).collect();
        summary.push_str(&fill(l.tr(" {0}: no figure found as of {1}."), &[&format::and_list(&periods, l), series.data.meta.reviewed]));
    }
    summary
}

/// The trend chart: choose the points, leave out what an index cannot take, read them on the
/// axis chosen, then make the marks, the notes, the table and the words.
pub fn trend(data: &Dataset, state: &ViewState) -> ChartSpec {
    let l = state.lang;
    let mut pts = points(data, state);
    let left_out = leave_out_of_index(data, state, &mut pts);
    let gaps = gaps_after(data, state.metric.key(), &pts);
    let Some(mut series) = Series::new(data, state, pts, gaps) else {
        return ChartSpec::empty(l.tr("No data for this series."));
    };
    let (values, axis_label) = series.scaled();
    let category_periods: Vec<Period> = series.pts.iter().map(|p| p.period).chain(series.gaps.iter().copied()).collect();
    let rules = breaks::on_axis(data, state.metric.key(), &[Entity::subject()], &category_periods);
    let color = sector_color(series.metric.sector);
    let (domain, ticks) = value_axis(&values, state.scale == Scale::Log, |v| series.tick(v));
    let axis_notes = std::mem::take(&mut series.axis_notes);
    let events = crate::chart::events::drawn(data, state, series.metric.sector, &[Entity::subject()], &category_periods);
    let notes: Vec<Note> = std::iter::once(Note::GrowthLabels)
        .chain(axis_notes)
        .chain(scale_notes(&series, left_out))
        .chain(series_notes(&series, &rules))
        .chain(crate::chart::events::notes(&events))
        .collect();
    let (a, b) = (&series.pts[0], &series.pts[series.pts.len() - 1]);
    ChartSpec {
        title: fill(l.tr("Shenzhen {0}, {1}-{2}"), &[series.metric.label.get(l), &format::period(a.period, l), &format::period(b.period, l)]),
        subtitle: fill(l.tr("By period, {0}"), &[scale_words(state.scale, l)]),
        panels: vec![Panel {
            title: String::new(),
            axis_label,
            domain,
            log: state.scale == Scale::Log,
            ticks,
            categories: series.pts.iter().map(|p| vec![format::period(p.period, l)])
                .chain(series.gaps.iter().map(|p| vec![format::period(*p, l), l.tr("no figure found").to_string()]))
                .collect(),
            marks: series.marks(&values, color),
            lines: series.lines(),
            breaks: rules.iter().map(|(after, b)| break_rule(*after, b, l)).collect(),
            // Index values are plotted as they read; money as amounts, read in the axis's unit.
            unit_divisor: if series.money && state.scale != Scale::Index { series.divisor } else { 1.0 },
            events: crate::chart::events::marks(&events, l),
        }],
        legend: legend(&series, color),
        notes: written(data, notes, l),
        source_line: source_line(data, series.pts.iter().map(|p| p.figure), l),
        table_head: [l.tr("Period"), l.tr("Value"), l.tr("Growth (computed)"), l.tr("Growth (stated)"), l.tr("Source")].map(String::from).to_vec(),
        summary: format!("{}{}", summary(&series), crate::chart::events::summary(&events, l)),
        table: table(&series),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;
    use crate::view_state::{Currency, MetricChoice};
    use crate::data::Grade;

    #[test]
    fn index_view_puts_the_base_year_at_100() {
        let state = ViewState { view: crate::view_state::View::Trend, scale: Scale::Index, base_year: Some(2022), ..Default::default() };
        let spec = trend(&DATASET, &state);
        let values: Vec<f64> = spec.panels[0].marks.iter().map(|m| m.value).collect();
        assert_eq!(values[1], 100.0);
        assert!((values[2] - 204.17).abs() < 0.01, "{values:?}");
        assert_eq!(spec.panels[0].axis_label, "Index, 2022 = 100");
    }

    #[test]
    fn log_view_draws_dots_not_bars() {
        let spec = trend(&DATASET, &ViewState { scale: Scale::Log, ..Default::default() });
        assert!(spec.panels[0].log && spec.panels[0].marks.iter().all(|m| m.kind == MarkKind::Dot));
    }

    #[test]
    fn choosing_hk01_plots_its_2022_value_and_shows_the_conflict() {
        let spec = trend(&DATASET, &ViewState { alt_source: true, ..Default::default() });
        assert_eq!(spec.panels[0].marks[1].value, 874_700.0);
        let hk01 = spec.panels[0].marks[1].figure.map(|f| f.id).expect("a figure");
        assert!(spec.notes.iter().any(|n| matches!(n.note, Note::Conflict(c) if c.figures.contains(&hk01))), "{:?}", spec.notes);
        assert!(spec.notes.iter().any(|n| n.text.contains("HK01 874,700")));
        assert_eq!(spec.table[1].cells[1], "874,700 vehicles");
    }

    #[test]
    fn derived_values_are_pale_and_carry_their_formula() {
        let spec = trend(&DATASET, &ViewState { metric: MetricChoice::NewThreeExports, ..Default::default() });
        let first = &spec.panels[0].marks[0];
        assert_eq!(first.style, MarkStyle::Derived);
        assert!(first.detail.contains("88,760,000,000 / (1 + 33.9%)"), "{}", first.detail);
        assert_eq!(spec.table[0].cells[4], "derived: 88,760,000,000 / (1 + 33.9%)");
    }

    #[test]
    fn biomedical_value_added_never_joins_a_half_year_to_a_full_year() {
        let spec = trend(&DATASET, &ViewState { metric: MetricChoice::BioVa, ..Default::default() });
        let periods: Vec<&str> = spec.table.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(periods, ["2020", "2021", "H1 2023", "H1 2024", "2025"]);
        let growth: Vec<&str> = spec.table.iter().map(|r| r.cells[2].as_str()).collect();
        assert_eq!(growth, ["–", "+5.5%", "–", "+10.6%", "–"]);
        let target = spec.panels[0].marks.last().expect("the 2025 target");
        assert_eq!((target.style, target.label.as_str()), (MarkStyle::Outline, "target"));
        assert!(spec.notes.iter().any(|n| n.note == Note::HalfYearsApart));
    }

    #[test]
    fn an_index_never_divides_a_half_year_by_a_full_year() {
        let spec = trend(&DATASET, &ViewState { metric: MetricChoice::BioVa, scale: Scale::Index, ..Default::default() });
        let periods: Vec<&str> = spec.table.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(periods, ["2020", "2021"]);
        let left_out = Note::LeftOutOfIndex {
            across_break: false,
            points: vec![(Period::Half(2023, 1), PointKind::Derived), (Period::Half(2024, 1), PointKind::Grade(Grade::A)), (Period::Year(2025), PointKind::Target)],
        };
        assert!(spec.notes.iter().any(|n| n.note == left_out), "{:?}", spec.notes);
        assert!(spec.notes.iter().any(|n| n.text.contains("Left out of the index: H1 2023 derived, H1 2024 grade A, 2025 target")), "{:?}", spec.notes);
    }

    #[test]
    fn growth_in_dollars_is_the_growth_in_yuan() {
        let usd = trend(&DATASET, &ViewState { metric: MetricChoice::Gdp, currency: Currency::Usd, ..Default::default() });
        let cny = trend(&DATASET, &ViewState { metric: MetricChoice::Gdp, ..Default::default() });
        let growth = |s: &ChartSpec| s.table.iter().map(|r| r.cells[2].clone()).collect::<Vec<_>>();
        assert_eq!(growth(&usd), growth(&cny));
        assert!(usd.notes.iter().any(|n| n.note == Note::GrowthFromYuan));
    }

    #[test]
    fn gdp_in_dollars_uses_each_years_rate_and_derives_nothing() {
        let spec = trend(&DATASET, &ViewState { metric: MetricChoice::Gdp, currency: Currency::Usd, ..Default::default() });
        assert_eq!(spec.table.len(), 4, "2022 to 2025");
        let rates: Vec<(Period, f64)> = spec.notes.iter().flat_map(|n| match &n.note { Note::Rates(r) => r.iter().map(|f| (f.period, f.value)).collect(), _ => vec![] }).collect();
        assert_eq!(rates.first(), Some(&(Period::Year(2022), 6.7261)), "{:?}", spec.notes);
        assert_eq!(rates.last(), Some(&(Period::Year(2025), 7.1429)), "{:?}", spec.notes);
        let stated: Vec<&str> = spec.table.iter().map(|r| r.cells[3].as_str()).collect();
        assert_eq!(stated, ["+3.3%", "+6%", "+5.8%", "+5.5%"], "real growth as stated");
        assert!(spec.notes.iter().any(|n| n.note == Note::NotDerived(crate::compare::derived::Refusal::RealGrowth)));
        assert_eq!(spec.panels[0].axis_label, "bn US dollars");
    }

    #[test]
    fn the_trend_reads_in_chinese_and_french() {
        let zh = crate::chart::spec_for(&DATASET, &ViewState { view: crate::view_state::View::Trend, metric: MetricChoice::BioVa, lang: Lang::Zh, ..Default::default() });
        assert_eq!(zh.title, "深圳生物医药产业增加值，2020年至2025年");
        assert_eq!(zh.panels[0].categories[3], ["2024年上半年"]);
        assert_eq!(zh.panels[0].marks.last().map(|m| m.label.as_str()), Some("目标"));
        assert_eq!(zh.table_head[2], "增长率（计算）");
        assert!(zh.notes.iter().any(|n| n.text.contains("全年数据与半年数据不可比")), "{:?}", zh.notes);
        let fr = trend(&DATASET, &ViewState { metric: MetricChoice::BioVa, scale: Scale::Index, lang: Lang::Fr, ..Default::default() });
        assert_eq!(fr.title, "Valeur ajoutée de l'industrie biomédicale à Shenzhen, 2020-2021");
        assert_eq!(fr.panels[0].axis_label, "Indice, 2021 = 100");
        assert!(fr.notes.iter().any(|n| n.text.contains("Exclus de l'indice : 1er semestre 2023 (déduit) ; 1er semestre 2024 (note A) ; 2025 (objectif)")), "{:?}", fr.notes);
        assert!(fr.source_line.starts_with("Source : "), "{}", fr.source_line);
    }

    /// The shipped data with a Shenzhen 2025 NEV figure on the new basis (none was found;
    /// this one is for the tests only), so that values lie on both sides of the break.
    fn with_a_2025_value() -> crate::data::Dataset {
        use crate::data::raw::{parse_toml, to_dataset};
        let mut raw = parse_toml(include_str!("../../data/dataset.toml")).expect("parses");
        raw.gap.retain(|g| !(g.entity == "shenzhen" && g.metric == "nev-production"));
        let mut f = raw.figure.iter().find(|f| f.id.as_deref() == Some("sz-nev-prod-2024")).cloned().expect("present");
        (f.id, f.period, f.value, f.yoy_pct, f.yoy_source) = (Some("test-sz-2025".into()), Some("2025".into()), Some(1_000_000.0), None, None);
        raw.figure.push(f);
        to_dataset(raw).expect("converts")
    }

    #[test]
    fn the_nev_trend_runs_to_2025_and_marks_the_break_where_it_falls() {
        let spec = trend(&DATASET, &ViewState::default());
        let panel = &spec.panels[0];
        assert_eq!(panel.categories.last().map(|c| c.join(" ")).as_deref(), Some("2025 no figure found"));
        assert_eq!(panel.marks.len(), 4, "nothing is drawn for 2025");
        assert_eq!(panel.breaks, [BreakRule { after: 3, label: "new method".into() }]);
        assert!(spec.notes.iter().any(|n| n.text.starts_with("The dashed line marks a break in the series. From 2025 China's statistics bureau counts vehicles where they are built")), "{:?}", spec.notes);
        assert!(spec.notes.iter().any(|n| n.text.starts_with("Shenzhen, 2025: no figure found as of 2026-11-29.")), "{:?}", spec.notes);
        assert_eq!(spec.title, "Shenzhen NEV production, 2021-2024", "the title names the years plotted");
        assert!(spec.summary.contains("2025: no figure found as of 2026-11-29."), "{}", spec.summary);
        // The NEV events of Shenzhen on the axis, in date order, listed in the summary and the notes.
        assert!(spec.summary.ends_with("Events marked on the time axis: (1) 2022-08-01, ICV rules in force; (2) 2024-10-26, Three sector offices; (3) 2025-01, Output counted where built."), "{}", spec.summary);
        assert_eq!(panel.events.iter().map(|e| e.number).collect::<Vec<_>>(), [1, 2, 3]);
        // The national change of counting, dated by its year's start, right after the break.
        assert!((panel.events[2].at - (4.0 + 0.5 / 12.0)).abs() < 1e-9, "{}", panel.events[2].at);
        assert!(spec.notes.iter().any(|n| n.text.starts_with("Event 1, 2022-08-01: Shenzhen's regulations on intelligent connected vehicles came into force")), "{:?}", spec.notes);
        let fr = trend(&DATASET, &ViewState { lang: Lang::Fr, ..Default::default() });
        assert_eq!(fr.panels[0].breaks[0].label, "nouvelle méthode");
        assert!(fr.notes.iter().any(|n| n.text.starts_with("La ligne pointillée marque une rupture de série. À partir de 2025")), "{:?}", fr.notes);
        let zh = trend(&DATASET, &ViewState { lang: Lang::Zh, ..Default::default() });
        assert_eq!(zh.panels[0].categories[4], ["2025年", "未找到"]);
        assert!(zh.notes.iter().any(|n| n.text.starts_with("虚线表示序列中断。自2025年起，国家统计局按车辆实际生产地统计")), "{:?}", zh.notes);
    }

    #[test]
    fn no_growth_is_computed_across_the_break() {
        let data = with_a_2025_value();
        let spec = trend(&data, &ViewState::default());
        let growth: Vec<&str> = spec.table.iter().map(|r| r.cells[2].as_str()).collect();
        assert_eq!(growth, ["–", "+183.4%", "+104.2%", "+69.4%", "–"]);
        assert_eq!(spec.panels[0].marks[4].label, "", "no rate over the 2025 mark");
        assert_eq!(spec.panels[0].breaks.iter().map(|b| b.after).collect::<Vec<_>>(), [3]);
    }

    #[test]
    fn no_line_joins_values_across_the_break() {
        let data = with_a_2025_value();
        let spec = trend(&data, &ViewState { scale: Scale::Log, ..Default::default() });
        assert_eq!(spec.panels[0].lines, [(0, 1), (1, 2), (2, 3)]);
        let svg = crate::chart::render::render_svg(&spec, 640.0);
        assert_eq!(svg.matches("stroke=\"#009E73\" stroke-width=\"2\"").count(), 3, "three segments, none to 2025");
    }

    #[test]
    fn no_index_across_the_break() {
        let data = with_a_2025_value();
        let spec = trend(&data, &ViewState { scale: Scale::Index, ..Default::default() });
        let periods: Vec<&str> = spec.table.iter().map(|r| r.cells[0].as_str()).collect();
        assert_eq!(periods, ["2021", "2022", "2023", "2024"]);
        let left_out = Note::LeftOutOfIndex { across_break: true, points: vec![(Period::Year(2025), PointKind::Grade(Grade::B))] };
        assert!(spec.notes.iter().any(|n| n.note == left_out), "{:?}", spec.notes);
        assert!(spec.notes.iter().any(|n| n.text == "Left out of the index: 2025 grade B (counted another way, across a break in the series)."), "{:?}", spec.notes);
        // Nor is a year before the break indexed to one after it.
        let spec = trend(&data, &ViewState { scale: Scale::Index, base_year: Some(2025), ..Default::default() });
        assert_eq!(spec.table.iter().map(|r| r.cells[0].as_str()).collect::<Vec<_>>(), ["2025"]);
    }
}
