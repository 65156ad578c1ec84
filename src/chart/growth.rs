//! The growth comparison: each priority sector's headline indicator, year-on-year, as the
//! article states it. Growth rates are the one thing the three headlines can share an axis
//! for, and even then their bases and periods differ, which the chart says.

use super::spec::*;
use crate::data::{Dataset, Figure, Sector};
use crate::format;

/// Where a figure comes from, in a line: "Xinhua, 2024-10-26".
pub fn citation(f: &Figure) -> String {
    match f.published {
        Some(date) => format!("{}, {date}", f.source),
        None => f.source.to_string(),
    }
}

/// Everything about one plotted figure, for hover, focus and screen readers.
pub fn detail(data: &Dataset, f: &Figure) -> String {
    let metric = data.metric_of(f);
    let mut text = format!(
        "{} {}, {}: {} ({}).",
        format::entity(f.entity),
        metric.label.en,
        format::period(f.period),
        format::figure_value(f, metric.unit),
        format::basis(metric.basis),
    );
    if let Some(g) = f.yoy_pct {
        text.push_str(&format!(" Growth {} year on year.", format::growth(g)));
    }
    if let Some(w) = f.wording {
        text.push_str(&format!(" Source wording: '{w}'."));
    }
    text.push_str(&format!(" Source: {} (grade {}).", citation(f), f.grade.key()));
    text
}

pub fn headline_growth(data: &Dataset) -> ChartSpec {
    let headlines: Vec<(Sector, &'static Figure)> =
        Sector::PRIORITY.into_iter().filter_map(|s| data.headline(s).map(|f| (s, f))).collect();
    let plotted: Vec<(Sector, &'static Figure, f64)> =
        headlines.iter().filter_map(|&(s, f)| f.yoy_pct.map(|g| (s, f, g))).collect();

    let categories = plotted
        .iter()
        .map(|(s, f, _)| {
            let metric = data.metric_of(f);
            vec![format::sector_short(*s).to_string(), format!("{}, {}", format::basis(metric.basis), format::period(f.period))]
        })
        .collect();
    let marks = plotted
        .iter()
        .enumerate()
        .map(|(i, (s, f, g))| Mark {
            kind: MarkKind::Bar,
            series: i,
            category: i,
            value: *g,
            color: sector_color(*s),
            style: MarkStyle::Solid,
            open_ended: false,
            label: format::growth(*g),
            detail: detail(data, f),
        })
        .collect();
    let domain = zero_based_domain(plotted.iter().map(|p| p.2));
    let ticks = nice_ticks(domain.0, domain.1, 5).into_iter().map(|v| Tick { value: v, label: format!("{}%", format::number(v, 1)) }).collect();

    let bases: Vec<String> = plotted
        .iter()
        .map(|(_, f, _)| format!("{} ({})", data.metric_of(f).label.en, format::period(f.period)))
        .collect();
    let mut notes = vec![
        "Bases differ: vehicles produced (a volume), AI output value (gross output) and biomedical value added are different quantities; only their growth rates share this axis.".to_string(),
        "Periods differ: NEV and AI compare 2023 with 2022; biomedicine compares the first half of 2024 with the first half of 2023.".to_string(),
    ];
    for (_, f) in &headlines {
        if f.qualifier == crate::data::Qualifier::LowerBound {
            notes.push(format!(
                "The level behind {} is a lower bound ('{}'); the stated growth rate is the source's own.",
                data.metric_of(f).label.en,
                f.wording.unwrap_or("more than")
            ));
        }
    }
    let table = plotted
        .iter()
        .map(|(s, f, g)| {
            let metric = data.metric_of(f);
            TableRow {
                cells: vec![
                    format::sector_short(*s).to_string(),
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
        "Bar chart of year-on-year growth of the three priority sectors' headline indicators: {}. The indicators measure different things and cover different periods, so the bars compare rates of growth, not sizes.",
        plotted
            .iter()
            .zip(&bases)
            .map(|((_, _, g), b)| format!("{b} {}", format::growth(*g)))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let mut sources: Vec<String> = plotted.iter().map(|(_, f, _)| citation(f)).collect();
    sources.dedup();
    ChartSpec {
        title: "Year-on-year growth of each sector's headline indicator".to_string(),
        subtitle: "Shenzhen, as stated by the source; bases and periods differ".to_string(),
        panels: vec![Panel {
            title: String::new(),
            axis_label: "Growth on a year earlier (%)".to_string(),
            domain,
            log: false,
            ticks,
            categories,
            marks,
        }],
        legend: plotted
            .iter()
            .map(|(s, _, _)| LegendEntry { label: format::sector(*s).to_string(), color: sector_color(*s), style: MarkStyle::Solid })
            .collect(),
        notes,
        source_line: format!("Source: {}", sources.join("; ")),
        table_head: ["Sector", "Indicator", "Level", "Growth", "Period", "Basis", "Source"].map(String::from).to_vec(),
        table,
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    #[test]
    fn the_three_headline_growth_rates_are_plotted_in_sector_order() {
        let spec = headline_growth(&DATASET);
        let values: Vec<f64> = spec.panels[0].marks.iter().map(|m| m.value).collect();
        assert_eq!(values, vec![21.1, 104.2, 10.6]);
        assert_eq!(spec.panels[0].categories[2], vec!["Biomedicine", "value added, H1 2024"]);
    }

    #[test]
    fn the_chart_says_bases_and_periods_differ() {
        let spec = headline_growth(&DATASET);
        assert!(spec.subtitle.contains("bases and periods differ"));
        assert!(spec.notes.iter().any(|n| n.contains("first half of 2024")));
        assert!(spec.notes.iter().any(|n| n.contains("lower bound")));
    }

    #[test]
    fn every_mark_carries_value_period_basis_and_source() {
        for m in headline_growth(&DATASET).panels[0].marks.iter() {
            assert!(m.detail.contains("Source: Xinhua"), "{}", m.detail);
            assert!(m.detail.contains("year on year"));
        }
        let nev = &headline_growth(&DATASET).panels[0].marks[1];
        assert!(nev.detail.contains("> 1.73 million vehicles") && nev.detail.contains("volume"), "{}", nev.detail);
    }
}
