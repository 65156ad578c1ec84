//! The scale view: absolute values. Figures share a panel only when unit, basis and kind of
//! period match (compare::axes); otherwise the view draws small multiples, one panel per
//! group, and says in plain words why they are not on one axis.

use super::describe::{citation, detail, is_money, money_axis, money_label, source_line, unique, unique_figures};
use super::note::{written, Label, Note, NoteLine};
use super::spec::*;
use super::trend::vehicle_tick;
use crate::compare::axes::{groups, why_panels, AxisKey};
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

/// The figures drawn: each chosen sector's headline and the figures the extras add.
fn choose(data: &Dataset, state: &ViewState) -> Vec<&'static Figure> {
    let mut figures: Vec<&'static Figure> = state.sectors.iter().filter_map(|s| data.headline(*s)).collect();
    figures.extend(state.extras.iter().filter_map(|e| extra_id(*e)).filter_map(|id| data.figure(id)));
    figures
}

/// One panel's figures as its axis reads them: money converted (the rates used, or why not),
/// vehicles as they are.
struct PanelValues {
    values: Vec<f64>,
    words: String,
    divisor: f64,
    rates: Vec<&'static Figure>,
    refusals: Vec<Note>,
}

fn panel_values(data: &Dataset, state: &ViewState, key: AxisKey, members: &[&'static Figure]) -> PanelValues {
    if key.unit != Unit::Cny {
        return PanelValues { values: members.iter().map(|f| f.value).collect(), words: String::new(), divisor: 1.0, rates: Vec::new(), refusals: Vec::new() };
    }
    let pairs: Vec<(&'static Figure, f64)> = members.iter().map(|f| (*f, f.value)).collect();
    let axis = money_axis(data, &pairs, state.currency, state.magnitude, state.lang);
    PanelValues { values: axis.values, words: axis.words, divisor: axis.divisor, rates: axis.rates, refusals: axis.refusals }
}

fn panel(data: &Dataset, state: &ViewState, key: AxisKey, members: &[&'static Figure], read: &PanelValues) -> Panel {
    let (l, log) = (state.lang, state.scale == Scale::Log);
    let label = |v: f64| if key.unit == Unit::Cny { money_label(v, read.divisor, l) } else { vehicle_tick(v, l) };
    let mark = |(i, (f, v)): (usize, (&&'static Figure, &f64))| {
        let text = format!("{}{}", format::qualifier_prefix(f.qualifier, l), label(*v));
        Mark::bar(i, *v, sector_color(data.metric_of(f).sector), text, detail(data, f, l)).qualified_by(f).dots_if(log)
    };
    let (domain, ticks) = value_axis(&read.values, log, label);
    let axis_label = if key.unit == Unit::Cny { read.words.clone() } else { l.tr("Vehicles").to_string() };
    Panel {
        title: panel_title(key, members, l),
        axis_label: if log { fill(l.tr("{0} (log scale)"), &[&axis_label]) } else { axis_label },
        domain,
        log,
        ticks,
        categories: members.iter().map(|f| vec![data.metric_of(f).label.get(l).to_string()]).collect(),
        marks: members.iter().zip(&read.values).enumerate().map(mark).collect(),
        lines: vec![],
        breaks: vec![],
        unit_divisor: if key.unit == Unit::Cny { read.divisor } else { 1.0 },
        events: vec![],
    }
}

fn rows(data: &Dataset, l: Lang, key: AxisKey, members: &[&'static Figure], read: &PanelValues) -> Vec<TableRow> {
    let row = |(f, v): (&&'static Figure, &f64)| {
        let shown = match is_money(data, f) {
            true => fill(l.pick("{0} {1}", "{0} {1}", "{0}{1}"), &[&money_label(*v, read.divisor, l), &read.words]),
            false => format::exact(f.value, key.unit, l),
        };
        let cells = vec![
            data.metric_of(f).label.get(l).to_string(),
            format!("{}{shown}", format::qualifier_prefix(f.qualifier, l)),
            format::period(f.period, l),
            format::basis(key.basis, l).to_string(),
            format::qualifier_words(f.qualifier, l).to_string(),
            citation(data, f, l),
        ];
        TableRow { cells, figure: f }
    };
    members.iter().zip(&read.values).map(row).collect()
}

fn summary(l: Lang, panels: usize, table: &[TableRow], notes: &[NoteLine]) -> String {
    let template = match panels > 1 {
        true => l.tr("Absolute values in {0} panel(s): {1}. {2}"),
        false => l.tr("Absolute values in {0} panel: {1}. {2}"),
    };
    let item = |r: &TableRow| fill(l.pick("{0} {1} ({2})", "{0} : {1} ({2})", "{0}：{1}（{2}）"), &[&r.cells[0], &r.cells[1], &r.cells[2]]);
    let items = table.iter().map(item).collect::<Vec<_>>().join(l.list_separator());
    fill(template, &[&panels.to_string(), &items, &notes.first().map(|n| n.text.clone()).unwrap_or_default()])
}

/// The scale chart: choose the figures, group them by what may share an axis, draw a panel a
/// group, then the notes (why apart, refusals, rates, reported figures, bounds) and the words.
pub fn scale(data: &Dataset, state: &ViewState) -> ChartSpec {
    let l = state.lang;
    let figures = choose(data, state);
    let grouped = groups(data, &figures);
    let apart = why_panels(data, &grouped, state.currency);
    let mut notes: Vec<Note> = (!apart.is_empty()).then_some(Note::NotOneAxis(apart)).into_iter().collect();
    let (mut rates, mut panels, mut table) = (Vec::new(), Vec::new(), Vec::new());
    for (key, members) in &grouped {
        let read = panel_values(data, state, *key, members);
        panels.push(panel(data, state, *key, members, &read));
        table.extend(rows(data, l, *key, members, &read));
        rates.extend(read.rates.iter().copied());
        notes.extend(read.refusals);
    }
    let rates = unique_figures(rates);
    if !rates.is_empty() {
        notes.push(Note::Rates(rates));
    }
    let reported: Vec<Label> = figures.iter().filter(|f| f.grade == crate::data::Grade::C).map(|f| Label::Measure(f)).collect();
    if !reported.is_empty() {
        notes.push(Note::Reported(reported));
    }
    if figures.iter().any(|f| f.qualifier == crate::data::Qualifier::LowerBound) {
        notes.push(Note::LowerBounds);
    }
    let notes = written(data, notes, l);
    let title = match panels.len() > 1 {
        true => fill(l.tr("Sizes, in {0} panels with their own scales"), &[&panels.len().to_string()]),
        false => l.tr("Sizes on one scale").to_string(),
    };
    ChartSpec {
        title,
        subtitle: l.tr("Absolute values as published; each panel is one unit, one basis, one kind of period").to_string(),
        summary: summary(l, panels.len(), &table, &notes),
        panels,
        legend: unique(figures.iter().map(|f| data.metric_of(f).sector))
            .into_iter()
            .map(|s| LegendEntry { label: format::sector(s, l).to_string(), color: sector_color(s), style: MarkStyle::Solid })
            .collect(),
        notes,
        source_line: source_line(data, figures.iter().copied(), l),
        table_head: [l.tr("Figure"), l.tr("Value"), l.tr("Period"), l.tr("Basis"), l.tr("Reads"), l.tr("Source")].map(String::from).to_vec(),
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
        use crate::compare::axes::Apart;
        use crate::data::{Basis, Period, Unit};
        let Note::NotOneAxis(why) = &spec.notes[0].note else { panic!("{:?}", spec.notes[0]) };
        assert!(why.contains(&Apart::Units(Unit::Vehicles, Unit::Cny, Currency::Cny)), "{why:?}");
        assert!(why.contains(&Apart::Quantities(Basis::GrossOutput, Basis::ValueAdded)), "{why:?}");
        assert!(why.contains(&Apart::PartOfYear(Period::Half(2024, 1))), "{why:?}");
        let words = &spec.notes[0].text;
        assert!(words.contains("vehicles and yuan are different units") && words.contains("H1 2024 is only part of a year"), "{words}");
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
        let rates: Vec<f64> = spec.notes.iter().flat_map(|n| match &n.note { Note::Rates(r) => r.iter().map(|f| f.value).collect(), _ => vec![] }).collect();
        assert_eq!(rates, [7.0467, 7.189, 7.112], "{:?}", spec.notes);
        assert!(spec.notes.iter().any(|n| n.text.contains("7.112 for Oct 2024") && n.text.contains("7.0467 for 2023")), "{:?}", spec.notes);
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
        assert!(zh.notes[0].text.contains("辆和元是不同的单位"), "{}", zh.notes[0].text);
        let fr = scale(&DATASET, &ViewState { lang: Lang::Fr, scale: Scale::Log, ..Default::default() });
        assert_eq!(fr.title, "Tailles, en 3 panneaux à échelles distinctes");
        assert_eq!(fr.panels[1].axis_label, "Véhicules (échelle logarithmique)");
        assert!(fr.summary.starts_with("Valeurs absolues en 3 panneaux : "), "{}", fr.summary);
        assert_eq!(fr.table_head[1], "Valeur");
        assert!(fr.notes.iter().any(|n| n.text.starts_with("Les flèches signalent des minimums")));
    }
}
