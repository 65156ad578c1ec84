//! Values the data implies but does not state: the value a year before a figure, from the
//! growth rate its source states. Always marked as derived, with the formula.

use crate::data::{ConflictKind, Dataset, Figure, Period, Qualifier};
use crate::format;
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    pub period: Period,
    pub value: f64,
    /// The figure whose value and stated growth it comes from.
    pub from: &'static Figure,
    pub formula: String,
}

/// Why no value a year before a figure can be derived from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    NoRate,
    NotExact,
    /// The rate is real (constant prices), the values nominal.
    RealGrowth,
    /// The rate spans a break in the series: the year before was counted another way.
    AcrossBreak,
}

impl Refusal {
    pub fn words(self, l: Lang) -> &'static str {
        match self {
            Refusal::NoRate => l.tr("no growth rate is stated"),
            Refusal::NotExact => l.tr("the value is not exact"),
            Refusal::RealGrowth => l.tr("the growth rate is real (at constant prices), the values nominal"),
            Refusal::AcrossBreak => l.tr("the growth rate spans a break in the series, so the year before was counted another way"),
        }
    }

    /// Whether the refusal is worth a note under a chart (the others are plain absences).
    pub fn is_notable(self) -> bool {
        matches!(self, Refusal::RealGrowth | Refusal::AcrossBreak)
    }
}

/// Why no prior value can be derived from a figure, if none can.
pub fn refusal(data: &Dataset, f: &Figure) -> Option<Refusal> {
    if f.yoy_pct.is_none() {
        return Some(Refusal::NoRate);
    }
    if f.qualifier != Qualifier::Exact {
        return Some(Refusal::NotExact);
    }
    if data.conflicts_of(f.id).any(|c| c.kind == ConflictKind::RealVsNominal) {
        return Some(Refusal::RealGrowth);
    }
    crate::compare::breaks::stated_across(data, f).map(|_| Refusal::AcrossBreak)
}

/// Prior-period values for a series, where the series lacks them: value / (1 + growth).
pub fn prior_values(data: &Dataset, series: &[&'static Figure]) -> Vec<Derived> {
    series
        .iter()
        .filter(|f| refusal(data, f).is_none())
        .filter_map(|f| {
            let before = f.period.year_before();
            let g = f.yoy_pct?;
            let missing = !series.iter().any(|o| o.period == before);
            (missing && g > -100.0).then(|| Derived {
                period: before,
                value: f.value / (1.0 + g / 100.0),
                from: f,
                // Math notation, the same in every language.
                formula: format!("{} / (1 + {}%)", format::number(f.value, 0, Lang::En), format::number(g, 2, Lang::En)),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::series::{series, SourceChoice};
    use crate::data::DATASET;

    #[test]
    fn the_year_before_a_stated_growth_rate_is_derived_with_its_formula() {
        let s = series(&DATASET, crate::data::place("shenzhen"), "new-three-exports", SourceChoice::Consistent);
        let d = prior_values(&DATASET, &s);
        assert_eq!(d.len(), 1, "only 2022 is missing; 2023 is stated");
        assert_eq!(d[0].period, Period::Year(2022));
        assert!((d[0].value / 1e9 - 66.29).abs() < 0.01, "{}", d[0].value);
        assert_eq!(d[0].formula, "88,760,000,000 / (1 + 33.9%)");
    }

    #[test]
    fn a_half_year_derives_the_same_half_a_year_earlier() {
        let s = series(&DATASET, crate::data::place("shenzhen"), "bio-va", SourceChoice::Consistent);
        let periods: Vec<Period> = prior_values(&DATASET, &s).iter().map(|d| d.period).collect();
        assert_eq!(periods, [Period::Year(2020), Period::Half(2023, 1)]);
    }

    #[test]
    fn real_growth_never_derives_nominal_values() {
        let s = series(&DATASET, crate::data::place("shenzhen"), "gdp", SourceChoice::Consistent);
        assert!(prior_values(&DATASET, &s).is_empty());
        assert_eq!(refusal(&DATASET, s[0]), Some(Refusal::RealGrowth));
        assert_eq!(Refusal::RealGrowth.words(Lang::Zh), "增长率为实际增速（按不变价格计算），而数值为名义值");
    }
}

#[cfg(test)]
mod break_tests {
    use super::*;
    use crate::data::{Period, DATASET};

    #[test]
    fn no_value_is_derived_across_a_break() {
        // A 2025 production figure with a stated rate: the year before it was counted another
        // way, so 2024 is not derived from it.
        let f = Figure { period: Period::Year(2025), value: 1_296_000.0, yoy_pct: Some(36.0), entity: Some(crate::data::place("hefei")), ..*DATASET.figure("sz-nev-prod-2022").expect("present") };
        let series: &'static [&'static Figure] = Box::leak(vec![&*Box::leak(Box::new(f))].into_boxed_slice());
        assert_eq!(refusal(&DATASET, series[0]), Some(Refusal::AcrossBreak));
        assert!(prior_values(&DATASET, series).is_empty());
        assert_eq!(Refusal::AcrossBreak.words(Lang::Fr), "le taux de croissance enjambe une rupture de série : l'année précédente était comptée autrement");
    }
}
