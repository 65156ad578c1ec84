//! What is newer than a headline figure: its latest comparable figure (the same place and
//! measure, a later period, no break between), newer figures of other measures of its sector
//! (which may stand beside it only under their own names), and what was searched for and not
//! found after it.

use crate::compare::series::{series, SourceChoice};
use crate::data::{Break, Dataset, Figure, Period, Qualifier};

/// A headline figure's latest comparable figure: the last of its series (disagreeing sources
/// resolved as the charts do) after it, with no break in between.
pub fn comparable(data: &Dataset, headline: &Figure) -> Option<&'static Figure> {
    let after = |f: &&'static Figure| f.period.chrono_key() > headline.period.chrono_key();
    let unbroken = |f: &&'static Figure| data.break_between(headline.entity, headline.metric, headline.period, f.period).is_none();
    series(data, headline.entity?, headline.metric, SourceChoice::Consistent).into_iter().rev().filter(after).find(unbroken)
}

/// Outcomes of the headline's sector newer than it, for its place or a company of the sector,
/// of other measures than the headline's and from other texts than its own (the article's other
/// facts are on the page already): at most `per_measure` of each, the newest, in time order
/// within each measure.
pub fn other_measures(data: &Dataset, headline: &Figure, per_measure: usize) -> Vec<&'static Figure> {
    let sector = data.metric_of(headline).sector;
    let newer: Vec<&'static Figure> = data
        .figures
        .iter()
        .filter(|f| f.metric != headline.metric && f.source != headline.source && data.metric_of(f).sector == sector)
        .filter(|f| f.entity == headline.entity || f.entity.is_some_and(|e| e.is_company()))
        .filter(|f| f.qualifier != Qualifier::Target && f.period.chrono_key() > headline.period.chrono_key())
        .collect();
    let mut out = Vec::new();
    let mut metrics: Vec<&str> = Vec::new();
    for f in &newer {
        if !metrics.contains(&f.metric) {
            metrics.push(f.metric);
        }
    }
    for m in metrics {
        let mut of_m: Vec<&'static Figure> = newer.iter().copied().filter(|f| f.metric == m).collect();
        crate::compare::series::insert_sorted(&mut of_m, |f| f.period.chrono_key());
        let skip = of_m.len().saturating_sub(per_measure);
        out.extend(of_m.into_iter().skip(skip));
    }
    out
}

/// The break after `since` in a place's series of a measure, if one lies beyond it: a later
/// figure would not continue the line.
pub fn break_after(data: &Dataset, f: &Figure, since: Period) -> Option<&'static Break> {
    data.breaks.iter().find(|b| b.applies(f.entity, f.metric) && !b.after(since))
}

/// Periods after `since` searched for and not found for a place's measure.
pub fn gaps_after(data: &Dataset, f: &Figure, since: Period) -> Vec<Period> {
    let Some(place) = f.entity else { return Vec::new() };
    data.gaps_of(place, f.metric).into_iter().filter(|p| p.chrono_key() > since.chrono_key()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Sector, DATASET};

    fn headline(s: Sector) -> &'static Figure {
        DATASET.headline(s).expect("each sector has one")
    }

    #[test]
    fn the_nev_headlines_latest_comparable_figure_is_2024_and_the_break_follows() {
        let nev = headline(Sector::Nev);
        let latest = comparable(&DATASET, nev).expect("2024");
        assert_eq!((latest.id, latest.value), ("sz-nev-prod-2024", 2_935_300.0));
        assert!(break_after(&DATASET, nev, latest.period).is_some());
        assert_eq!(gaps_after(&DATASET, nev, latest.period), [Period::Year(2025)]);
    }

    #[test]
    fn ai_and_biomedicine_have_no_newer_comparable_figure() {
        assert_eq!(comparable(&DATASET, headline(Sector::Ai)), None);
        assert_eq!(comparable(&DATASET, headline(Sector::Biomed)), None);
        assert_eq!(gaps_after(&DATASET, headline(Sector::Ai), Period::Year(2023)), [Period::Year(2024), Period::Year(2025)]);
    }

    #[test]
    fn newer_figures_of_other_measures_stand_under_their_own_names() {
        let ids = |s| other_measures(&DATASET, headline(s), 2).iter().map(|f| f.id).collect::<Vec<_>>();
        assert_eq!(ids(Sector::Ai), ["sz-ai-firms-2025", "sz-ai-firms-2025-white-paper"]);
        assert_eq!(ids(Sector::Biomed), ["sz-pharma-output-2024", "sz-meddev-output-2024"], "output values, not value added; no targets");
        let nev = ids(Sector::Nev);
        assert!(nev.contains(&"sz-nev-share-2024") && nev.contains(&"byd-sales-2025"), "{nev:?}");
        assert!(!nev.iter().any(|id| id.starts_with("cq-") || id.starts_with("cn-")), "only Shenzhen's, and companies': {nev:?}");
    }
}
