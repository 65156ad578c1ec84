//! The cities view: Shenzhen against its peers by year, on NEV production or AI output.
//! Provinces and partial periods are flagged on the marks themselves, not only in a note;
//! lower bounds are open-ended and approximations marked.

use super::describe::{citation, detail, money_axis, money_label, source_line};
use super::spec::*;
use super::trend::vehicle_tick;
use crate::compare::money::rates_note;
use crate::compare::series::{insert_by_key, series, SourceChoice};
use crate::data::{Dataset, Entity, Figure, Qualifier, Unit};
use crate::format;
use crate::view_state::{Scale, ViewState};

/// A colour per place, from the Okabe-Ito palette; Shenzhen keeps the NEV sector's green.
pub fn city_color(e: Entity) -> Rgb {
    match e {
        Entity::Shenzhen => Rgb(0x00, 0x9e, 0x73),
        Entity::Shanghai => Rgb(0x00, 0x72, 0xb2),
        Entity::Beijing => Rgb(0x33, 0x33, 0x33),
        Entity::Xian => Rgb(0xe6, 0x9f, 0x00),
        Entity::Hefei => Rgb(0xcc, 0x79, 0xa7),
        Entity::Guangdong => Rgb(0x56, 0xb4, 0xe9),
        Entity::Anhui => Rgb(0xd5, 0x5e, 0x00),
        _ => Rgb(0x66, 0x66, 0x66),
    }
}

pub fn cities(data: &Dataset, state: &ViewState) -> ChartSpec {
    let choice = if state.alt_source { SourceChoice::Alternative } else { SourceChoice::Consistent };
    let metric_key = state.metric.key();
    let per_city: Vec<(usize, Entity, &'static Figure)> = state
        .cities
        .iter()
        .enumerate()
        .flat_map(|(s, &e)| series(data, e, metric_key, choice).into_iter().map(move |f| (s, e, f)))
        .collect();
    let Some(metric) = data.metric(metric_key) else { return super::empty_spec("No data for this measure.") };
    let money = metric.unit == Unit::Cny;
    let mut notes = Vec::new();
    let (values, unit_words, divisor) = if money {
        let pairs: Vec<(&'static Figure, f64)> = per_city.iter().map(|p| (p.2, p.2.value)).collect();
        let axis = money_axis(data, &pairs, state.currency, state.magnitude);
        notes.extend(axis.refusals.iter().cloned());
        notes.extend(rates_note(&axis.rates));
        (axis.values, axis.words, axis.divisor)
    } else {
        (per_city.iter().map(|p| p.2.value).collect(), "Vehicles".to_string(), 1.0)
    };
    let mut years: Vec<u16> = Vec::new();
    for y in per_city.iter().map(|p| p.2.period.year()) {
        if !years.contains(&y) {
            insert_by_key(&mut years, y, |y| *y);
        }
    }
    let log = state.scale == Scale::Log;
    let label_of = |v: f64| if money { money_label(v, divisor) } else { vehicle_tick(v) };
    let mut marks = Vec::new();
    let mut table = Vec::new();
    for ((s, entity, f), v) in per_city.iter().zip(&values) {
        let category = years.iter().position(|y| *y == f.period.year()).unwrap_or(0);
        let partial = !f.period.is_full_year();
        let mut label = format!("{}{}", format::qualifier_prefix(f.qualifier), if money { label_of(*v) } else { String::new() });
        if partial {
            label = format::period(f.period).replace(&format!(" {}", f.period.year()), " only");
            notes.push(format!("{}: {} covers {} only, not a full year.", format::entity(*entity), f.period.year(), format::period(f.period)));
        }
        let style = if partial { MarkStyle::Derived } else { MarkStyle::Solid };
        marks.push(Mark::bar(category, *v, city_color(*entity), label, detail(data, f)).in_series(*s).styled(style).qualified_by(f).dots_if(log));
        let shown = if money { format!("{}{} {unit_words}", format::qualifier_prefix(f.qualifier), label_of(*v)) } else { format::exact(f.value, Unit::Vehicles) };
        table.push(TableRow {
            cells: vec![format::entity(*entity).to_string(), format::period(f.period), shown, f.yoy_pct.map_or("–".into(), format::growth), citation(f)],
            figure: f,
        });
        if let Some(n) = f.note.filter(|_| money) {
            notes.push(format!("{}: {n}", format::entity(*entity)));
        }
    }
    for entity in state.cities.iter().filter(|e| e.is_province()) {
        notes.push(format!("{} is a province, not a city: it contains many cities' production.", format::entity(*entity)));
    }
    if per_city.iter().any(|p| p.2.qualifier == Qualifier::LowerBound) {
        notes.push("Arrows mark lower bounds ('more than'); '≈' marks approximations ('nearly').".to_string());
    }
    for c in data.conflicts.iter().filter(|c| table.iter().any(|r| c.figures.contains(&r.figure.id))) {
        notes.push(c.note.to_string());
    }
    let (domain, ticks) = value_axis(&values, log, label_of);
    let names: Vec<&str> = state.cities.iter().map(|e| format::entity(*e)).collect();
    ChartSpec {
        title: format!("{} by year: {}", metric.label.en, names.join(", ")),
        subtitle: format!("{} ({} scale); pale marks cover part of a year", format::basis(metric.basis), if log { "log" } else { "linear" }),
        panels: vec![Panel {
            title: String::new(),
            axis_label: if log { format!("{unit_words} (log scale)") } else { unit_words.clone() },
            domain,
            log,
            ticks,
            categories: years.iter().map(|y| vec![y.to_string()]).collect(),
            marks,
        }],
        legend: state.cities.iter().map(|e| LegendEntry { label: format::entity(*e).to_string(), color: city_color(*e), style: MarkStyle::Solid }).collect(),
        notes,
        source_line: source_line(table.iter().map(|r| r.figure.source)),
        table_head: ["Place", "Period", "Value", "Growth (stated)", "Source"].map(String::from).to_vec(),
        summary: format!(
            "{} by year for {}: {}.",
            metric.label.en,
            names.join(", "),
            table.iter().map(|r| format!("{} {} {}", r.cells[0], r.cells[1], r.cells[2])).collect::<Vec<_>>().join("; ")
        ),
        table,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;
    use crate::view_state::{normalize, MetricChoice, View};

    fn spec_for(mut state: ViewState) -> ChartSpec {
        state.view = View::Cities;
        normalize(&mut state);
        cities(&DATASET, &state)
    }

    #[test]
    fn hefei_jan_sep_is_flagged_on_its_mark() {
        let spec = spec_for(ViewState { cities: vec![Entity::Shenzhen, Entity::Hefei], ..Default::default() });
        let hefei = spec.panels[0].marks.iter().find(|m| m.value == 927_500.0).expect("hefei");
        assert_eq!((hefei.label.as_str(), hefei.style), ("Jan-Sep only", MarkStyle::Derived));
        assert!(spec.notes.iter().any(|n| n.contains("not a full year")));
    }

    #[test]
    fn provinces_are_flagged() {
        let spec = spec_for(ViewState { cities: vec![Entity::Shenzhen, Entity::Guangdong], ..Default::default() });
        assert!(spec.notes.iter().any(|n| n.contains("a province, not a city")));
    }

    #[test]
    fn shanghais_growth_conflict_is_shown() {
        let spec = spec_for(ViewState::default());
        assert!(spec.notes.iter().any(|n| n.contains("+35%")));
        assert_eq!(spec.panels[0].categories.len(), 4);
    }

    #[test]
    fn ai_output_marks_bounds_approximations_and_the_measure_caveat() {
        let spec = spec_for(ViewState { metric: MetricChoice::AiOutput, cities: vec![Entity::Shenzhen, Entity::Shanghai, Entity::Beijing], ..Default::default() });
        let labels: Vec<&str> = spec.panels[0].marks.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["> 300", "≈ 150", "> 250"]);
        assert!(spec.panels[0].marks[0].open_ended && !spec.panels[0].marks[1].open_ended);
        assert!(spec.notes.iter().any(|n| n.contains("core AI industry (narrow)")));
        assert!(spec.notes.iter().any(|n| n.contains("380 bn for above-size firms")));
    }
}
