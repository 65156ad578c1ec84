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
    let mut out = vec![spec.title.clone(), spec.subtitle.clone(), spec.summary.clone()];
    out.extend(spec.notes.iter().cloned());
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
    let names = DATASET.sources.iter().flat_map(|s| [Some(s.publisher), s.publisher_zh, s.mirror_of, s.mirror_of_zh]).flatten();
    let quotes = DATASET.figures.iter().filter_map(|f| f.quote.map(|q| q.text));
    // Longest first, so that a name inside a longer one does not leave the rest behind.
    let mut proper: Vec<&str> = names.chain(quotes).collect();
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
];

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty())
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
