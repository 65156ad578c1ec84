//! Which figures may share a value axis. Two figures share one only if they have the same
//! unit, the same basis and the same kind of period; otherwise the chart draws one panel per
//! group and says, in plain words, why.

use crate::data::{Basis, Dataset, Figure, Period, Unit};
use crate::format;
use crate::i18n::{fill, Lang};
use crate::view_state::Currency;

/// What must match for two figures to share an axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AxisKey {
    pub unit: Unit,
    pub basis: Basis,
    pub full_year: bool,
}

pub fn axis_key(data: &Dataset, f: &Figure) -> AxisKey {
    let m = data.metric_of(f);
    AxisKey { unit: m.unit, basis: m.basis, full_year: f.period.is_full_year() }
}

/// Why two figures cannot share an axis, as a value; its words (`words`) are a reader's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Apart {
    /// Different units (money named in the currency the chart shows).
    Units(Unit, Unit, Currency),
    /// Different quantities of one unit: gross output, value added, fund size…
    Quantities(Basis, Basis),
    /// An amount at a date beside flows over a year.
    AtADate(Period),
    /// Part of a year beside full years.
    PartOfYear(Period),
}

impl Apart {
    pub fn words(self, l: Lang) -> String {
        match self {
            Apart::Units(x, y, currency) => fill(l.tr("{0} and {1} are different units"), &[unit_words(x, currency, l), unit_words(y, currency, l)]),
            Apart::Quantities(x, y) => fill(l.tr("{0} and {1} are different quantities"), &[format::basis(x, l), format::basis(y, l)]),
            Apart::AtADate(p) => fill(l.tr("{0} is an amount at a date, not a flow over a year"), &[&format::period(p, l)]),
            Apart::PartOfYear(p) => fill(l.tr("{0} is only part of a year"), &[&format::period(p, l)]),
        }
    }
}

/// Why two figures cannot share an axis; empty if they can. Money is named in the currency
/// the chart shows.
pub fn why_apart(data: &Dataset, a: &Figure, b: &Figure, currency: Currency) -> Vec<Apart> {
    let (ka, kb) = (axis_key(data, a), axis_key(data, b));
    let mut reasons = Vec::new();
    // Named in a fixed order, so the same reason reads the same whichever figure comes first.
    if ka.unit != kb.unit {
        let (x, y) = if ka.unit < kb.unit { (ka.unit, kb.unit) } else { (kb.unit, ka.unit) };
        reasons.push(Apart::Units(x, y, currency));
    } else if ka.basis != kb.basis {
        let (x, y) = if ka.basis < kb.basis { (ka.basis, kb.basis) } else { (kb.basis, ka.basis) };
        reasons.push(Apart::Quantities(x, y));
    }
    if ka.full_year != kb.full_year {
        let part = if ka.full_year { b.period } else { a.period };
        reasons.push(match part {
            Period::Month(..) => Apart::AtADate(part),
            _ => Apart::PartOfYear(part),
        });
    }
    reasons
}

fn unit_words(u: Unit, currency: Currency, l: Lang) -> &'static str {
    match u {
        Unit::Vehicles => l.tr("vehicles"),
        Unit::Cny => crate::compare::money::money_name(currency, l),
        Unit::Percent => l.tr("percentages"),
        Unit::Firms => l.tr("numbers of firms"),
        Unit::CnyPerUsd => l.tr("exchange rates"),
    }
}

/// Figures grouped by axis, in first-seen order.
pub fn groups(data: &Dataset, figures: &[&'static Figure]) -> Vec<(AxisKey, Vec<&'static Figure>)> {
    let mut out: Vec<(AxisKey, Vec<&'static Figure>)> = Vec::new();
    for f in figures {
        let key = axis_key(data, f);
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(f),
            None => out.push((key, vec![f])),
        }
    }
    out
}

/// Why groups are drawn apart, from the first member of each, each reason once.
pub fn why_panels(data: &Dataset, groups: &[(AxisKey, Vec<&'static Figure>)], currency: Currency) -> Vec<Apart> {
    let mut reasons: Vec<Apart> = Vec::new();
    for (i, (_, a)) in groups.iter().enumerate() {
        for (_, b) in &groups[i + 1..] {
            for r in why_apart(data, a[0], b[0], currency) {
                if !reasons.contains(&r) {
                    reasons.push(r);
                }
            }
        }
    }
    reasons
}

/// Whether a figure covers a full year; used to refuse growth across period kinds.
pub fn same_period_kind(a: Period, b: Period) -> bool {
    a.is_full_year() == b.is_full_year() && std::mem::discriminant(&a) == std::mem::discriminant(&b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    fn why_apart(data: &Dataset, a: &Figure, b: &Figure, currency: Currency, l: Lang) -> Vec<String> {
        super::why_apart(data, a, b, currency).into_iter().map(|r| r.words(l)).collect()
    }

    fn f(id: &str) -> &'static Figure {
        DATASET.figure(id).expect(id)
    }

    #[test]
    fn vehicles_and_yuan_never_share_an_axis() {
        let r = why_apart(&DATASET, f("sz-seed-nev-prod-2023"), f("sz-seed-ai-output-2023"), Currency::Cny, Lang::En);
        assert_eq!(r, ["vehicles and yuan are different units"]);
        let r = why_apart(&DATASET, f("sz-seed-nev-prod-2023"), f("sz-seed-ai-output-2023"), Currency::Usd, Lang::En);
        assert_eq!(r, ["vehicles and US dollars are different units"]);
    }

    #[test]
    fn gross_output_value_added_and_fund_size_are_kept_apart() {
        let r = super::why_apart(&DATASET, f("sz-seed-ai-output-2023"), f("sz-seed-bio-funds-2024"), Currency::Cny);
        assert_eq!(r, [Apart::Quantities(Basis::GrossOutput, Basis::FundSize), Apart::AtADate(Period::Month(2024, 10))]);
        let r = why_apart(&DATASET, f("sz-seed-ai-output-2023"), f("sz-seed-bio-funds-2024"), Currency::Cny, Lang::En);
        assert_eq!(r, ["gross output and fund size are different quantities", "Oct 2024 is an amount at a date, not a flow over a year"]);
        let r = why_apart(&DATASET, f("sz-seed-ai-output-2023"), f("sz-gdp-2023"), Currency::Cny, Lang::En);
        assert_eq!(r, ["gross output and value added are different quantities"]);
    }

    #[test]
    fn reasons_read_in_the_readers_language() {
        let r = why_apart(&DATASET, f("sz-seed-nev-prod-2023"), f("sz-seed-ai-output-2023"), Currency::Cny, Lang::Zh);
        assert_eq!(r, ["辆和元是不同的单位"]);
        let r = why_apart(&DATASET, f("sz-bio-va-2021"), f("sz-seed-bio-va-2024h1"), Currency::Cny, Lang::Fr);
        assert_eq!(r, ["1er semestre 2024 ne couvre qu'une partie de l'année"]);
    }

    #[test]
    fn a_half_year_is_not_a_full_year() {
        let r = why_apart(&DATASET, f("sz-bio-va-2021"), f("sz-seed-bio-va-2024h1"), Currency::Cny, Lang::En);
        assert_eq!(r, ["H1 2024 is only part of a year"]);
    }

    #[test]
    fn like_figures_share_an_axis() {
        assert!(super::why_apart(&DATASET, f("sz-gdp-2022"), f("sz-gdp-2023"), Currency::Cny).is_empty());
        let g = groups(&DATASET, &[f("sz-gdp-2022"), f("sz-seed-nev-prod-2023"), f("sz-gdp-2023")]);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].1.len(), 2);
    }
}
