//! Every chart rendered to SVG natively and compared byte for byte with a committed snapshot.
//! Run with `UPDATE_SNAPSHOTS=1 cargo test` after an intended change, then review the diff.

use shenzhen_explorer::chart::{growth, render::render_svg, spec_for};
use shenzhen_explorer::view_state::parse;
use shenzhen_explorer::data::DATASET;
use std::path::PathBuf;

fn check(name: &str, svg: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(format!("{name}.svg"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, svg).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(expected == svg, "{name}.svg differs from the snapshot; run UPDATE_SNAPSHOTS=1 cargo test and review the diff");
}

#[test]
fn headline_growth_chart_matches_its_snapshot() {
    let svg = render_svg(&growth::headline_growth(&DATASET, &Default::default()), 640.0);
    assert!(svg.contains("<title id=\"chart-title\">Year-on-year growth"));
    check("growth-640", &svg);
}

#[test]
fn headline_growth_chart_at_phone_width_matches_its_snapshot() {
    check("growth-360", &render_svg(&growth::headline_growth(&DATASET, &Default::default()), 360.0));
}

#[test]
fn rendering_is_deterministic() {
    let spec = growth::headline_growth(&DATASET, &Default::default());
    assert_eq!(render_svg(&spec, 640.0), render_svg(&spec, 640.0));
}

/// Two settings of every view, named by their link.
#[test]
fn every_view_matches_its_snapshots_in_two_settings() {
    let links = [
        ("growth-extras", "?extra=exports~gdp~peers"),
        ("growth-nev-only", "?sectors=nev&extra=peers"),
        ("scale-default", "?view=scale"),
        ("scale-usd-funds-log", "?view=scale&extra=funds~ai-core~gdp&cur=usd&scale=log"),
        ("ratios", "?view=ratios"),
        ("ratios-narrow", "?view=ratios&embed=1"),
        ("trend-linear", "?view=trend"),
        ("trend-bio-va", "?view=trend&metric=bio-va"),
        ("trend-new-three-usd-bn", "?view=trend&metric=new-three-exports&cur=usd&mag=bn"),
        ("trend-gdp-index", "?view=trend&metric=gdp&scale=index&base=2022"),
        ("trend-log-hk01", "?view=trend&scale=log&alt=hk01"),
        ("trend-index-2022", "?view=trend&scale=index&base=2022"),
        ("cities-default", "?view=cities"),
        ("cities-log-provinces", "?view=cities&scale=log&cities=shenzhen~hefei~guangdong~anhui"),
        ("cities-ai-output", "?view=cities&metric=ai-output&cities=shenzhen~shanghai~beijing"),
    ];
    check_links(&links);
}

/// Across 2024-2025: the break in every place's vehicle series (where vehicles are built from
/// 2025), periods searched for and not found, part years of 2025, rates stated across the
/// break, and later figures under other definitions, in the three languages.
#[test]
fn views_across_2024_2025_match_their_snapshots() {
    check_links(&[
        ("trend-gdp-2025", "?view=trend&metric=gdp"),
        ("trend-nev-2025-log-fr", "?view=trend&scale=log&lang=fr"),
        ("trend-nev-2025-zh", "?view=trend&lang=zh"),
        ("cities-nev-2025", "?view=cities&cities=shenzhen~shanghai~hefei~chongqing~anhui"),
        ("cities-vehicles-2025-log", "?view=cities&metric=vehicle-production&cities=shenzhen~chongqing~guangdong~anhui&scale=log"),
        ("cities-ai-2025-zh", "?view=cities&metric=ai-output&cities=shenzhen~shanghai~beijing&lang=zh"),
    ]);
}

fn check_links(links: &[(&str, &str)]) {
    for &(name, link) in links {
        let (state, ignored) = parse(link);
        assert!(ignored.is_empty(), "{link}");
        let width = if name.ends_with("narrow") { 360.0 } else { 640.0 };
        check(name, &render_svg(&spec_for(&DATASET, &state), width));
    }
}
