//! Every text a chart shows is in the reader's language: for many states of every view, the
//! French and Chinese specifications carry no English left over. Source names (citations)
//! are proper names and stay as published, and a source's own words stay in their language
//! (a translation follows them), so both are taken out before checking.

use shenzhen_explorer::chart::{spec_for, ChartSpec};
use shenzhen_explorer::data::DATASET;
use shenzhen_explorer::i18n::Lang;
use shenzhen_explorer::view_state::parse_in;

/// Links covering every view with its options: extras, measures, scales, currencies, units.
const LINKS: &[&str] = &[
    "",
    "?view=growth&extra=exports~gdp~peers",
    "?view=growth&sectors=nev",
    "?view=scale&extra=funds~ai-core~gdp~exports",
    "?view=scale&scale=log&cur=usd",
    "?view=scale&mag=m",
    "?view=trend",
    "?view=trend&metric=gdp&scale=index&base=2023",
    "?view=trend&metric=new-three-exports&cur=usd",
    "?view=trend&metric=bio-va&scale=log",
    "?view=trend&alt=hk01",
    "?view=cities",
    "?view=cities&metric=ai-output&cities=shenzhen~shanghai~beijing&cur=usd",
    "?view=cities&cities=shenzhen~hefei~guangdong~anhui&scale=log",
    "?view=ratios",
];

/// Every string of a spec a reader sees, with the sources' names removed.
fn texts(spec: &ChartSpec) -> Vec<String> {
    without_proper_names(spec_texts(spec))
}

fn spec_texts(spec: &ChartSpec) -> Vec<String> {
    let mut out = vec![spec.title.clone(), spec.subtitle.clone(), spec.summary.clone()];
    out.extend(spec.notes.iter().map(|n| n.text.clone()));
    out.extend(spec.table_head.iter().cloned());
    out.extend(spec.legend.iter().map(|e| e.label.clone()));
    for p in &spec.panels {
        out.push(p.title.clone());
        out.push(p.axis_label.clone());
        out.extend(p.ticks.iter().map(|t| t.label.clone()));
        out.extend(p.categories.iter().flatten().cloned());
        out.extend(p.marks.iter().flat_map(|m| [m.label.clone(), m.detail.clone()]));
    }
    for row in &spec.table {
        out.extend(row.cells.iter().cloned());
    }
    out
}

/// What else a reader of a view takes away in the page's language: the CSV's columns in words
/// (the value's unit, the source, the mark's label and detail; the other columns are machine
/// keys, the same in every language by design), the citations, the notice a link raises, and
/// the page's text itself (tags, the sources' own words in <q> and titles in <cite> taken out).
fn taken_away(link: &str, reader: Lang) -> Vec<String> {
    let (state, ignored) = parse_in(link, reader);
    let spec = spec_for(&DATASET, &state);
    let mut out: Vec<String> = ignored.into_iter().map(|i| i.why.words(state.lang)).collect();
    let csv = shenzhen_explorer::export::csv(&DATASET, &spec, state.lang);
    for line in csv.lines().skip(1) {
        // Fields in order; a quoted field may hold commas.
        let mut fields = Vec::new();
        let (mut field, mut quoted) = (String::new(), false);
        for c in line.chars() {
            match (quoted, c) {
                (_, '"') => quoted = !quoted,
                (false, ',') => fields.push(std::mem::take(&mut field)),
                _ => field.push(c),
            }
        }
        fields.push(field);
        for column in [5, 11, 14, 15] {
            out.extend(fields.get(column).cloned());
        }
    }
    let cite = shenzhen_explorer::cite::cite(&DATASET, &shenzhen_explorer::chart::shown(&DATASET, &state), &state, "https://example.org/?v=2", "https://example.org/data/v/2026-11-29/", "2026-12-01");
    // The links are the reader's to follow, not words: the view's and its version's files'.
    let unlinked = |t: &str| t.replace("https://example.org/?v=2", "").replace("https://example.org/data/v/2026-11-29/", "");
    out.push(unlinked(&cite.text));
    // The BibTeX entry's words: its fields' values (the key and field names are BibTeX's own).
    for line in cite.bibtex.lines() {
        if let Some((name, value)) = line.split_once(" = ") {
            if !["howpublished", "url", "urldate", "year"].contains(&name.trim()) {
                out.push(unlinked(value));
            }
        }
    }
    let page = shenzhen_explorer::page::prerender(&state, None);
    out.extend(page_text(&page));
    without_proper_names(out)
}

/// The text of a page as a reader reads it: no tags, no scripts, no quotations or titles of
/// sources, no addresses.
fn page_text(html: &str) -> Vec<String> {
    let mut text = String::new();
    let mut rest = html;
    let skip = ["<script", "<style", "<q", "<cite", "<svg"];
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        text.push(' ');
        rest = &rest[open..];
        if let Some(tag) = skip.iter().find(|t| rest.starts_with(**t)) {
            let close = format!("</{}>", &tag[1..]);
            rest = rest.find(&close).map_or("", |i| &rest[i + close.len()..]);
            continue;
        }
        rest = rest.find('>').map_or("", |i| &rest[i + 1..]);
    }
    text.push_str(rest);
    let text = text.replace("&#39;", "'").replace("&quot;", "\"").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
    text.split("  ").map(|t| t.trim().to_string()).filter(|t| !t.is_empty() && !t.starts_with("http")).collect()
}

fn without_proper_names(out: Vec<String>) -> Vec<String> {
    // Outlets are proper names ("trulynews" and sites' domains among them); a description in
    // their place ("a NetEase account article") is the app's words, translated like any other.
    let is_name = |n: &&str| !n.starts_with(|c: char| c.is_ascii_lowercase()) || !n.contains(' ');
    let names = DATASET.sources.iter().flat_map(|s| [Some(s.publisher), s.publisher_zh, s.mirror_of, s.mirror_of_zh]).flatten().filter(is_name);
    let quotes = DATASET.figures.iter().filter_map(|f| f.quote.map(|q| q.text));
    // Sources' own titles stay in their language, the seed article's among them.
    let titles = DATASET.sources.iter().filter_map(|s| s.title).chain([DATASET.meta.seed_article]);
    let companies = DATASET.companies.iter().map(|c| c.name);
    // Longest first, so that a name inside a longer one does not leave the rest behind.
    let mut proper: Vec<&str> = names.chain(quotes).chain(titles).chain(companies).collect();
    proper.sort_by_key(|t| std::cmp::Reverse(t.len()));
    out.into_iter()
        .map(|mut t| {
            for s in &proper {
                t = t.replace(s, "");
            }
            t
        })
        .collect()
}

/// Words that only English text has (checked as whole words).
const ENGLISH: &[&str] = &[
    "the", "and", "of", "is", "are", "not", "from", "with", "year", "growth", "vehicles", "yuan", "bn", "per", "share", "by",
    "period", "panel", "scale", "value", "lower", "bound", "stated", "only", "than", "more",
    // Words the data's placeholders and the app's descriptions of sources used to leave in.
    "unknown", "copy", "account", "unrecorded", "reported", "derived", "target", "full",
];

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty())
}

/// Whole words, accented letters included ("noté" is not "not").
fn french_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty())
}

#[test]
fn french_charts_have_no_english_left() {
    for link in LINKS {
        let (state, _) = parse_in(link, Lang::Fr);
        for text in texts(&spec_for(&DATASET, &state)) {
            let left: Vec<&str> = words(&text).filter(|w| ENGLISH.contains(w)).collect();
            assert!(left.is_empty(), "{link}: {left:?} in {text:?}");
        }
    }
}

#[test]
fn chinese_charts_have_no_english_left() {
    // Latin letters a Chinese chart may show: codes, acronyms and units used in Chinese too.
    const ALLOWED: &[&str] = &["GDP", "HK", "CnEVPost", "H", "M", "L"];
    for link in LINKS {
        let (state, _) = parse_in(link, Lang::Zh);
        for text in texts(&spec_for(&DATASET, &state)) {
            let left: Vec<&str> = words(&text).filter(|w| w.len() >= 2 && !ALLOWED.contains(w)).collect();
            assert!(left.is_empty(), "{link}: {left:?} in {text:?}");
        }
    }
}

/// Links whose notices, downloads, citations and pages are read in French and Chinese: every
/// view, and links that raise notices.
const TAKEN_AWAY: &[&str] = &[
    "",
    "?view=scale&extra=funds~ai-core~gdp~exports&cur=usd",
    "?view=trend&metric=bio-va",
    "?view=trend&alt=hk01",
    "?view=cities&cities=shenzhen~hefei~guangdong~anhui~shaanxi&scale=log",
    "?view=cities&metric=vehicle-production&cities=shenzhen~xian~shanghai",
    "?view=ratios",
    "?view=trend&metric=gdp&scale=index&base=2019",
    "?view=growth&metric=gdp",
];

#[test]
fn french_downloads_citations_notices_and_pages_have_no_english_left() {
    for link in TAKEN_AWAY {
        for text in taken_away(&format!("{link}{}lang=fr", if link.is_empty() { "?" } else { "&" }), Lang::En) {
            let left: Vec<&str> = french_words(&text).filter(|w| ENGLISH.contains(w)).collect();
            assert!(left.is_empty(), "{link}: {left:?} in {text:?}");
        }
    }
}

#[test]
fn chinese_downloads_citations_notices_and_pages_have_no_english_left() {
    // Latin letters a Chinese reader may meet: codes, acronyms, units, the licences' names, the
    // BibTeX entry's field names and the link.
    const ALLOWED: &[&str] = &["GDP", "HK", "CnEVPost", "H", "M", "L", "CC", "BY", "MIT", "AI", "NEV", "CSV", "JSON", "SVG", "PNG", "BibTeX",
        // The language buttons name each language in itself.
        "English", "Fran", "ais",
        // A key is named as on the keyboard.
        "Tab"];
    for link in TAKEN_AWAY {
        for text in taken_away(&format!("{link}{}lang=zh", if link.is_empty() { "?" } else { "&" }), Lang::En) {
            let left: Vec<&str> = words(&text).filter(|w| w.len() >= 2 && !ALLOWED.contains(w)).collect();
            assert!(left.is_empty(), "{link}: {left:?} in {text:?}");
        }
    }
}
