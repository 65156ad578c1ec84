//! The dataset as files (scripts/build.sh runs this after the prerender): the whole dataset at
//! `DIST/data/` (a CSV per table, every figure as JSON, the Frictionless Data package that
//! describes them: `shenzhen_explorer::tables`), and each page's plotted data beside it
//! (`cities/data.csv`, `fr/cities/data.json`…), which its download buttons link to.
//!
//! Usage: cargo run --example data_files -- DIST_DIR

use shenzhen_explorer::i18n::Lang;
use shenzhen_explorer::page::head::page_state;
use shenzhen_explorer::view_state::{page_path, page_paths, View};
use std::path::Path;

#[path = "common/inputs.rs"]
mod inputs;

fn fail(message: &str) -> ! {
    eprintln!("data_files: {message}");
    std::process::exit(1);
}

fn write(file: &Path, text: &str) {
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder).unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", folder.display())));
    }
    std::fs::write(file, text).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", file.display())));
}

/// The whole dataset as files at `folder` (`dist/data/`): a CSV per table, every figure as
/// JSON, and the Frictionless Data package that describes them (`shenzhen_explorer::tables`).
fn write_dataset(folder: &Path) {
    use shenzhen_explorer::data::{checked, DATASET};
    use shenzhen_explorer::tables::{datapackage, figures_json, tables};
    let records = checked::read(checked::wire_text()).unwrap_or_else(|e| fail(&format!("the checks: {e}")));
    let log = inputs::revisions::read_log().unwrap_or_else(|e| fail(&e));
    let tables = tables(&DATASET, &records, &inputs::revised(&log));
    for table in &tables {
        write(&folder.join(format!("{}.csv", table.name)), &table.csv());
    }
    write(&folder.join("figures.json"), &figures_json(&DATASET, &records));
    write(&folder.join("datapackage.json"), &datapackage(&DATASET, &tables, ""));
}

/// Every released version's frozen files (`data/releases/<version>/`) at their dated address
/// (`dist/data/v/<version>/`), and the list of versions (`dist/data/versions.json`).
fn write_releases(folder: &Path) -> usize {
    let versions = inputs::revisions::versions();
    for version in &versions {
        let from = Path::new(inputs::revisions::RELEASES).join(version);
        let files = std::fs::read_dir(&from).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", from.display())));
        for file in files.flatten() {
            let text = std::fs::read_to_string(file.path()).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", file.path().display())));
            write(&folder.join("v").join(version).join(file.file_name()), &text);
        }
    }
    let listed: Vec<String> = versions.iter().rev().map(|v| format!("{{\"version\":\"{v}\",\"path\":\"v/{v}/\"}}")).collect();
    write(&folder.join("versions.json"), &format!("{{\"versions\":[{}]}}\n", listed.join(",")));
    versions.len()
}

/// Each page's plotted data beside it (`cities/data.csv`, `fr/cities/data.json`…): the rows
/// and columns its download buttons give for the page's own view, with no options.
fn write_view_data(dist: &Path, pages: &[(Option<Lang>, View)], site: Option<&str>) {
    use shenzhen_explorer::chart::{shown, Shown};
    use shenzhen_explorer::data::DATASET;
    use shenzhen_explorer::export::{csv, events_csv, figures_csv, figures_json, json};
    for (named, view) in pages {
        let address = page_path(*named, *view);
        let state = page_state(*named, *view);
        let link = format!("{}{address}", site.unwrap_or(""));
        let folder = dist.join(&address);
        let (table, described) = match shown(&DATASET, &state) {
            Shown::Chart(spec) => {
                write(&folder.join("events.csv"), &events_csv(&DATASET, &spec, state.lang));
                (csv(&DATASET, &spec, state.lang), json(&DATASET, &spec, &state, &link))
            }
            Shown::Figures(_) => (figures_csv(&DATASET, &state), figures_json(&DATASET, &state, &link)),
        };
        write(&folder.join("data.csv"), &table);
        write(&folder.join("data.json"), &described);
    }
}

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| fail("usage: data_files DIST_DIR"));
    let dist = Path::new(&dist);
    // The files name their page by the site's address, when given.
    let site = inputs::site_url().unwrap_or_else(|e| fail(&e));
    write_dataset(&dist.join("data"));
    let released = write_releases(&dist.join("data"));
    let pages = page_paths();
    write_view_data(dist, &pages, site.as_deref());
    println!("data_files: the dataset's tables and package in {}, every released version ({released}) in its v/, each of the {} pages' data beside it", dist.join("data").display(), pages.len());
}
