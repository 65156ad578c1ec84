//! The cities view: Shenzhen against its peers by year, on NEV production or AI output.
//! Provinces and partial periods are flagged on the marks themselves, not only in a note;
//! lower bounds are open-ended and approximations marked.

use super::describe::{break_rule, citation, detail, money_label, plotted, source_line, stated_growth, unique, Plotted};
use super::note::{written, Label, Note};
use super::spec::*;
use super::trend::vehicle_tick;
use crate::compare::axes::why_apart;
use crate::compare::breaks;
use crate::compare::series::{insert_by_key, series, SourceChoice};
use crate::data::{Dataset, Entity, Figure, Gap, Metric, Period, Qualifier, Unit};
use crate::format;
use crate::i18n::{fill, Lang};
use crate::view_state::{Scale, ViewState};

/// The part of a year a partial period covers, without its year, as a mark label: "Jan-Sep
/// only", "janv.-sept. seulement", "仅1-9月".
fn part_only(p: Period, l: Lang) -> String {
    match format::part_of_year(p, l) {
        Some(part) => fill(l.tr("{0} only"), &[&part]),
        None => format::period(p, l),
    }
}

/// A chosen place's later figures under other definitions of the same sector's money or
/// volume (Beijing's core AI industry, Shanghai's white-paper "industry scale" against the
/// line's output value): named with their values and why they are not later points of the line.
/// Only measures of another kind (the reason is what makes them so); a measure of the same
/// kind and wider scope, such as all vehicles against NEVs, has its own choice in the view.
fn other_definitions(data: &Dataset, state: &ViewState, line: &[(usize, Entity, &'static Figure)]) -> Vec<Note> {
    let Some(metric) = data.metric(state.metric.key()) else { return Vec::new() };
    let mut notes = Vec::new();
    for &place in &state.cities {
        let on_line: Vec<&'static Figure> = line.iter().filter(|p| p.1 == place).map(|p| p.2).collect();
        let Some(last) = on_line.iter().map(|f| f.period.chrono_key()).max() else { continue };
        let later: Vec<&'static Figure> = data
            .figures
            .iter()
            .filter(|f| f.entity == Some(place) && f.metric != metric.key && f.period.chrono_key() > last && f.qualifier != Qualifier::Target)
            .filter(|f| data.metric_of(f).sector == metric.sector && data.metric_of(f).unit == metric.unit)
            .collect();
        let mut measures = Vec::new();
        for m in unique(later.iter().map(|f| f.metric)) {
            let of_m: Vec<&'static Figure> = later.iter().copied().filter(|f| f.metric == m).collect();
            let why = why_apart(data, on_line[0], of_m[0], state.currency);
            if !why.is_empty() {
                measures.push((m, of_m, why));
            }
        }
        if !measures.is_empty() {
            notes.push(Note::OtherDefinitions { place, unit: metric.unit, measures });
        }
    }
    notes
}

/// One figure per year of a place's series, the one that answers "how much in that year": the
/// full year where there is one, else the part that covers the most of it (a year's parts
/// come before it in the series, each ending later than the one before). Drawn side by side,
/// Shanghai's Jan-Jul, Jan-Nov and full 2025 read as three places. The others are returned,
/// for the notes to name.
pub fn one_per_year(figures: Vec<&'static Figure>) -> (Vec<&'static Figure>, Vec<&'static Figure>) {
    let (mut kept, mut others): (Vec<&'static Figure>, Vec<&'static Figure>) = (Vec::new(), Vec::new());
    for f in figures {
        match kept.last_mut() {
            Some(last) if last.period.year() == f.period.year() => others.push(std::mem::replace(last, f)),
            _ => kept.push(f),
        }
    }
    (kept, others)
}

/// For each place and year drawn, the year's other figures, which the figures table lists.
fn others_note(kept: &[&'static Figure], others: &[&'static Figure], unit: Unit) -> Vec<Note> {
    let mut notes = Vec::new();
    for k in kept {
        let same: Vec<&'static Figure> = others.iter().copied().filter(|o| o.entity == k.entity && o.period.year() == k.period.year()).collect();
        if !same.is_empty() {
            notes.push(Note::AlsoPublished { kept: k, others: same, unit });
        }
    }
    notes
}

/// A drawn figure: the index of its place among those chosen, the place, the figure.
type Drawn = (usize, Entity, &'static Figure);

/// One figure a place and year for each place chosen, and the figures of those years not
/// drawn (for the notes to name).
fn choose(data: &Dataset, state: &ViewState) -> (Vec<Drawn>, Vec<&'static Figure>) {
    let choice = if state.alt_source { SourceChoice::Alternative } else { SourceChoice::Consistent };
    let (mut drawn, mut not_drawn) = (Vec::new(), Vec::new());
    for (s, &e) in state.cities.iter().enumerate() {
        let (kept, others) = one_per_year(series(data, e, state.metric.key(), choice));
        drawn.extend(kept.into_iter().map(|f| (s, e, f)));
        not_drawn.extend(others);
    }
    (drawn, not_drawn)
}

/// The years plotted, and those searched for and not found for a chosen place: the chart
/// reaches them and says so rather than stop where the data does.
fn years(data: &Dataset, state: &ViewState, drawn: &[Drawn]) -> (Vec<&'static Gap>, Vec<u16>) {
    let gaps: Vec<&'static Gap> = data.gaps.iter().filter(|g| g.metric == state.metric.key() && state.cities.contains(&g.entity)).collect();
    let mut years: Vec<u16> = Vec::new();
    let gap_years = gaps.iter().flat_map(|g| g.periods.iter().map(|p| p.year()));
    for y in drawn.iter().map(|p| p.2.period.year()).chain(gap_years) {
        if !years.contains(&y) {
            insert_by_key(&mut years, y, |y| *y);
        }
    }
    (gaps, years)
}

/// Dots of one place are joined year to year, on a log scale, where they may be compared:
/// like periods, no break between them.
fn lines(data: &Dataset, state: &ViewState, drawn: &[Drawn]) -> Vec<(usize, usize)> {
    let joined = |i: &usize| {
        let ((sa, ea, a), (sb, _, b)) = (drawn[i - 1], drawn[*i]);
        sa == sb && breaks::joinable(data, ea, state.metric.key(), a.period, b.period)
    };
    match state.scale == Scale::Log {
        true => (1..drawn.len()).filter(joined).map(|i| (i - 1, i)).collect(),
        false => Vec::new(),
    }
}

/// What the marks show: a mark and a table row for each drawn figure, and what each says of
/// itself (a part of a year, its note on a money axis, a rate stated across a break).
struct Drawing {
    marks: Vec<Mark>,
    table: Vec<TableRow>,
    notes: Vec<Note>,
}

/// A value as the axis reads it: money in the axis's unit, or vehicles.
fn value_label(v: f64, money: bool, divisor: f64, l: Lang) -> String {
    if money {
        money_label(v, divisor, l)
    } else {
        vehicle_tick(v, l)
    }
}

fn draw(data: &Dataset, state: &ViewState, drawn: &[Drawn], axis: &Plotted, years: &[u16], money: bool, colours: &[Rgb]) -> Drawing {
    let l = state.lang;
    let label_of = |v: f64| value_label(v, money, axis.divisor, l);
    let mut out = Drawing { marks: Vec::new(), table: Vec::new(), notes: Vec::new() };
    for ((s, entity, f), v) in drawn.iter().zip(&axis.values) {
        let category = years.iter().position(|y| *y == f.period.year()).unwrap_or(0);
        let partial = !f.period.is_full_year();
        let mut label = format!("{}{}", format::qualifier_prefix(f.qualifier, l), if money { label_of(*v) } else { String::new() });
        if partial {
            label = part_only(f.period, l);
            out.notes.push(Note::PartYearOnly(*entity, f.period));
        }
        let style = if partial { MarkStyle::Derived } else { MarkStyle::Solid };
        out.marks.push(Mark::bar(category, *v, colours[*s], label, detail(data, f, l)).in_series(*s).styled(style).qualified_by(f).dots_if(state.scale == Scale::Log));
        let shown = match money {
            true => fill(l.pick("{0}{1} {2}", "{0}{1} {2}", "{0}{1}{2}"), &[format::qualifier_prefix(f.qualifier, l), &label_of(*v), &axis.words]),
            false => format::exact(f.value, Unit::Vehicles, l),
        };
        let cells = vec![format::entity(*entity, l).to_string(), format::period(f.period, l), shown, stated_growth(data, f, l), citation(data, f, l)];
        out.table.push(TableRow { cells, figure: f });
        if money && f.note.is_some() {
            out.notes.push(Note::OwnNote(Label::Place(*entity), f));
        }
        if f.yoy_pct.is_some() && breaks::stated_across(data, f).is_some() {
            out.notes.push(Note::StatedAcrossBreak(f));
        }
    }
    out
}

/// What the chart as a whole needs said: breaks, gaps, later figures under other definitions,
/// figures not drawn, provinces, bounds, conflicts.
struct Context<'a> {
    rules: &'a [(usize, &'static crate::data::Break)],
    gaps: &'a [&'static Gap],
    drawn: &'a [Drawn],
    not_drawn: &'a [&'static Figure],
    table: &'a [TableRow],
}

fn chart_notes(data: &Dataset, state: &ViewState, unit: Unit, context: Context) -> Vec<Note> {
    let mut notes: Vec<Note> = context.rules.iter().map(|(_, b)| Note::Break(b)).collect();
    notes.extend(context.gaps.iter().map(|g| Note::Gap(*g)));
    notes.extend(other_definitions(data, state, context.drawn));
    let drawn: Vec<&'static Figure> = context.drawn.iter().map(|p| p.2).collect();
    notes.extend(others_note(&drawn, context.not_drawn, unit));
    notes.extend(state.cities.iter().filter(|e| e.is_province()).map(|e| Note::Province(*e)));
    if context.drawn.iter().any(|p| p.2.qualifier == Qualifier::LowerBound) {
        notes.push(Note::BoundsAndApproximations);
    }
    notes.extend(data.conflicts.iter().filter(|c| context.table.iter().any(|r| c.figures.contains(&r.figure.id))).map(Note::Conflict));
    notes
}

/// The places chosen, by name, in a list.
fn place_names(state: &ViewState) -> String {
    let l = state.lang;
    state.cities.iter().map(|e| format::entity(*e, l)).collect::<Vec<_>>().join(l.pick(", ", ", ", "、"))
}

fn summary(state: &ViewState, metric: &Metric, table: &[TableRow]) -> String {
    let l = state.lang;
    let item = |r: &TableRow| fill(l.pick("{0} {1} {2}", "{0}, {1} : {2}", "{0}{1}：{2}"), &[&r.cells[0], &r.cells[1], &r.cells[2]]);
    let items = table.iter().map(item).collect::<Vec<_>>().join(l.list_separator());
    fill(l.tr("{0} by year for {1}: {2}."), &[metric.label.get(l), &place_names(state), &items])
}

fn subtitle(state: &ViewState, metric: &Metric) -> String {
    let l = state.lang;
    let template = match state.scale == Scale::Log {
        true => l.tr("{0} (log scale); pale marks cover part of a year"),
        false => l.tr("{0} (linear scale); pale marks cover part of a year"),
    };
    fill(template, &[format::basis(metric.basis, l)])
}

/// The cities chart: choose a figure a place and year, read them on the measure's axis, find
/// the years and breaks, then draw the marks and rows, and write the notes and words.
pub fn cities(data: &Dataset, state: &ViewState) -> ChartSpec {
    let l = state.lang;
    let (drawn, not_drawn) = choose(data, state);
    let Some(metric) = data.metric(state.metric.key()) else {
        return ChartSpec::empty(l.tr("No data for this measure."));
    };
    let (money, log) = (metric.unit == Unit::Cny, state.scale == Scale::Log);
    let pairs: Vec<(&'static Figure, f64)> = drawn.iter().map(|p| (p.2, p.2.value)).collect();
    let mut axis = plotted(data, &pairs, money, state.currency, state.magnitude, l);
    let (gaps, years) = years(data, state, &drawn);
    let year_periods: Vec<Period> = years.iter().map(|y| Period::Year(*y)).collect();
    let rules = breaks::on_axis(data, state.metric.key(), &state.cities, &year_periods);
    let colours = place_colours(data, &state.cities);
    let drawing = draw(data, state, &drawn, &axis, &years, money, &colours);
    let context = Context { rules: &rules, gaps: &gaps, drawn: &drawn, not_drawn: &not_drawn, table: &drawing.table };
    let events = crate::chart::events::drawn(data, state, metric.sector, &state.cities, &year_periods);
    let notes = std::mem::take(&mut axis.notes).into_iter().chain(drawing.notes).chain(chart_notes(data, state, metric.unit, context)).chain(crate::chart::events::notes(&events)).collect();
    let notes = written(data, notes, l);
    let (domain, ticks) = value_axis(&axis.values, log, |v| value_label(v, money, axis.divisor, l));
    ChartSpec {
        title: fill(l.tr("{0} by year: {1}"), &[metric.label.get(l), &place_names(state)]),
        subtitle: subtitle(state, metric),
        panels: vec![Panel {
            title: String::new(),
            axis_label: if log { fill(l.tr("{0} (log scale)"), &[&axis.words]) } else { axis.words.clone() },
            domain,
            log,
            ticks,
            categories: year_periods.iter().map(|p| vec![format::period(*p, l)]).collect(),
            marks: drawing.marks,
            lines: lines(data, state, &drawn),
            breaks: rules.iter().map(|(after, b)| break_rule(*after, b, l)).collect(),
            unit_divisor: if money { axis.divisor } else { 1.0 },
            events: crate::chart::events::marks(&events, l),
        }],
        legend: state.cities.iter().zip(&colours).map(|(e, c)| LegendEntry { label: format::entity(*e, l).to_string(), color: *c, style: MarkStyle::Solid }).collect(),
        notes,
        source_line: source_line(data, drawing.table.iter().map(|r| r.figure), l),
        table_head: [l.tr("Place"), l.tr("Period"), l.tr("Value"), l.tr("Growth (stated)"), l.tr("Source")].map(String::from).to_vec(),
        summary: format!("{}{}", summary(state, metric, &drawing.table), crate::chart::events::summary(&events, l)),
        table: drawing.table,
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
    fn a_year_known_only_in_part_is_flagged_on_its_mark() {
        let spec = spec_for(ViewState { cities: vec![crate::data::place("shenzhen"), crate::data::place("shaanxi")], ..Default::default() });
        let shaanxi = spec.panels[0].marks.iter().find(|m| m.value == 998_700.0).expect("Shaanxi's Jan-Nov 2025");
        assert_eq!((shaanxi.label.as_str(), shaanxi.style), ("Jan-Nov only", MarkStyle::Derived));
        assert!(spec.notes.iter().any(|n| n.text.contains("not a full year")));
        assert!(spec.notes.iter().any(|n| n.text == "Shaanxi (province), 2025: one mark a place and year, here Jan-Nov 2025; also published (see the figures table): H1 2025: 658,500 vehicles."), "{:?}", spec.notes);
    }

    /// Several figures of one place for one year are drawn as one mark, the one that answers
    /// the chart's question (the full year, else the longest part), for every measure and
    /// every place; the others are named with their values in a note.
    #[test]
    fn a_place_has_one_mark_a_year_and_the_others_are_named() {
        let places = crate::view_state::city_choices().to_vec();
        for metric in crate::view_state::metrics_for(View::Cities) {
            for lang in Lang::ALL {
                let spec = spec_for(ViewState { metric: *metric, cities: places.clone(), lang: *lang, ..Default::default() });
                let mut seen = Vec::new();
                for row in &spec.table {
                    let key = (row.figure.entity, row.figure.period.year());
                    assert!(!seen.contains(&key), "{metric:?} {lang:?}: {key:?} drawn twice");
                    seen.push(key);
                }
            }
        }
        let spec = spec_for(ViewState::default());
        let shanghai: Vec<&str> = spec.table.iter().filter(|r| r.figure.entity == Some(crate::data::place("shanghai"))).map(|r| r.cells[1].as_str()).collect();
        assert_eq!(shanghai, ["2021", "2022", "2023", "2025"]);
        assert!(spec.notes.iter().any(|n| n.text == "Shanghai, 2025: one mark a place and year, here 2025; also published (see the figures table): Jan-Jul 2025: 573,000 vehicles and Jan-Nov 2025: 1.04 million vehicles."), "{:?}", spec.notes);
    }

    #[test]
    fn provinces_are_flagged() {
        let spec = spec_for(ViewState { cities: vec![crate::data::place("shenzhen"), crate::data::place("guangdong")], ..Default::default() });
        assert!(spec.notes.iter().any(|n| n.text.contains("a province, not a city")));
    }

    #[test]
    fn shanghais_growth_conflict_is_shown() {
        let spec = spec_for(ViewState::default());
        assert!(spec.notes.iter().any(|n| n.text.contains("+35%")));
        assert_eq!(spec.panels[0].categories.len(), 5, "2021 to 2024, and 2025 searched for Shenzhen");
    }

    #[test]
    fn ai_output_marks_bounds_approximations_and_the_measure_caveat() {
        let spec = spec_for(ViewState { metric: MetricChoice::AiOutput, cities: vec![crate::data::place("shenzhen"), crate::data::place("shanghai"), crate::data::place("beijing")], ..Default::default() });
        let labels: Vec<&str> = spec.panels[0].marks.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["> 300", "≈ 150", "> 250"]);
        assert!(spec.panels[0].marks[0].open_ended && !spec.panels[0].marks[1].open_ended);
        assert!(spec.notes.iter().any(|n| n.text.contains("core AI industry (narrow)")));
        assert!(spec.notes.iter().any(|n| n.text.contains("380 bn for above-size firms")));
    }

    #[test]
    fn partial_periods_and_provinces_read_in_french_and_chinese() {
        let fr = spec_for(ViewState { lang: Lang::Fr, cities: vec![crate::data::place("shenzhen"), crate::data::place("shaanxi"), crate::data::place("guangdong")], ..Default::default() });
        let shaanxi = fr.panels[0].marks.iter().find(|m| m.value == 998_700.0).expect("Shaanxi");
        assert_eq!(shaanxi.label, "janv.-nov. seulement");
        assert!(fr.title.starts_with("Production de VEN par année : Shenzhen, Shaanxi"), "{}", fr.title);
        assert!(fr.notes.iter().any(|n| n.text == "Shaanxi (province) : pour 2025, seule la période janv.-nov. 2025 est couverte, pas l'année complète."), "{:?}", fr.notes);
        assert!(fr.notes.iter().any(|n| n.text.starts_with("Guangdong (province) est une province, pas une ville")));
        assert!(fr.source_line.starts_with("Sources : "), "{}", fr.source_line);
        let zh = spec_for(ViewState { lang: Lang::Zh, cities: vec![crate::data::place("shenzhen"), crate::data::place("shaanxi")], ..Default::default() });
        let shaanxi = zh.panels[0].marks.iter().find(|m| m.value == 998_700.0).expect("Shaanxi");
        assert_eq!(shaanxi.label, "仅1-11月");
        assert!(zh.panels[0].categories.contains(&vec!["2024年".to_string()]));
        assert_eq!(zh.table_head[3], "增速（公布值）");
        let ai = spec_for(ViewState { lang: Lang::Zh, metric: MetricChoice::AiOutput, cities: vec![crate::data::place("shenzhen"), crate::data::place("shanghai")], ..Default::default() });
        let labels: Vec<&str> = ai.panels[0].marks.iter().map(|m| m.label.as_str()).collect();
        assert_eq!((labels, ai.panels[0].axis_label.as_str()), (vec!["> 3000", "≈ 1500"], "亿元"));
        assert_eq!(part_only(Period::Half(2024, 1), Lang::Zh), "仅上半年");
        assert_eq!(part_only(Period::Half(2024, 1), Lang::En), "H1 only");
    }

    #[test]
    fn beijing_and_shanghais_later_ai_figures_are_named_under_their_own_definitions_not_joined() {
        let spec = spec_for(ViewState { metric: MetricChoice::AiOutput, cities: vec![crate::data::place("shenzhen"), crate::data::place("shanghai"), crate::data::place("beijing")], ..Default::default() });
        let beijing = spec.notes.iter().map(|n| &n.text).find(|n| n.starts_with("Beijing: its later figures use other definitions")).expect("Beijing's guard");
        assert!(beijing.contains("Core AI industry revenue: > 300 bn yuan (2024) (gross output and revenue are different quantities)"), "{beijing}");
        assert!(beijing.contains("Core AI industry scale: ≈ 350 bn yuan (2024), 215 bn yuan (H1 2025), ≈ 450 bn yuan (2025) (gross output and core industry scale are different quantities"), "{beijing}");
        let shanghai = spec.notes.iter().map(|n| &n.text).find(|n| n.starts_with("Shanghai: its later figures")).expect("Shanghai's guard");
        assert!(shanghai.contains("> 450 bn yuan (2024), 435 bn yuan (Jan-Sep 2025)") && shanghai.contains("industry scale"), "{shanghai}");
        // Only the 2023 output values are plotted; 2024 and 2025 are there to say nothing was found for Shenzhen.
        assert_eq!(spec.panels[0].marks.len(), 3);
        assert_eq!(spec.panels[0].categories, [vec!["2023".to_string()], vec!["2024".into()], vec!["2025".into()]]);
        assert!(spec.notes.iter().any(|n| n.text.starts_with("Shenzhen, 2024 and 2025: no figure found as of 2026-11-29. Only growth rates and targets")), "{:?}", spec.notes);
    }

    #[test]
    fn every_places_production_breaks_at_2025_and_chongqings_stated_36_percent_is_its_own() {
        let spec = spec_for(ViewState { cities: vec![crate::data::place("shenzhen"), crate::data::place("hefei"), crate::data::place("chongqing")], ..Default::default() });
        let years: Vec<&str> = spec.panels[0].categories.iter().map(|c| c[0].as_str()).collect();
        assert_eq!(years, ["2021", "2022", "2023", "2024", "2025"]);
        assert_eq!(spec.panels[0].breaks.iter().map(|b| b.after).collect::<Vec<_>>(), [3]);
        let cq = spec.table.iter().find(|r| r.figure.id == "cq-nev-prod-2025").expect("Chongqing");
        assert_eq!(cq.cells[3], "+36%, stated across the break");
        assert!(spec.notes.iter().any(|n| matches!(n.note, Note::StatedAcrossBreak(f) if f.id == "cq-nev-prod-2025")), "{:?}", spec.notes);
        assert!(spec.notes.iter().any(|n| n.text.starts_with("Chongqing: +36% for 2025 is the source's own comparison with a year counted the old way")), "{:?}", spec.notes);
        // Hefei: the year 2024 on the old basis, about 2025 on the new (their parts in a note).
        let hefei: Vec<&str> = spec.table.iter().filter(|r| r.cells[0] == "Hefei").map(|r| r.cells[1].as_str()).collect();
        assert_eq!(hefei, ["2024", "2025"]);
    }

    #[test]
    fn no_line_joins_a_place_across_the_break_or_a_part_year_to_a_year() {
        let spec = spec_for(ViewState { metric: MetricChoice::VehicleProduction, scale: Scale::Log, cities: vec![crate::data::place("shenzhen"), crate::data::place("guangdong")], ..Default::default() });
        let marks = &spec.panels[0].marks;
        let year = |i: usize| spec.panels[0].categories[marks[i].category][0].clone();
        let joined: Vec<(String, String)> = spec.panels[0].lines.iter().map(|&(a, b)| (year(a), year(b))).collect();
        assert!(joined.iter().all(|(a, b)| !(a == "2024" && b == "2025")), "{joined:?}");
        // Guangdong 2024 (old basis, 5.7 million) and 2025 (new basis, 3.0 million) are both shown, unjoined.
        let gd: Vec<f64> = spec.table.iter().filter(|r| r.figure.entity == Some(crate::data::place("guangdong"))).map(|r| r.figure.value).collect();
        assert_eq!(gd, [5_191_900.0, 5_707_400.0, 3_040_200.0]);
        assert!(joined.contains(&("2023".into(), "2024".into())));
    }

    #[test]
    fn a_company_is_never_a_place() {
        assert!(!crate::view_state::city_choices().contains(&crate::data::place("byd")));
        let (state, ignored) = crate::view_state::parse("?view=cities&cities=shenzhen~byd");
        assert_eq!(state.cities, crate::view_state::ViewState::default().cities);
        assert_eq!(ignored.iter().map(|i| i.key.as_str()).collect::<Vec<_>>(), ["cities"]);
    }
}
