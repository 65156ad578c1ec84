//! The trend view: Shenzhen's NEV production by year, on a linear, log or index scale,
//! with the computed growth of every step and the stated rate beside it.

use super::growth::{citation, detail};
use super::spec::*;
use crate::compare::series::{index, series, step_growth, SourceChoice};
use crate::data::{Dataset, Entity, Sector};
use crate::format;
use crate::view_state::{Scale, ViewState};

pub const METRIC: &str = "nev-production";

/// Tick labels for vehicle counts: "1.5 m", "0.2 m"; grouped digits below 100,000.
pub fn vehicle_tick(v: f64) -> String {
    if v >= 1e5 {
        format!("{} m", format::number(v / 1e6, 2))
    } else {
        format::number(v, 0)
    }
}

/// Computed rates are shown to one decimal, as sources state theirs.
fn round1(g: f64) -> f64 {
    (g * 10.0).round() / 10.0
}

fn choice(state: &ViewState) -> SourceChoice {
    if state.alt_source {
        SourceChoice::Alternative
    } else {
        SourceChoice::Consistent
    }
}

pub fn trend(data: &Dataset, state: &ViewState) -> ChartSpec {
    let figures = series(data, Entity::Shenzhen, METRIC, choice(state));
    let raw: Vec<f64> = figures.iter().map(|f| f.value).collect();
    let base = figures.iter().position(|f| f.period.year() == state.base_year).unwrap_or(0);
    let (values, axis_label, scale_note) = match state.scale {
        Scale::Index => (
            index(&raw, base).unwrap_or_else(|| raw.clone()),
            format!("Index, {} = 100", figures.get(base).map_or(String::new(), |f| format::period(f.period))),
            Some(format!("Index: each year's production divided by {}'s, times 100.", figures.get(base).map_or(String::new(), |f| format::period(f.period)))),
        ),
        Scale::Log => (raw.clone(), "Vehicles (log scale)".to_string(), Some("Log scale: equal steps up mean equal growth rates.".to_string())),
        Scale::Linear => (raw.clone(), "Vehicles".to_string(), None),
    };
    let color = sector_color(Sector::Nev);
    let kind = if state.scale == Scale::Log { MarkKind::Dot } else { MarkKind::Bar };
    let marks = figures
        .iter()
        .zip(&values)
        .enumerate()
        .map(|(i, (f, v))| {
            let computed = i.checked_sub(1).and_then(|p| step_growth(raw[p], raw[i]));
            Mark {
                kind,
                series: 0,
                category: i,
                value: *v,
                color,
                style: MarkStyle::Solid,
                open_ended: false,
                label: computed.map_or(String::new(), |g| format::growth(round1(g))),
                detail: detail(data, f),
            }
        })
        .collect();
    let (domain, ticks) = match state.scale {
        Scale::Log => log_domain_and_ticks(values.iter().copied()),
        _ => {
            let d = zero_based_domain(values.iter().copied());
            (d, nice_ticks(d.0, d.1, 5))
        }
    };
    let tick_label = |v: f64| if state.scale == Scale::Index { format::number(v, 0) } else { vehicle_tick(v) };
    let mut notes = vec!["Labels above the marks are growth on the year before, computed from the plotted values.".to_string()];
    notes.extend(scale_note);
    for f in &figures {
        for c in data.conflicts_of(f.id) {
            if !notes.iter().any(|n| n == c.note) {
                notes.push(c.note.to_string());
            }
        }
    }
    let table = figures
        .iter()
        .enumerate()
        .map(|(i, f)| TableRow {
            cells: vec![
                format::period(f.period),
                format::exact(f.value, crate::data::Unit::Vehicles),
                i.checked_sub(1).and_then(|p| step_growth(raw[p], raw[i])).map_or("–".into(), |g| format::growth(round1(g))),
                f.yoy_pct.map_or("–".into(), format::growth),
                f.grade.key().to_string(),
                citation(f),
            ],
            figure: f,
        })
        .collect();
    let mut sources: Vec<String> = figures.iter().map(|f| f.source.to_string()).collect();
    sources.dedup();
    let first_last = figures.first().zip(figures.last());
    ChartSpec {
        title: format!("Shenzhen NEV production, {}", first_last.map_or(String::new(), |(a, b)| format!("{}-{}", format::period(a.period), format::period(b.period)))),
        subtitle: format!("Vehicles produced per year ({})", state.scale.key()),
        panels: vec![Panel {
            title: String::new(),
            axis_label,
            domain,
            log: state.scale == Scale::Log,
            ticks: ticks.into_iter().map(|v| Tick { value: v, label: tick_label(v) }).collect(),
            categories: figures.iter().map(|f| vec![format::period(f.period), format!("grade {}", f.grade.key())]).collect(),
            marks,
        }],
        legend: vec![LegendEntry { label: "Shenzhen NEV production".into(), color, style: MarkStyle::Solid }],
        notes,
        source_line: format!("Sources: {}", sources.join("; ")),
        table_head: ["Year", "Vehicles", "Growth (computed)", "Growth (stated)", "Grade", "Source"].map(String::from).to_vec(),
        table,
        summary: format!(
            "Shenzhen's NEV production by year: {}.",
            figures.iter().map(|f| format!("{} {}", format::period(f.period), format::scaled(f.value, crate::data::Unit::Vehicles))).collect::<Vec<_>>().join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    #[test]
    fn index_view_puts_the_base_year_at_100() {
        let state = ViewState { scale: Scale::Index, base_year: 2022, ..Default::default() };
        let spec = trend(&DATASET, &state);
        let values: Vec<f64> = spec.panels[0].marks.iter().map(|m| m.value).collect();
        assert_eq!(values[1], 100.0);
        assert!((values[2] - 204.17).abs() < 0.01, "{values:?}");
        assert_eq!(spec.panels[0].axis_label, "Index, 2022 = 100");
    }

    #[test]
    fn log_view_draws_dots_not_bars() {
        let spec = trend(&DATASET, &ViewState { scale: Scale::Log, ..Default::default() });
        assert!(spec.panels[0].log && spec.panels[0].marks.iter().all(|m| m.kind == MarkKind::Dot));
    }

    #[test]
    fn choosing_hk01_plots_its_2022_value_and_shows_the_conflict() {
        let spec = trend(&DATASET, &ViewState { alt_source: true, ..Default::default() });
        assert_eq!(spec.panels[0].marks[1].value, 874_700.0);
        assert!(spec.notes.iter().any(|n| n.contains("HK01 874,700")));
        assert_eq!(spec.table[1].cells[1], "874,700 vehicles");
    }
}
