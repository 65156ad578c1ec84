//! The ratios view: shares and ratios with the work shown (inputs, formula, sources), and a
//! warning wherever the two sides measure different things.

use super::describe::{citation, source_line, unique};
use super::spec::*;
use crate::data::{Dataset, Figure, Qualifier, Sector, Unit};
use crate::format;

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

fn level(data: &Dataset, f: &Figure) -> String {
    format!("{} ({})", format::figure_value(f, data.metric_of(f).unit), format::period(f.period))
}

/// The three ratios the dataset supports, each only if its inputs are present.
pub fn ratios(data: &Dataset) -> Vec<Ratio> {
    let f = |id| data.figure(id);
    let mut out = Vec::new();
    if let (Some(share), Some(prod)) = (f("sz-nev-share-2024"), f("sz-nev-prod-2024")) {
        out.push(Ratio {
            name: "NEV production, share of China",
            sector: Sector::Nev,
            value: share.value,
            lower_bound: false,
            stated: true,
            formula: format!(
                "stated: {}%; with {}, China's total is about {} (derived: {} / {}%)",
                format::number(share.value, 1),
                level(data, prod),
                format::scaled(prod.value / share.value * 100.0, Unit::Vehicles),
                format::number(prod.value, 0),
                format::number(share.value, 1)
            ),
            inputs: vec![share, prod],
            warning: "Another source says 'a quarter'; the 22.3% is from the 2025 government work report.",
        });
    }
    if let (Some(ai), Some(gdp)) = (f("sz-seed-ai-output-2023"), f("sz-gdp-2023")) {
        out.push(Ratio {
            name: "AI output value relative to GDP",
            sector: Sector::Ai,
            value: pct(ai.value, gdp.value),
            lower_bound: ai.qualifier == Qualifier::LowerBound,
            stated: false,
            formula: format!("{} / {} = {}%", level(data, ai), level(data, gdp), format::number(pct(ai.value, gdp.value), 1)),
            inputs: vec![ai, gdp],
            warning: "Not a share of GDP: output value is gross output (it counts what firms buy from each other), GDP is value added. And 300 bn is a lower bound.",
        });
    }
    if let (Some(funds), Some(va)) = (f("sz-seed-bio-funds-2024"), f("sz-seed-bio-va-2024h1")) {
        out.push(Ratio {
            name: "Biomedical funds relative to biomedical value added",
            sector: Sector::Biomed,
            value: pct(funds.value, va.value),
            lower_bound: false,
            stated: false,
            formula: format!("{} / {} = {}%", level(data, funds), level(data, va), format::number(pct(funds.value, va.value), 1)),
            inputs: vec![funds, va],
            warning: "A sum of money committed to funds against half a year's value added: neither a share nor an annual rate.",
        });
    }
    out
}

pub fn ratios_view(data: &Dataset) -> ChartSpec {
    let list = ratios(data);
    let marks = list
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let label = format!("{}{}%", if r.lower_bound { "> " } else { "" }, format::number(r.value, 1));
            let detail = format!("{}: {label}. {}. {} Sources: {}.", r.name, r.formula, r.warning, unique(r.inputs.iter().map(|f| citation(f))).join("; "));
            let mut m = Mark::bar(i, r.value, sector_color(r.sector), label, detail).in_series(i);
            m.open_ended = r.lower_bound;
            if r.stated { m } else { m.styled(MarkStyle::Derived) }
        })
        .collect();
    let values: Vec<f64> = list.iter().map(|r| r.value).collect();
    let (domain, ticks) = value_axis(&values, false, |v| format!("{}%", format::number(v, 0)));
    let table = list
        .iter()
        .map(|r| TableRow {
            cells: vec![
                r.name.to_string(),
                format!("{}{}%", if r.lower_bound { "> " } else { "" }, format::number(r.value, 1)),
                r.formula.clone(),
                unique(r.inputs.iter().map(|f| citation(f))).join("; "),
                r.warning.to_string(),
            ],
            figure: r.inputs[0],
        })
        .collect();
    ChartSpec {
        title: "Ratios, with the work shown".to_string(),
        subtitle: "Pale bars are computed here from two figures; the solid bar is stated by its source".to_string(),
        panels: vec![Panel {
            title: String::new(),
            axis_label: "Percent".to_string(),
            domain,
            log: false,
            ticks,
            categories: list.iter().map(|r| vec![r.name.to_string()]).collect(),
            marks,
        }],
        legend: vec![
            LegendEntry { label: "Stated by the source".to_string(), color: Rgb(0x55, 0x55, 0x55), style: MarkStyle::Solid },
            LegendEntry { label: "Computed from two figures".to_string(), color: Rgb(0x55, 0x55, 0x55), style: MarkStyle::Derived },
        ],
        notes: list.iter().map(|r| format!("{}: {}", r.name, r.warning)).collect(),
        source_line: source_line(list.iter().flat_map(|r| r.inputs.iter().map(|f| f.source))),
        table_head: ["Ratio", "Value", "Formula and inputs", "Sources", "Warning"].map(String::from).to_vec(),
        summary: format!(
            "Three ratios: {}.",
            list.iter().map(|r| format!("{} {}{}%", r.name, if r.lower_bound { "more than " } else { "" }, format::number(r.value, 1))).collect::<Vec<_>>().join("; ")
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
        let r = ratios(&DATASET);
        let ai = r.iter().find(|r| r.sector == Sector::Ai).expect("ai ratio");
        assert!((ai.value - 8.669).abs() < 0.01, "{}", ai.value);
        assert!(ai.lower_bound && ai.warning.contains("Not a share of GDP"));
        assert!(ai.formula.contains("> 300 bn yuan (2023) / 3.46 tn yuan (2023)"), "{}", ai.formula);
    }

    #[test]
    fn funds_against_half_year_value_added_is_not_called_a_share() {
        let r = ratios(&DATASET);
        let bio = r.iter().find(|r| r.sector == Sector::Biomed).expect("bio ratio");
        assert!((bio.value - 126.9).abs() < 0.05);
        assert!(bio.warning.contains("neither a share nor an annual rate"));
    }

    #[test]
    fn the_nev_share_is_stated_and_its_implied_total_derived() {
        let spec = ratios_view(&DATASET);
        assert_eq!(spec.panels[0].marks[0].style, MarkStyle::Solid);
        assert!(spec.table[0].cells[2].contains("China's total is about 13.2 million vehicles"), "{}", spec.table[0].cells[2]);
    }
}
