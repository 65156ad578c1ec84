//! "Cite this view": a plain-text citation and a BibTeX entry for exactly the view on screen,
//! in the page's language. Pure: the page passes the view's link and the date of access.
//!
//! Each holds the explorer's title, what the view plots, the dataset's date, the link, the
//! date of access and the sources of the figures plotted. BibTeX keys are ASCII; fields are
//! UTF-8 (as biber and modern BibTeX read them) with TeX's special characters escaped.

use crate::chart::describe::citation;
use crate::chart::ChartSpec;
use crate::data::Dataset;
use crate::i18n::{fill, Lang};
use crate::view_state::ViewState;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    pub text: String,
    pub bibtex: String,
}

/// The sources of the figures the view plots, each once, in the order they appear.
pub fn plotted_sources(data: &Dataset, spec: &ChartSpec, l: Lang) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for row in &spec.table {
        let source = citation(data, row.figure, l);
        if !out.contains(&source) {
            out.push(source);
        }
    }
    out
}

/// What the view plots, in a phrase: its title, and its subtitle where there is one.
fn description(spec: &ChartSpec) -> String {
    if spec.subtitle.is_empty() {
        spec.title.clone()
    } else {
        format!("{} ({})", spec.title, spec.subtitle)
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

/// The citations of a view: `link` is the view's full address, `accessed` the date of access
/// (YYYY-MM-DD).
pub fn cite(data: &Dataset, spec: &ChartSpec, state: &ViewState, link: &str, accessed: &str) -> Citation {
    let l: Lang = state.lang;
    let title = data.meta.title.get(l);
    let what = description(spec);
    let sources = plotted_sources(data, spec, l).join(l.list_separator());
    let date = data.meta.reviewed;
    let text = fill(
        l.tr("{0}: interactive explorer. \"{1}\". Dataset of {2}. {3} (accessed {4}). Sources of the figures plotted: {5}."),
        &[title, &what, date, link, accessed, &sources],
    );
    let note = fill(l.tr("Dataset of {0}. Sources of the figures plotted: {1}."), &[date, &sources]);
    let year = date.get(..4).unwrap_or(date);
    // `url` is read verbatim (biblatex); inside `\url{}` in `howpublished` (classic BibTeX),
    // LaTeX would still take % and # as its own.
    let in_url = link.replace('%', "\\%").replace('#', "\\#");
    let bibtex = format!(
        "@misc{{{key},\n  title = {{{title}: {what}}},\n  howpublished = {{\\url{{{in_url}}}}},\n  url = {{{link}}},\n  year = {{{year}}},\n  urldate = {{{accessed}}},\n  note = {{{note}}}\n}}\n",
        key = bibtex_key(state, accessed),
        title = tex_escape(title),
        what = tex_escape(&what),
        year = tex_escape(year),
        accessed = tex_escape(accessed),
        note = tex_escape(&note),
    );
    Citation { text, bibtex }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::spec_for;
    use crate::data::DATASET;

    fn cited(link: &str) -> Citation {
        let state = crate::view_state::parse(link).0;
        cite(&DATASET, &spec_for(&DATASET, &state), &state, &format!("https://example.org/explorer/{link}"), "2026-11-30")
    }

    #[test]
    fn the_citation_holds_title_view_dates_link_and_sources() {
        let c = cited("?v=2&view=trend&lang=en");
        for part in ["Shenzhen's priority industries", "Shenzhen NEV production", "Dataset of 2026-", "https://example.org/explorer/?v=2&view=trend&lang=en", "accessed 2026-11-30", "CnEVPost"] {
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
    fn the_citation_follows_the_page_language() {
        assert!(cited("?v=2&lang=fr").text.contains("Données du") || cited("?v=2&lang=fr").text.contains("Jeu de données du"));
        assert!(cited("?v=2&lang=zh").text.contains("访问"));
    }
}
