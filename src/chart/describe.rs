//! How a plotted figure is described: its citation, its full detail for hover and screen
//! readers, and money values in the chosen currency and unit. Shared by every view.

use crate::compare::money::{convert, currency_words, magnitude};
use crate::data::{Dataset, Figure, Grade, Unit};
use crate::format;
use crate::i18n::{fill, Lang};
use crate::view_state::{Currency, Magnitude};

/// Where a figure comes from, in a line: "Xinhua, 2024-10-26".
pub fn citation(f: &Figure) -> String {
    match f.published {
        Some(date) => format!("{}, {date}", f.source),
        None => f.source.to_string(),
    }
}

/// Everything about one plotted figure, for hover, focus and screen readers.
pub fn detail(data: &Dataset, f: &Figure, l: Lang) -> String {
    let metric = data.metric_of(f);
    let mut text = fill(
        l.pick("{0} {1}, {2}: {3} ({4}).", "{0}, {1}, {2} : {3} ({4}).", "{0}{1}，{2}：{3}（{4}）。"),
        &[
            format::entity(f.entity, l),
            metric.label.get(l),
            &format::period(f.period, l),
            &format::figure_value(f, metric.unit, l),
            format::basis(metric.basis, l),
        ],
    );
    if let Some(g) = f.yoy_pct {
        text.push_str(&fill(l.tr(" Growth {0} year on year."), &[&format::growth(g, l)]));
    }
    if let Some(w) = f.wording {
        text.push_str(&fill(l.tr(" Source wording: '{0}'."), &[w.get(l)]));
    }
    if f.grade == Grade::C {
        text.push_str(l.tr(" Reported: a copy, mirror or single weak source."));
    }
    text.push_str(&fill(l.tr(" Source: {0} (grade {1})."), &[&citation(f), f.grade.key()]));
    text
}

/// A money axis for some yuan values: the values in the chosen currency and unit, the axis
/// words ("bn US dollars"), the rates used, and why any value stayed in yuan.
pub struct MoneyAxis {
    pub values: Vec<f64>,
    pub words: String,
    pub divisor: f64,
    pub rates: Vec<&'static Figure>,
    pub refusals: Vec<String>,
}

/// Converts figures' yuan values. If any cannot be converted, all stay in yuan (one axis, one
/// currency) and the reason is given.
pub fn money_axis(data: &Dataset, figures: &[(&'static Figure, f64)], currency: Currency, chosen: Magnitude, l: Lang) -> MoneyAxis {
    let converted: Result<Vec<_>, String> = figures.iter().map(|(f, v)| convert(data, *v, f.period, currency, l)).collect();
    let (values, rates, refusals, currency) = match converted {
        Ok(c) => (c.iter().map(|x| x.value).collect::<Vec<f64>>(), c.iter().filter_map(|x| x.rate).collect(), vec![], currency),
        Err(why) => (figures.iter().map(|p| p.1).collect(), vec![], vec![fill(l.tr("Shown in yuan: {0}."), &[&why])], Currency::Cny),
    };
    let (divisor, unit) = magnitude(values.iter().copied(), chosen, l);
    MoneyAxis { values, words: currency_words(unit, currency, l), divisor, rates, refusals }
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

/// "Sources: a; b" with each source once.
pub fn source_line<'a>(names: impl IntoIterator<Item = &'a str>, l: Lang) -> String {
    format!("{}{}", l.tr("Sources: "), unique(names).join(l.list_separator()))
}
