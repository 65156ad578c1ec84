//! Downloads of the current view, made from the same specification as the chart on screen:
//! the SVG itself, and the plotted data as CSV and JSON with the source, period, basis and
//! grade of every value. Pure; the page offers them as `data:` links.

use crate::chart::spec::MarkStyle;
use crate::chart::ChartSpec;
use crate::data::{Dataset, Figure, Period, Qualifier};
use crate::format;
use crate::i18n::Lang;
use crate::view_state::{to_address, ViewState};

/// A file name that says what the view is: `shenzhen-trend-bio-va-index.csv`, its link's
/// The source line of the chart as an image for copying or downloading: it ends with the
/// view's address (`link`, without its scheme, as a reader types it) and the day of access,
/// so a picture pasted into a slide or a post leads back to the view and says when it was
/// seen (`render::render_with_source` draws it).
pub fn image_source_line(spec: &ChartSpec, link: &str, accessed: &str, l: Lang) -> String {
    let address = link.split_once("://").map_or(link, |(_, rest)| rest);
    let footer = crate::i18n::fill(l.tr("{0} (accessed {1})"), &[address, accessed]);
    format!("{}{}{footer}", spec.source_line, l.pick(". ", ". ", "。"))
}

/// words: the view, the options' values, and the language unless it is English.
pub fn file_name(state: &ViewState, extension: &str) -> String {
    let state = ViewState { embed: false, ..state.clone() };
    let address = to_address(&ViewState { lang: Lang::En, ..state.clone() }, Some(Lang::En));
    let (view, query) = address.split_once('?').unwrap_or((&address, ""));
    let lang = (state.lang != Lang::En).then_some(state.lang.key());
    let words: Vec<&str> = view
        .split('/')
        .filter(|p| !p.is_empty())
        .chain(query.split('&').filter(|p| !p.starts_with("v=") && !p.is_empty()).filter_map(|p| p.split_once('=').map(|(_, v)| v)))
        .chain(lang)
        .collect();
    let name = if words.is_empty() { "growth".to_string() } else { words.join("-").replace('~', "-") };
    format!("shenzhen-{name}.{extension}")
}

/// Where the build wrote the file of `kind` (`csv` or `json`) for a state, relative to the
/// site's root (`fr/cities/data.csv`): only a state its view's page shows as written, with no
/// options, has one; for any other the download is made in the browser.
pub fn file_address(state: &ViewState, kind: &str) -> Option<String> {
    let as_built = ViewState { view: state.view, lang: state.lang, ..ViewState::default() };
    let same = ViewState { embed: false, theme: crate::view_state::Theme::Auto, ..state.clone() } == as_built;
    let file = match kind {
        "csv" | "json" => format!("data.{kind}"),
        "events-csv" => "events.csv".to_string(),
        _ => return None,
    };
    same.then(|| format!("{}{file}", crate::view_state::page_path(Some(state.lang), state.view)))
}

/// The name a download of `kind` is saved under: the view's words and the kind's extension,
/// the events' CSV marked as theirs (`shenzhen-trend-log-events.csv`).
pub fn download_name(state: &ViewState, kind: &str) -> String {
    match kind {
        "events-csv" => file_name(state, "csv").replace(".csv", "-events.csv"),
        other => file_name(state, other),
    }
}

/// One column of the downloads: a machine name, the same in every language (the CSV header),
/// and what it holds, in the page's language (in the JSON).
struct Column {
    name: &'static str,
    label: fn(Lang) -> &'static str,
}

const COLUMNS: [Column; 16] = [
    Column { name: "place", label: |l| l.tr("Place") },
    Column { name: "sector", label: |l| l.tr("Sector") },
    Column { name: "metric", label: |l| l.tr("Metric") },
    Column { name: "period", label: |l| l.tr("Period") },
    Column { name: "value", label: |l| l.tr("Value plotted, in the chart's unit") },
    Column { name: "value_unit", label: |l| l.tr("The chart's unit for the value, as its axis names it") },
    Column { name: "published_value", label: |l| l.tr("Value as published, in the published unit") },
    Column { name: "published_unit", label: |l| l.tr("Published unit") },
    Column { name: "basis", label: |l| l.tr("Basis") },
    Column { name: "qualifier", label: |l| l.tr("How the value reads (exact, lower bound, approximate, target, estimate, derived)") },
    Column { name: "grade", label: |l| l.tr("Grade (A official, B reputable outlet, C copy or single weak source)") },
    Column { name: "source", label: |l| l.tr("Source") },
    Column { name: "url", label: |l| l.tr("Address of the source") },
    Column { name: "figure_id", label: |l| l.tr("Figure id in the dataset") },
    Column { name: "label", label: |l| l.tr("The value as the chart writes it") },
    Column { name: "detail", label: |l| l.tr("Everything the chart says about the value") },
];

/// A cell: text, a number, a truth, or nothing (an empty CSV cell, a JSON null). Also the
/// dataset's tables' (`tables`).
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    Bool(bool),
    None,
}

/// A cell as a JSON value.
pub(crate) fn json_cell(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) => json_string(t),
        Cell::Number(v) => number(*v),
        Cell::Bool(b) => b.to_string(),
        Cell::None => "null".to_string(),
    }
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

/// A figure's cells in column order, from `place` to `figure_id`: where it is, what was
/// plotted (`plotted`, in `plotted_unit`) and its provenance. A value `derived` from the figure
/// (the year before, from its stated growth) was not published: it has no published value,
/// reads "derived", and names the figure it comes from.
fn figure_cells(data: &Dataset, f: &Figure, period: Period, plotted: Cell, plotted_unit: Cell, derived: bool, l: Lang) -> Vec<Cell> {
    let metric = data.metric_of(f);
    vec![
        f.entity.map_or(Cell::None, |e| text(e.key())),
        text(metric.sector.key()),
        text(metric.key),
        text(period.key()),
        plotted,
        plotted_unit,
        if derived { Cell::None } else { Cell::Number(f.value) },
        if derived { Cell::None } else { text(metric.unit.key()) },
        text(metric.basis.key()),
        text(if derived { Qualifier::Derived.key() } else { f.qualifier.key() }),
        text(f.grade.key()),
        text(format::source_record(data.source_of(f), l)),
        data.source_of(f).url.map_or(Cell::None, text),
        text(f.id),
    ]
}

/// One row per plotted value, in the order of `COLUMNS`, with the figure it plots.
fn rows(data: &Dataset, spec: &ChartSpec, l: Lang) -> Vec<(Vec<Cell>, Option<&'static Figure>)> {
    let mut out = Vec::new();
    for panel in &spec.panels {
        for mark in &panel.marks {
            let value = Cell::Number(mark.value / panel.unit_divisor);
            let unit = text(panel.axis_label.clone());
            let mut row = match mark.figure {
                Some(f) => {
                    let derived = mark.style == MarkStyle::Derived && mark.period != Some(f.period);
                    figure_cells(data, f, mark.period.unwrap_or(f.period), value, unit, derived, l)
                }
                // A ratio of two figures: its inputs and their sources are in its detail.
                None => [Cell::None, Cell::None, Cell::None, Cell::None, value, unit].into_iter().chain((0..8).map(|_| Cell::None)).collect(),
            };
            row.extend([text(mark.label.clone()), text(mark.detail.clone())]);
            out.push((row, mark.figure));
        }
    }
    out
}

/// A number as plain digits a data tool reads: no grouping, a point, no exponent.
pub(crate) fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

pub(crate) fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The plotted data as a tidy CSV (RFC 4180, UTF-8 without a byte order mark): the header
/// first, one row per plotted value, plain numbers, empty cells for none. The title, notes,
/// link, dates and licence are in the JSON, which describes each column.
pub fn csv(data: &Dataset, spec: &ChartSpec, l: Lang) -> String {
    csv_table(&COLUMNS.iter().collect::<Vec<_>>(), rows(data, spec, l))
}

/// A CSV file: the columns' machine names, then one line per row.
fn csv_table<F>(columns: &[&Column], rows: Vec<(Vec<Cell>, F)>) -> String {
    let mut out = columns.iter().map(|c| c.name).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for (cells, _) in rows {
        out.push_str(&csv_line(&cells));
    }
    out
}

/// The JSON's `columns`: each column's machine name and its label in the page's language.
fn described(columns: &[&Column], l: Lang) -> String {
    let described: Vec<String> = columns.iter().map(|c| format!("{{\"name\":{},\"label\":{}}}", json_string(c.name), json_string((c.label)(l)))).collect();
    described.join(",")
}

/// The licence of the compiled dataset; the code's MIT licence does not cover the data.
pub const DATA_LICENCE: &str = "CC BY 4.0";
pub const DATA_LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

/// A JSON string literal: quotes, backslashes and control characters escaped.
pub fn json_string(text: &str) -> String {
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

/// The JSON's `dataset` (its review date and newest publication) and `licence` members.
fn dataset_and_licence(data: &Dataset, l: Lang) -> String {
    format!(
        "\"dataset\":{{\"reviewed\":{},\"newest_figure_published\":{}}},\"licence\":{{\"data\":{},\"url\":{},\"note\":{}}}",
        json_string(data.meta.reviewed),
        data.newest_publication().map_or("null".to_string(), |p| json_string(&p.key())),
        json_string(DATA_LICENCE),
        json_string(DATA_LICENCE_URL),
        json_string(l.tr("The compiled dataset is offered under CC BY 4.0; each figure keeps its own source, named in every row. The explorer's code is under the MIT licence, which does not cover the data.")),
    )
}

/// A row as a JSON object: numbers as numbers, `null` for none, and the figure's quote in
/// its own language where the data has it.
fn json_row(names: &[&str], cells: &[Cell], figure: Option<&Figure>) -> String {
    let mut fields: Vec<String> = names
        .iter()
        .zip(cells)
        .map(|(name, cell)| format!("{}:{}", json_string(name), json_cell(cell)))
        .collect();
    if let Some(q) = figure.and_then(|f| f.quote) {
        fields.push(format!("\"quote\":{},\"quote_lang\":{}", json_string(q.text), json_string(q.lang.key())));
    }
    format!("{{{}}}", fields.join(","))
}

/// The plotted data as JSON: what the chart is (title, notes, link, the dataset's dates, the
/// licence), each column described in the page's language, and the same rows as the CSV,
/// numbers as numbers, with each figure's quote where the data has it.
pub fn json(data: &Dataset, spec: &ChartSpec, state: &ViewState, link: &str) -> String {
    let l = state.lang;
    let names: Vec<&str> = COLUMNS.iter().map(|c| c.name).collect();
    let rows: Vec<String> = rows(data, spec, l).iter().map(|(row, figure)| json_row(&names, row, *figure)).collect();
    let notes: Vec<String> = spec.notes.iter().map(|n| json_string(&n.text)).collect();
    format!(
        "{{\"title\":{},\"subtitle\":{},\"notes\":[{}],\"sources\":{},\"link\":{},\"language\":{},{},\"columns\":[{}],\"rows\":[{}],\"events\":[{}]}}\n",
        json_string(&spec.title),
        json_string(&spec.subtitle),
        notes.join(","),
        json_string(&spec.source_line),
        json_string(link),
        json_string(l.key()),
        dataset_and_licence(data, l),
        described(&COLUMNS.iter().collect::<Vec<_>>(), l),
        rows.join(","),
        events_json(data, spec, l)
    )
}

/// The columns of the events' downloads, in the CSV's header and the JSON's members.
const EVENT_COLUMNS: [&str; 9] = ["number", "date", "place", "title", "text", "source", "url", "quote", "quote_lang"];

/// The events the chart marks on its time axis, by their number there, each with its date,
/// place, title, sentence, and the source with its address and own words.
fn event_rows(data: &Dataset, spec: &ChartSpec, l: Lang) -> Vec<Vec<Cell>> {
    let row = |m: &crate::chart::spec::EventMark| {
        let (e, source) = (m.event, data.source(m.event.source));
        vec![
            Cell::Number(m.number as f64),
            text(e.date.key()),
            text(data.place(e.entity).key),
            text(e.title.get(l)),
            text(e.text.get(l)),
            source.map_or(Cell::None, |s| text(format::source_record(s, l))),
            source.and_then(|s| s.url).map_or(Cell::None, text),
            text(e.quote.text),
            text(e.quote.lang.key()),
        ]
    };
    spec.panels.iter().flat_map(|p| &p.events).map(row).collect()
}

/// The events as a CSV of their own, under the same rules as `csv` (whose header stays as it
/// is).
pub fn events_csv(data: &Dataset, spec: &ChartSpec, l: Lang) -> String {
    let mut out = format!("{}\r\n", EVENT_COLUMNS.join(","));
    for cells in event_rows(data, spec, l) {
        out.push_str(&csv_line(&cells));
    }
    out
}

/// The events as the JSON download's `events` members.
fn events_json(data: &Dataset, spec: &ChartSpec, l: Lang) -> String {
    event_rows(data, spec, l).iter().map(|cells| json_row(&EVENT_COLUMNS, cells, None)).collect::<Vec<_>>().join(",")
}

/// The figures view's columns: the plotted-data columns up to the figure's id, then the
/// conflict the figure belongs to (its id in the dataset).
fn figure_columns() -> Vec<&'static Column> {
    COLUMNS.iter().take(14).chain(std::iter::once(&CONFLICT_COLUMN)).collect()
}

const CONFLICT_COLUMN: Column = Column { name: "conflict", label: |l| l.tr("The conflict the figure belongs to, if any") };

/// The figures view's rows (filtered, searched and sorted as on screen), with provenance.
fn figure_rows(data: &Dataset, state: &ViewState) -> Vec<(Vec<Cell>, &'static Figure)> {
    crate::chart::figures::rows(data, state)
        .into_iter()
        .map(|r| {
            let f = r.figure;
            let conflicts: Vec<&str> = data.conflicts_of(f.id).map(|c| c.id).collect();
            let mut cells = figure_cells(data, f, f.period, Cell::Number(r.value), text(r.unit), false, state.lang);
            cells.push(if conflicts.is_empty() { Cell::None } else { text(conflicts.join(" ")) });
            (cells, f)
        })
        .collect()
}

pub(crate) fn csv_line(cells: &[Cell]) -> String {
    let cells: Vec<String> = cells
        .iter()
        .map(|c| match c {
            Cell::Text(t) => csv_field(t),
            Cell::Number(v) => number(*v),
            Cell::Bool(b) => b.to_string(),
            Cell::None => String::new(),
        })
        .collect();
    format!("{}\r\n", cells.join(","))
}

/// The figures view's rows as a tidy CSV, under the same rules as `csv`.
pub fn figures_csv(data: &Dataset, state: &ViewState) -> String {
    csv_table(&figure_columns(), figure_rows(data, state))
}

/// The figures view's rows as JSON, with the filters' link, the dataset's dates, the licence,
/// each column described and each figure's quote where the data has it.
pub fn figures_json(data: &Dataset, state: &ViewState, link: &str) -> String {
    let l = state.lang;
    let columns = figure_columns();
    let names: Vec<&str> = columns.iter().map(|c| c.name).collect();
    let rows: Vec<String> = figure_rows(data, state).iter().map(|(cells, f)| json_row(&names, cells, Some(f))).collect();
    format!(
        "{{\"title\":{},\"link\":{},\"language\":{},{},\"columns\":[{}],\"rows\":[{}]}}\n",
        json_string(l.tr("Every figure in the dataset")),
        json_string(link),
        json_string(l.key()),
        dataset_and_licence(data, l),
        described(&columns, l),
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

    #[test]
    fn the_figures_csv_is_tidy_and_holds_the_filtered_rows() {
        let (state, _) = parse("?view=figures&sector=nev&cur=usd");
        let out = figures_csv(&DATASET, &state);
        let lines: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(lines[0].starts_with("place,sector,metric,period,value,value_unit,published_value") && lines[0].ends_with("figure_id,conflict"));
        assert_eq!(lines.len() - 1, crate::chart::figures::rows(&DATASET, &state).len());
        assert!(lines.len() > 2 && lines[1..].iter().all(|l| l.split(',').nth(1) == Some("nev")));
        let json = figures_json(&DATASET, &state, "https://example.org/?view=figures");
        assert!(json.contains("\"licence\":{\"data\":\"CC BY 4.0\"") && json.contains("\"name\":\"conflict\""));
    }
    use crate::chart::spec_for;
    use crate::data::DATASET;
    use crate::view_state::parse;

    fn spec(link: &str) -> (ViewState, ChartSpec) {
        let (state, _) = parse(link);
        let spec = spec_for(&DATASET, &state);
        (state, spec)
    }

    /// A picture of the chart leads back to the view: its source line ends with the view's
    /// address, without its scheme, and the day it was seen, in the page's language.
    #[test]
    fn an_image_carries_the_address_and_the_day_of_access() {
        let (state, chart) = spec("trend/?v=3&metric=bio-va");
        let line = image_source_line(&chart, "https://example.org/explorer/en/trend/?v=3&metric=bio-va", "2026-12-07", state.lang);
        assert_eq!(line, format!("{}. example.org/explorer/en/trend/?v=3&metric=bio-va (accessed 2026-12-07)", chart.source_line));
        let svg = crate::chart::render::render_with_source(&chart, 720.0, &line);
        assert!(svg.contains("(accessed 2026-12-07)"), "drawn in the picture");
        let (zh_state, zh) = spec("zh/trend/");
        assert!(image_source_line(&zh, "https://example.org/zh/trend/", "2026-12-07", zh_state.lang).ends_with("。example.org/zh/trend/（访问于2026-12-07）"));
    }

    #[test]
    fn file_names_say_what_the_view_is() {
        assert_eq!(file_name(&ViewState::default(), "csv"), "shenzhen-growth.csv");
        let (state, _) = spec("?view=trend&metric=bio-va&scale=index&embed=1");
        assert_eq!(file_name(&state, "svg"), "shenzhen-trend-bio-va-index.svg");
    }

    /// A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF line ends.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut field, mut quoted, mut chars) = (Vec::new(), Vec::new(), String::new(), false, text.chars().peekable());
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') if field.is_empty() => quoted = true,
                (false, '"') => panic!("a quote inside an unquoted field: {field}"),
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') | (false, '\n') => {
                    if c == '\r' {
                        assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    }
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        assert!(!quoted && field.is_empty() && row.is_empty(), "the file ends with a line end");
        rows
    }

    #[test]
    fn every_views_csv_reads_as_tidy_data_in_every_language() {
        let links = ["?view=growth&extra=exports~gdp~peers", "?view=scale&extra=funds~ai-core&cur=usd", "?view=trend&metric=gdp&scale=index", "?view=cities&metric=ai-output", "?view=ratios", "?view=trend&alt=hk01"];
        for lang in ["en", "fr", "zh"] {
            for link in links {
                let (state, s) = spec(&format!("{link}&lang={lang}"));
                let text = csv(&DATASET, &s, state.lang);
                assert!(!text.starts_with('\u{feff}'), "no byte order mark");
                let rows = parse_csv(&text);
                let header: Vec<&str> = COLUMNS.iter().map(|c| c.name).collect();
                assert_eq!(rows[0], header, "the header first, the same in every language");
                let mut unique = header.clone();
                unique.sort();
                unique.dedup();
                assert_eq!(unique.len(), header.len(), "header names are unique");
                let marks: usize = s.panels.iter().map(|p| p.marks.len()).sum();
                assert_eq!(rows.len(), 1 + marks, "{link} {lang}: one row per plotted value");
                for row in &rows[1..] {
                    assert_eq!(row.len(), header.len(), "{link} {lang}: {row:?}");
                    for (name, cell) in header.iter().zip(row) {
                        if ["value", "published_value"].contains(name) && !cell.is_empty() {
                            assert!(cell.parse::<f64>().is_ok(), "{name} is a number: {cell}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_csv_row_gives_the_plotted_and_the_published_number_with_their_units() {
        let (_, s) = spec("?view=trend&lang=fr");
        let rows = parse_csv(&csv(&DATASET, &s, Lang::En));
        let row = rows.iter().find(|r| r[13] == "sz-nev-prod-2022").expect("2022 is plotted");
        assert_eq!(&row[..9], ["shenzhen", "nev", "nev-production", "2022", "848800", row[5].as_str(), "848800", "vehicles", "volume"]);
        assert_eq!(row[10], "B");
        assert!(row[11].starts_with("CnEVPost"), "{}", row[11]);
        let growth = parse_csv(&csv(&DATASET, &spec("?view=growth").1, Lang::En));
        let nev = growth.iter().find(|r| r[2] == "nev-production").unwrap();
        assert_eq!((nev[4].as_str(), nev[6].as_str(), nev[9].as_str()), ("104.2", "1730000", "lower-bound"), "growth plotted, the level as published");
    }

    #[test]
    fn money_reads_in_the_axis_unit_and_derived_values_say_so() {
        let (_, s) = spec("?view=trend&metric=gdp");
        let divisor = s.panels[0].unit_divisor;
        assert_eq!(s.panels[0].axis_label, "tn yuan");
        let rows = parse_csv(&csv(&DATASET, &s, Lang::En));
        let y2024 = rows.iter().find(|r| r[3] == "2024" && r[9] == "exact").expect("GDP 2024");
        let (plotted, published): (f64, f64) = (y2024[4].parse().unwrap(), y2024[6].parse().unwrap());
        assert!((plotted * divisor - published).abs() < 1.0, "{plotted} {} = {published}", y2024[5]);
        let (_, bio) = spec("?view=trend&metric=bio-va");
        let derived: Vec<Vec<String>> = parse_csv(&csv(&DATASET, &bio, Lang::En)).into_iter().filter(|r| r[9] == "derived").collect();
        assert!(!derived.is_empty(), "the biomedical trend has derived values");
        for r in derived {
            assert!(r[6].is_empty() && r[7].is_empty(), "a derived value was not published: {r:?}");
            assert!(!r[13].is_empty(), "it names the figure it comes from");
        }
    }

    #[test]
    fn json_describes_the_view_its_columns_and_licence() {
        let (state, s) = spec("?view=scale&extra=funds&lang=zh");
        let text = json(&DATASET, &s, &state, "https://example.org/?v=2&view=scale&extra=funds&lang=zh");
        for part in ["\"link\":\"https://example.org/", "\"data\":\"CC BY 4.0\"", "\"name\":\"published_value\"", "\"quote_lang\":\"fr\"", "\"dataset\":{\"reviewed\":"] {
            assert!(text.contains(part), "{part}");
        }
        assert!(text.contains("\"figure_id\":\"sz-seed-bio-funds-2024\""));
        assert!(text.contains("\"label\":\"来源\""), "column labels in the page's language");
        assert!(json_string("a\"b\n").eq("\"a\\\"b\\u000a\""));
    }

    #[test]
    fn a_view_with_no_options_has_its_files_at_its_pages_address() {
        use crate::view_state::parse;
        assert_eq!(file_address(&parse("fr/cities/").0, "csv").as_deref(), Some("fr/cities/data.csv"));
        assert_eq!(file_address(&ViewState::default(), "json").as_deref(), Some("en/data.json"));
        assert_eq!(file_address(&parse("fr/cities/?v=3&cur=usd").0, "csv"), None, "options: made in the browser");
        assert_eq!(file_address(&parse("cities/").0, "svg"), None, "pictures are made in the browser");
        assert_eq!(file_address(&parse("trend/").0, "events-csv").as_deref(), Some("en/trend/events.csv"));
    }

    #[test]
    fn data_urls_escape_everything_but_plain_characters() {
        assert_eq!(data_url("text/csv", "a,b\n\"é\""), "data:text/csv;charset=utf-8,a%2Cb%0A%22%C3%A9%22");
    }
}
