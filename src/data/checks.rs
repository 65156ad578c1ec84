//! The record of each figure's check against public pages (`data/checks.toml`): the day it
//! was checked, the pages where its number was read, and the verdict. Kept apart from the
//! data file the first screen loads. The build reads it with the dataset and refuses a record
//! that names no figure, a figure checked twice, a verdict or a day it cannot read, a verdict
//! without the pages it rests on, or a page on a domain never linked (`[[unlinked_domain]]`).

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChecks {
    #[serde(default)]
    check: Vec<Check>,
}

/// One figure's check.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub figure: String,
    /// The day of the check, `YYYY-MM-DD`.
    pub checked: String,
    /// One of `VERDICTS`.
    pub verdict: String,
    /// The pages where the number was read, the cited one first where it was read there.
    #[serde(default)]
    pub found_at: Vec<String>,
    /// What was found where, in a sentence (English): the record's evidence.
    pub note: String,
}

/// What a check found: the number on a page independent of the cited one; only at the cited
/// source or its copies; a different value for the same thing (both named in the note); or
/// the number on no page reachable.
pub const VERDICTS: [&str; 4] = ["confirmed", "cited-only", "different", "not-found"];

pub fn parse(text: &str) -> Result<Vec<Check>, String> {
    toml::from_str::<RawChecks>(text).map(|raw| raw.check).map_err(|e| e.to_string())
}

/// What is wrong with the records, for a dataset of `figures` (their ids) and the domains
/// never linked.
pub fn problems(checks: &[Check], figures: &[&str], unlinked: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, c) in checks.iter().enumerate() {
        let at = format!("check of `{}`", c.figure);
        if !figures.contains(&c.figure.as_str()) {
            out.push(format!("{at}: no such figure"));
        }
        if checks[..i].iter().any(|earlier| earlier.figure == c.figure) {
            out.push(format!("{at}: the figure is checked twice"));
        }
        if !is_day(&c.checked) {
            out.push(format!("{at}: `checked` is not a day (YYYY-MM-DD): {}", c.checked));
        }
        if !VERDICTS.contains(&c.verdict.as_str()) {
            out.push(format!("{at}: verdict `{}` is none of {VERDICTS:?}", c.verdict));
        }
        // Found elsewhere: the pages it was read on. Found only at the cited source: that page,
        // unless it is not linked (a copy on a domain never linked). Not found: no page.
        let needs_pages = matches!(c.verdict.as_str(), "confirmed" | "different");
        if (needs_pages && c.found_at.is_empty()) || (c.verdict == "not-found" && !c.found_at.is_empty()) {
            out.push(format!("{at}: a number found elsewhere names the pages it was read on, and one not found names none"));
        }
        if c.note.trim().is_empty() {
            out.push(format!("{at}: its note says nothing"));
        }
        for page in &c.found_at {
            if page.contains(char::is_whitespace) {
                out.push(format!("{at}: `{page}` holds a space"));
            }
            let host = page.strip_prefix("https://").or_else(|| page.strip_prefix("http://")).map(|rest| rest.split(['/', '?', '#']).next().unwrap_or(""));
            match host {
                None => out.push(format!("{at}: `{page}` is not a web address")),
                Some(host) if unlinked.iter().any(|d| host == d || host.ends_with(&format!(".{d}"))) => {
                    out.push(format!("{at}: `{page}` is on a domain never linked"))
                }
                Some(_) => {}
            }
        }
    }
    out
}

fn is_day(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The file the app reads (`data::checked`): a record a line, `figure TAB day TAB verdict TAB
/// page page …` (a page's address holds no space: `problems` refuses one that does).
pub fn wire(checks: &[Check]) -> String {
    checks.iter().map(|c| format!("{}\t{}\t{}\t{}\n", c.figure, c.checked, c.verdict, c.found_at.join(" "))).collect()
}

/// How many records have each verdict, in `VERDICTS` order.
pub fn counts(checks: &[Check]) -> [usize; 4] {
    VERDICTS.map(|v| checks.iter().filter(|c| c.verdict == v).count())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    fn ids() -> Vec<&'static str> {
        DATASET.figures.iter().map(|f| f.id).collect()
    }

    fn unlinked() -> Vec<String> {
        crate::data::raw::parse_toml(include_str!("../../data/dataset.toml")).expect("parses").unlinked_domain.into_iter().map(|d| d.domain).collect()
    }

    #[test]
    fn the_shipped_records_keep_every_rule() {
        let checks = parse(include_str!("../../data/checks.toml")).expect("parses");
        assert_eq!(problems(&checks, &ids(), &unlinked()), Vec::<String>::new());
    }

    #[test]
    fn a_record_that_breaks_a_rule_is_refused() {
        let text = r#"
[[check]]
figure = "sz-gdp-2024"
checked = "2026-12-07"
verdict = "confirmed"
found_at = ["https://www.sz.gov.cn/a.html"]
note = "Shenzhen's statistics bureau gives 3.68 trillion yuan."

[[check]]
figure = "sz-gdp-2024"
checked = "7 Dec"
verdict = "likely"
found_at = ["https://www.digipub.cc/x", "ftp://example.org/y"]
note = " "

[[check]]
figure = "no-such-figure"
checked = "2026-12-07"
verdict = "not-found"
found_at = ["https://example.org/"]
note = "Searched."
"#;
        let found = problems(&parse(text).expect("parses"), &ids(), &unlinked());
        for expected in ["checked twice", "not a day", "verdict `likely`", "its note says nothing", "never linked", "not a web address", "no such figure", "names none"] {
            assert!(found.iter().any(|p| p.contains(expected)), "{expected}: {found:#?}");
        }
        assert!(parse("[[check]]\nfigure = \"x\"\nextra = 1\n").is_err(), "an unknown field is refused");
    }
}
