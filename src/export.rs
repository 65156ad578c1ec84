//! Downloads of the current view, made from the same specification as the chart on screen:
//! the SVG itself, and the plotted data as CSV and JSON with the source, period, basis and
//! grade of every value. Pure; the page offers them as `data:` links.

use crate::chart::ChartSpec;
use crate::data::{Dataset, Figure};
use crate::view_state::{to_query, ViewState};

/// A file name that says what the view is: `shenzhen-trend-bio-va-index.csv`.
pub fn file_name(state: &ViewState, extension: &str) -> String {
    let query = to_query(&ViewState { embed: false, ..state.clone() });
    let words: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.starts_with("v=") && !p.is_empty())
        .filter_map(|p| p.split_once('=').map(|(_, v)| v))
        .collect();
    let name = if words.is_empty() { "growth".to_string() } else { words.join("-").replace('~', "-") };
    format!("shenzhen-{name}.{extension}")
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The columns every export adds to the table's: where each value comes from.
const PROVENANCE: [&str; 6] = ["figure id", "published value", "unit", "period", "basis", "grade"];

fn provenance(data: &Dataset, row: &crate::chart::spec::TableRow) -> [String; 6] {
    let f = row.figure;
    let metric = data.metric_of(f);
    [
        f.id.to_string(),
        format!("{}", f.value),
        metric.unit.key().to_string(),
        f.period.key(),
        metric.basis.key().to_string(),
        f.grade.key().to_string(),
    ]
}

/// A figure's source as plain data, the same whatever the page's language: the outlet, where
/// the text was read if on a copy, and the date as the data file writes it:
/// "China News Service (copy on igo9go.com), 2025-02-25".
fn source_record(data: &Dataset, f: &Figure) -> String {
    let s = data.source_of(f);
    let who = match s.mirror_of {
        Some(original) => format!("{original} (copy on {})", s.publisher),
        None => s.publisher.to_string(),
    };
    format!("{who}, {}", s.published.key())
}

/// The plotted data as CSV: the table's columns, then each value's provenance and source.
pub fn csv(data: &Dataset, spec: &ChartSpec) -> String {
    let mut head: Vec<String> = spec.table_head.clone();
    head.extend(PROVENANCE.iter().map(|s| s.to_string()));
    head.push("source".to_string());
    let mut out = format!("# {}\n{}\n", spec.title, head.iter().map(|h| csv_field(h)).collect::<Vec<_>>().join(","));
    for row in &spec.table {
        let mut cells: Vec<String> = row.cells.clone();
        cells.extend(provenance(data, row));
        cells.push(source_record(data, row.figure));
        out.push_str(&cells.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

fn json_string(text: &str) -> String {
    let mut s = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            c if (c as u32) < 0x20 => s.push_str(&format!("\\u{:04x}", c as u32)),
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

/// The plotted data as JSON: title, notes, source line, and one object per row, with the
/// address of its source and the source's own words where known.
pub fn json(data: &Dataset, spec: &ChartSpec) -> String {
    let rows: Vec<String> = spec
        .table
        .iter()
        .map(|row| {
            let mut fields: Vec<String> =
                spec.table_head.iter().zip(&row.cells).map(|(k, v)| format!("{}:{}", json_string(k), json_string(v))).collect();
            for (k, v) in PROVENANCE.iter().zip(provenance(data, row)) {
                fields.push(format!("{}:{}", json_string(k), json_string(&v)));
            }
            let f = row.figure;
            fields.push(format!("\"source\":{}", json_string(&source_record(data, f))));
            if let Some(url) = data.source_of(f).url {
                fields.push(format!("\"url\":{}", json_string(url)));
            }
            if let Some(q) = f.quote {
                fields.push(format!("\"quote\":{},\"quote_lang\":{}", json_string(q.text), json_string(q.lang.key())));
            }
            format!("{{{}}}", fields.join(","))
        })
        .collect();
    let notes: Vec<String> = spec.notes.iter().map(|n| json_string(n)).collect();
    format!(
        "{{\"title\":{},\"notes\":[{}],\"sources\":{},\"rows\":[{}]}}\n",
        json_string(&spec.title),
        notes.join(","),
        json_string(&spec.source_line),
        rows.join(",")
    )
}

/// A `data:` address holding the text, for a download link.
pub fn data_url(mime: &str, text: &str) -> String {
    let mut out = format!("data:{mime};charset=utf-8,");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~ ".contains(&b) {
            out.push(if b == b' ' { ' ' } else { b as char });
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.replace(' ', "%20")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::spec_for;
    use crate::data::DATASET;
    use crate::view_state::parse;

    fn spec(link: &str) -> (ViewState, ChartSpec) {
        let (state, _) = parse(link);
        let spec = spec_for(&DATASET, &state);
        (state, spec)
    }

    #[test]
    fn file_names_say_what_the_view_is() {
        assert_eq!(file_name(&ViewState::default(), "csv"), "shenzhen-growth.csv");
        let (state, _) = spec("?view=trend&metric=bio-va&scale=index&embed=1");
        assert_eq!(file_name(&state, "svg"), "shenzhen-trend-bio-va-index.svg");
    }

    #[test]
    fn csv_rows_are_the_table_with_provenance() {
        let (_, s) = spec("?view=trend");
        let text = csv(&DATASET, &s);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2 + s.table.len());
        assert!(lines[1].ends_with("figure id,published value,unit,period,basis,grade,source"), "{}", lines[1]);
        assert!(lines[3].contains("sz-nev-prod-2022,848800,vehicles,2022,volume,B,\"CnEVPost, 2023-07-26\""), "{}", lines[3]);
        assert!(lines[2].ends_with("\"HK01, unknown\""), "{}", lines[2]);
    }

    #[test]
    fn json_carries_source_period_basis_and_grade_of_every_value() {
        let (_, s) = spec("?view=scale&extra=funds");
        let text = json(&DATASET, &s);
        assert_eq!(text.matches("\"grade\":").count(), s.table.len());
        assert!(text.contains("\"figure id\":\"sz-seed-bio-funds-2024\""));
        assert!(text.contains("\"basis\":\"fund-size\"") && text.contains("\"period\":\"2024-10\""));
        assert!(text.contains("\"quote_lang\":\"fr\""), "the seed's figures quote its French version");
        assert!(json_string("a\"b\n").eq("\"a\\\"b\\u000a\""));
    }

    #[test]
    fn data_urls_escape_everything_but_plain_characters() {
        assert_eq!(data_url("text/csv", "a,b\n\"é\""), "data:text/csv;charset=utf-8,a%2Cb%0A%22%C3%A9%22");
    }
}
