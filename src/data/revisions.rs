//! Revisions: what changed in a figure since the last released version of the dataset, when
//! and why (`data/revisions.toml`). A released version's files are frozen in the repository
//! (`data/releases/<version>/`, by `scripts/release-data.sh`) and served at their dated
//! address; the build compares the figures with the last release's `figures.csv` and refuses
//! a figure whose value, unit, basis, qualifier, period or source changed, or a figure
//! withdrawn, without a revision that says so: nothing moves under a citation unrecorded.
//!
//! Read by build.rs (which refuses) and by the data files' step (which publishes the log as
//! `revisions.csv`); natively tested.

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRevisions {
    #[serde(default)]
    revision: Vec<Revision>,
}

/// One change to one figure since a released version.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    pub figure: String,
    /// The day of the change, `YYYY-MM-DD`.
    pub date: String,
    /// What changed: one of `CHANGES`.
    pub change: String,
    /// Why, in English, French and Chinese.
    pub reason: String,
    pub reason_fr: String,
    pub reason_zh: String,
}

/// What a revision may record.
pub const CHANGES: [&str; 7] = ["value", "unit", "basis", "qualifier", "period", "source", "withdrawn"];

pub fn parse(text: &str) -> Result<Vec<Revision>, String> {
    toml::from_str::<RawRevisions>(text).map(|raw| raw.revision).map_err(|e| e.to_string())
}

/// The revision log, relative to the repository's root.
pub const LOG: &str = "data/revisions.toml";
/// Each released version's frozen files, `<version>/figures.csv`…, relative to the root.
pub const RELEASES: &str = "data/releases";

/// The revision log as the repository holds it.
pub fn read_log() -> Result<Vec<Revision>, String> {
    parse(&std::fs::read_to_string(LOG).map_err(|e| format!("{LOG}: cannot read: {e}"))?).map_err(|e| format!("{LOG}: {e}"))
}

/// The released versions, oldest first.
pub fn versions() -> Vec<String> {
    let mut versions: Vec<String> = std::fs::read_dir(RELEASES).map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect()).unwrap_or_default();
    versions.sort();
    versions
}

/// The last released version and its figures, if there is one.
pub fn last_release() -> Result<Option<(String, Vec<Stated>)>, String> {
    let Some(last) = versions().pop() else { return Ok(None) };
    let file = format!("{RELEASES}/{last}/figures.csv");
    let csv = std::fs::read_to_string(&file).map_err(|e| format!("{file}: cannot read: {e}"))?;
    Ok(Some((last, released(&csv).map_err(|e| format!("{file}: {e}"))?)))
}

/// A figure as the comparison reads it, in the released files' words.
#[derive(Clone, Debug, PartialEq)]
pub struct Stated {
    pub id: String,
    pub value: f64,
    pub unit: String,
    pub basis: String,
    pub qualifier: String,
    pub period: String,
    pub source: String,
}

/// The columns of `figures.csv` the comparison reads, by name.
const COLUMNS: [&str; 7] = ["figure_id", "value", "unit", "basis", "qualifier", "period", "source"];

/// The figures of a released `figures.csv` (RFC 4180).
pub fn released(csv: &str) -> Result<Vec<Stated>, String> {
    let mut records = records(csv).into_iter();
    let header = records.next().ok_or("an empty figures.csv")?;
    let at: Vec<usize> = COLUMNS.iter().map(|c| header.iter().position(|h| h == c).ok_or(format!("figures.csv has no column {c}"))).collect::<Result<_, _>>()?;
    records
        .filter(|r| r.len() == header.len())
        .map(|r| {
            let cell = |i: usize| r[at[i]].clone();
            let value = cell(1).parse::<f64>().map_err(|_| format!("figure {}: value {:?}", cell(0), cell(1)))?;
            Ok(Stated { id: cell(0), value, unit: cell(2), basis: cell(3), qualifier: cell(4), period: cell(5), source: cell(6) })
        })
        .collect()
}

/// The records of a CSV text: fields split at commas outside quotes, `""` a quote.
fn records(csv: &str) -> Vec<Vec<String>> {
    let (mut out, mut record, mut field, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => record.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                record.push(std::mem::take(&mut field));
                out.push(std::mem::take(&mut record));
            }
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        out.push(record);
    }
    out
}

/// What changed in a figure between its released and its current statement, by `CHANGES`'
/// names; `withdrawn` when it is gone.
pub fn changes(before: &Stated, now: Option<&Stated>) -> Vec<&'static str> {
    let Some(now) = now else { return vec!["withdrawn"] };
    let same_value = (before.value - now.value).abs() <= 1e-9 * before.value.abs().max(1.0);
    [
        ("value", same_value),
        ("unit", before.unit == now.unit),
        ("basis", before.basis == now.basis),
        ("qualifier", before.qualifier == now.qualifier),
        ("period", before.period == now.period),
        ("source", before.source == now.source),
    ]
    .into_iter()
    .filter(|(_, same)| !same)
    .map(|(name, _)| name)
    .collect()
}

/// What the build refuses: a released figure changed or withdrawn without a revision of that
/// change dated after the release (`released_on`), a revision of an unknown kind, a date it
/// cannot read or a reason missing in a language.
pub fn problems(released_on: &str, before: &[Stated], now: &[Stated], log: &[Revision]) -> Vec<String> {
    let mut out: Vec<String> = log.iter().filter_map(malformed).collect();
    for figure in before {
        let current = now.iter().find(|n| n.id == figure.id);
        for change in changes(figure, current) {
            let recorded = log.iter().any(|r| r.figure == figure.id && r.change == change && r.date.as_str() > released_on);
            if !recorded {
                let what = if change == "withdrawn" { "was withdrawn".to_string() } else { format!("changed its {change}") };
                out.push(format!("figure {} {what} since the release of {released_on}, with no revision saying so (data/revisions.toml)", figure.id));
            }
        }
    }
    out
}

fn malformed(r: &Revision) -> Option<String> {
    let day = r.date.len() == 10 && r.date.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    let said = [&r.reason, &r.reason_fr, &r.reason_zh].iter().all(|t| !t.trim().is_empty());
    match (CHANGES.contains(&r.change.as_str()), day, said) {
        (false, _, _) => Some(format!("revision of {}: unknown change {:?} (one of {CHANGES:?})", r.figure, r.change)),
        (_, false, _) => Some(format!("revision of {}: date {:?} is not YYYY-MM-DD", r.figure, r.date)),
        (_, _, false) => Some(format!("revision of {}: its reason is needed in English, French and Chinese", r.figure)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = "figure_id,place,value,unit,basis,qualifier,period,source,note_en\r\na,shenzhen,1730000,vehicles,volume,lower-bound,2023,xinhua,\"more than, said \"\"Xinhua\"\"\"\r\nb,,7.1,percent,share,exact,2024,x,\r\n";

    fn stated(id: &str, value: f64) -> Stated {
        Stated { id: id.into(), value, unit: "vehicles".into(), basis: "volume".into(), qualifier: "lower-bound".into(), period: "2023".into(), source: "xinhua".into() }
    }

    fn revision(figure: &str, date: &str, change: &str) -> Revision {
        Revision { figure: figure.into(), date: date.into(), change: change.into(), reason: "r".into(), reason_fr: "r".into(), reason_zh: "r".into() }
    }

    #[test]
    fn a_released_csv_reads_with_quotes_and_commas() {
        let figures = released(CSV).unwrap();
        assert_eq!(figures[0], stated("a", 1_730_000.0));
        assert_eq!(figures.len(), 2);
    }

    #[test]
    fn a_changed_or_withdrawn_figure_needs_its_revision() {
        let before = vec![stated("a", 1_730_000.0), stated("b", 2.0)];
        let now = vec![stated("a", 1_740_000.0)];
        let found = problems("2026-11-29", &before, &now, &[]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("figure a changed its value") && found[1].contains("figure b was withdrawn"), "{found:?}");
        let log = [revision("a", "2026-12-07", "value"), revision("b", "2026-12-07", "withdrawn")];
        assert!(problems("2026-11-29", &before, &now, &log).is_empty());
        // A revision dated before the release does not cover a change after it.
        assert_eq!(problems("2026-11-29", &before, &now, &[revision("a", "2026-11-01", "value"), log[1].clone()]).len(), 1);
    }

    #[test]
    fn a_revision_names_a_known_change_a_day_and_its_reasons() {
        assert!(problems("2026-11-29", &[], &[], &[revision("a", "2026-12-07", "mood")])[0].contains("unknown change"));
        assert!(problems("2026-11-29", &[], &[], &[revision("a", "7 Dec", "value")])[0].contains("YYYY-MM-DD"));
        let mut silent = revision("a", "2026-12-07", "value");
        silent.reason_zh = " ".into();
        assert!(problems("2026-11-29", &[], &[], &[silent])[0].contains("Chinese"));
    }
}
