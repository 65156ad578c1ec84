//! How a plotted figure is described: its citation, its full detail for hover and screen
//! readers, and money values in the chosen currency and unit. Shared by every view.

use crate::compare::money::{convert, currency_words, magnitude};
use super::note::Note;
use super::spec::BreakRule;
use crate::data::{Break, BreakKind, Dataset, Figure, Grade, Quote, TextLang, Unit};
use crate::format;
use crate::i18n::{fill, Lang};
use crate::view_state::{Currency, Magnitude};

/// Where a figure comes from, in a line: "Xinhua, 2024-10-26", "China News Service (copy),
/// 2025-02-25", "HK01, date unknown".
pub fn citation(data: &Dataset, f: &Figure, l: Lang) -> String {
    format::source(data.source_of(f), l)
}

/// Whether a reader of `l` reads a text in `t` as it is (Chinese readers read both scripts).
pub fn reads(t: TextLang, l: Lang) -> bool {
    matches!((t, l), (TextLang::En, Lang::En) | (TextLang::Fr, Lang::Fr) | (TextLang::ZhHans | TextLang::ZhHant, Lang::Zh))
}

/// A source's own words for a reader: the original, with its language, then a translation
/// marked as one where the reader reads another language. A sentence closes once, inside
/// the quotation marks or after them.
pub fn quote_text(q: &Quote, l: Lang) -> String {
    let close = |quoted: &str| if quoted.ends_with(['.', '!', '?', '。', '！', '？']) { "" } else { l.pick(".", ".", "。") };
    let mut text = fill(l.tr(" The source's words ({0}): \u{201c}{1}\u{201d}"), &[format::text_lang(q.lang, l), q.text]);
    text.push_str(close(q.text));
    if !reads(q.lang, l) {
        let translation = q.translation.get(l);
        text.push_str(&fill(l.tr(" Translation: \u{201c}{0}\u{201d}"), &[translation]));
        text.push_str(close(translation));
    }
    text
}

/// Everything about one plotted figure, for hover, focus and screen readers.
pub fn detail(data: &Dataset, f: &Figure, l: Lang) -> String {
    let metric = data.metric_of(f);
    let mut text = fill(
        l.pick("{0} {1}, {2}: {3} ({4}).", "{0}, {1}, {2} : {3} ({4}).", "{0}{1}，{2}：{3}（{4}）。"),
        &[
            format::place_of(f, l),
            metric.label.get(l),
            &format::period(f.period, l),
            &format::figure_value(f, metric.unit, l),
            format::basis(metric.basis, l),
        ],
    );
    let across_break = crate::compare::breaks::stated_across(data, f).is_some();
    match (f.yoy_pct, f.yoy_source.and_then(|id| data.source(id))) {
        (Some(g), _) if across_break => text.push_str(&fill(l.tr(" Growth {0} year on year, as the source states it across a break in the series."), &[&format::growth(g, l)])),
        (Some(g), Some(by)) => text.push_str(&fill(l.tr(" Growth {0} year on year, as stated by {1}."), &[&format::growth(g, l), &format::source(by, l)])),
        (Some(g), None) => text.push_str(&fill(l.tr(" Growth {0} year on year."), &[&format::growth(g, l)])),
        (None, _) => {}
    }
    if let Some(w) = f.wording {
        text.push_str(&fill(l.tr(" Source wording: '{0}'."), &[w.get(l)]));
    }
    if let Some(q) = &f.quote {
        text.push_str(&quote_text(q, l));
    }
    if f.grade == Grade::C {
        text.push_str(l.tr(" Reported: a copy, mirror or single weak source."));
    }
    text.push_str(&fill(l.tr(" Source: {0} (grade {1})."), &[&citation(data, f, l), f.grade.key()]));
    text
}

/// A break's dashed rule on a chart, after category `after`, labelled with what changed.
pub fn break_rule(after: usize, b: &Break, l: Lang) -> BreakRule {
    let label = match b.kind {
        BreakKind::Method => l.tr("new method"),
        BreakKind::Scope => l.tr("new scope"),
    };
    BreakRule { after, label: label.to_string() }
}

/// A stated growth rate, marked where the source states it across a break: "+36%, stated
/// across the break".
pub fn stated_growth(data: &Dataset, f: &Figure, l: Lang) -> String {
    match (f.yoy_pct, crate::compare::breaks::stated_across(data, f)) {
        (Some(g), Some(_)) => fill(l.tr("{0}, stated across the break"), &[&format::growth(g, l)]),
        (Some(g), None) => format::growth(g, l),
        (None, _) => "–".to_string(),
    }
}

/// A money axis for some yuan values: the values in the chosen currency and unit, the axis
/// words ("bn US dollars"), the rates used, and why any value stayed in yuan.
pub struct MoneyAxis {
    pub values: Vec<f64>,
    pub words: String,
    pub divisor: f64,
    pub rates: Vec<&'static Figure>,
    pub refusals: Vec<Note>,
}

/// Converts figures' yuan values. If any cannot be converted, all stay in yuan (one axis, one
/// currency) and the reason is given.
pub fn money_axis(data: &Dataset, figures: &[(&'static Figure, f64)], currency: Currency, chosen: Magnitude, l: Lang) -> MoneyAxis {
    let converted: Result<Vec<_>, _> = figures.iter().map(|(f, v)| convert(data, *v, f.period, currency)).collect();
    let (values, rates, refusals, currency) = match converted {
        Ok(c) => (c.iter().map(|x| x.value).collect::<Vec<f64>>(), c.iter().filter_map(|x| x.rate).collect(), vec![], currency),
        Err(why) => (figures.iter().map(|p| p.1).collect(), vec![], vec![Note::ShownInYuan(why)], Currency::Cny),
    };
    let (divisor, unit) = magnitude(values.iter().copied(), chosen, l);
    MoneyAxis { values, words: currency_words(unit, currency, l), divisor, rates, refusals }
}

/// The values an axis of yuan or of vehicles reads: converted money in the axis's unit (with
/// the divisor of that unit) or vehicles as they are, the axis's words, and the notes the
/// conversion brings (a conversion refused, the rates used).
pub struct Plotted {
    pub values: Vec<f64>,
    pub words: String,
    pub divisor: f64,
    pub notes: Vec<Note>,
}

/// `figures`' values (each with its figure) as an axis of their unit reads them.
pub fn plotted(data: &Dataset, figures: &[(&'static Figure, f64)], money: bool, currency: Currency, chosen: Magnitude, l: Lang) -> Plotted {
    if !money {
        return Plotted { values: figures.iter().map(|p| p.1).collect(), words: l.tr("Vehicles").to_string(), divisor: 1.0, notes: Vec::new() };
    }
    let axis = money_axis(data, figures, currency, chosen, l);
    let rates = unique_figures(axis.rates);
    let notes = axis.refusals.into_iter().chain((!rates.is_empty()).then_some(Note::Rates(rates))).collect();
    Plotted { values: axis.values, words: axis.words, divisor: axis.divisor, notes }
}

/// A value label on a money axis: "300", "2.32".
pub fn money_label(value: f64, divisor: f64, l: Lang) -> String {
    format::significant(value / divisor, l)
}

/// Whether a metric's values are yuan, so currency and magnitude apply.
pub fn is_money(data: &Dataset, f: &Figure) -> bool {
    data.metric_of(f).unit == Unit::Cny
}

/// The items in first-seen order, each once: for source lists, where the same source
/// recurs out of order.
pub fn unique<T: PartialEq>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// The figures in first-seen order, each once (by identity: see `spec::same_figures`).
pub fn unique_figures(figures: Vec<&'static Figure>) -> Vec<&'static Figure> {
    let mut out: Vec<&'static Figure> = Vec::new();
    for f in figures {
        if !out.iter().any(|o| std::ptr::eq(*o, f)) {
            out.push(f);
        }
    }
    out
}

/// "Sources: Xinhua, 2024-10-26; CnEVPost, 2023-07-26" with each source once: short, the
/// full citations being in the page's list of sources.
pub fn source_line<'a>(data: &Dataset, figures: impl IntoIterator<Item = &'a Figure>, l: Lang) -> String {
    let cited = unique(figures.into_iter().map(|f| citation(data, f, l)));
    let label = if cited.len() == 1 { l.tr("Source: ") } else { l.tr("Sources: ") };
    format!("{label}{}", cited.join(l.list_separator()))
}

