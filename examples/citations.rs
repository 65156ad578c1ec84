//! Every view's citations in every language, and every figure's, one JSON object a line
//! (`kind`, `view` or `figure`, `lang`, `link`, `bibtex`, `ris`), for tests/read_citations.py
//! to read back with real BibTeX and RIS parsers.

use shenzhen_explorer::chart::shown;
use shenzhen_explorer::cite::{cite, cite_figure};
use shenzhen_explorer::data::DATASET;
use shenzhen_explorer::export::json_string as json;
use shenzhen_explorer::view_state::{parse, to_address, View};

fn main() {
    for view in View::ALL {
        for lang in ["en", "fr", "zh"] {
            let (state, _) = parse(&format!("?view={}&lang={lang}", view.key()));
            let link = format!("https://example.org/explorer/{}", to_address(&state, None));
            let c = cite(&DATASET, &shown(&DATASET, &state), &state, &link, &format!("https://example.org/explorer/data/v/{}/", DATASET.meta.reviewed), "2026-12-01");
            println!(
                "{{\"kind\":\"view\",\"view\":{},\"lang\":{},\"link\":{},\"title\":{},\"bibtex\":{},\"ris\":{}}}",
                json(view.key()),
                json(lang),
                json(&link),
                json(DATASET.meta.title.get(state.lang)),
                json(&c.bibtex),
                json(&c.ris)
            );
        }
    }
    for f in DATASET.figures {
        for lang in shenzhen_explorer::i18n::Lang::ALL {
            let link = format!("https://example.org/explorer/{}", shenzhen_explorer::page::links::figure_path(Some(*lang), f.id));
            let c = cite_figure(&DATASET, f, *lang, &link);
            println!(
                "{{\"kind\":\"figure\",\"view\":{},\"lang\":{},\"link\":{},\"title\":{},\"version\":{},\"bibtex\":{},\"ris\":{}}}",
                json(f.id),
                json(lang.key()),
                json(&link),
                json(DATASET.meta.title.get(*lang)),
                json(DATASET.meta.reviewed),
                json(&c.bibtex),
                json(&c.ris)
            );
        }
    }
}
