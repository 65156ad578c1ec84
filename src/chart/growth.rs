//! The growth comparison: each chosen sector's headline indicator year on year, as the
//! article states it, plus growth figures the user adds (exports, GDP, peer places). Growth
//! rates are the one thing these can share an axis for, and even then their bases and
//! periods differ: every bar is labelled with both, and the notes say so.

use super::cities::city_color;
use super::describe::{citation, detail, unique};
use super::spec::*;
use crate::data::{Dataset, Entity, Figure, Qualifier};
use crate::format;
use crate::view_state::{Extra, ViewState};

/// The figures an extra adds to the growth view.
fn extra_ids(extra: Extra) -> &'static [&'static str] {
    match extra {
        Extra::Exports => &["sz-nev-exports-2024h1", "sz-newthree-exports-2024"],
        Extra::Gdp => &["sz-gdp-2024"],
        Extra::Peers => &["gd-nev-prod-2023", "ah-nev-prod-2024", "hf-nev-prod-2024q1q3", "cn-ai-core-2023"],
        Extra::Funds | Extra::AiCore => &[],
    }
}

fn color_of(data: &Dataset, f: &Figure) -> Rgb {
    match f.entity {
        Entity::Shenzhen => sector_color(data.metric_of(f).sector),
        other => city_color(other),
    }
}

pub fn headline_growth(data: &Dataset, state: &ViewState) -> ChartSpec {
    let mut figures: Vec<&'static Figure> = state.sectors.iter().filter_map(|s| data.headline(*s)).collect();
    figures.extend(state.extras.iter().flat_map(|e| extra_ids(*e)).filter_map(|id| data.figure(id)));
    let plotted: Vec<(&'static Figure, f64)> = figures.iter().filter_map(|f| f.yoy_pct.map(|g| (*f, g))).collect();

    let name = |f: &Figure| match f.entity {
        Entity::Shenzhen if f.headline => format::sector_short(data.metric_of(f).sector).to_string(),
        Entity::Shenzhen => data.metric_of(f).label.en.to_string(),
        other => format!("{} {}", format::entity(other), data.metric_of(f).label.en),
    };
    let categories = plotted
        .iter()
        .map(|(f, _)| vec![name(f), format::period(f.period), format::basis(data.metric_of(f).basis).to_string()])
        .collect();
    let marks = plotted
        .iter()
        .enumerate()
        .map(|(i, (f, g))| Mark::bar(i, *g, color_of(data, f), format::growth(*g), detail(data, f)).in_series(i))
        .collect();
    let values: Vec<f64> = plotted.iter().map(|p| p.1).collect();
    let (domain, ticks) = value_axis(&values, false, |v| format!("{}%", format::number(v, 1)));

    let mut notes = vec![
        "Each bar is its source's stated growth on the same period a year earlier. Bases differ (vehicles produced are a volume; output value, value added and exports are different money measures), so the bars compare rates of growth, not sizes.".to_string(),
    ];
    if plotted.iter().any(|(f, _)| !f.period.is_full_year()) {
        notes.push("Periods differ: some bars compare part of a year (H1, Jan-Sep) with the same part of the year before.".to_string());
    }
    for (f, _) in &plotted {
        if f.qualifier == Qualifier::LowerBound {
            notes.push(format!("The level behind {} is a lower bound ('{}'); the stated growth rate is the source's own.", name(f), f.wording.unwrap_or("more than")));
        }
        if let Some(note) = f.note.filter(|_| !f.headline) {
            notes.push(format!("{}: {note}", name(f)));
        }
    }
    let table = plotted
        .iter()
        .map(|(f, g)| {
            let metric = data.metric_of(f);
            TableRow {
                cells: vec![
                    name(f),
                    metric.label.en.to_string(),
                    format::figure_value(f, metric.unit),
                    format::growth(*g),
                    format::period(f.period),
                    format::basis(metric.basis).to_string(),
                    citation(f),
                ],
                figure: f,
            }
        })
        .collect();
    let summary = format!(
        "Bar chart of year-on-year growth: {}. The indicators measure different things and cover different periods, so the bars compare rates of growth, not sizes.",
        plotted.iter().map(|(f, g)| format!("{} ({}) {}", name(f), format::period(f.period), format::growth(*g))).collect::<Vec<_>>().join("; ")
    );
    let sources = unique(plotted.iter().map(|(f, _)| citation(f)));
    let headline_only = state.extras.is_empty();
    ChartSpec {
        title: if headline_only {
            "Year-on-year growth of each sector's headline indicator".to_string()
        } else {
            "Year-on-year growth: headline indicators and added figures".to_string()
        },
        subtitle: "As stated by the sources; bases and periods differ".to_string(),
        panels: vec![Panel { title: String::new(), axis_label: "Growth on a year earlier (%)".to_string(), domain, log: false, ticks, categories, marks }],
        legend: state
            .sectors
            .iter()
            .map(|s| LegendEntry { label: format::sector(*s).to_string(), color: sector_color(*s), style: MarkStyle::Solid })
            .collect(),
        notes,
        source_line: format!("Source: {}", sources.join("; ")),
        table_head: ["Indicator", "Measure", "Level", "Growth", "Period", "Basis", "Source"].map(String::from).to_vec(),
        table,
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Sector, DATASET};

    fn default_spec() -> ChartSpec {
        headline_growth(&DATASET, &ViewState::default())
    }

    #[test]
    fn the_three_headline_growth_rates_are_plotted_in_sector_order() {
        let spec = default_spec();
        let values: Vec<f64> = spec.panels[0].marks.iter().map(|m| m.value).collect();
        assert_eq!(values, vec![21.1, 104.2, 10.6]);
        assert_eq!(spec.panels[0].categories[2], vec!["Biomedicine", "H1 2024", "value added"]);
    }

    #[test]
    fn the_chart_says_bases_and_periods_differ() {
        let spec = default_spec();
        assert!(spec.subtitle.contains("bases and periods differ"));
        assert!(spec.notes.iter().any(|n| n.contains("part of a year")));
        assert!(spec.notes.iter().any(|n| n.contains("lower bound")));
    }

    #[test]
    fn every_mark_carries_value_period_basis_and_source() {
        let spec = default_spec();
        for m in &spec.panels[0].marks {
            assert!(m.detail.contains("Source: Xinhua") && m.detail.contains("year on year"), "{}", m.detail);
        }
        let nev = &spec.panels[0].marks[1];
        assert!(nev.detail.contains("> 1.73 million vehicles") && nev.detail.contains("volume"), "{}", nev.detail);
    }

    #[test]
    fn extras_add_labelled_bars_and_sectors_can_be_left_out() {
        let state = ViewState { sectors: vec![Sector::Nev], extras: vec![Extra::Gdp, Extra::Peers], ..Default::default() };
        let spec = headline_growth(&DATASET, &state);
        let names: Vec<&str> = spec.panels[0].categories.iter().map(|c| c[0].as_str()).collect();
        assert_eq!(names[0], "NEV");
        assert!(names.contains(&"GDP") && names.contains(&"Hefei NEV production"), "{names:?}");
        assert!(spec.panels[0].categories.iter().any(|c| c[1] == "Jan-Sep 2024" && c[2] == "volume (vehicles)"));
        assert!(spec.notes.iter().any(|n| n.contains("A province, not a city")));
        assert!(spec.notes.iter().any(|n| n.contains("real (at constant prices)")));
    }
}
