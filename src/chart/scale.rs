//! The scale view: absolute values. Figures share a panel only when unit, basis and kind of
//! period match (compare::axes); otherwise the view draws small multiples, one panel per
//! group, and says in plain words why they are not on one axis.

use super::describe::{citation, detail, is_money, money_axis, money_label, reported_note, source_line, unique};
use super::spec::*;
use super::trend::vehicle_tick;
use crate::compare::axes::{groups, why_panels, AxisKey};
use crate::compare::money::rates_note;
use crate::data::{Dataset, Figure, Unit};
use crate::format;
use crate::i18n::{fill, Lang};
use crate::view_state::{Extra, Scale, ViewState};

fn extra_id(extra: Extra) -> Option<&'static str> {
    match extra {
        Extra::Funds => Some("sz-seed-bio-funds-2024"),
        Extra::AiCore => Some("sz-ai-core-2023"),
        Extra::Gdp => Some("sz-gdp-2023"),
        Extra::Exports => Some("sz-nev-exports-2024h1"),
        Extra::Peers => None,
    }
}

/// "Vehicles, 2023", "Money: value added, H1 2024".
fn panel_title(key: AxisKey, members: &[&Figure], l: Lang) -> String {
    let mut periods: Vec<String> = members.iter().map(|f| format::period(f.period, l)).collect();
    periods.dedup();
    let periods = periods.join(l.pick(", ", ", ", "、"));
    let what = match key.unit {
        // Its own message: "Vehicles" alone is an axis's unit, "辆" in Chinese.
        Unit::Vehicles => return fill(l.tr("Vehicles, {0}"), &[&periods]),
        Unit::Cny => fill(l.tr("Money: {0}"), &[format::basis(key.basis, l)]),
        _ => format::basis(key.basis, l).to_string(),
    };
    fill(l.pick("{0}, {1}", "{0}, {1}", "{0}，{1}"), &[&what, &periods])
}

pub fn scale(data: &Dataset, state: &ViewState) -> ChartSpec {
    let l = state.lang;
    let mut figures: Vec<&'static Figure> = state.sectors.iter().filter_map(|s| data.headline(*s)).collect();
    figures.extend(state.extras.iter().filter_map(|e| extra_id(*e)).filter_map(|id| data.figure(id)));
    let grouped = groups(data, &figures);
    let log = state.scale == Scale::Log;
    let mut notes: Vec<String> = why_panels(data, &grouped, state.currency, l).into_iter().collect();
    let mut rates = Vec::new();
    let mut panels = Vec::new();
    let mut table = Vec::new();
    for (key, members) in &grouped {
        let (values, words, divisor) = if key.unit == Unit::Cny {
            let pairs: Vec<(&'static Figure, f64)> = members.iter().map(|f| (*f, f.value)).collect();
            let axis = money_axis(data, &pairs, state.currency, state.magnitude, l);
            rates.extend(axis.rates.iter().copied());
            notes.extend(axis.refusals.iter().cloned());
            (axis.values, axis.words, axis.divisor)
        } else {
            (members.iter().map(|f| f.value).collect(), String::new(), 1.0)
        };
        let label = |v: f64| if key.unit == Unit::Cny { money_label(v, divisor, l) } else { vehicle_tick(v, l) };
        let marks = members
            .iter()
            .zip(&values)
            .enumerate()
            .map(|(i, (f, v))| {
                let text = format!("{}{}", format::qualifier_prefix(f.qualifier, l), label(*v));
                Mark::bar(i, *v, sector_color(data.metric_of(f).sector), text, detail(data, f, l)).qualified_by(f).dots_if(log)
            })
            .collect();
        let (domain, ticks) = value_axis(&values, log, label);
        let axis_label = if key.unit == Unit::Cny { words.clone() } else { l.tr("Vehicles").to_string() };
        panels.push(Panel {
            title: panel_title(*key, members, l),
            axis_label: if log { fill(l.tr("{0} (log scale)"), &[&axis_label]) } else { axis_label },
            domain,
            log,
            ticks,
            categories: members.iter().map(|f| vec![data.metric_of(f).label.get(l).to_string()]).collect(),
            marks,
            lines: vec![],
            breaks: vec![],
            unit_divisor: if key.unit == Unit::Cny { divisor } else { 1.0 },
        });
        for (f, v) in members.iter().zip(&values) {
            let shown = if is_money(data, f) {
                fill(l.pick("{0} {1}", "{0} {1}", "{0}{1}"), &[&money_label(*v, divisor, l), &words])
            } else {
                format::exact(f.value, key.unit, l)
            };
            table.push(TableRow {
                cells: vec![
                    data.metric_of(f).label.get(l).to_string(),
                    format!("{}{shown}", format::qualifier_prefix(f.qualifier, l)),
                    format::period(f.period, l),
                    format::basis(key.basis, l).to_string(),
                    format::qualifier_words(f.qualifier, l).to_string(),
                    citation(data, f, l),
                ],
                figure: f,
            });
        }
    }
    notes.extend(rates_note(data, &rates, l));
    notes.extend(reported_note(figures.iter().map(|f| (*f, data.metric_of(f).label.get(l).to_string())), l));
    if figures.iter().any(|f| f.qualifier == crate::data::Qualifier::LowerBound) {
        notes.push(
            l.tr("Arrows mark lower bounds: the source says 'exceeded' or 'more than', so the true value is higher.")
            .to_string(),
        );
    }
    let count = panels.len().to_string();
    let title = if panels.len() > 1 {
        fill(l.tr("Sizes, in {0} panels with their own scales"), &[&count])
    } else {
        l.tr("Sizes on one scale").to_string()
    };
    let summary_template = if panels.len() > 1 {
        l.tr("Absolute values in {0} panel(s): {1}. {2}")
    } else {
        l.tr("Absolute values in {0} panel: {1}. {2}")
    };
    let items = table
        .iter()
        .map(|r| fill(l.pick("{0} {1} ({2})", "{0} : {1} ({2})", "{0}：{1}（{2}）"), &[&r.cells[0], &r.cells[1], &r.cells[2]]))
        .collect::<Vec<_>>()
        .join(l.list_separator());
    ChartSpec {
        title,
        subtitle: l
            .tr("Absolute values as published; each panel is one unit, one basis, one kind of period")
            .to_string(),
        summary: fill(summary_template, &[&count, &items, &notes.first().cloned().unwrap_or_default()]),
        panels,
        legend: unique(figures.iter().map(|f| data.metric_of(f).sector))
            .into_iter()
            .map(|s| LegendEntry { label: format::sector(s, l).to_string(), color: sector_color(s), style: MarkStyle::Solid })
            .collect(),
        notes,
        source_line: source_line(data, figures.iter().copied(), l),
        table_head: [l.tr("Figure"), l.tr("Value"), l.tr("Period"), l.tr("Basis"), l.tr("Reads"), l.tr("Source")]
            .map(String::from)
            .to_vec(),
        table,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;
    use crate::view_state::Currency;

    #[test]
    fn the_three_headlines_need_three_panels_and_say_why() {
        let spec = scale(&DATASET, &ViewState { view: crate::view_state::View::Scale, ..Default::default() });
        assert_eq!(spec.panels.len(), 3);
        let why = &spec.notes[0];
        assert!(why.contains("vehicles and yuan are different units"), "{why}");
        assert!(why.contains("gross output and value added are different quantities"), "{why}");
        assert!(why.contains("H1 2024 is only part of a year"), "{why}");
    }

    #[test]
    fn lower_bounds_are_open_ended_and_labelled() {
        let spec = scale(&DATASET, &ViewState::default());
        let ai = &spec.panels[0].marks[0];
        assert!(ai.open_ended && ai.label.starts_with("> "), "{}", ai.label);
    }

    #[test]
    fn in_dollars_the_rate_and_its_source_are_stated() {
        let state = ViewState { currency: Currency::Usd, extras: vec![Extra::Funds], ..Default::default() };
        let spec = scale(&DATASET, &state);
        assert!(spec.notes.iter().any(|n| n.contains("7.112 for Oct 2024") && n.contains("7.0467 for 2023")), "{:?}", spec.notes);
        let funds = spec.table.iter().find(|r| r.figure.id == "sz-seed-bio-funds-2024").expect("funds row");
        assert_eq!(funds.cells[1], "2.32 bn US dollars");
    }

    #[test]
    fn like_figures_share_one_panel() {
        let state = ViewState { sectors: vec![crate::data::Sector::Ai], extras: vec![Extra::AiCore], ..Default::default() };
        let spec = scale(&DATASET, &state);
        assert_eq!(spec.panels.len(), 2, "gross output and core industry scale are different bases");
    }

    #[test]
    fn french_and_chinese_readers_get_their_own_words() {
        let zh = scale(&DATASET, &ViewState { lang: Lang::Zh, ..Default::default() });
        assert_eq!(zh.title, "规模：分为3个面板，各有各的刻度");
        let ai = &zh.panels[0];
        assert_eq!((ai.axis_label.as_str(), ai.marks[0].label.as_str()), ("亿元", "> 3000"));
        assert_eq!(ai.title, "金额：总产值，2023年");
        assert_eq!(zh.panels[1].axis_label, "辆");
        assert!(zh.notes[0].contains("辆和元是不同的单位"), "{}", zh.notes[0]);
        let fr = scale(&DATASET, &ViewState { lang: Lang::Fr, scale: Scale::Log, ..Default::default() });
        assert_eq!(fr.title, "Tailles, en 3 panneaux à échelles distinctes");
        assert_eq!(fr.panels[1].axis_label, "Véhicules (échelle logarithmique)");
        assert!(fr.summary.starts_with("Valeurs absolues en 3 panneaux : "), "{}", fr.summary);
        assert_eq!(fr.table_head[1], "Valeur");
        assert!(fr.notes.iter().any(|n| n.starts_with("Les flèches signalent des minimums")));
    }
}
