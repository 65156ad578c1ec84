//! No page, download, citation or data file the explorer writes names a site the data file
//! lists as not to be linked (`[[unlinked_domain]]`: it carries spam): every view in every
//! language, as the build writes its page and the app its page, downloads and citations, and
//! the data and catalog files. (The browser suite also reads every file of the built site.)

use crate::chart::{shown, spec_for};
use crate::data::{raw, wire_text, DATASET};
use crate::i18n::{catalog_text, Lang};
use crate::view_state::{parse, View, ViewState};
use crate::{cite, export, page};

const DATA_FILE: &str = include_str!("../data/dataset.toml");

fn unlinked_domains() -> Vec<String> {
    let raw = raw::parse_toml(DATA_FILE).expect("the data file parses");
    raw.unlinked_domain.iter().map(|d| d.domain.to_ascii_lowercase()).collect()
}

/// Everything written for a view state: its pages (the build's and the app's, embedded too),
/// its downloads and its citations.
fn written_for(state: &ViewState) -> Vec<(String, String)> {
    let spec = spec_for(&DATASET, state);
    let link = "https://example.org/explorer/";
    let citation = cite::cite(&DATASET, &shown(&DATASET, state), state, link, "https://example.org/data/v/2026-11-29/", "2026-12-07");
    let embedded = ViewState { embed: true, ..state.clone() };
    vec![
        ("the build's page".into(), page::prerender(state, None)),
        ("the app's page".into(), page::page(state, page::Widths::All, link)),
        ("the embedded page".into(), page::page(&embedded, page::Widths::All, link)),
        ("the CSV".into(), export::csv(&DATASET, &spec, state.lang)),
        ("the JSON".into(), export::json(&DATASET, &spec, state, link)),
        ("the figures CSV".into(), export::figures_csv(&DATASET, state)),
        ("the figures JSON".into(), export::figures_json(&DATASET, state, link)),
        ("the citation".into(), format!("{}\n{}\n{}", citation.text, citation.bibtex, citation.ris)),
    ]
}

#[test]
fn no_written_page_download_or_data_file_names_an_unlinked_site() {
    let domains = unlinked_domains();
    assert!(domains.iter().any(|d| d == "digipub.cc") && domains.iter().any(|d| d == "ddctz.com"), "{domains:?}");
    let mut written: Vec<(String, String)> = vec![("the data file".into(), wire_text().to_string())];
    written.extend([Lang::Fr, Lang::Zh].map(|l| (format!("the {l:?} catalog"), catalog_text(l).to_string())));
    for lang in Lang::ALL {
        for view in View::ALL {
            let mut state = parse(&format!("?view={}&alt=hk01", view.key())).0;
            state.lang = *lang;
            let label = format!("{} in {lang:?}", view.key());
            written.extend(written_for(&state).into_iter().map(|(what, text)| (format!("{label}: {what}"), text)));
        }
    }
    for (what, text) in &written {
        let lower = text.to_ascii_lowercase();
        for domain in &domains {
            assert!(!lower.contains(domain.as_str()), "{what} names {domain}, a site not to be linked");
        }
    }
}

#[test]
fn a_source_on_an_unlinked_site_fails_the_build_naming_it() {
    let mut raw = raw::parse_toml(DATA_FILE).expect("the data file parses");
    let domain = raw.unlinked_domain[0].domain.clone();
    raw.source[0].url = Some(format!("http://www.{domain}/a/b.html"));
    raw.source[1].publisher = Some(domain.clone());
    let errors = raw::to_dataset(raw).err().expect("refused");
    let about: Vec<&String> = errors.iter().filter(|e| e.contains(&domain)).collect();
    assert_eq!(about.len(), 2, "{errors:?}");
    assert!(about[0].contains("its address is on") && about[1].contains("named by"), "{about:?}");
}
