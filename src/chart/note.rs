//! What a chart's notes say, as values: each builder collects the notes its chart needs where
//! it finds them, in no language, and `written` words them once, in the chart's language, as
//! the last step. Tests read what a note says (`Note`) without matching a sentence; the
//! sentences have their own tests per language.

use crate::compare::axes::Apart;
use crate::compare::derived::Refusal;
use crate::compare::money::NoRate;
use crate::data::{Break, Conflict, Dataset, Entity, Event, Figure, Gap, Grade, Period, Unit};
use crate::format;
use crate::i18n::{fill, Lang};

/// What a note says.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// The labels above a trend's marks are growth computed between like periods.
    GrowthLabels,
    /// An index: each value divided by this period's, times 100.
    IndexBase(Period),
    /// Points an index leaves out: across a break in the series (`true`), or a part of a
    /// year or a target, which cannot be indexed to a full year (`false`).
    LeftOutOfIndex { across_break: bool, points: Vec<(Period, PointKind)> },
    /// Growth and index numbers come from the yuan values, whatever the currency shown.
    GrowthFromYuan,
    LogScale,
    /// Pale marks with a formula are values derived from a stated growth rate.
    DerivedMarks,
    /// Full years and half years are drawn apart and never compared.
    HalfYearsApart,
    /// Why no earlier values are derived from the series' figures.
    NotDerived(Refusal),
    /// A break in the series, with its source.
    Break(&'static Break),
    /// What was searched for and not found, as of the dataset's review.
    Gap(&'static Gap),
    /// A figure's own note, after what names the figure on this chart.
    OwnNote(Label, &'static Figure),
    Conflict(&'static Conflict),
    /// Which plotted figures are grade C, by what names them on this chart.
    Reported(Vec<Label>),
    /// A growth rate the source states across a break, shown as stated.
    StatedAcrossBreak(&'static Figure),
    /// Money stays in yuan: a rate is missing.
    ShownInYuan(NoRate),
    /// The rates money was converted at.
    Rates(Vec<&'static Figure>),
    /// A place's figure covers part of a year only.
    PartYearOnly(Entity, Period),
    /// A place's later figures under other definitions of the line's measure: each measure
    /// (a metric's key) with its figures and why it is apart.
    OtherDefinitions { place: Entity, unit: Unit, measures: Vec<(&'static str, Vec<&'static Figure>, Vec<Apart>)> },
    /// One mark a place and year (`kept`); the year's other figures are in the table.
    AlsoPublished { kept: &'static Figure, others: Vec<&'static Figure>, unit: Unit },
    /// A province, not a city.
    Province(Entity),
    /// Arrows mark lower bounds, '≈' approximations (the cities chart).
    BoundsAndApproximations,
    /// Growth bars compare rates, not sizes.
    RatesNotSizes,
    /// Some growth bars compare part of a year.
    PartYearRates,
    /// The level behind a growth bar is a lower bound.
    LevelIsLowerBound(&'static Figure),
    /// Why the figures are not on one axis.
    NotOneAxis(Vec<Apart>),
    /// Arrows mark lower bounds (the scale chart).
    LowerBounds,
    /// A ratio's warning, after its name (both the ratio's own words).
    RatioWarning(&'static str, &'static str),
    /// An event drawn on the time axis, by its number there.
    Event(usize, &'static Event),
}

/// What names a figure in a note: its period (one series), its place, its measure, or its
/// bar's name (the growth chart's).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Label {
    Period(Period),
    Place(Entity),
    Measure(&'static Figure),
    Bar(&'static Figure),
}

/// What a point of a series is, beside its period: derived, a target, reported (grade C) or
/// its grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointKind {
    Derived,
    Target,
    Reported,
    Grade(Grade),
}

/// A note and its words in the chart's language.
#[derive(Clone, Debug)]
pub struct NoteLine {
    pub note: Note,
    pub text: String,
}

/// Two lines are the same where their words are: what a reader sees, and all the app's
/// comparison of two charts needs (a note's own comparison reaches into the figures, breaks
/// and conflicts it is about, code the WebAssembly would carry for nothing).
impl PartialEq for NoteLine {
    fn eq(&self, other: &NoteLine) -> bool {
        self.text == other.text
    }
}

/// The notes' words in `l`, each text once.
pub fn written(data: &Dataset, notes: Vec<Note>, l: Lang) -> Vec<NoteLine> {
    let mut out: Vec<NoteLine> = Vec::new();
    for note in notes {
        let text = words(data, &note, l);
        if !out.iter().any(|n| n.text == text) {
            out.push(NoteLine { note, text });
        }
    }
    out
}

/// A note's words in `l`.
pub fn words(data: &Dataset, note: &Note, l: Lang) -> String {
    match note {
        Note::GrowthLabels => l.tr("Labels above the marks are growth on the year before, computed from the plotted values, only between like periods.").into(),
        Note::IndexBase(p) => fill(l.tr("Index: each value divided by {0}'s, times 100."), &[&format::period(*p, l)]),
        Note::LeftOutOfIndex { across_break, points } => left_out(*across_break, points, l),
        Note::GrowthFromYuan => l.tr("Growth and index numbers are computed from the yuan values, so exchange-rate moves do not count as growth.").into(),
        Note::LogScale => l.tr("Log scale: equal steps up mean equal growth rates.").into(),
        Note::DerivedMarks => l.tr("Pale marks with a formula are derived: the year before a figure, from the growth rate its source states.").into(),
        Note::HalfYearsApart => l.tr("Full years and half years are not comparable: a half year is drawn pale and no growth is computed across them.").into(),
        Note::NotDerived(why) => fill(l.tr("No earlier values are derived: {0}."), &[why.words(l)]),
        Note::Break(b) => break_words(data, b, l),
        Note::Gap(g) => gap_words(data, g, l),
        Note::OwnNote(label, f) => l.labelled(&name(data, *label, l), f.note.map_or("", |n| n.get(l))),
        Note::Conflict(c) => c.note.get(l).to_string(),
        Note::Reported(labels) => {
            let names: Vec<String> = labels.iter().map(|label| name(data, *label, l)).collect();
            fill(l.tr("Reported only (grade C: a copy, mirror or single weak source): {0}."), &[&format::and_list(&names, l)])
        }
        Note::StatedAcrossBreak(f) => stated_across_words(f, l),
        Note::ShownInYuan(why) => fill(l.tr("Shown in yuan: {0}."), &[&why.words(l)]),
        Note::Rates(rates) => rates_words(data, rates, l),
        Note::PartYearOnly(place, p) => fill(l.tr("{0}: {1} covers {2} only, not a full year."), &[format::entity(*place, l), &p.year().to_string(), &format::period(*p, l)]),
        Note::OtherDefinitions { place, unit, measures } => other_definitions_words(data, *place, *unit, measures, l),
        Note::AlsoPublished { kept, others, unit } => also_published_words(kept, others, *unit, l),
        Note::Province(place) => fill(l.tr("{0} is a province, not a city: it contains many cities' production."), &[format::entity(*place, l)]),
        Note::BoundsAndApproximations => l.tr("Arrows mark lower bounds ('more than'); '≈' marks approximations ('nearly').").into(),
        Note::RatesNotSizes => l.tr("Each bar is its source's stated growth on the same period a year earlier. Bases differ (vehicles produced are a volume; output value, value added and exports are different money measures), so the bars compare rates of growth, not sizes.").into(),
        Note::PartYearRates => l.tr("Periods differ: some bars compare part of a year (H1, Jan-Sep) with the same part of the year before.").into(),
        Note::LevelIsLowerBound(f) => {
            let wording = f.wording.map_or(l.tr("more than"), |w| w.get(l));
            fill(l.tr("The level behind {0} is a lower bound ('{1}'); the stated growth rate is the source's own."), &[&bar_name(data, f, l), wording])
        }
        Note::NotOneAxis(reasons) => {
            let reasons: Vec<String> = reasons.iter().map(|r| r.words(l)).collect();
            fill(l.tr("Not on one axis, because {0}: each panel has its own scale."), &[&reasons.join(l.list_separator())])
        }
        Note::LowerBounds => l.tr("Arrows mark lower bounds: the source says 'exceeded' or 'more than', so the true value is higher.").into(),
        Note::RatioWarning(ratio, warning) => l.labelled(ratio, warning),
        Note::Event(number, e) => {
            let source = data.source(e.source).map(|s| format::source(s, l)).unwrap_or_default();
            fill(l.tr("Event {0}, {1}: {2} ({3})"), &[&number.to_string(), &e.date.key(), e.text.get(l), &source])
        }
    }
}

/// What names a figure, in `l`.
fn name(data: &Dataset, label: Label, l: Lang) -> String {
    match label {
        Label::Period(p) => format::period(p, l),
        Label::Place(e) => format::entity(e, l).to_string(),
        Label::Measure(f) => data.metric_of(f).label.get(l).to_string(),
        Label::Bar(f) => bar_name(data, f, l),
    }
}

/// A growth bar's name: another place's measure, a headline's sector, or the subject's measure.
pub fn bar_name(data: &Dataset, f: &Figure, l: Lang) -> String {
    match f.entity {
        Some(e) if e != Entity::subject() => fill(l.pick("{0} {1}", "{1}, {0}", "{0}{1}"), &[format::entity(e, l), data.metric_of(f).label.get(l)]),
        _ if f.headline => format::sector_short(data.metric_of(f).sector, l).to_string(),
        _ => data.metric_of(f).label.get(l).to_string(),
    }
}

impl PointKind {
    pub fn words(self, l: Lang) -> String {
        match self {
            PointKind::Derived => l.tr("derived").into(),
            PointKind::Target => l.tr("target").into(),
            PointKind::Reported => l.tr("reported").into(),
            PointKind::Grade(g) => fill(l.tr("grade {0}"), &[g.key()]),
        }
    }
}

fn left_out(across_break: bool, points: &[(Period, PointKind)], l: Lang) -> String {
    let named = |(p, kind): &(Period, PointKind)| fill(l.pick("{0} {1}", "{0} ({1})", "{0}（{1}）"), &[&format::period(*p, l), &kind.words(l)]);
    let list = points.iter().map(named).collect::<Vec<_>>().join(l.pick(", ", " ; ", "、"));
    let template = match across_break {
        true => l.tr("Left out of the index: {0} (counted another way, across a break in the series)."),
        false => l.tr("Left out of the index: {0} (part of a year cannot be indexed to a full year)."),
    };
    fill(template, &[&list])
}

/// Why a chart's series breaks where its dashed rule is, with the source that reports it.
fn break_words(data: &Dataset, b: &Break, l: Lang) -> String {
    let source = data.source(b.source).map_or(String::new(), |s| format::source(s, l));
    fill(l.tr("The dashed line marks a break in the series. {0} Source: {1}."), &[b.note.get(l), &source])
}

/// Why a growth rate stated across a break is shown as its source's statement and not
/// recomputed: "Chongqing: +36% for 2025 is the source's own comparison…".
fn stated_across_words(f: &Figure, l: Lang) -> String {
    let template = l.tr("{0}: {1} for {2} is the source's own comparison with a year counted the old way, across the break; it is shown as stated, not recomputed.");
    fill(template, &[format::place_of(f, l), &f.yoy_pct.map_or(String::new(), |g| format::growth(g, l)), &format::period(f.period, l)])
}

/// What was searched for and not found, as of the dataset's review: "Shenzhen, 2025: no figure
/// found as of 2026-11-29."
fn gap_words(data: &Dataset, g: &Gap, l: Lang) -> String {
    let periods: Vec<String> = g.periods.iter().map(|p| format::period(*p, l)).collect();
    let mut text = fill(
        l.tr("{0}, {1}: no figure found as of {2}."),
        &[format::entity(g.entity, l), &format::and_list(&periods, l), data.meta.reviewed],
    );
    if let Some(n) = g.note {
        text.push_str(l.pick(" ", " ", ""));
        text.push_str(n.get(l));
    }
    text
}

/// The rates a chart's money was converted at, each once.
fn rates_words(data: &Dataset, rates: &[&'static Figure], l: Lang) -> String {
    let each = |r: &&Figure| {
        let template = l.tr("{0} for {1} ({2}, grade {3})");
        fill(template, &[&format::number(r.value, 4, l), &format::period(r.period, l), &format::source(data.source_of(r), l), r.grade.key()])
    };
    let parts: Vec<String> = rates.iter().map(each).collect();
    format!("{}{}{}", l.tr("Converted to US dollars at yuan per dollar: "), parts.join(l.list_separator()), l.pick(".", ".", "。"))
}

/// "Beijing: its later figures use other definitions, so they are not later points of this
/// line. Core AI industry: about 450 bn yuan (2025) (…)."
fn other_definitions_words(data: &Dataset, place: Entity, unit: Unit, measures: &[(&'static str, Vec<&'static Figure>, Vec<Apart>)], l: Lang) -> String {
    let item = |(metric, figures, why): &(&'static str, Vec<&'static Figure>, Vec<Apart>)| {
        let values: Vec<String> = figures
            .iter()
            .map(|f| fill(l.pick("{0} ({1})", "{0} ({1})", "{0}（{1}）"), &[&format::figure_value(f, unit, l), &format::period(f.period, l)]))
            .collect();
        let why = why.iter().map(|r| r.words(l)).collect::<Vec<_>>().join(l.list_separator());
        let label = data.metric(metric).map_or(*metric, |x| x.label.get(l));
        fill(l.pick("{0}: {1} ({2})", "{0} : {1} ({2})", "{0}：{1}（{2}）"), &[label, &values.join(l.pick(", ", ", ", "、")), &why])
    };
    let items = measures.iter().map(item).collect::<Vec<_>>().join(l.list_separator());
    let template = l.tr("{0}: its later figures use other definitions, so they are not later points of this line. {1}.");
    fill(template, &[format::entity(place, l), &items])
}

/// "Shanghai, 2025: one mark a place and year, here 2025; also published (see the figures
/// table): Jan-Jul 2025: 573,000 vehicles and Jan-Nov 2025: 1.04 million vehicles."
fn also_published_words(kept: &Figure, others: &[&'static Figure], unit: Unit, l: Lang) -> String {
    let same: Vec<String> = others
        .iter()
        .map(|o| fill(l.pick("{0}: {1}", "{0} : {1}", "{0}：{1}"), &[&format::period(o.period, l), &format::figure_value(o, unit, l)]))
        .collect();
    let template = l.tr("{0}, {1}: one mark a place and year, here {2}; also published (see the figures table): {3}.");
    fill(template, &[format::place_of(kept, l), &kept.period.year().to_string(), &format::period(kept.period, l), &format::and_list(&same, l)])
}
