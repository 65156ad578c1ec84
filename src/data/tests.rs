//! The data file's rules, exercised on the real file and on edited copies of it.

use super::raw::{parse_toml, to_dataset, RawDataset, RawFigure};
use super::validate::{validate, Rule};
use super::*;

const FILE: &str = include_str!("../../data/dataset.toml");

fn raw() -> RawDataset {
    parse_toml(FILE).expect("data/dataset.toml parses")
}

fn rules_broken(raw: RawDataset) -> Vec<Rule> {
    let data = to_dataset(raw).expect("converts");
    validate(&data).into_iter().map(|p| p.rule).collect()
}

fn without_conflict(mut raw: RawDataset, id: &str) -> RawDataset {
    raw.conflict.retain(|c| c.id != id);
    raw
}

#[test]
fn the_shipped_dataset_keeps_every_rule() {
    let problems = validate(&DATASET);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_embedded_data_is_the_data_file() {
    let parsed = to_dataset(raw()).expect("converts");
    assert_eq!(parsed, *DATASET);
}

#[test]
fn every_row_of_the_shared_csv_is_in_the_dataset() {
    // The shared reference has 39 rows; the first dataset added HK01's disputed 2022 figure
    // (40); the 2024-2025 candidates added 51 more.
    assert_eq!(DATASET.figures.len(), 91);
    for id in ["sz-seed-nev-prod-2023", "sz-seed-bio-funds-2024", "sz-seed-bio-va-2024h1", "sz-seed-ai-output-2023"] {
        assert!(DATASET.figure(id).is_some(), "{id}");
    }
}

#[test]
fn a_repeated_id_is_refused() {
    let mut raw = raw();
    let copy = raw.figure[0].clone();
    raw.figure.push(copy);
    assert!(rules_broken(raw).contains(&Rule::DuplicateId));
}

#[test]
fn a_figure_without_source_period_or_grade_is_refused_by_name() {
    for field in ["source", "period", "grade", "value"] {
        let mut raw = raw();
        let f = &mut raw.figure[2];
        match field {
            "source" => f.source = Some("  ".into()),
            "period" => f.period = None,
            "grade" => f.grade = None,
            _ => f.value = None,
        }
        let errors = to_dataset(raw).err().unwrap_or_default();
        assert!(errors.iter().any(|e| e.contains("sz-seed-bio-va-2024h1") && e.contains(field)), "{field}: {errors:?}");
    }
}

#[test]
fn a_figure_names_its_place_unless_it_is_an_exchange_rate() {
    let mut raw = raw();
    raw.figure[2].entity = None;
    let data = to_dataset(raw).expect("converts");
    assert!(validate(&data).iter().any(|p| p.rule == Rule::EmptyField && p.message.contains("sz-seed-bio-va-2024h1") && p.message.contains("entity")));
    let mut raw = self::raw();
    let rate = raw.figure.iter_mut().find(|f| f.metric.as_deref() == Some("fx-cnyusd")).expect("a rate");
    rate.entity = Some("china".into());
    assert!(rules_broken(raw).contains(&Rule::EmptyField), "a rate is about no place");
}

#[test]
fn a_figure_names_an_unknown_place_by_name() {
    let mut raw = raw();
    raw.figure[2].entity = Some("shenzen".into());
    let errors = to_dataset(raw).err().unwrap_or_default();
    assert!(errors.iter().any(|e| e.contains("sz-seed-bio-va-2024h1") && e.contains("`shenzen`")), "{errors:?}");
}

#[test]
fn places_keep_one_subject_one_nation_and_their_own_colours() {
    let mut raw = raw();
    raw.place.iter_mut().for_each(|p| p.roles.retain(|r| r != "subject"));
    assert!(rules_broken(raw).contains(&Rule::PlaceRoles), "no subject city");
    let mut raw = self::raw();
    raw.place[1].roles.push("nation".into());
    assert!(rules_broken(raw).contains(&Rule::PlaceRoles), "two nations, and a city as one");
    let mut raw = self::raw();
    raw.place[2].colour = raw.place[0].colour.clone();
    assert!(rules_broken(raw).contains(&Rule::PlaceRoles), "two places of one colour");
    let mut raw = self::raw();
    raw.place[3].colour = Some("orange".into());
    assert!(to_dataset(raw).is_err(), "a colour is #rrggbb");
    assert!(rules_broken(self::raw()).iter().all(|r| *r != Rule::PlaceRoles));
}

#[test]
fn a_figure_whose_metric_is_unknown_has_no_unit_or_basis_and_is_refused() {
    let mut raw = raw();
    raw.figure[0].metric = Some("nev-prodution".into());
    assert!(rules_broken(raw).contains(&Rule::UnknownReference));
}

#[test]
fn an_unknown_grade_or_period_shape_is_refused() {
    let mut raw = raw();
    raw.figure[0].grade = Some("D".into());
    raw.figure[1].period = Some("2023H3".into());
    let errors = to_dataset(raw).err().unwrap_or_default();
    assert_eq!(errors.len(), 2, "{errors:?}");
}

#[test]
fn a_sentence_pattern_without_its_value_or_time_or_with_an_unknown_slot_is_refused_by_name() {
    let mut raw = raw();
    raw.metric[0].sentence_en = "{place} made vehicles {when}".into();
    raw.metric[1].sentence_fr = "{place} : {value}".into();
    raw.metric[2].sentence_zh = "{place}{year}{value}".into();
    let errors = to_dataset(raw).err().unwrap_or_default();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(errors[0].starts_with("nev-production: sentence_en must hold {value}"), "{errors:?}");
    assert!(errors[2].contains("sentence_zh has a slot other than"), "{errors:?}");
}

#[test]
fn shenzhen_848_800_to_1_733_000_matches_the_stated_104_2_percent() {
    // With the 2022 conflict removed, nothing marks these two: passing means they reconcile.
    let raw = without_conflict(raw(), "sz-nev-2022");
    let data = to_dataset(raw).expect("converts");
    let growth_problems: Vec<_> = validate(&data)
        .into_iter()
        .filter(|p| p.rule == Rule::UnmarkedGrowthMismatch && p.ids.contains(&"sz-nev-prod-2022"))
        .collect();
    assert!(growth_problems.is_empty(), "{growth_problems:#?}");
}

#[test]
fn shanghai_2023_stated_35_percent_must_be_marked() {
    let problems: Vec<_> = validate(&to_dataset(without_conflict(raw(), "sh-nev-2023-growth")).expect("converts"))
        .into_iter()
        .filter(|p| p.rule == Rule::UnmarkedGrowthMismatch)
        .collect();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].ids, ["sh-nev-prod-2023", "sh-nev-prod-2022"]);
}

#[test]
fn hk01s_874_700_for_2022_must_be_marked_against_848_800() {
    let problems = validate(&to_dataset(without_conflict(raw(), "sz-nev-2022")).expect("converts"));
    assert!(problems
        .iter()
        .any(|p| p.rule == Rule::UnmarkedDisagreement && p.ids == ["sz-nev-prod-2022", "sz-nev-prod-2022-hk01"]));
}

/// The data with conflict `id` declaring another kind of difference.
fn with_conflict_kind(mut raw: RawDataset, id: &str, kind: &str) -> RawDataset {
    raw.conflict.iter_mut().filter(|c| c.id == id).for_each(|c| c.kind = kind.to_string());
    raw
}

/// A conflict silences the check of the difference it declares, and no other: two sources
/// that disagree on 2022 do not excuse a stated rate, nor a rate difference a disagreement.
#[test]
fn a_conflict_silences_only_the_difference_it_declares() {
    let problems = validate(&to_dataset(with_conflict_kind(raw(), "sz-gdp-real", "sources-disagree")).expect("converts"));
    assert!(problems.iter().any(|p| p.rule == Rule::UnmarkedGrowthMismatch && p.ids.contains(&"sz-gdp-2023")), "{problems:#?}");
    let problems = validate(&to_dataset(with_conflict_kind(raw(), "sz-nev-2022", "growth-mismatch")).expect("converts"));
    assert!(problems.iter().any(|p| p.rule == Rule::UnmarkedDisagreement && p.ids == ["sz-nev-prod-2022", "sz-nev-prod-2022-hk01"]), "{problems:#?}");
    let problems = validate(&to_dataset(with_conflict_kind(raw(), "sh-nev-2023-growth", "different-measures")).expect("converts"));
    assert!(problems.iter().any(|p| p.rule == Rule::UnmarkedGrowthMismatch && p.ids == ["sh-nev-prod-2023", "sh-nev-prod-2022"]), "{problems:#?}");
}

#[test]
fn a_lower_bound_met_by_a_precise_figure_is_not_a_conflict() {
    // "exceeded 1.73 million" and 1,733,000 share entity, metric and period, and no conflict lists both.
    assert!(!validate::declared(&DATASET, &[ConflictKind::SourcesDisagree], "sz-seed-nev-prod-2023", "sz-nev-prod-2023"));
    let problems = validate(&DATASET);
    assert!(problems.is_empty());
    // Whereas a precise figure below the bound is one.
    let mut raw = raw();
    raw.figure.iter_mut().find(|f| f.id.as_deref() == Some("sz-nev-prod-2023")).expect("present").value = Some(1_712_000.0);
    assert!(rules_broken(raw).contains(&Rule::UnmarkedDisagreement));
}

#[test]
fn each_priority_sector_has_one_headline_as_the_article_states_it() {
    let ai = DATASET.headline(Sector::Ai).expect("ai");
    assert_eq!((ai.value, ai.qualifier, ai.period), (300e9, Qualifier::LowerBound, Period::Year(2023)));
    let nev = DATASET.headline(Sector::Nev).expect("nev");
    assert_eq!((nev.value, nev.yoy_pct), (1.73e6, Some(104.2)));
    let bio = DATASET.headline(Sector::Biomed).expect("biomed");
    assert_eq!((bio.period, bio.yoy_pct), (Period::Half(2024, 1), Some(10.6)));
}

#[test]
fn periods_parse_and_step_back_a_year() {
    assert_eq!(Period::parse("2024Q1-Q3"), Some(Period::Quarters { year: 2024, from: 1, to: 3 }));
    assert_eq!(Period::parse("2024-10"), Some(Period::Month(2024, 10)));
    assert_eq!(Period::parse("2024H1").map(Period::year_before), Some(Period::Half(2023, 1)));
    assert_eq!(Period::parse("2025M01-M11"), Some(Period::Months { year: 2025, from: 1, to: 11 }));
    assert_eq!(Period::parse("2025M01-M07").map(Period::year_before), Some(Period::Months { year: 2024, from: 1, to: 7 }));
    for bad in ["", "20x4", "2024H3", "2024Q3-Q1", "2024-13", "2024Q1", "99999", "2025M1-M11", "2025M11-M01", "2025M03-M03", "2025M01-M13"] {
        assert_eq!(Period::parse(bad), None, "{bad}");
    }
    // One spelling per stretch of time: whole quarters, halves and years have their own form.
    for other_form in ["2025M01-M06", "2025M01-M09", "2025M01-M12", "2025M04-M06"] {
        assert_eq!(Period::parse(other_form), None, "{other_form}");
    }
    for p in ["2023", "2024H1", "2024Q1-Q3", "2024-10", "2025M01-M11"] {
        assert_eq!(Period::parse(p).map(Period::key).as_deref(), Some(p));
    }
}

#[test]
fn periods_order_in_time_with_a_years_parts_before_the_year() {
    let mut periods: Vec<Period> = ["2025", "2024", "2025M01-M11", "2025H1", "2025M01-M07", "2024Q1-Q3"].iter().filter_map(|p| Period::parse(p)).collect();
    periods.sort_by_key(|p| p.chrono_key());
    let keys: Vec<String> = periods.iter().map(|p| p.key()).collect();
    assert_eq!(keys, ["2024Q1-Q3", "2024", "2025H1", "2025M01-M07", "2025M01-M11", "2025"]);
}

#[test]
fn a_figure_naming_an_unknown_source_is_refused() {
    let mut edited = raw();
    edited.figure[4].source = Some("no-such-source".into());
    assert!(rules_broken(edited).contains(&Rule::UnknownReference));
    let mut edited = raw();
    edited.figure[4].yoy_source = Some("no-such-source".into());
    assert!(rules_broken(edited).contains(&Rule::UnknownReference));
}

#[test]
fn a_source_without_publisher_or_date_is_refused_by_name() {
    for field in ["publisher", "published"] {
        let mut edited = raw();
        let s = &mut edited.source[1];
        match field {
            "publisher" => s.publisher = None,
            _ => s.published = Some(" ".into()),
        }
        let errors = to_dataset(edited).err().unwrap_or_default();
        assert!(errors.iter().any(|e| e.contains("hk01-998008") && e.contains(field)), "{field}: {errors:?}");
    }
    // Dates are as precise as known, in a few fixed forms; anything else is refused.
    let mut edited = raw();
    edited.source[1].published = Some("around March 2024".into());
    let errors = to_dataset(edited).err().unwrap_or_default();
    assert!(errors.iter().any(|e| e.contains("hk01-998008") && e.contains("published")), "{errors:?}");
}

#[test]
fn a_figure_read_only_on_a_mirror_is_graded_c() {
    let mut raw = raw();
    let f = raw.figure.iter_mut().find(|f| f.id.as_deref() == Some("sz-gdp-2024")).expect("present");
    f.grade = Some("B".into());
    assert!(rules_broken(raw).contains(&Rule::MirrorAboveC));
    // Every copy in the shipped file is graded C.
    for f in DATASET.figures {
        if DATASET.source_of(f).mirror_of.is_some() {
            assert_eq!(f.grade, Grade::C, "{}", f.id);
        }
    }
}

#[test]
fn a_source_nothing_cites_is_refused() {
    let mut raw = raw();
    let mut copy = raw.source[0].clone();
    copy.id = Some("uncited".into());
    raw.source.push(copy);
    assert!(rules_broken(raw).contains(&Rule::UnusedSource));
}

#[test]
fn a_quote_needs_a_translation_for_each_language_that_does_not_read_it() {
    let mut raw = raw();
    let f = raw.figure.iter_mut().find(|f| f.id.as_deref() == Some("sz-gdp-2024")).expect("present");
    f.quote_fr = None;
    let errors = to_dataset(raw).err().unwrap_or_default();
    assert!(errors.iter().any(|e| e.contains("sz-gdp-2024") && e.contains("quote_fr")), "{errors:?}");
    // A Chinese quote is its own Chinese text; a French reader gets the translation.
    let q = DATASET.figure("sz-gdp-2024").and_then(|f| f.quote).expect("quoted");
    assert_eq!((q.lang, q.translation.get(crate::i18n::Lang::Zh)), (TextLang::ZhHant, q.text));
    assert!(q.translation.get(crate::i18n::Lang::Fr).starts_with("Selon le rapport"));
}

#[test]
fn the_newest_figure_is_dated_by_its_source() {
    assert!(DATASET.newest_publication().is_some());
    let newest = DATASET.newest_publication().and_then(|p| p.earliest()).expect("dated");
    for f in DATASET.figures {
        if let Some(d) = DATASET.source_of(f).published.earliest() {
            assert!(d <= newest, "{}", f.id);
        }
    }
}

/// A figure derived from the 2024 NEV production, for the break rule's tests.
fn derived_nev(period: &str) -> RawFigure {
    RawFigure {
        id: Some(format!("test-derived-{period}")),
        entity: Some("shenzhen".into()),
        metric: Some("nev-production".into()),
        value: Some(3_228_830.0),
        period: Some(period.into()),
        qualifier: Some("derived".into()),
        grade: Some("C".into()),
        source: Some("itbear-tang-shangxing".into()),
        formula: Some("2935300 * 1.1".into()),
        derived_from: vec!["sz-nev-prod-2024".into()],
        ..RawFigure::default()
    }
}

#[test]
fn a_derived_value_across_a_break_is_refused() {
    // 2025 computed from 2024: the two years are counted two ways.
    let mut across = raw();
    across.gap.retain(|g| g.metric != "nev-production");
    across.figure.push(derived_nev("2025"));
    let problems = validate(&to_dataset(across).expect("converts"));
    assert!(problems.iter().any(|p| p.rule == Rule::DerivedAcrossBreak && p.ids == ["test-derived-2025"]), "{problems:#?}");
    // The same arithmetic within one side of the break is allowed (if marked derived).
    let mut within = raw();
    within.figure.push(derived_nev("2024H2"));
    let problems = validate(&to_dataset(within).expect("converts"));
    assert!(!problems.iter().any(|p| p.rule == Rule::DerivedAcrossBreak), "{problems:#?}");
}

#[test]
fn a_figure_whose_period_straddles_a_break_is_refused() {
    // Were the method changed in July 2024, the 2024 total would mix both ways of counting;
    // its first half would not.
    let mut raw = raw();
    for b in raw.breaks.iter_mut() {
        b.from = "2024-07".into();
    }
    let problems = validate(&to_dataset(raw).expect("converts"));
    let straddling: Vec<&str> = problems.iter().filter(|p| p.rule == Rule::StraddlesBreak).flat_map(|p| p.ids.iter().copied()).collect();
    assert!(straddling.contains(&"sz-nev-prod-2024"), "{problems:#?}");
    let halves = DATASET.figures.iter().filter(|f| matches!(f.period, Period::Half(2024, 1)));
    assert!(halves.clone().count() > 0 && halves.clone().all(|f| !straddling.contains(&f.id)), "{straddling:?}");
}

#[test]
fn a_formula_without_its_inputs_is_refused() {
    let mut raw = raw();
    let mut f = derived_nev("2024H2");
    f.derived_from.clear();
    raw.figure.push(f);
    assert!(rules_broken(raw).contains(&Rule::EmptyField));
}

#[test]
fn a_period_listed_as_not_found_cannot_have_a_figure() {
    let mut raw = raw();
    let mut f = raw.figure.iter().find(|f| f.id.as_deref() == Some("sz-nev-prod-2024")).cloned().expect("present");
    f.id = Some("test-sz-2025".into());
    f.period = Some("2025".into());
    f.yoy_pct = None;
    raw.figure.push(f);
    assert!(rules_broken(raw).contains(&Rule::GapHasFigure));
}

#[test]
fn a_stated_rate_across_a_break_is_not_checked_against_the_old_series() {
    // +36% from a 2024 value counted the old way would be a mismatch; across the break it is
    // the source's own comparison, not a conflict to list.
    let mut raw = raw();
    raw.gap.retain(|g| g.metric != "nev-production");
    let mut f = raw.figure.iter().find(|f| f.id.as_deref() == Some("sz-nev-prod-2024")).cloned().expect("present");
    (f.id, f.period, f.value, f.yoy_pct) = (Some("test-sz-2025".into()), Some("2025".into()), Some(1_000_000.0), Some(36.0));
    raw.figure.push(f);
    assert!(!rules_broken(raw).contains(&Rule::UnmarkedGrowthMismatch));
}

#[test]
fn lookups_find_what_a_scan_of_the_tables_finds() {
    for f in DATASET.figures {
        assert!(std::ptr::eq(DATASET.figure(f.id).expect("found"), f));
        let scanned: Vec<&str> = DATASET.conflicts.iter().filter(|c| c.figures.contains(&f.id)).map(|c| c.id).collect();
        assert_eq!(DATASET.conflicts_of(f.id).map(|c| c.id).collect::<Vec<_>>(), scanned, "{}", f.id);
    }
    for s in DATASET.sources {
        assert!(std::ptr::eq(DATASET.source(s.id).expect("found"), s));
    }
    assert!(DATASET.figure("no-such-figure").is_none() && DATASET.source("").is_none());
    assert_eq!(DATASET.conflicts_of("no-such-figure").count(), 0);
}

/// A conflict's note that says the nominal values' ratio runs above the real rates is refused
/// when a year it lists runs below: Shenzhen's 2025 GDP (3,873.18 bn on 3,680 bn, +5.2%, against
/// a real +5.5%), which such a note once said of every year.
#[test]
fn a_conflict_note_that_states_a_direction_is_checked_against_every_pair() {
    let mut raw = raw();
    let gdp = raw.conflict.iter_mut().find(|c| c.id == "sz-gdp-real").expect("the GDP conflict");
    gdp.note = "GDP growth is stated in real terms; the ratio of the nominal values is higher because it includes price changes.".into();
    let data = to_dataset(raw).expect("converts");
    let wrong: Vec<String> = validate(&data).into_iter().filter(|p| p.rule == Rule::WrongDirection).map(|p| p.message).collect();
    assert_eq!(wrong.len(), 1, "{wrong:?}");
    assert!(wrong[0].contains("`sz-gdp-2024` -> `sz-gdp-2025` gives +5.25%") && wrong[0].contains("+5.5%"), "{wrong:?}");
    let directions: Vec<_> = validate::ratio_directions(&data, &["sz-gdp-2022", "sz-gdp-2023", "sz-gdp-2024", "sz-gdp-2025"]).into_iter().map(|(c, _, d)| (c.id, d)).collect();
    use validate::Direction::{Above, Below};
    assert_eq!(directions, [("sz-gdp-2023", Some(Above)), ("sz-gdp-2024", Some(Above)), ("sz-gdp-2025", Some(Below))]);
}

/// A stated share is recomputed from the place's figure and the nation's totals: Shenzhen's
/// 22.3% of 2024 fits the statistics bureau's "more than 13 million" (2,935,300 of it is at
/// most 22.58%); stated as 25% it fits no total, and the build names the figures.
#[test]
fn a_stated_share_is_recomputed_from_its_part_and_the_nations_total() {
    let data = to_dataset(raw()).expect("converts");
    assert!(!validate(&data).iter().any(|p| p.rule == Rule::UnmarkedShareMismatch));
    let mut raw = raw();
    let share = raw.figure.iter_mut().find(|f| f.id.as_deref() == Some("sz-nev-share-2024")).expect("the share");
    share.value = Some(25.0);
    let data = to_dataset(raw).expect("converts");
    let wrong: Vec<String> = validate(&data).into_iter().filter(|p| p.rule == Rule::UnmarkedShareMismatch).map(|p| p.message).collect();
    assert_eq!(wrong.len(), 1, "{wrong:?}");
    assert!(wrong[0].starts_with("`sz-nev-share-2024` states 25% but `sz-nev-prod-2024` / `cn-nev-prod-2024"), "{wrong:?}");
}

#[test]
fn every_event_has_a_date_a_place_its_sectors_and_a_source_with_an_address_and_words() {
    let data = to_dataset(raw()).expect("converts");
    assert!(data.events.len() >= 4);
    for e in data.events {
        let source = data.sources.iter().find(|s| s.id == e.source).expect("its source");
        assert!(source.url.is_some() && !e.quote.text.is_empty() && !e.sectors.is_empty(), "{}", e.id);
    }
    // An event whose source has no address, or with no words of its source, is refused.
    let mut unaddressed = raw();
    let no_url = unaddressed.source.iter().position(|s| s.url.is_none()).expect("a source without an address");
    unaddressed.event[0].source = unaddressed.source[no_url].id.clone().unwrap_or_default();
    let errors = to_dataset(unaddressed).err().unwrap_or_default();
    assert!(errors.iter().any(|e| e.contains("an address for its source")), "{errors:?}");
    let mut silent = raw();
    silent.event[0].quote = None;
    let errors = to_dataset(silent).err().unwrap_or_default();
    assert!(errors.iter().any(|e| e.contains("the source's own words")), "{errors:?}");
}

#[test]
fn events_survive_the_data_file() {
    let data = to_dataset(raw()).expect("converts");
    let read = super::wire::read(Box::leak(super::wire::write(&data).into_boxed_str())).expect("reads");
    assert_eq!(read.events, data.events);
}
