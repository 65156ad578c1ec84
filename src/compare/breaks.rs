//! Breaks in a series (a change of method or scope from a period on, listed in the data file)
//! and the rules every chart follows around them: nothing is joined, compared or indexed
//! across one, and a growth rate a source states across one is that source's statement,
//! never recomputed. Pure functions over the dataset.

use crate::compare::axes::same_period_kind;
use crate::data::{Break, Dataset, Entity, Figure, Period};


/// Whether a line may join two points of a place's series of a measure: the same kind of
/// period, and no break between them.
pub fn joinable(data: &Dataset, entity: Entity, metric: &str, a: Period, b: Period) -> bool {
    same_period_kind(a, b) && data.break_between(entity, metric, a, b).is_none()
}

/// Whether growth may be computed from `a` to `b`: like periods a year apart, no break between.
pub fn comparable_step(data: &Dataset, entity: Entity, metric: &str, a: Period, b: Period) -> bool {
    b.year() == a.year() + 1 && joinable(data, entity, metric, a, b)
}

/// Growth in percent from one value to the next of a series, computed only for a comparable
/// step (see [`comparable_step`]).
pub fn growth(data: &Dataset, entity: Entity, metric: &str, previous: (Period, f64), current: (Period, f64)) -> Option<f64> {
    let ((a, av), (b, bv)) = (previous, current);
    (comparable_step(data, entity, metric, a, b) && av > 0.0).then(|| (bv / av - 1.0) * 100.0)
}

/// The break a figure's stated growth rate spans, if it does: the year before it was counted
/// another way, so the rate is the source's own comparison and is shown as such.
pub fn stated_across(data: &Dataset, f: &Figure) -> Option<&'static Break> {
    f.yoy_pct?;
    data.break_between(f.entity, f.metric, f.period.year_before(), f.period)
}

/// Where breaks fall on a category axis in time order: for each break that changes `metric` for
/// one of `entities` and has categories on both sides, the index of the last category before it.
pub fn on_axis(data: &Dataset, metric: &str, entities: &[Entity], categories: &[Period]) -> Vec<(usize, &'static Break)> {
    data.breaks
        .iter()
        .filter(|b| entities.iter().any(|e| b.applies(*e, metric)))
        .filter_map(|b| {
            let first_after = categories.iter().position(|p| b.after(*p))?;
            (first_after > 0).then(|| (first_after - 1, b))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Entity, DATASET};

    fn figure(entity: Entity, period: Period, value: f64) -> Figure {
        Figure { entity: Some(entity), period, value, ..*DATASET.figure("sz-nev-prod-2024").expect("present") }
    }

    #[test]
    fn the_national_rule_breaks_every_places_vehicle_series_at_2025_but_not_the_national_total() {
        let (y2024, y2025) = (Period::Year(2024), Period::Year(2025));
        for place in [crate::data::place("shenzhen"), crate::data::place("shanghai"), crate::data::place("hefei"), crate::data::place("xian")] {
            assert!(DATASET.break_between(place, "nev-production", y2024, y2025).is_some(), "{place:?}");
        }
        // Anhui's own figures count where vehicles are built from 2024: its break is a year earlier.
        let anhui = crate::data::place("anhui");
        assert!(DATASET.break_between(anhui, "vehicle-production", y2024, y2025).is_none());
        assert!(DATASET.break_between(anhui, "vehicle-production", Period::Year(2023), y2024).is_some());
        assert!(DATASET.break_between(crate::data::place("china"), "nev-production", y2024, y2025).is_none());
        assert!(DATASET.break_between(crate::data::place("shenzhen"), "gdp", y2024, y2025).is_none(), "only the metrics it names");
        assert!(DATASET.break_between(crate::data::place("shenzhen"), "nev-production", Period::Year(2023), y2024).is_none());
        let jan_nov = Period::Months { year: 2025, from: 1, to: 11 };
        assert!(DATASET.break_between(crate::data::place("hefei"), "nev-production", Period::Quarters { year: 2024, from: 1, to: 3 }, jan_nov).is_some());
    }

    #[test]
    fn no_line_and_no_growth_across_a_break() {
        let sz = |p: Period, v: f64| (p, v);
        let (y2023, y2024, y2025) = (Period::Year(2023), Period::Year(2024), Period::Year(2025));
        assert!(!joinable(&DATASET, crate::data::place("shenzhen"), "nev-production", y2024, y2025));
        assert_eq!(growth(&DATASET, crate::data::place("shenzhen"), "nev-production", sz(y2024, 2_935_300.0), sz(y2025, 1_000_000.0)), None);
        assert!(joinable(&DATASET, crate::data::place("shenzhen"), "nev-production", y2023, y2024));
        let g = growth(&DATASET, crate::data::place("shenzhen"), "nev-production", sz(y2023, 1_733_000.0), sz(y2024, 2_935_300.0));
        assert!(g.is_some_and(|g| (g - 69.4).abs() < 0.1), "{g:?}");
        // GDP has no break: its 2024 to 2025 step is computed.
        assert!(comparable_step(&DATASET, crate::data::place("shenzhen"), "gdp", y2024, y2025));
        // Nor is a part of a year joined to a full year.
        assert!(!joinable(&DATASET, crate::data::place("hefei"), "nev-production", Period::Quarters { year: 2024, from: 1, to: 3 }, y2024));
    }

    #[test]
    fn a_rate_stated_across_the_break_is_recognised_as_such() {
        let mut f = figure(crate::data::place("hefei"), Period::Year(2025), 1_296_000.0);
        f.yoy_pct = Some(36.0);
        assert!(stated_across(&DATASET, &f).is_some());
        f.period = Period::Year(2024);
        assert!(stated_across(&DATASET, &f).is_none());
    }

    #[test]
    fn the_rule_falls_between_the_last_category_before_and_the_first_after() {
        let years: Vec<Period> = (2021..=2025).map(Period::Year).collect();
        let rules = on_axis(&DATASET, "nev-production", &[crate::data::place("shenzhen")], &years);
        assert_eq!(rules.iter().map(|r| r.0).collect::<Vec<_>>(), [3]);
        assert!(on_axis(&DATASET, "nev-production", &[crate::data::place("shenzhen")], &years[..4]).is_empty(), "no category after it");
        assert!(on_axis(&DATASET, "gdp", &[crate::data::place("shenzhen")], &years).is_empty());
    }
}
