//! A chart as plain data: what is plotted, on which axes, with which caveats. Built from the
//! dataset with no DOM and no plotters, so tests read it directly, and the one rendering
//! module (render.rs) only draws it.

use super::note::NoteLine;
use crate::data::{Dataset, Entity, Figure, Period, Qualifier, Sector};
use crate::view_state::MAX_PLACES;

/// A colour as red, green, blue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Fixed sector colours from the Okabe-Ito palette, which stays distinct under the common
/// colour-vision deficiencies; every view uses these and only these for the sectors.
pub fn sector_color(sector: Sector) -> Rgb {
    match sector {
        Sector::Ai => Rgb(0x00, 0x72, 0xb2),
        Sector::Nev => Rgb(0x00, 0x9e, 0x73),
        Sector::Biomed => Rgb(0xd5, 0x5e, 0x00),
        Sector::Economy => Rgb(0x55, 0x55, 0x55),
        Sector::Fx => Rgb(0x88, 0x88, 0x88),
    }
}

/// The places' palette: Okabe-Ito's colours, which stay distinct under the common
/// colour-vision deficiencies, then Paul Tol's wine, olive and indigo. A chart compares at
/// most this many places ([`MAX_PLACES`]), so each of them has a colour of its own.
pub const PLACE_PALETTE: [Rgb; MAX_PLACES] = [
    Rgb(0x00, 0x9e, 0x73),
    Rgb(0x00, 0x72, 0xb2),
    Rgb(0x33, 0x33, 0x33),
    Rgb(0xe6, 0x9f, 0x00),
    Rgb(0xcc, 0x79, 0xa7),
    Rgb(0x56, 0xb4, 0xe9),
    Rgb(0xd5, 0x5e, 0x00),
    Rgb(0x88, 0x22, 0x55),
    Rgb(0x99, 0x99, 0x33),
    Rgb(0x33, 0x22, 0x88),
];

/// The colours of the places of one chart, in the same order: a place keeps the colour the
/// data gives it unless an earlier place of the chart has that colour; the others take the
/// palette's colours that no place of the chart has, in order. Past the palette's size
/// (which the view state does not allow) colours repeat, in the same order.
pub fn place_colours(data: &Dataset, places: &[Entity]) -> Vec<Rgb> {
    let own: Vec<Option<Rgb>> = places.iter().map(|e| data.place(*e).colour.map(|[r, g, b]| Rgb(r, g, b))).collect();
    let mut out: Vec<Option<Rgb>> = Vec::with_capacity(places.len());
    for c in &own {
        out.push(c.filter(|c| !out.contains(&Some(*c))));
    }
    let mut free = PLACE_PALETTE.iter().copied().filter(|c| !out.contains(&Some(*c))).collect::<Vec<_>>().into_iter().cycle();
    out.into_iter().map(|c| c.or_else(|| free.next()).unwrap_or(PLACE_PALETTE[0])).collect()
}

/// How a mark is drawn, so that what the value is can be seen, not only read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkStyle {
    /// A published outcome.
    Solid,
    /// A target: an outline, never a filled bar.
    Outline,
    /// A value computed from other figures: pale fill, dashed edge.
    Derived,
}

/// Bars start at zero; dots are for log scales, where a bar's length would mean nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    Bar,
    Dot,
}

#[derive(Clone, Debug)]
pub struct Mark {
    pub kind: MarkKind,
    /// Marks of one series share a colour and, as dots, a connecting line.
    pub series: usize,
    /// Index into the panel's categories.
    pub category: usize,
    pub value: f64,
    pub color: Rgb,
    pub style: MarkStyle,
    /// A lower bound: drawn with an arrow past its end, the true value is higher.
    pub open_ended: bool,
    /// The short text by the mark ("+104.2%").
    pub label: String,
    /// Everything about the mark for hover, focus and screen readers:
    /// exact value, period, basis and source.
    pub detail: String,
    /// The figure the mark plots, where it plots one (not a ratio of two): what the downloads
    /// give as its provenance.
    pub figure: Option<&'static Figure>,
    /// The period the mark stands for: its figure's, or, for a value derived from it, the
    /// period derived.
    pub period: Option<Period>,
    /// Its place in its series, in the chart's language (" 2 of 4."): read after its detail.
    pub position: String,
}

/// The dataset's figures are one each: two marks or rows of the same figure hold the same
/// reference, compared as such (a comparison of the figures' fields would bring their code
/// into the WebAssembly for nothing).
pub fn same_figures(a: Option<&'static Figure>, b: Option<&'static Figure>) -> bool {
    a.map(|f| f as *const Figure) == b.map(|f| f as *const Figure)
}

impl PartialEq for Mark {
    fn eq(&self, o: &Mark) -> bool {
        (self.kind, self.series, self.category, self.value, self.color, self.style, self.open_ended, self.period)
            == (o.kind, o.series, o.category, o.value, o.color, o.style, o.open_ended, o.period)
            && (&self.label, &self.detail, &self.position) == (&o.label, &o.detail, &o.position)
            && same_figures(self.figure, o.figure)
    }
}

impl PartialEq for TableRow {
    fn eq(&self, o: &TableRow) -> bool {
        self.cells == o.cells && same_figures(Some(self.figure), Some(o.figure))
    }
}

impl Mark {
    /// A solid bar; the builder methods below adjust it.
    pub fn bar(category: usize, value: f64, color: Rgb, label: String, detail: String) -> Mark {
        Mark { kind: MarkKind::Bar, series: 0, category, value, color, style: MarkStyle::Solid, open_ended: false, label, detail, figure: None, period: None, position: String::new() }
    }

    /// The figure the mark plots, when not `qualified_by` it (a growth rate of it, say).
    pub fn of(mut self, f: &'static Figure) -> Mark {
        self.figure = Some(f);
        self.period = Some(f.period);
        self
    }

    /// The period a value derived from the mark's figure stands for.
    pub fn at(mut self, period: Period) -> Mark {
        self.period = Some(period);
        self
    }

    /// Drawn the way the figure is qualified: targets outlined, derived values pale, lower
    /// bounds open-ended.
    pub fn qualified_by(mut self, f: &'static Figure) -> Mark {
        self.figure = Some(f);
        self.period = Some(f.period);
        self.style = match f.qualifier {
            Qualifier::Target => MarkStyle::Outline,
            Qualifier::Derived => MarkStyle::Derived,
            _ => self.style,
        };
        self.open_ended = f.qualifier == Qualifier::LowerBound;
        self
    }

    pub fn styled(mut self, style: MarkStyle) -> Mark {
        self.style = style;
        self
    }

    pub fn in_series(mut self, series: usize) -> Mark {
        self.series = series;
        self
    }

    /// Dots instead of bars (log scales).
    pub fn dots_if(mut self, dots: bool) -> Mark {
        if dots {
            self.kind = MarkKind::Dot;
        }
        self
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub value: f64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    pub title: String,
    /// The value axis label, with its unit.
    pub axis_label: String,
    /// The value axis range; bars start at zero, which lies inside it.
    pub domain: (f64, f64),
    /// A logarithmic value axis (domain strictly positive; dots only).
    pub log: bool,
    pub ticks: Vec<Tick>,
    /// One label per category, each line a `Vec` entry.
    pub categories: Vec<Vec<String>>,
    pub marks: Vec<Mark>,
    /// Pairs of marks (indices into `marks`) a line joins: only points of one series that
    /// may be compared, never across a break or between different kinds of period.
    pub lines: Vec<(usize, usize)>,
    /// Breaks in the series, drawn where they fall between two categories.
    pub breaks: Vec<BreakRule>,
    /// What a mark's value is divided by to read in the axis's unit: money axes count in
    /// billions and so on while marks keep the amount; 1 otherwise.
    pub unit_divisor: f64,
    /// Events drawn where they fall on a time axis, numbered as the notes list them.
    pub events: Vec<EventMark>,
}

/// An event on a time axis: where it falls in category units (the year's band from `i` to
/// `i + 1`, at the date's fraction of it), its number in the notes, and its accessible name.
#[derive(Clone, Debug, PartialEq)]
pub struct EventMark {
    pub at: f64,
    pub number: usize,
    pub name: String,
    pub event: &'static crate::data::Event,
}

/// A break in a series on the chart: a dashed rule after category `after`, with a short
/// label; the chart's notes say what changed.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakRule {
    pub after: usize,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub label: String,
    pub color: Rgb,
    pub style: MarkStyle,
}

/// One row of the data table under the chart: exactly what is plotted, and the figure it
/// comes from (for a derived value, the figure it is derived from).
#[derive(Clone, Debug)]
pub struct TableRow {
    pub cells: Vec<String>,
    pub figure: &'static Figure,
}

/// Ticks for a panel: a zero-based linear domain, or a log one for dots.
pub fn value_axis(values: &[f64], log: bool, label: impl Fn(f64) -> String) -> ((f64, f64), Vec<Tick>) {
    let (domain, ticks) = if log {
        log_domain_and_ticks(values.iter().copied())
    } else {
        let d = zero_based_domain(values.iter().copied());
        (d, nice_ticks(d.0, d.1, 5))
    };
    (domain, ticks.into_iter().map(|v| Tick { value: v, label: label(v) }).collect())
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    pub title: String,
    pub subtitle: String,
    pub panels: Vec<Panel>,
    pub legend: Vec<LegendEntry>,
    /// Caveats a reader must see with the chart: what each says, and its words.
    pub notes: Vec<NoteLine>,
    pub source_line: String,
    pub table_head: Vec<String>,
    pub table: Vec<TableRow>,
    /// One paragraph that says what the chart shows, for screen readers and for reading.
    pub summary: String,
}

impl ChartSpec {
    /// A chart with nothing to plot, saying why.
    pub fn empty(why: &str) -> ChartSpec {
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
}

/// "Nice" tick values from `lo` to `hi`: steps of 1, 2, 2.5 or 5 times a power of ten.
pub fn nice_ticks(lo: f64, hi: f64, target: usize) -> Vec<f64> {
    let span = (hi - lo).abs().max(f64::EPSILON);
    let raw = span / target.max(1) as f64;
    let power = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().map(|m| m * power).find(|s| *s >= raw).unwrap_or(10.0 * power);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).map(|i| i as f64 * step).collect()
}

/// A domain from zero (bars start there) to a little above the largest value, on a nice tick.
pub fn zero_based_domain(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (mut lo, mut hi) = (0.0f64, 0.0f64);
    for v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if hi == lo {
        hi = lo + 1.0;
    }
    let ticks = nice_ticks(lo, hi * 1.08, 5);
    let step = ticks.windows(2).next().map_or(1.0, |w| w[1] - w[0]);
    let top = (hi * 1.08 / step).ceil() * step;
    let bottom = if lo < 0.0 { (lo * 1.08 / step).floor() * step } else { 0.0 };
    (bottom, top)
}

/// A log domain that spans the values with a margin of a fifth of their spread on each side,
/// so that the marks fill most of the plot (an axis pinned to whole decades drew 3.2 to 3.9
/// tn yuan as a flat line), with ticks at 1, 2 and 5 times a power of ten where at least
/// three fall inside (only the powers themselves past eight), else at round steps as on a
/// linear axis. A single value sits in the middle of a factor-of-four range.
pub fn log_domain_and_ticks(values: impl Iterator<Item = f64>) -> ((f64, f64), Vec<f64>) {
    let (mut lo, mut hi) = (f64::INFINITY, 0.0f64);
    for v in values.filter(|v| *v > 0.0) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if !lo.is_finite() {
        return ((1.0, 10.0), vec![1.0, 10.0]);
    }
    let spread = (hi / lo).ln();
    let margin = if spread > 0.0 { spread * 0.2 } else { 2f64.ln() };
    let (bottom, top) = (lo * (-margin).exp(), hi * margin.exp());
    let mut ticks = Vec::new();
    let mut power = 10f64.powf(bottom.log10().floor());
    while power <= top {
        ticks.extend([1.0, 2.0, 5.0].iter().map(|m| m * power).filter(|t| *t >= bottom && *t <= top));
        power *= 10.0;
    }
    if ticks.len() > 8 {
        ticks.retain(|t| (t.log10() - t.log10().round()).abs() < 1e-9);
    }
    if ticks.len() < 3 {
        ticks = nice_ticks(bottom, top, 4).into_iter().filter(|t| *t > 0.0).collect();
    }
    ((bottom, top), ticks)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The data's places and twelve more, half of them with a colour an earlier place has.
    fn with_more_places() -> (Dataset, Vec<Entity>) {
        let mut raw = crate::data::raw::parse_toml(include_str!("../../data/dataset.toml")).expect("parses");
        let first = raw.place[0].clone();
        for i in 0..12 {
            let colour = if i % 2 == 0 { first.colour.clone() } else { None };
            raw.place.push(crate::data::raw::RawPlace { key: format!("extra-{i}"), colour, roles: Vec::new(), ..first.clone() });
        }
        let data = crate::data::raw::to_dataset(raw).expect("converts");
        let all = data.entities().collect();
        (data, all)
    }

    #[test]
    fn ten_places_in_one_chart_have_ten_colours_whatever_the_data_gives_them() {
        let (data, all) = with_more_places();
        let subject = all[0];
        let extras: Vec<Entity> = all.iter().copied().filter(|e| data.place(*e).key.starts_with("extra-")).collect();
        for chart in [extras[..MAX_PLACES].to_vec(), [vec![subject], extras[..MAX_PLACES - 1].to_vec()].concat(), all[..MAX_PLACES].to_vec()] {
            let colours = place_colours(&data, &chart);
            assert_eq!(colours.len(), chart.len());
            for (i, c) in colours.iter().enumerate() {
                assert!(!colours[..i].contains(c), "{:?} repeats a colour: {colours:?}", data.place(chart[i]).key);
            }
        }
        // A place keeps its own colour; one that an earlier place has takes the palette's next.
        let colours = place_colours(&data, &[subject, extras[0]]);
        assert_eq!(colours[0], Rgb(0x00, 0x9e, 0x73));
        assert_eq!(colours[1], PLACE_PALETTE[1]);
        // Past the palette, colours repeat in order rather than fail.
        assert_eq!(place_colours(&data, &extras).len(), extras.len());
    }

    #[test]
    fn the_page_uses_the_charts_sector_colours() {
        let css = include_str!("../../public/style.css");
        for s in Sector::PRIORITY {
            let rule = format!(".sector-{} {{ --sector: {}; }}", s.key(), sector_color(s).hex());
            assert!(css.contains(&rule), "missing: {rule}");
        }
    }

    #[test]
    fn ticks_fall_on_round_numbers() {
        assert_eq!(nice_ticks(0.0, 100.0, 5), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(nice_ticks(0.0, 112.0, 5), vec![0.0, 25.0, 50.0, 75.0, 100.0]);
        assert_eq!(nice_ticks(0.0, 1.0, 2), vec![0.0, 0.5, 1.0]);
    }

    /// On every log scale a view offers (every measure, the places a link opens with, both
    /// currencies, three languages), a panel's marks of two or more distinct values spread
    /// over at least a third of the plot's height, and at least two labelled ticks fall on
    /// the axis.
    #[test]
    fn log_scales_span_their_data_with_labelled_ticks() {
        use crate::chart::spec_for;
        use crate::data::DATASET;
        use crate::i18n::Lang;
        use crate::view_state::{metrics_for, Currency, Scale, View, ViewState, Extra};
        let mut problems = Vec::new();
        let mut series_seen = 0;
        for view in [View::Scale, View::Trend, View::Cities] {
            let extras: Vec<Vec<Extra>> = if view == View::Scale { vec![vec![], vec![Extra::Gdp, Extra::Funds, Extra::AiCore, Extra::Exports]] } else { vec![vec![]] };
            for metric in metrics_for(view) {
                for extra in &extras {
                    for currency in [Currency::Cny, Currency::Usd] {
                        for lang in Lang::ALL {
                            let state = ViewState { view, metric: *metric, extras: extra.clone(), scale: Scale::Log, currency, lang: *lang, ..ViewState::default() };
                            let state = { let mut s = state; crate::view_state::normalize(&mut s); s };
                            for panel in spec_for(&DATASET, &state).panels.iter().filter(|p| p.log) {
                                let (lo, hi) = panel.domain;
                                let at = |v: f64| (v.ln() - lo.ln()) / (hi.ln() - lo.ln());
                                let inside = panel.ticks.iter().filter(|t| t.value >= lo && t.value <= hi && !t.label.is_empty()).count();
                                if inside < 2 {
                                    problems.push(format!("{view:?} {metric:?} {currency:?} {lang:?} \"{}\": {inside} labelled tick(s) in {lo}..{hi}", panel.title));
                                }
                                // The panel's values together: places compared on one axis
                                // keep one axis, so a place whose values differ little from
                                // year to year spans less than the panel does.
                                let (min, max) = panel.marks.iter().fold((f64::INFINITY, 0.0f64), |(a, b), m| (a.min(m.value), b.max(m.value)));
                                if max > min {
                                    series_seen += 1;
                                    let spread = at(max) - at(min);
                                    if spread < 1.0 / 3.0 {
                                        problems.push(format!("{view:?} {metric:?} {currency:?} {lang:?} \"{}\": marks span {:.0}% of the plot", panel.title, spread * 100.0));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(series_seen > 20, "log series checked: {series_seen}");
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn domains_start_at_zero_and_clear_the_largest_value() {
        let (lo, hi) = zero_based_domain([104.2, 21.1, 10.6].into_iter());
        assert_eq!(lo, 0.0);
        assert!(hi > 104.2 && hi <= 140.0, "{hi}");
    }
}
