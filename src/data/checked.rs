//! Each figure's check against public pages as the figures table shows it: the day, the
//! verdict and the pages where the number was read. A file of its own (`dist/checks.txt`,
//! written by build.rs from `data/checks.toml`), so the data file the first screen loads does
//! not grow with it: natively compiled in, on the web fetched when the figures table first
//! needs it (`app::figures`).
//!
//! The file: a record a line, `figure TAB day TAB verdict TAB page page …`.

use std::sync::OnceLock;

crate::keyed_enum!(
    /// What a check found: the number on a page independent of the cited one; only at the
    /// cited source or its copies; another value for the same thing; on no page reachable.
    Verdict { Confirmed = "confirmed", CitedOnly = "cited-only", Different = "different", NotFound = "not-found" }
);

/// One figure's check.
#[derive(Debug, PartialEq)]
pub struct Record {
    pub figure: &'static str,
    /// `YYYY-MM-DD`.
    pub day: &'static str,
    pub verdict: Verdict,
    pub pages: Vec<&'static str>,
}

static RECORDS: OnceLock<Vec<Record>> = OnceLock::new();

/// Reads the file (`data::checks::wire` writes it); says which line it cannot read.
pub fn read(text: &'static str) -> Result<Vec<Record>, String> {
    let record = |(n, line): (usize, &'static str)| {
        let fields: Vec<&'static str> = line.split('\t').collect();
        match fields[..] {
            [figure, day, verdict, pages] => Verdict::parse(verdict).map(|verdict| Record { figure, day, verdict, pages: pages.split_whitespace().collect() }),
            _ => None,
        }
        .ok_or_else(|| format!("checks, line {}: {line}", n + 1))
    };
    text.lines().enumerate().filter(|(_, l)| !l.is_empty()).map(record).collect()
}

/// The file's text as the build wrote it: what native code reads, and what the build copies
/// into the site.
#[cfg(not(target_arch = "wasm32"))]
pub fn wire_text() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/checks.txt"))
}

/// Reads the fetched file, once.
pub fn load(text: String) -> Result<(), String> {
    if RECORDS.get().is_none() {
        let _ = RECORDS.set(read(Box::leak(text.into_boxed_str()))?);
    }
    Ok(())
}

/// Whether the records can be read now (natively, always).
pub fn is_loaded() -> bool {
    cfg!(not(target_arch = "wasm32")) || RECORDS.get().is_some()
}

/// A figure's check, where it has one and the records are loaded.
pub fn of(figure: &str) -> Option<&'static Record> {
    #[cfg(not(target_arch = "wasm32"))]
    let records = RECORDS.get_or_init(|| read(wire_text()).expect("build.rs writes a file its own reader reads"));
    #[cfg(target_arch = "wasm32")]
    let records = RECORDS.get()?;
    records.iter().find(|r| r.figure == figure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_reads_what_it_writes() {
        let written = crate::data::checks::parse(
            "[[check]]\nfigure = \"sz-gdp-2024\"\nchecked = \"2026-12-07\"\nverdict = \"confirmed\"\nfound_at = [\"https://a.example/1\", \"https://b.example/2\"]\nnote = \"n\"\n\n[[check]]\nfigure = \"x\"\nchecked = \"2026-12-07\"\nverdict = \"not-found\"\nnote = \"n\"\n",
        )
        .expect("parses");
        let text: &'static str = Box::leak(crate::data::checks::wire(&written).into_boxed_str());
        let records = read(text).expect("reads");
        assert_eq!(records[0], Record { figure: "sz-gdp-2024", day: "2026-12-07", verdict: Verdict::Confirmed, pages: vec!["https://a.example/1", "https://b.example/2"] });
        assert_eq!((records[1].verdict, records[1].pages.len()), (Verdict::NotFound, 0));
        assert!(read("a\tb\tlikely\t\n").is_err(), "an unknown verdict");
    }

    /// The first screen's data file does not carry the checks.
    #[test]
    fn the_data_file_holds_no_check() {
        assert!(!crate::data::wire_text().contains("cited-only") && !crate::data::wire_text().contains("not-found"));
    }
}
