//! The whole dataset as files a reader reuses without the app: a CSV per table (figures,
//! sources, conflicts, places, metrics, breaks, gaps, offices, companies, checks, and the
//! link tables of list fields, so that their keys can be declared), every figure as JSON, and
//! a Frictionless Data package (`datapackage.json`) that describes each file's fields, types,
//! keys and licence to data tools. Texts in the three languages are columns of one file
//! (`note_en`, `note_fr`, `note_zh`); units differ by row, so they are a column. Pure: the
//! build writes them (`examples/prerender.rs`) at `data/` and at the version's own address.

use crate::data::checked::Record;
use crate::data::{Dataset, Figure, Places, Sector, Text3};
use crate::export::{csv_line, json_cell, json_string, Cell, DATA_LICENCE_URL};
use crate::i18n::Lang;

/// A field's type, as Frictionless Table Schema names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    String,
    Number,
    Integer,
    Boolean,
    Date,
}

impl Type {
    fn key(self) -> &'static str {
        match self {
            Type::String => "string",
            Type::Number => "number",
            Type::Integer => "integer",
            Type::Boolean => "boolean",
            Type::Date => "date",
        }
    }
}

/// A column: its name, type and what it holds.
pub struct Field {
    pub name: String,
    pub kind: Type,
    pub description: String,
}

fn field(name: &str, kind: Type, description: &str) -> Field {
    Field { name: name.to_string(), kind, description: description.to_string() }
}

/// A text of the dataset in three columns, `<name>_en`, `<name>_fr`, `<name>_zh`.
fn text_fields(name: &str, description: &str) -> Vec<Field> {
    Lang::ALL.iter().map(|l| field(&format!("{name}_{}", l.key()), Type::String, &format!("{description} ({})", l.name()))).collect()
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

fn maybe(s: Option<&str>) -> Cell {
    s.map_or(Cell::None, text)
}

/// A text's three languages, as three cells.
fn texts(t: Option<Text3>) -> Vec<Cell> {
    Lang::ALL.iter().map(|l| t.map_or(Cell::None, |t| text(t.get(*l)))).collect()
}

/// A key this table's rows point at in another table (its `fields` there).
pub struct ForeignKey {
    pub fields: &'static [&'static str],
    pub resource: &'static str,
    pub reference: &'static [&'static str],
}

const fn refers(fields: &'static [&'static str], resource: &'static str, reference: &'static [&'static str]) -> ForeignKey {
    ForeignKey { fields, resource, reference }
}

/// One file of the dataset: its name (the file is `<name>.csv`), what it holds, its columns,
/// keys and rows.
pub struct Table {
    pub name: &'static str,
    pub description: &'static str,
    pub fields: Vec<Field>,
    pub primary_key: &'static [&'static str],
    pub foreign_keys: Vec<ForeignKey>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// The table as CSV (RFC 4180, UTF-8 without a byte order mark, CRLF): the header, then
    /// a line per row, plain numbers, empty cells for none.
    pub fn csv(&self) -> String {
        let mut out = self.fields.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(",");
        out.push_str("\r\n");
        for row in &self.rows {
            out.push_str(&csv_line(row));
        }
        out
    }

    /// The table's entry in the data package: its file, format and schema.
    fn resource(&self, base: &str) -> String {
        let fields: Vec<String> = self
            .fields
            .iter()
            .map(|f| format!("{{\"name\":{},\"type\":{},\"description\":{}}}", json_string(&f.name), json_string(f.kind.key()), json_string(&f.description)))
            .collect();
        let keys: Vec<String> = self
            .foreign_keys
            .iter()
            .map(|k| format!("{{\"fields\":{},\"reference\":{{\"resource\":{},\"fields\":{}}}}}", names(k.fields), json_string(k.resource), names(k.reference)))
            .collect();
        format!(
            "{{\"name\":{},\"path\":{},\"profile\":\"tabular-data-resource\",\"format\":\"csv\",\"mediatype\":\"text/csv\",\"encoding\":\"utf-8\",\"description\":{},\"schema\":{{\"fields\":[{}],\"missingValues\":[\"\"],\"primaryKey\":{},\"foreignKeys\":[{}]}}}}",
            json_string(self.name),
            json_string(&format!("{base}{}.csv", self.name)),
            json_string(self.description),
            fields.join(","),
            names(self.primary_key),
            keys.join(",")
        )
    }
}

fn names(list: &[&str]) -> String {
    format!("[{}]", list.iter().map(|n| json_string(n)).collect::<Vec<_>>().join(","))
}

/// The place a figure is about, by its key (empty for a figure about no place).
fn place_key(data: &Dataset, f: &Figure) -> Cell {
    f.entity.map_or(Cell::None, |e| text(data.place(e).key))
}

fn figures(data: &Dataset) -> Table {
    let mut fields = vec![
        field("figure_id", Type::String, "The figure's id, as the explorer's figure pages and downloads name it"),
        field("place", Type::String, "The place it is about (places.csv); empty for a figure about no place"),
        field("metric", Type::String, "What it measures (metrics.csv)"),
        field("period", Type::String, "The time it covers: 2023, 2024H1, 2024Q1-Q3, 2024-10, 2025M01-M11"),
        field("value", Type::Number, "The value as published, in `unit`"),
        field("unit", Type::String, "The unit of `value`: vehicles, cny, percent, firms, cny-per-usd"),
        field("basis", Type::String, "What kind of quantity it is: gross output, value added, fund size… never to be added to another basis"),
        field("qualifier", Type::String, "How the value reads: exact, lower-bound (more than), approx, target, estimate, derived"),
        field("yoy_pct", Type::Number, "The year-on-year growth the source states, in percent"),
        field("yoy_source", Type::String, "The source of that growth rate, when it is not the figure's own (sources.csv)"),
        field("grade", Type::String, "A: the article or an official release; B: a named reputable outlet; C: a copy or one weak source (reported)"),
        field("source", Type::String, "Where the figure comes from (sources.csv)"),
        field("formula", Type::String, "For a derived value: how it was computed from its inputs (figure_inputs.csv)"),
        field("headline", Type::Boolean, "Whether it is its sector's headline figure in the seed article"),
        field("quote", Type::String, "The source's own sentence, as published"),
        field("quote_lang", Type::String, "The language of that sentence (BCP 47)"),
    ];
    fields.extend(text_fields("wording", "The source's own qualifying words"));
    fields.extend(text_fields("quote", "The source's sentence, or its translation"));
    fields.extend(text_fields("note", "The dataset's note on the figure"));
    let rows = data.figures.iter().map(|f| figure_row(data, f)).collect();
    Table {
        name: "figures",
        description: "Every figure of the dataset, as its source states it",
        fields,
        primary_key: &["figure_id"],
        foreign_keys: vec![
            refers(&["place"], "places", &["place"]),
            refers(&["metric"], "metrics", &["metric"]),
            refers(&["source"], "sources", &["source_id"]),
            refers(&["yoy_source"], "sources", &["source_id"]),
        ],
        rows,
    }
}

fn figure_row(data: &Dataset, f: &Figure) -> Vec<Cell> {
    let metric = data.metric_of(f);
    let mut row = vec![
        text(f.id),
        place_key(data, f),
        text(metric.key),
        text(&f.period.key()),
        Cell::Number(f.value),
        text(metric.unit.key()),
        text(metric.basis.key()),
        text(f.qualifier.key()),
        f.yoy_pct.map_or(Cell::None, Cell::Number),
        maybe(f.yoy_source),
        text(f.grade.key()),
        text(f.source),
        maybe(f.formula),
        Cell::Bool(f.headline),
        maybe(f.quote.map(|q| q.text)),
        maybe(f.quote.map(|q| q.lang.key())),
    ];
    row.extend(texts(f.wording));
    row.extend(texts(f.quote.map(|q| q.translation)));
    row.extend(texts(f.note));
    row
}

/// A table of pairs: a list field made a table of its own so that its keys can be declared.
/// Each column with what it holds, the table's keys, and a row per pair.
fn pairs(name: &'static str, description: &'static str, columns: [(&str, &str); 2], keys: (&'static [&'static str], Vec<ForeignKey>), rows: impl Iterator<Item = (String, String)>) -> Table {
    Table {
        name,
        description,
        fields: columns.iter().map(|(column, what)| field(column, Type::String, what)).collect(),
        primary_key: keys.0,
        foreign_keys: keys.1,
        rows: rows.map(|(a, b)| vec![Cell::Text(a), Cell::Text(b)]).collect(),
    }
}

fn figure_inputs(data: &Dataset) -> Table {
    let keys = (&["figure_id", "input_id"][..], vec![refers(&["figure_id"], "figures", &["figure_id"]), refers(&["input_id"], "figures", &["figure_id"])]);
    let rows = data.figures.iter().flat_map(|f| f.derived_from.iter().map(move |i| (f.id.to_string(), i.to_string())));
    pairs("figure_inputs", "The figures each derived figure is computed from", [("figure_id", "The derived figure"), ("input_id", "A figure it is computed from")], keys, rows)
}

fn sources(data: &Dataset) -> Table {
    let rows = data
        .sources
        .iter()
        .map(|s| {
            vec![
                text(s.id),
                text(s.publisher),
                maybe(s.publisher_zh),
                maybe(s.title),
                text(&s.published.key()),
                maybe(s.url),
                maybe(s.mirror_of),
                maybe(s.mirror_of_zh),
                maybe(s.lang.map(|l| l.key())),
            ]
        })
        .collect();
    Table {
        name: "sources",
        description: "Where the figures come from: who published each text, when, and where it can be read",
        fields: vec![
            field("source_id", Type::String, "The source's id"),
            field("publisher", Type::String, "Who published the text at `url` (for a copy, the copying site; `withheld` for a site not named for what it carries)"),
            field("publisher_zh", Type::String, "The publisher's own Chinese name"),
            field("title", Type::String, "The text's title"),
            field("published", Type::String, "When, as precisely as known: 2025-02-25, 2025-02, 2025, early 2026, unknown"),
            field("url", Type::String, "Where the text can be read; empty where it has no address, or where the only copy is on a site not linked"),
            field("mirror_of", Type::String, "For a copy: the original outlet whose text it carries"),
            field("mirror_of_zh", Type::String, "That outlet's Chinese name"),
            field("lang", Type::String, "The text's language (BCP 47)"),
        ],
        primary_key: &["source_id"],
        foreign_keys: vec![],
        rows,
    }
}

fn conflicts(data: &Dataset) -> Table {
    let mut fields = vec![field("conflict_id", Type::String, "The conflict's id"), field("kind", Type::String, "sources-disagree, growth-mismatch, real-vs-nominal or different-measures")];
    fields.extend(text_fields("note", "What the figures disagree on, and which to read how"));
    Table {
        name: "conflicts",
        description: "Figures that disagree, each shown beside the others",
        fields,
        primary_key: &["conflict_id"],
        foreign_keys: vec![],
        rows: data.conflicts.iter().map(|c| [text(c.id), text(c.kind.key())].into_iter().chain(texts(Some(c.note))).collect()).collect(),
    }
}

fn conflict_figures(data: &Dataset) -> Table {
    let keys = (&["conflict_id", "figure_id"][..], vec![refers(&["conflict_id"], "conflicts", &["conflict_id"]), refers(&["figure_id"], "figures", &["figure_id"])]);
    let rows = data.conflicts.iter().flat_map(|c| c.figures.iter().map(move |f| (c.id.to_string(), f.to_string())));
    pairs("conflict_figures", "The figures each conflict lists", [("conflict_id", "The conflict"), ("figure_id", "A figure it lists")], keys, rows)
}

fn places(data: &Dataset) -> Table {
    let mut fields = vec![
        field("place", Type::String, "The place's key, as links name it"),
        field("kind", Type::String, "city, province, company or nation"),
        field("roles", Type::String, "What the place is to the explorer, space-separated: subject, nation, default"),
    ];
    fields.extend(text_fields("name", "The place's name"));
    let rows = data
        .places
        .iter()
        .map(|p| {
            let roles: Vec<&str> = p.roles.iter().map(|r| r.key()).collect();
            [text(p.key), text(p.kind.key()), text(&roles.join(" "))].into_iter().chain(texts(Some(p.name))).collect()
        })
        .collect();
    Table { name: "places", description: "The places figures are about", fields, primary_key: &["place"], foreign_keys: vec![], rows }
}

fn metrics(data: &Dataset) -> Table {
    let mut fields = vec![
        field("metric", Type::String, "The metric's key, as links name it"),
        field("sector", Type::String, &format!("Its sector: one of {}", Sector::ALL.iter().map(|s| s.key()).collect::<Vec<_>>().join(", "))),
        field("unit", Type::String, "The unit of its figures"),
        field("basis", Type::String, "What kind of quantity it is"),
        field("share_of", Type::String, "For a share: the metric it is a share of"),
    ];
    fields.extend(text_fields("label", "What it measures"));
    fields.extend(text_fields("sentence", "A figure of it as a sentence: words around {place}, {value} (as qualified), {when} (\"in 2023\") or {period}"));
    let rows = data
        .metrics
        .iter()
        .map(|m| [text(m.key), text(m.sector.key()), text(m.unit.key()), text(m.basis.key()), maybe(m.share_of)].into_iter().chain(texts(Some(m.label))).chain(texts(Some(m.sentence))).collect())
        .collect();
    Table { name: "metrics", description: "What the figures measure", fields, primary_key: &["metric"], foreign_keys: vec![refers(&["share_of"], "", &["metric"])], rows }
}

fn breaks(data: &Dataset) -> Table {
    let mut fields = vec![
        field("break_id", Type::String, "The break's id"),
        field("from_period", Type::String, "The first period counted the new way"),
        field("kind", Type::String, "method (how it is counted) or scope (what it covers)"),
        field("places_rule", Type::String, "all-except: every place but those in break_places.csv; only: those places alone"),
        field("source", Type::String, "The source that reports the change (sources.csv)"),
    ];
    fields.extend(text_fields("note", "What changed and why it matters"));
    let rule = |p: Places| match p {
        Places::All { .. } => "all-except",
        Places::Only(_) => "only",
    };
    let rows = data
        .breaks
        .iter()
        .map(|b| [text(b.id), text(&b.from.key()), text(b.kind.key()), text(rule(b.places)), text(b.source)].into_iter().chain(texts(Some(b.note))).collect())
        .collect();
    Table {
        name: "breaks",
        description: "Changes of method or scope: figures on either side measure different things, and no chart joins them",
        fields,
        primary_key: &["break_id"],
        foreign_keys: vec![refers(&["source"], "sources", &["source_id"])],
        rows,
    }
}

fn break_metrics(data: &Dataset) -> Table {
    let keys = (&["break_id", "metric"][..], vec![refers(&["break_id"], "breaks", &["break_id"]), refers(&["metric"], "metrics", &["metric"])]);
    let rows = data.breaks.iter().flat_map(|b| b.metrics.iter().map(move |m| (b.id.to_string(), m.to_string())));
    pairs("break_metrics", "The metrics each break applies to", [("break_id", "The break"), ("metric", "A metric it applies to")], keys, rows)
}

fn break_places(data: &Dataset) -> Table {
    let listed = |p: Places| match p {
        Places::All { except } => except,
        Places::Only(list) => list,
    };
    let keys = (&["break_id", "place"][..], vec![refers(&["break_id"], "breaks", &["break_id"]), refers(&["place"], "places", &["place"])]);
    let rows = data.breaks.iter().flat_map(|b| listed(b.places).iter().map(move |e| (b.id.to_string(), data.place(*e).key.to_string())));
    let what = "The places each break names: those it leaves out (all-except) or the only ones it applies to (only)";
    pairs("break_places", what, [("break_id", "The break"), ("place", "A place it names")], keys, rows)
}

fn gaps(data: &Dataset) -> Table {
    let mut fields = vec![
        field("place", Type::String, "The place"),
        field("metric", Type::String, "The metric"),
        field("period", Type::String, "A period searched for, for which no figure was found"),
    ];
    fields.extend(text_fields("note", "What was searched for"));
    let rows = data
        .gaps
        .iter()
        .flat_map(|g| g.periods.iter().map(move |p| [text(data.place(g.entity).key), text(g.metric), text(&p.key())].into_iter().chain(texts(g.note)).collect()))
        .collect();
    Table {
        name: "gaps",
        description: "Figures searched for and not found, dated by the dataset's review",
        fields,
        primary_key: &["place", "metric", "period"],
        foreign_keys: vec![refers(&["place"], "places", &["place"]), refers(&["metric"], "metrics", &["metric"])],
        rows,
    }
}

fn offices(data: &Dataset) -> Table {
    let mut fields = vec![field("sector", Type::String, "The sector the office serves")];
    fields.extend(text_fields("name", "The office's name"));
    fields.extend(text_fields("remit", "What it does"));
    fields.extend(text_fields("person", "Who leads it, where the source names them"));
    let rows = data.offices.iter().map(|o| [text(o.sector.key())].into_iter().chain(texts(Some(o.name))).chain(texts(Some(o.remit))).chain(texts(o.person)).collect()).collect();
    Table { name: "offices", description: "The three offices Shenzhen opened for its priority sectors (Xinhua, 2024-10-26)", fields, primary_key: &["sector"], foreign_keys: vec![], rows }
}

fn companies(data: &Dataset) -> Table {
    let mut fields = vec![
        field("company", Type::String, "The company's name"),
        field("company_zh", Type::String, "Its Chinese name"),
        field("sector", Type::String, "Its sector, if one"),
    ];
    fields.extend(text_fields("role", "What it is to its sector"));
    let rows = data.companies.iter().map(|c| [text(c.name), text(c.name_zh), maybe(c.sector.map(|s| s.key()))].into_iter().chain(texts(Some(c.role))).collect()).collect();
    Table { name: "companies", description: "Companies the article names, as context", fields, primary_key: &["company"], foreign_keys: vec![], rows }
}

fn events(data: &Dataset) -> Table {
    let mut fields = vec![
        field("event_id", Type::String, "The event's id"),
        field("date", Type::String, "When, as precisely as its source gives it: 2022-08-01 or 2022-08"),
        field("place", Type::String, "Where (places.csv); the nation for a national event"),
        field("source", Type::String, "The source that says so, which has an address (sources.csv)"),
        field("quote", Type::String, "The source's own words, as published"),
        field("quote_lang", Type::String, "Their language (BCP 47)"),
    ];
    fields.extend(text_fields("title", "A short title"));
    fields.extend(text_fields("text", "What happened, in a sentence"));
    fields.extend(text_fields("quote", "The source's words, or their translation"));
    let rows = data
        .events
        .iter()
        .map(|e| {
            let head = [text(e.id), text(&e.date.key()), text(data.place(e.entity).key), text(e.source), text(e.quote.text), text(e.quote.lang.key())];
            head.into_iter().chain(texts(Some(e.title))).chain(texts(Some(e.text))).chain(texts(Some(e.quote.translation))).collect()
        })
        .collect();
    Table {
        name: "events",
        description: "What happened, with its date, place, sectors (event_sectors.csv) and source; drawn on the charts with a time axis",
        fields,
        primary_key: &["event_id"],
        foreign_keys: vec![refers(&["place"], "places", &["place"]), refers(&["source"], "sources", &["source_id"])],
        rows,
    }
}

fn event_sectors(data: &Dataset) -> Table {
    let keys = (&["event_id", "sector"][..], vec![refers(&["event_id"], "events", &["event_id"])]);
    let rows = data.events.iter().flat_map(|e| e.sectors.iter().map(move |s| (e.id.to_string(), s.key().to_string())));
    pairs("event_sectors", "The sectors each event concerns", [("event_id", "The event"), ("sector", "A sector it concerns")], keys, rows)
}

fn checks(records: &[Record]) -> Table {
    Table {
        name: "checks",
        description: "Each figure's check against public pages: the day, and what was found",
        fields: vec![
            field("figure_id", Type::String, "The figure checked"),
            field("checked", Type::Date, "The day it was checked"),
            field("verdict", Type::String, "confirmed (on an independent page), cited-only (found only at its source or its copies), different (another value elsewhere) or not-found"),
        ],
        primary_key: &["figure_id"],
        foreign_keys: vec![refers(&["figure_id"], "figures", &["figure_id"])],
        rows: records.iter().map(|r| vec![text(r.figure), text(r.day), text(r.verdict.key())]).collect(),
    }
}

fn check_pages(records: &[Record]) -> Table {
    let keys = (&["figure_id", "page"][..], vec![refers(&["figure_id"], "checks", &["figure_id"])]);
    let rows = records.iter().flat_map(|r| r.pages.iter().map(move |p| (r.figure.to_string(), p.to_string())));
    pairs("check_pages", "The pages each check read the figure's number on", [("figure_id", "The figure checked"), ("page", "The page's address")], keys, rows)
}

/// A change to a figure since a released version (`data/revisions.toml`, which the build
/// reads and checks against the last release: `data::revisions`).
#[derive(Clone, Copy)]
pub struct Revised<'a> {
    pub figure: &'a str,
    pub date: &'a str,
    pub change: &'a str,
    /// Why, in English, French and Chinese.
    pub reason: [&'a str; 3],
}

fn revisions(log: &[Revised]) -> Table {
    let mut fields = vec![
        field("figure_id", Type::String, "The figure changed (a withdrawn one is no longer in figures.csv; its last version's files keep it)"),
        field("date", Type::Date, "The day of the change"),
        field("change", Type::String, "What changed: value, unit, basis, qualifier, period, source, or withdrawn"),
    ];
    fields.extend(text_fields("reason", "Why"));
    let rows = log.iter().map(|r| [text(r.figure), text(r.date), text(r.change)].into_iter().chain(r.reason.iter().map(|t| text(t))).collect()).collect();
    Table {
        name: "revisions",
        description: "Each change to a figure since the last released version, with its date and reason; every released version stays at data/v/<version>/",
        fields,
        primary_key: &["figure_id", "date", "change"],
        foreign_keys: vec![],
        rows,
    }
}

/// Every table of the dataset, figures first.
pub fn tables(data: &Dataset, records: &[Record], log: &[Revised]) -> Vec<Table> {
    vec![
        figures(data),
        figure_inputs(data),
        sources(data),
        conflicts(data),
        conflict_figures(data),
        places(data),
        metrics(data),
        breaks(data),
        break_metrics(data),
        break_places(data),
        gaps(data),
        offices(data),
        companies(data),
        events(data),
        event_sectors(data),
        checks(records),
        check_pages(records),
        revisions(log),
    ]
}

/// Every figure as JSON: the figures table's fields by name, with the figures it is computed
/// from, the conflicts that list it and its check, and the dataset's version and licence.
pub fn figures_json(data: &Dataset, records: &[Record]) -> String {
    let table = figures(data);
    let objects: Vec<String> = data.figures.iter().zip(&table.rows).map(|(f, row)| figure_object(data, records, f, &table.fields, row)).collect();
    format!(
        "{{\"version\":{},\"licence\":{{\"name\":\"CC-BY-4.0\",\"path\":{}}},\"figures\":[\n{}\n]}}\n",
        json_string(data.meta.reviewed),
        json_string(DATA_LICENCE_URL),
        objects.join(",\n")
    )
}

fn figure_object(data: &Dataset, records: &[Record], f: &Figure, fields: &[Field], row: &[Cell]) -> String {
    let mut members: Vec<String> = fields.iter().zip(row).map(|(field, v)| format!("{}:{}", json_string(&field.name), json_cell(v))).collect();
    let conflicts: Vec<&str> = data.conflicts_of(f.id).map(|c| c.id).collect();
    members.push(format!("\"inputs\":{}", names(f.derived_from)));
    members.push(format!("\"conflicts\":{}", names(&conflicts)));
    let check = records.iter().find(|r| r.figure == f.id);
    members.push(format!(
        "\"check\":{}",
        check.map_or("null".to_string(), |r| format!("{{\"checked\":{},\"verdict\":{},\"pages\":{}}}", json_string(r.day), json_string(r.verdict.key()), names(&r.pages)))
    ));
    format!("{{{}}}", members.join(","))
}

/// The Frictionless Data package that describes the tables at `base` (a path relative to the
/// package, `""` beside it): name, version (the review date), licence, sources and each
/// table's schema.
pub fn datapackage(data: &Dataset, tables: &[Table], base: &str) -> String {
    let resources: Vec<String> = tables.iter().map(|t| t.resource(base)).collect();
    format!(
        "{{\"profile\":\"tabular-data-package\",\"name\":\"shenzhen-priority-industries\",\"title\":{},\"description\":{},\"version\":{},\"licenses\":[{{\"name\":\"CC-BY-4.0\",\"path\":{},\"title\":\"Creative Commons Attribution 4.0\"}}],\"sources\":[{{\"title\":{},\"path\":{}}}],\"resources\":[\n{}\n]}}\n",
        json_string(data.meta.title.en),
        json_string("Figures on Shenzhen's three priority sectors (AI, new-energy vehicles, biomedicine and medical devices) and their peers, each with its source, period, basis, reading and grade; conflicts, breaks in series and figures not found are tables of their own."),
        json_string(data.meta.reviewed),
        json_string(DATA_LICENCE_URL),
        json_string(data.meta.seed_article),
        json_string(data.meta.seed_url),
        resources.join(",\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{checked, DATASET};

    fn all() -> Vec<Table> {
        tables(&DATASET, &checked::read(checked::wire_text()).unwrap(), &[])
    }

    #[test]
    fn every_row_has_a_cell_per_field_and_every_figure_is_a_row() {
        for t in all() {
            assert!(t.rows.iter().all(|r| r.len() == t.fields.len()), "{}", t.name);
            assert!(t.primary_key.iter().all(|k| t.fields.iter().any(|f| f.name == *k)), "{}", t.name);
        }
        let figures = figures(&DATASET);
        assert_eq!(figures.rows.len(), DATASET.figures.len());
        assert_eq!(conflict_figures(&DATASET).rows.len(), DATASET.conflicts.iter().map(|c| c.figures.len()).sum::<usize>());
    }

    #[test]
    fn the_seed_figure_reads_as_its_source_states_it() {
        let csv = figures(&DATASET).csv();
        let line = csv.lines().find(|l| l.starts_with("sz-seed-nev-prod-2023,")).unwrap();
        assert!(line.starts_with("sz-seed-nev-prod-2023,shenzhen,nev-production,2023,1730000,vehicles,volume,lower-bound,104.2,"), "{line}");
    }

    #[test]
    fn foreign_keys_name_tables_and_fields_of_the_package() {
        let tables = all();
        for t in &tables {
            for k in &t.foreign_keys {
                let target = if k.resource.is_empty() { t } else { tables.iter().find(|o| o.name == k.resource).unwrap() };
                assert!(k.reference.iter().all(|r| target.fields.iter().any(|f| f.name == *r)), "{} -> {}", t.name, k.resource);
                assert!(k.fields.iter().all(|r| t.fields.iter().any(|f| f.name == *r)), "{}", t.name);
            }
        }
        let package = datapackage(&DATASET, &tables, "");
        assert!(package.contains("\"version\":\"2026-11-29\"") || package.contains(&format!("\"version\":\"{}\"", DATASET.meta.reviewed)));
    }

    #[test]
    fn the_citation_file_names_the_datas_version() {
        let cff = include_str!("../CITATION.cff");
        assert!(cff.contains(&format!("  version: \"{}\"\n", DATASET.meta.reviewed)), "CITATION.cff's dataset version is meta.reviewed");
    }
}
