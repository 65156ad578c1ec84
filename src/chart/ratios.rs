//! The ratios view: shares and ratios with the work shown (inputs, formula, sources), and a
//! warning wherever the two sides measure different things.

use super::describe::{citation, source_line, unique};
use super::note::{written, Note};
use super::spec::*;
use crate::data::bounds::{value_range, whole_from_share};
use crate::data::{Dataset, Entity, Figure, Qualifier, Sector, Unit};
use crate::format;
use crate::i18n::{fill, Lang};

/// A ratio and everything needed to check it.
pub struct Ratio {
    pub name: &'static str,
    pub sector: Sector,
    /// In percent.
    pub value: f64,
    pub lower_bound: bool,
    /// True when the source states the ratio itself.
    pub stated: bool,
    pub formula: String,
    pub inputs: Vec<&'static Figure>,
    pub warning: &'static str,
}

fn pct(a: f64, b: f64) -> f64 {
    a / b * 100.0
}

fn level(data: &Dataset, f: &Figure, l: Lang) -> String {
    fill(l.pick("{0} ({1})", "{0} ({1})", "{0}（{1}）"), &[&format::figure_value(f, data.metric_of(f).unit, l), &format::period(f.period, l)])
}

/// "a / b = c%", the same notation in every language.
fn quotient(data: &Dataset, a: &Figure, b: &Figure, value: f64, l: Lang) -> String {
    format!("{} / {} = {}", level(data, a, l), level(data, b, l), format::percent(value, 1, l))
}

/// A ratio's value as read: "> 8.7%".
fn value_text(r: &Ratio, l: Lang) -> String {
    format!("{}{}", if r.lower_bound { "> " } else { "" }, format::percent(r.value, 1, l))
}

/// Which of the published national totals a stated share fits: the part divided by the share,
/// with both as published (22.3% is 22.25 to 22.35), against each total's own range. Said as
/// "consistent with", since it is arithmetic, not a source's statement. The words, and the
/// totals compared.
fn implied_total(data: &Dataset, share: &Figure, part: &Figure, l: Lang) -> (String, Vec<&'static Figure>) {
    let totals: Vec<&'static Figure> = data.figures.iter().filter(|t| t.entity == Some(Entity::nation()) && t.metric == part.metric && t.period == part.period).collect();
    if totals.is_empty() {
        return (String::new(), totals);
    }
    let implied = whole_from_share(value_range(part), value_range(share));
    // To the thousand: enough to tell 13.13 million from 12.888 million.
    let vehicles = |v: f64| format::exact((v / 1000.0).round() * 1000.0, Unit::Vehicles, l);
    let mut text = fill(
        l.tr(". As {0} is rounded, the total lies between {1} and {2}"),
        &[&format::percent(share.value, 1, l), &vehicles(implied.lo), &vehicles(implied.hi)],
    );
    for t in &totals {
        let value = format!("{}{}", format::qualifier_prefix(t.qualifier, l), format::exact(t.value, Unit::Vehicles, l));
        let named = fill(l.pick("{0} ({1})", "{0} ({1})", "{0}（{1}）"), &[&value, t.note.map_or("", |n| n.get(l))]);
        let verdict = if value_range(t).overlaps(implied) { l.tr("; consistent with {0}") } else { l.tr("; not consistent with {0}") };
        text.push_str(&fill(verdict, &[&named]));
    }
    (text, totals)
}

/// The three ratios the dataset supports, each only if its inputs are present.
pub fn ratios(data: &Dataset, l: Lang) -> Vec<Ratio> {
    let f = |id| data.figure(id);
    let mut out = Vec::new();
    if let (Some(share), Some(prod)) = (f("sz-nev-share-2024"), f("sz-nev-prod-2024")) {
        let (mut formula, totals) = implied_total(data, share, prod, l);
        formula.insert_str(
            0,
            &fill(
                l.tr("stated: {0}; with {1}, China's total is about {2} (derived: {3} / {4})"),
                &[
                    &format::percent(share.value, 1, l),
                    &level(data, prod, l),
                    &format::scaled(prod.value / share.value * 100.0, Unit::Vehicles, l),
                    &format::number(prod.value, 0, l),
                    &format::percent(share.value, 1, l),
                ],
            ),
        );
        out.push(Ratio {
            name: l.tr("NEV production, share of China"),
            sector: Sector::Nev,
            value: share.value,
            lower_bound: false,
            stated: true,
            formula,
            inputs: [share, prod].into_iter().chain(totals).collect(),
            warning: l.tr("Another source says 'a quarter'; the 22.3% is from the 2025 government work report."),
        });
    }
    if let (Some(ai), Some(gdp)) = (f("sz-seed-ai-output-2023"), f("sz-gdp-2023")) {
        let value = pct(ai.value, gdp.value);
        out.push(Ratio {
            name: l.tr("AI output value relative to GDP"),
            sector: Sector::Ai,
            value,
            lower_bound: ai.qualifier == Qualifier::LowerBound,
            stated: false,
            formula: quotient(data, ai, gdp, value, l),
            inputs: vec![ai, gdp],
            warning: l.tr("Not a share of GDP: output value is gross output (it counts what firms buy from each other), GDP is value added. And 300 bn is a lower bound."),
        });
    }
    if let (Some(funds), Some(va)) = (f("sz-seed-bio-funds-2024"), f("sz-seed-bio-va-2024h1")) {
        let value = pct(funds.value, va.value);
        out.push(Ratio {
            name: l.tr("Biomedical funds relative to biomedical value added"),
            sector: Sector::Biomed,
            value,
            lower_bound: false,
            stated: false,
            formula: quotient(data, funds, va, value, l),
            inputs: vec![funds, va],
            warning: l.tr("A sum of money committed to funds against half a year's value added: neither a share nor an annual rate."),
        });
    }
    out
}

pub fn ratios_view(data: &Dataset, l: Lang) -> ChartSpec {
    let list = ratios(data, l);
    let sources_of = |r: &Ratio| unique(r.inputs.iter().map(|f| citation(data, f, l))).join(l.list_separator());
    let marks = list
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let label = value_text(r, l);
            let detail = fill(
                l.tr("{0}: {1}. {2}. {3} Sources: {4}."),
                &[r.name, &label, &r.formula, r.warning, &sources_of(r)],
            );
            let mut m = Mark::bar(i, r.value, sector_color(r.sector), label, detail).in_series(i);
            m.open_ended = r.lower_bound;
            if r.stated { m } else { m.styled(MarkStyle::Derived) }
        })
        .collect();
    let values: Vec<f64> = list.iter().map(|r| r.value).collect();
    let (domain, ticks) = value_axis(&values, false, |v| format::percent(v, 0, l));
    let table = list
        .iter()
        .map(|r| TableRow {
            cells: vec![r.name.to_string(), value_text(r, l), r.formula.clone(), sources_of(r), r.warning.to_string()],
            figure: r.inputs[0],
        })
        .collect();
    let summary_item = |r: &Ratio| {
        let template = match r.lower_bound {
            true => l.tr("{0} more than {1}"),
            false => l.pick("{0} {1}", "{0} : {1}", "{0}为{1}"),
        };
        fill(template, &[r.name, &format::percent(r.value, 1, l)])
    };
    ChartSpec {
        title: l.tr("Ratios, with the work shown").to_string(),
        subtitle: l
            .tr("Pale bars are computed here from two figures; the solid bar is stated by its source")
            .to_string(),
        panels: vec![Panel {
            title: String::new(),
            axis_label: l.tr("Percent").to_string(),
            domain,
            log: false,
            ticks,
            categories: list.iter().map(|r| vec![r.name.to_string()]).collect(),
            marks,
            lines: vec![],
            breaks: vec![],
            unit_divisor: 1.0,
            events: vec![],
        }],
        legend: vec![
            LegendEntry {
                label: l.tr("Stated by the source").to_string(),
                color: Rgb(0x55, 0x55, 0x55),
                style: MarkStyle::Solid,
            },
            LegendEntry {
                label: l.tr("Computed from two figures").to_string(),
                color: Rgb(0x55, 0x55, 0x55),
                style: MarkStyle::Derived,
            },
        ],
        notes: written(data, list.iter().map(|r| Note::RatioWarning(r.name, r.warning)).collect(), l),
        source_line: source_line(data, list.iter().flat_map(|r| r.inputs.iter().copied()), l),
        table_head: [l.tr("Ratio"), l.tr("Value"), l.tr("Formula and inputs"), l.tr("Sources"), l.tr("Warning")]
            .map(String::from)
            .to_vec(),
        summary: fill(
            l.tr("Three ratios: {0}."),
            &[&list.iter().map(summary_item).collect::<Vec<_>>().join(l.list_separator())],
        ),
        table,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    #[test]
    fn ai_output_relative_to_gdp_is_a_lower_bound_with_a_warning() {
        let r = ratios(&DATASET, Lang::En);
        let ai = r.iter().find(|r| r.sector == Sector::Ai).expect("ai ratio");
        assert!((ai.value - 8.669).abs() < 0.01, "{}", ai.value);
        assert!(ai.lower_bound && ai.warning.contains("Not a share of GDP"));
        assert!(ai.formula.contains("> 300 bn yuan (2023) / 3.46 tn yuan (2023)"), "{}", ai.formula);
    }

    #[test]
    fn funds_against_half_year_value_added_is_not_called_a_share() {
        let r = ratios(&DATASET, Lang::En);
        let bio = r.iter().find(|r| r.sector == Sector::Biomed).expect("bio ratio");
        assert!((bio.value - 126.9).abs() < 0.05);
        assert!(bio.warning.contains("neither a share nor an annual rate"));
    }

    #[test]
    fn the_nev_share_is_stated_and_its_implied_total_derived() {
        let spec = ratios_view(&DATASET, Lang::En);
        assert_eq!(spec.panels[0].marks[0].style, MarkStyle::Solid);
        let formula = &spec.table[0].cells[2];
        assert!(formula.contains("China's total is about 13.2 million vehicles"), "{formula}");
        // Consistent with the bureau's basis, not with the carmakers' association: arithmetic.
        assert!(formula.contains("the total lies between 13,133,000 vehicles and 13,193,000 vehicles"), "{formula}");
        assert!(formula.contains("; consistent with > 13,000,000 vehicles (the government work report of 2025, on the statistics bureau's basis)"), "{formula}");
        assert!(formula.contains("; not consistent with 12,888,000 vehicles (the carmakers' association's count)"), "{formula}");
        assert!(spec.table[0].cells[3].contains("China Automotive News"), "both totals are cited: {}", spec.table[0].cells[3]);
    }

    #[test]
    fn ratios_read_in_french_and_chinese() {
        let spec = crate::chart::spec_for(&DATASET, &crate::view_state::ViewState { view: crate::view_state::View::Ratios, lang: Lang::Fr, ..Default::default() });
        assert_eq!(spec.title, "Ratios, avec le détail des calculs");
        assert_eq!(spec.panels[0].axis_label, "Pourcentage");
        assert_eq!(spec.panels[0].marks[1].label, "> 8,7\u{a0}%");
        assert!(spec.source_line.starts_with("Sources : "), "{}", spec.source_line);
        assert!(spec.notes[1].text.contains("Ce n'est pas une part du PIB"), "{:?}", spec.notes);
        assert!(spec.table[1].cells[2].contains("> 300 milliards de yuans (2023)"), "{}", spec.table[1].cells[2]);
        let zh = ratios_view(&DATASET, Lang::Zh);
        assert_eq!(zh.panels[0].categories[2], ["生物医药基金规模与生物医药产业增加值之比"]);
        assert!(zh.table[1].cells[2].contains("> 3000亿元（2023年）"), "{}", zh.table[1].cells[2]);
        assert!(zh.summary.starts_with("三项比率：新能源汽车产量占全国比重为22.3%；"), "{}", zh.summary);
    }
}
