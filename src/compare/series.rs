//! One value per period for an entity and metric, choosing between disagreeing sources the
//! way the user asked, and the arithmetic charts need on such a series.

use crate::data::{ConflictKind, Dataset, Entity, Figure, Qualifier};

/// Which side of a source disagreement to plot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceChoice {
    /// The figure consistent with the stated growth rates (the dataset's first listed).
    Consistent,
    /// The other source's figure.
    Alternative,
}

/// The figures of a series in time order (a year's parts before the year), one per period. Where sources disagree (a listed
/// conflict), `choice` picks the side; where a lower bound and a precise figure both exist,
/// the precise one is plotted.
pub fn series(data: &Dataset, entity: Entity, metric: &str, choice: SourceChoice) -> Vec<&'static Figure> {
    let mut all: Vec<&'static Figure> = Vec::new();
    for f in data.figures.iter().filter(|f| f.entity == Some(entity) && f.metric == metric) {
        insert_by_key(&mut all, f, |f| f.period.chrono_key());
    }
    let mut out: Vec<&'static Figure> = Vec::new();
    for f in all {
        match out.last_mut() {
            Some(last) if last.period == f.period => {
                if prefer(data, f, last, choice) {
                    *last = f;
                }
            }
            _ => out.push(f),
        }
    }
    out
}

fn prefer(data: &Dataset, candidate: &Figure, current: &Figure, choice: SourceChoice) -> bool {
    let disputed = data.conflicts.iter().find(|c| {
        c.kind == ConflictKind::SourcesDisagree && c.figures.contains(&candidate.id) && c.figures.contains(&current.id)
    });
    match disputed {
        Some(c) => {
            let first_listed = c.figures.iter().position(|id| *id == candidate.id) < c.figures.iter().position(|id| *id == current.id);
            first_listed == (choice == SourceChoice::Consistent)
        }
        None => current.qualifier == Qualifier::LowerBound && candidate.qualifier != Qualifier::LowerBound,
    }
}

/// Inserts into a list kept in key order, after any equal keys. Lists here hold a handful of
/// items, and this costs the WebAssembly far less code than a general sort.
pub fn insert_by_key<T, K: PartialOrd>(list: &mut Vec<T>, item: T, key: impl Fn(&T) -> K) {
    let k = key(&item);
    let at = list.iter().position(|x| key(x) > k).unwrap_or(list.len());
    list.insert(at, item);
}

/// Sorts a short list by key with insertions (see [`insert_by_key`]), keeping ties in order.
pub fn insert_sorted<T, K: PartialOrd>(list: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let mut sorted = Vec::with_capacity(list.len());
    for item in list.drain(..) {
        insert_by_key(&mut sorted, item, &key);
    }
    *list = sorted;
}

/// Values as an index with the base period's value = 100; `None` without a positive base.
pub fn index(values: &[f64], base: usize) -> Option<Vec<f64>> {
    let b = *values.get(base)?;
    (b > 0.0).then(|| values.iter().map(|v| v / b * 100.0).collect())
}

/// Growth in percent from one value to the next.
pub fn step_growth(previous: f64, current: f64) -> Option<f64> {
    (previous > 0.0).then(|| (current / previous - 1.0) * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Period, DATASET};

    fn values(choice: SourceChoice) -> Vec<f64> {
        series(&DATASET, crate::data::place("shenzhen"), "nev-production", choice).iter().map(|f| f.value).collect()
    }

    #[test]
    fn shenzhen_nev_series_is_one_precise_value_per_year() {
        assert_eq!(values(SourceChoice::Consistent), vec![299_500.0, 848_800.0, 1_733_000.0, 2_935_300.0]);
    }

    #[test]
    fn the_user_can_plot_the_other_side_of_a_disagreement() {
        assert_eq!(values(SourceChoice::Alternative)[1], 874_700.0);
    }

    #[test]
    fn insertion_keeps_key_order_and_arrival_order_for_ties() {
        let mut v = Vec::new();
        for x in [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd')] {
            insert_by_key(&mut v, x, |p| p.0);
        }
        assert_eq!(v, [(1, 'b'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn index_sets_the_base_to_100() {
        let i = index(&[50.0, 100.0, 150.0], 1).expect("positive base");
        assert_eq!(i, vec![50.0, 100.0, 150.0]);
        assert_eq!(index(&[0.0, 1.0], 0), None);
        assert_eq!(index(&[1.0], 3), None);
    }

    #[test]
    fn computed_growth_matches_the_stated_rate_within_rounding() {
        let g = step_growth(848_800.0, 1_733_000.0).expect("positive");
        assert!((g - 104.2).abs() < 0.05, "{g}");
        assert_eq!(series(&DATASET, crate::data::place("hefei"), "nev-production", SourceChoice::Consistent)[0].period, Period::Quarters { year: 2024, from: 1, to: 3 });
    }
}
