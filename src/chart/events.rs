//! Events on a time axis: those of a chart's sector at its place or the nation's, placed at
//! their date's fraction of their year's band, numbered in date order as the notes list them.

use crate::chart::note::Note;
use crate::chart::spec::EventMark;
use crate::data::{Dataset, Entity, Event, Period, Sector};
use crate::i18n::{fill, Lang};
use crate::view_state::ViewState;

/// The events a view draws on its time axis ([`on_axis`]): none where its link hides them
/// (`events=0`).
pub fn drawn(data: &Dataset, state: &ViewState, sector: Sector, places: &[Entity], categories: &[Period]) -> Vec<(f64, &'static Event)> {
    if state.hide_events {
        return Vec::new();
    }
    on_axis(data, sector, places, categories)
}

/// The events of `sector` at one of `places` (or the nation's) that fall in a full year among
/// the axis's `categories`, each with where it falls in category units, in date order.
pub fn on_axis(data: &Dataset, sector: Sector, places: &[Entity], categories: &[Period]) -> Vec<(f64, &'static Event)> {
    let mut found: Vec<(f64, &'static Event)> = data
        .events_about(sector, places)
        .filter_map(|e| {
            let band = categories.iter().position(|p| p.is_full_year() && p.year() == e.date.year())?;
            Some((band as f64 + e.date.fraction_of_year(), e))
        })
        .collect();
    found.sort_by(|a, b| a.1.date.cmp(&b.1.date));
    found
}

/// The chart's notes for the events found on an axis, by the numbers their marks carry.
pub fn notes<'a>(found: &'a [(f64, &'static Event)]) -> impl Iterator<Item = Note> + 'a {
    found.iter().enumerate().map(|(i, (_, e))| Note::Event(i + 1, e))
}

/// The marks of events found on an axis, numbered from 1, each named for screen readers.
pub fn marks(found: &[(f64, &'static Event)], l: Lang) -> Vec<EventMark> {
    found
        .iter()
        .enumerate()
        .map(|(i, (at, e))| EventMark { at: *at, number: i + 1, name: fill(l.tr("Event {0}, {1}: {2}"), &[&(i + 1).to_string(), &e.date.key(), e.title.get(l)]), event: e })
        .collect()
}

/// The events' words for a chart's summary: "Events marked on the time axis: (1) 2022-08-01,
/// ICV rules in force."; nothing when there are none.
pub fn summary(found: &[(f64, &'static Event)], l: Lang) -> String {
    if found.is_empty() {
        return String::new();
    }
    let items: Vec<String> = found.iter().enumerate().map(|(i, (_, e))| format!("({}) {}{}{}", i + 1, e.date.key(), l.pick(", ", ", ", "，"), e.title.get(l))).collect();
    format!(" {}", fill(l.tr("Events marked on the time axis: {0}."), &[&items.join(l.list_separator())]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    #[test]
    fn a_days_event_falls_at_its_fraction_of_its_years_band() {
        let years: Vec<Period> = (2021..=2025).map(Period::Year).collect();
        let found = on_axis(&DATASET, Sector::Nev, &[Entity::subject()], &years);
        let icv = found.iter().find(|(_, e)| e.id == "sz-icv-regulations").expect("the ICV rules on the NEV axis");
        // 1 August 2022: the 2022 band (index 1), seven months and a half day in.
        assert!((icv.0 - (1.0 + (7.0 + 0.5 / 31.0) / 12.0)).abs() < 1e-9, "{}", icv.0);
        assert!(found.windows(2).all(|w| w[0].1.date <= w[1].1.date), "in date order");
        assert!(on_axis(&DATASET, Sector::Nev, &[Entity::subject()], &[Period::Year(2021), Period::Half(2022, 1)]).is_empty(), "only on full years");
        assert!(!on_axis(&DATASET, Sector::Biomed, &[Entity::subject()], &years).iter().any(|(_, e)| e.id == "sz-icv-regulations"), "an event of another sector is not drawn");
    }

    #[test]
    fn a_link_may_hide_the_events_and_says_so() {
        use crate::view_state::{parse, to_address};
        let (state, ignored) = parse("trend/?v=3&events=0");
        assert!(state.hide_events && ignored.is_empty());
        assert_eq!(to_address(&state, None), "en/trend/?v=3&events=0");
        let spec = crate::chart::spec_for(&DATASET, &state);
        assert!(spec.panels[0].events.is_empty() && !spec.summary.contains("Events marked"));
        assert!(!crate::chart::spec_for(&DATASET, &parse("trend/").0).panels[0].events.is_empty(), "on by default");
    }
}
