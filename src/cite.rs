//! "Cite this view": a plain-text citation, a BibTeX entry and a RIS record for exactly the
//! view on screen, in the page's language. Pure: the page passes the view's link and the date
//! of access.
//!
//! Each holds the explorer's title, what the view plots, the dataset's date, the link, the
//! date of access and the sources of the figures plotted. BibTeX keys are ASCII; fields are
//! UTF-8 (as biber and modern BibTeX read them) with TeX's special characters escaped; the
//! title and the explorer, as author, are braced a second time, so that a style keeps their
//! capitals ("Shenzhen", "NEV") and reads the author as one name, not a first and last.

use crate::chart::describe::citation;
use crate::chart::Shown;
use crate::data::{Dataset, Figure};
use crate::i18n::{fill, Lang};
use crate::view_state::ViewState;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    pub text: String,
    pub bibtex: String,
    /// The same as a RIS record (reference managers' import format), CRLF line ends.
    pub ris: String,
}

/// The sources of the figures the view plots, each once, in the order they appear.
pub fn plotted_sources(data: &Dataset, shown: &Shown, l: Lang) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for figure in shown.figures() {
        let source = citation(data, figure, l);
        if !out.contains(&source) {
            out.push(source);
        }
    }
    out
}

/// What the view plots, in a phrase: its title, and its subtitle where there is one.
fn description(shown: &Shown) -> String {
    match shown.subtitle() {
        "" => shown.title().to_string(),
        subtitle => format!("{} ({subtitle})", shown.title()),
    }
}

/// Escapes text for a BibTeX field read as UTF-8: TeX's special characters become commands.
pub fn tex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c => out.push(c),
        }
    }
    out
}

/// An ASCII key that says what the entry is: `shenzhen-explorer-trend-2026-11-30`.
fn bibtex_key(state: &ViewState, accessed: &str) -> String {
    let date: String = accessed.chars().filter(|c| c.is_ascii_digit() || *c == '-').collect();
    format!("shenzhen-explorer-{}-{date}", state.view.key())
}

/// The citations of a view: `link` is the view's full address, `files` the address of the
/// dataset's version's files (`…/data/v/2026-11-29/`), which stay there after later reviews,
/// `accessed` the date of access (YYYY-MM-DD).
pub fn cite(data: &Dataset, shown: &Shown, state: &ViewState, link: &str, files: &str, accessed: &str) -> Citation {
    let l: Lang = state.lang;
    let title = data.meta.title.get(l);
    let what = description(shown);
    let sources = plotted_sources(data, shown, l).join(l.list_separator());
    let date = data.meta.reviewed;
    let text = fill(
        l.tr("{0}: interactive explorer. \"{1}\". Dataset version {2}, {6}. {3} (accessed {4}). Sources of the figures plotted: {5}."),
        &[title, &what, date, link, accessed, &sources, files],
    );
    let note = fill(l.tr("Dataset version {0}, {2}. Sources of the figures plotted: {1}."), &[date, &sources, files]);
    let year = date.get(..4).unwrap_or(date);
    // `url` is read verbatim (biblatex); inside `\url{}` in `howpublished` (classic BibTeX),
    // LaTeX would still take % and # as its own.
    let in_url = link.replace('%', "\\%").replace('#', "\\#");
    let bibtex = format!(
        "@misc{{{key},\n  author = {{{{{title}}}}},\n  title = {{{{{title}: {what}}}}},\n  howpublished = {{\\url{{{in_url}}}}},\n  url = {{{link}}},\n  year = {{{year}}},\n  urldate = {{{accessed}}},\n  note = {{{note}}}\n}}\n",
        key = bibtex_key(state, accessed),
        title = tex_escape(title),
        what = tex_escape(&what),
        year = tex_escape(year),
        accessed = tex_escape(accessed),
        note = tex_escape(&note),
    );
    let ris = ris(&[
        ("TY", "ELEC"),
        ("AU", title),
        ("TI", &format!("{title}: {what}")),
        ("PY", year),
        ("Y2", &accessed.replace('-', "/")),
        ("UR", link),
        ("N1", &note),
        ("LA", l.html_tag()),
    ]);
    Citation { text, bibtex, ris }
}

/// What a figure is, in a phrase: its measure, place and period ("NEV production, Shenzhen,
/// 2023"; "深圳2023年新能源汽车产量").
pub fn figure_title(data: &Dataset, f: &Figure, l: Lang) -> String {
    let (label, period) = (data.metric_of(f).label.get(l), crate::format::period(f.period, l));
    match (f.entity, l) {
        (Some(_), Lang::Zh) => format!("{}{period}{label}", crate::format::place_of(f, l)),
        (Some(_), _) => format!("{label}, {}, {period}", crate::format::place_of(f, l)),
        (None, Lang::Zh) => format!("{period}{label}"),
        (None, _) => format!("{label}, {period}"),
    }
}

/// The figure in a sentence a reader can paste, from its metric's pattern, with its source and
/// the address of its page: "New-energy vehicle (NEV) production in Shenzhen was more than 1.73
/// million vehicles in 2023 (Xinhua, 2024-10-26; via https://…/figure/sz-seed-nev-prod-2023/)."
/// The qualifier is kept.
pub fn sourced_sentence(data: &Dataset, f: &Figure, l: Lang, link: &str) -> String {
    let metric = data.metric_of(f);
    let said = metric
        .sentence
        .get(l)
        .replace("{place}", crate::format::place_of(f, l))
        .replace("{value}", &crate::format::qualified(f, metric.unit, l))
        .replace("{when}", &crate::format::in_period(f.period, l))
        .replace("{period}", &crate::format::period(f.period, l));
    fill(l.tr("{0} ({1}; via {2})."), &[&said, &citation(data, f, l), link])
}

/// The citations of one figure at `link`, its page's address: the dataset's version, what the
/// figure is, its value as qualified and its source, so that a quote names exactly what it
/// quotes and where it stays (each version's files keep their address).
pub fn cite_figure(data: &Dataset, f: &Figure, l: Lang, link: &str) -> Citation {
    let title = data.meta.title.get(l);
    let what = format!("{}{}{}", figure_title(data, f, l), l.pick(": ", " : ", "："), crate::format::qualified(f, data.metric_of(f).unit, l));
    let version = data.meta.reviewed;
    let source = citation(data, f, l);
    let text = fill(l.tr("{0}, dataset version {1}. \"{2}\". Source: {3}. {4}"), &[title, version, &what, &source, link]);
    let note = fill(l.tr("Dataset version {0}. Source: {1}."), &[version, &source]);
    let year = version.get(..4).unwrap_or(version);
    let in_url = link.replace('%', "\\%").replace('#', "\\#");
    let bibtex = format!(
        "@misc{{{key},\n  author = {{{{{title}}}}},\n  title = {{{{{what}}}}},\n  howpublished = {{\\url{{{in_url}}}}},\n  url = {{{link}}},\n  year = {{{year}}},\n  version = {{{version}}},\n  note = {{{note}}}\n}}\n",
        key = format!("{}-{version}", f.id),
        title = tex_escape(title),
        what = tex_escape(&what),
        year = tex_escape(year),
        version = tex_escape(version),
        note = tex_escape(&note),
    );
    let ris = ris(&[("TY", "DATA"), ("AU", title), ("TI", &what), ("PY", year), ("ET", version), ("UR", link), ("N1", &note), ("LA", l.html_tag())]);
    Citation { text, bibtex, ris }
}

/// A RIS record: each tag, two spaces, a hyphen and a space, then the value on one line
/// (line breaks inside a value become spaces), ending with `ER`.
fn ris(fields: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (tag, value) in fields {
        let value: String = value.split(['\r', '\n']).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
        out.push_str(&format!("{tag}  - {value}\r\n"));
    }
    out.push_str("ER  - \r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::shown;
    use crate::data::DATASET;

    fn cited(link: &str) -> Citation {
        let state = crate::view_state::parse(link).0;
        cite(&DATASET, &shown(&DATASET, &state), &state, &format!("https://example.org/explorer/{link}"), "https://example.org/explorer/data/v/2026-11-29/", "2026-11-30")
    }

    #[test]
    fn every_figure_reads_as_its_metric_says_in_each_language() {
        for f in DATASET.figures {
            for l in Lang::ALL {
                let said = sourced_sentence(&DATASET, f, *l, "https://example.org/x/");
                let value = crate::format::qualified(f, DATASET.metric_of(f).unit, *l);
                assert!(!said.contains(['{', '}']), "{}: {said}", f.id);
                assert!(said.contains(&value) && said.contains(crate::format::place_of(f, *l)), "{}: {said}", f.id);
                assert!(said.ends_with(l.pick("; via https://example.org/x/).", " ; via https://example.org/x/).", "；来源：https://example.org/x/）。")), "{}: {said}", f.id);
                if std::env::var_os("PRINT_SENTENCES").is_some() {
                    println!("{said}");
                }
            }
        }
    }

    #[test]
    fn a_sentence_keeps_the_qualifier_and_says_when_in_the_language() {
        let seed = DATASET.figures.iter().find(|f| f.id == "sz-seed-nev-prod-2023").expect("the seed figure");
        let said = |l| sourced_sentence(&DATASET, seed, l, "x");
        assert!(said(Lang::En).starts_with("New-energy vehicle (NEV) production in Shenzhen was more than 1.73 million vehicles in 2023 ("), "{}", said(Lang::En));
        assert!(said(Lang::Fr).starts_with("Shenzhen : la production de véhicules à énergie nouvelle (VEN) s'est élevée à plus de 1,73 million de véhicules en 2023 ("), "{}", said(Lang::Fr));
        assert!(said(Lang::Zh).starts_with("深圳2023年新能源汽车产量超过173万辆（"), "{}", said(Lang::Zh));
    }

    #[test]
    fn the_citation_holds_title_view_dates_link_and_sources() {
        let c = cited("?v=2&view=trend&lang=en");
        for part in ["Shenzhen's priority industries", "Shenzhen NEV production", "Dataset version 2026-", "https://example.org/explorer/data/v/2026-11-29/", "https://example.org/explorer/?v=2&view=trend&lang=en", "accessed 2026-11-30", "CnEVPost"] {
            assert!(c.text.contains(part), "{part} missing from {}", c.text);
        }
        assert!(c.bibtex.starts_with("@misc{shenzhen-explorer-trend-2026-11-30,"), "{}", c.bibtex);
        assert!(c.bibtex.contains("urldate = {2026-11-30}") && c.bibtex.contains("\\url{https://example.org/explorer/?v=2&view=trend&lang=en}"));
    }

    #[test]
    fn bibtex_keys_are_ascii_and_fields_escape_tex() {
        let c = cited("?v=2&view=cities&lang=zh");
        let key = c.bibtex.split(',').next().unwrap();
        assert!(key.is_ascii(), "{key}");
        assert!(c.bibtex.contains("深圳"), "fields stay UTF-8");
        assert_eq!(tex_escape("50% & $1 #2 a_b {x} ~^\\"), "50\\% \\& \\$1 \\#2 a\\_b \\{x\\} \\textasciitilde{}\\textasciicircum{}\\textbackslash{}");
        // The link itself is inside \url{}, which takes it as it is.
        assert!(!c.bibtex.contains("\\&lang"));
    }

    #[test]
    fn bibtex_braces_its_title_and_names_the_explorer_as_one_author() {
        let c = cited("?v=2&view=cities&lang=fr");
        assert!(c.bibtex.contains("  author = {{Les industries prioritaires de Shenzhen}},\n"), "{}", c.bibtex);
        assert!(c.bibtex.contains("  title = {{Les industries prioritaires de Shenzhen: Production de VEN par année"), "{}", c.bibtex);
        // Every brace opened is closed, in order.
        let mut depth = 0i32;
        for ch in c.bibtex.replace("\\{", "").replace("\\}", "").chars() {
            depth += match ch { '{' => 1, '}' => -1, _ => 0 };
            assert!(depth >= 0, "{}", c.bibtex);
        }
        assert_eq!(depth, 0, "{}", c.bibtex);
    }

    #[test]
    fn the_ris_record_has_its_type_author_title_dates_link_and_end() {
        let c = cited("?v=2&view=trend&lang=zh");
        let lines: Vec<&str> = c.ris.split("\r\n").collect();
        assert_eq!(lines.first(), Some(&"TY  - ELEC"));
        assert_eq!(lines[lines.len() - 2], "ER  - ");
        assert!(lines.contains(&"AU  - 深圳重点产业") && lines.contains(&"Y2  - 2026/11/30") && lines.contains(&"LA  - zh-Hans"), "{lines:?}");
        assert!(lines.iter().any(|l| l.starts_with("TI  - 深圳重点产业: 深圳新能源汽车产量")), "{lines:?}");
        assert!(lines.contains(&"UR  - https://example.org/explorer/?v=2&view=trend&lang=zh"), "{lines:?}");
        assert!(lines.iter().all(|l| l.is_empty() || l.get(2..6) == Some("  - ")), "{lines:?}");
    }

    #[test]
    fn the_citation_follows_the_page_language() {
        assert!(cited("?v=2&lang=fr").text.contains("Version des données 2026-"));
        assert!(cited("?v=2&lang=zh").text.contains("访问"));
    }
}
