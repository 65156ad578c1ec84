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

/// Why no prior value can be derived from a figure, if none can, in the reader's language.
pub fn refusal(data: &Dataset, f: &Figure, l: Lang) -> Option<&'static str> {
    if f.yoy_pct.is_none() {
        return Some(l.tr("no growth rate is stated"));
    }
    if f.qualifier != Qualifier::Exact {
        return Some(l.tr("the value is not exact"));
    }
    let real = data.conflicts_of(f.id).any(|c| c.kind == ConflictKind::RealVsNominal);
    real.then_some(l.tr("the growth rate is real (at constant prices), the values nominal"))
}

/// Prior-period values for a series, where the series lacks them: value / (1 + growth).
pub fn prior_values(data: &Dataset, series: &[&'static Figure]) -> Vec<Derived> {
    series
        .iter()
        .filter(|f| refusal(data, f, Lang::En).is_none())
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
    use crate::data::{Entity, DATASET};

    #[test]
    fn the_year_before_a_stated_growth_rate_is_derived_with_its_formula() {
        let s = series(&DATASET, Entity::Shenzhen, "new-three-exports", SourceChoice::Consistent);
        let d = prior_values(&DATASET, &s);
        assert_eq!(d.len(), 1, "only 2022 is missing; 2023 is stated");
        assert_eq!(d[0].period, Period::Year(2022));
        assert!((d[0].value / 1e9 - 66.29).abs() < 0.01, "{}", d[0].value);
        assert_eq!(d[0].formula, "88,760,000,000 / (1 + 33.9%)");
    }

    #[test]
    fn a_half_year_derives_the_same_half_a_year_earlier() {
        let s = series(&DATASET, Entity::Shenzhen, "bio-va", SourceChoice::Consistent);
        let periods: Vec<Period> = prior_values(&DATASET, &s).iter().map(|d| d.period).collect();
        assert_eq!(periods, [Period::Year(2020), Period::Half(2023, 1)]);
    }

    #[test]
    fn real_growth_never_derives_nominal_values() {
        let s = series(&DATASET, Entity::Shenzhen, "gdp", SourceChoice::Consistent);
        assert!(prior_values(&DATASET, &s).is_empty());
        assert_eq!(refusal(&DATASET, s[0], Lang::En), Some("the growth rate is real (at constant prices), the values nominal"));
        assert_eq!(refusal(&DATASET, s[0], Lang::Zh), Some("增长率为实际增速（按不变价格计算），而数值为名义值"));
    }
}
