//! The cities view: NEV production of Shenzhen and its peers by year. Provinces and partial
//! periods are flagged on the marks themselves, not only in a note.

use super::growth::{citation, detail};
use super::spec::*;
use super::trend::{vehicle_tick, METRIC};
use crate::compare::series::{series, SourceChoice};
use crate::data::{Dataset, Entity, Figure};
use crate::format;
use crate::view_state::{Scale, ViewState};

/// A colour per place, from the Okabe-Ito palette; Shenzhen keeps the NEV sector's green.
pub fn city_color(e: Entity) -> Rgb {
    match e {
        Entity::Shenzhen => Rgb(0x00, 0x9e, 0x73),
        Entity::Shanghai => Rgb(0x00, 0x72, 0xb2),
        Entity::Xian => Rgb(0xe6, 0x9f, 0x00),
        Entity::Hefei => Rgb(0xcc, 0x79, 0xa7),
        Entity::Guangdong => Rgb(0x56, 0xb4, 0xe9),
        Entity::Anhui => Rgb(0xd5, 0x5e, 0x00),
        _ => Rgb(0x66, 0x66, 0x66),
    }
}

pub fn cities(data: &Dataset, state: &ViewState) -> ChartSpec {
    let choice = if state.alt_source { SourceChoice::Alternative } else { SourceChoice::Consistent };
    let per_city: Vec<(Entity, Vec<&'static Figure>)> =
        state.cities.iter().map(|&e| (e, series(data, e, METRIC, choice))).collect();
    let mut years: Vec<u16> = per_city.iter().flat_map(|(_, fs)| fs.iter().map(|f| f.period.year())).collect();
    years.sort_unstable();
    years.dedup();
    let log = state.scale == Scale::Log;
    let mut marks = Vec::new();
    let mut table = Vec::new();
    let mut notes = Vec::new();
    for (s, (entity, figures)) in per_city.iter().enumerate() {
        for f in figures {
            let category = years.iter().position(|y| *y == f.period.year()).unwrap_or(0);
            let partial = !f.period.is_full_year();
            let mut label = String::new();
            if partial {
                label = format::period(f.period).replace(&format!(" {}", f.period.year()), " only");
                notes.push(format!("{}: {} covers {} only, not a full year.", format::entity(*entity), f.period.year(), format::period(f.period)));
            }
            marks.push(Mark {
                kind: if log { MarkKind::Dot } else { MarkKind::Bar },
                series: s,
                category,
                value: f.value,
                color: city_color(*entity),
                style: if partial { MarkStyle::Derived } else { MarkStyle::Solid },
                open_ended: false,
                label,
                detail: detail(data, f),
            });
            table.push(TableRow {
                cells: vec![format::entity(*entity).to_string(), format::period(f.period), format::exact(f.value, crate::data::Unit::Vehicles), f.yoy_pct.map_or("–".into(), format::growth), citation(f)],
                figure: f,
            });
        }
        if entity.is_province() {
            notes.push(format!("{} is a province, not a city: it contains many cities' production.", format::entity(*entity)));
        }
    }
    for c in data.conflicts.iter().filter(|c| table.iter().any(|r| c.figures.contains(&r.figure.id))) {
        notes.push(c.note.to_string());
    }
    let (domain, ticks) = if log {
        log_domain_and_ticks(marks.iter().map(|m| m.value))
    } else {
        let d = zero_based_domain(marks.iter().map(|m| m.value));
        (d, nice_ticks(d.0, d.1, 5))
    };
    let names: Vec<&str> = state.cities.iter().map(|e| format::entity(*e)).collect();
    ChartSpec {
        title: format!("NEV production by year: {}", names.join(", ")),
        subtitle: format!("Vehicles produced ({} scale); pale marks cover part of a year", if log { "log" } else { "linear" }),
        panels: vec![Panel {
            title: String::new(),
            axis_label: if log { "Vehicles (log scale)".into() } else { "Vehicles".into() },
            domain,
            log,
            ticks: ticks.into_iter().map(|v| Tick { value: v, label: vehicle_tick(v) }).collect(),
            categories: years.iter().map(|y| vec![y.to_string()]).collect(),
            marks,
        }],
        legend: state.cities.iter().map(|e| LegendEntry { label: format::entity(*e).to_string(), color: city_color(*e), style: MarkStyle::Solid }).collect(),
        notes,
        source_line: {
            let mut s: Vec<&str> = table.iter().map(|r| r.figure.source).collect();
            s.sort_unstable();
            s.dedup();
            format!("Sources: {}", s.join("; "))
        },
        table_head: ["Place", "Period", "Vehicles", "Growth (stated)", "Source"].map(String::from).to_vec(),
        summary: format!(
            "NEV production by year for {}: {}.",
            names.join(", "),
            table.iter().map(|r| format!("{} {} {}", r.cells[0], r.cells[1], format::scaled(r.figure.value, crate::data::Unit::Vehicles))).collect::<Vec<_>>().join("; ")
        ),
        table,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    #[test]
    fn hefei_jan_sep_is_flagged_on_its_mark() {
        let state = ViewState { cities: vec![Entity::Shenzhen, Entity::Hefei], ..Default::default() };
        let spec = cities(&DATASET, &state);
        let hefei = spec.panels[0].marks.iter().find(|m| m.value == 927_500.0).expect("hefei");
        assert_eq!((hefei.label.as_str(), hefei.style), ("Jan-Sep only", MarkStyle::Derived));
        assert!(spec.notes.iter().any(|n| n.contains("not a full year")));
    }

    #[test]
    fn provinces_are_flagged() {
        let state = ViewState { cities: vec![Entity::Shenzhen, Entity::Guangdong], ..Default::default() };
        assert!(cities(&DATASET, &state).notes.iter().any(|n| n.contains("a province, not a city")));
    }

    #[test]
    fn shanghais_growth_conflict_is_shown() {
        let spec = cities(&DATASET, &ViewState::default());
        assert!(spec.notes.iter().any(|n| n.contains("+35%")));
        assert_eq!(spec.panels[0].categories.len(), 4);
    }
}
