//! The growth comparison: each chosen sector's headline indicator year on year, as the
//! article states it, plus growth figures the user adds (exports, GDP, peer places). Growth
//! rates are the one thing these can share an axis for, and even then their bases and
//! periods differ: every bar is labelled with both, and the notes say so.

use super::describe::{citation, detail, source_line};
use super::note::{bar_name, written, Label, Note};
use super::spec::*;
use crate::data::{Dataset, Entity, Figure, Qualifier};
use crate::format;
use crate::i18n::{fill, Lang};
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

/// The subject city's bars take their sector's colour; other places' bars, their place's
/// colour among the chart's places.
fn colours_of(data: &Dataset, figures: &[&Figure]) -> Vec<Rgb> {
    let subject = Some(Entity::subject());
    let mut places: Vec<Entity> = Vec::new();
    for e in figures.iter().filter_map(|f| f.entity.filter(|e| Some(*e) != subject)) {
        if !places.contains(&e) {
            places.push(e);
        }
    }
    let colours = place_colours(data, &places);
    let of_place = |e: Entity| places.iter().position(|p| *p == e).map_or(PLACE_PALETTE[0], |i| colours[i]);
    figures.iter().map(|f| f.entity.filter(|e| Some(*e) != subject).map_or_else(|| sector_color(data.metric_of(f).sector), of_place)).collect()
}

/// The figures drawn: each chosen sector's headline and the figures the extras add, those
/// with a stated growth rate, each with it.
fn choose(data: &Dataset, state: &ViewState) -> Vec<(&'static Figure, f64)> {
    let mut figures: Vec<&'static Figure> = state.sectors.iter().filter_map(|s| data.headline(*s)).collect();
    figures.extend(state.extras.iter().flat_map(|e| extra_ids(*e)).filter_map(|id| data.figure(id)));
    figures.iter().filter_map(|f| f.yoy_pct.map(|g| (*f, g))).collect()
}

/// That the bars compare rates, not sizes; part years; lower bounds behind a rate; the notes
/// of added figures.
fn notes(plotted: &[(&'static Figure, f64)]) -> Vec<Note> {
    let mut notes = vec![Note::RatesNotSizes];
    if plotted.iter().any(|(f, _)| !f.period.is_full_year()) {
        notes.push(Note::PartYearRates);
    }
    for (f, _) in plotted {
        if f.qualifier == Qualifier::LowerBound {
            notes.push(Note::LevelIsLowerBound(f));
        }
        if f.note.is_some() && !f.headline {
            notes.push(Note::OwnNote(Label::Bar(f), f));
        }
    }
    notes
}

fn table(data: &Dataset, plotted: &[(&'static Figure, f64)], l: Lang) -> Vec<TableRow> {
    let row = |(f, g): &(&'static Figure, f64)| {
        let metric = data.metric_of(f);
        let cells = vec![
            bar_name(data, f, l),
            metric.label.get(l).to_string(),
            format::figure_value(f, metric.unit, l),
            format::growth(*g, l),
            format::period(f.period, l),
            format::basis(metric.basis, l).to_string(),
            citation(data, f, l),
        ];
        TableRow { cells, figure: f }
    };
    plotted.iter().map(row).collect()
}

fn summary(data: &Dataset, plotted: &[(&'static Figure, f64)], l: Lang) -> String {
    let item = |(f, g): &(&'static Figure, f64)| fill(l.pick("{0} ({1}) {2}", "{0} ({1}) {2}", "{0}（{1}）{2}"), &[&bar_name(data, f, l), &format::period(f.period, l), &format::growth(*g, l)]);
    let items = plotted.iter().map(item).collect::<Vec<_>>().join(l.list_separator());
    fill(
        l.tr("Bar chart of year-on-year growth: {0}. The indicators measure different things and cover different periods, so the bars compare rates of growth, not sizes."),
        &[&items],
    )
}

/// The growth chart: choose the figures with a stated rate, draw a bar each, labelled with its
/// period and basis, then the notes, the table and the words.
pub fn headline_growth(data: &Dataset, state: &ViewState) -> ChartSpec {
    let l = state.lang;
    let plotted = choose(data, state);
    let categories = plotted.iter().map(|(f, _)| vec![bar_name(data, f, l), format::period(f.period, l), format::basis(data.metric_of(f).basis, l).to_string()]).collect();
    let colours = colours_of(data, &plotted.iter().map(|p| p.0).collect::<Vec<_>>());
    let mark = |(i, (f, g)): (usize, &(&'static Figure, f64))| Mark::bar(i, *g, colours[i], format::growth(*g, l), detail(data, f, l)).in_series(i).of(f);
    let values: Vec<f64> = plotted.iter().map(|p| p.1).collect();
    let (domain, ticks) = value_axis(&values, false, |v| format::percent(v, 1, l));
    let title = match state.extras.is_empty() {
        true => l.tr("Year-on-year growth of each sector's headline indicator"),
        false => l.tr("Year-on-year growth: headline indicators and added figures"),
    };
    ChartSpec {
        title: title.to_string(),
        subtitle: l.tr("As stated by the sources; bases and periods differ").to_string(),
        panels: vec![Panel {
            title: String::new(),
            axis_label: l.tr("Growth on a year earlier (%)").to_string(),
            domain,
            log: false,
            ticks,
            categories,
            marks: plotted.iter().enumerate().map(mark).collect(),
            lines: vec![],
            breaks: vec![],
            unit_divisor: 1.0,
            events: vec![],
        }],
        legend: state.sectors.iter().map(|s| LegendEntry { label: format::sector(*s, l).to_string(), color: sector_color(*s), style: MarkStyle::Solid }).collect(),
        notes: written(data, notes(&plotted), l),
        source_line: source_line(data, plotted.iter().map(|(f, _)| *f), l),
        table_head: [l.tr("Indicator"), l.tr("Statistic"), l.tr("Level"), l.tr("Growth rate"), l.tr("Period"), l.tr("Basis"), l.tr("Source")].map(String::from).to_vec(),
        table: table(data, &plotted, l),
        summary: summary(data, &plotted, l),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Sector, DATASET};
    use crate::i18n::Lang;

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
        assert!(spec.notes.iter().any(|n| n.note == Note::PartYearRates));
        assert!(spec.notes.iter().any(|n| matches!(n.note, Note::LevelIsLowerBound(f) if f.id == "sz-seed-nev-prod-2023")), "{:?}", spec.notes);
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
        assert!(spec.notes.iter().any(|n| n.text.contains("A province, not a city")));
        assert!(spec.notes.iter().any(|n| matches!(n.note, Note::OwnNote(Label::Bar(f), _) if f.id == "sz-gdp-2024") && n.text.contains("real (at constant prices)")), "{:?}", spec.notes);
    }

    #[test]
    fn french_and_chinese_readers_get_their_own_words() {
        let fr = headline_growth(&DATASET, &ViewState { lang: Lang::Fr, ..Default::default() });
        assert_eq!(fr.title, "Croissance sur un an de l'indicateur phare de chaque secteur");
        assert_eq!(fr.panels[0].categories[1], vec!["VEN", "2023", "volume (véhicules)"]);
        assert_eq!(fr.panels[0].marks[1].label, "+104,2\u{a0}%");
        assert!(fr.notes.iter().any(|n| n.text == "VEN : le niveau est un minimum («\u{a0}plus de 1,73 million\u{a0}») ; le taux de croissance indiqué est celui de la source."), "{:?}", fr.notes);
        assert!(fr.source_line.starts_with("Source : Xinhua"), "{}", fr.source_line);
        let zh = headline_growth(&DATASET, &ViewState { lang: Lang::Zh, extras: vec![Extra::Peers], ..Default::default() });
        assert_eq!(zh.panels[0].categories[2], vec!["生物医药", "2024年上半年", "增加值"]);
        assert!(zh.panels[0].categories.iter().any(|c| c[0] == "合肥新能源汽车产量" && c[1] == "2024年1-9月"), "{:?}", zh.panels[0].categories);
        assert!(zh.notes.iter().any(|n| n.text.starts_with("时期不同")));
        assert_eq!(zh.panels[0].axis_label, "同比增速（%）");
    }
}
