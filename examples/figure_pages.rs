//! A page for every figure (scripts/build.sh runs this after the prerender): `figure/<id>/`
//! (English, for a link that names no language) and `en/`, `fr/`, `zh/figure/<id>/`, written
//! by `shenzhen_explorer::page::figure_page`, each with the figure's revisions from
//! `data/revisions.toml`; a page for each figure withdrawn since the last released version
//! (`data/releases/`), which says so; and the page of what changed (`en/changes/`…).
//!
//! Usage: cargo run --example figure_pages -- DIST_DIR

use shenzhen_explorer::data::DATASET;
use shenzhen_explorer::i18n::Lang;
use shenzhen_explorer::page::figure_page::{changes_page, changes_path, figure_page, withdrawn_page, Place};
use shenzhen_explorer::page::links::figure_path;
use shenzhen_explorer::tables::Revised;
use std::path::Path;

#[path = "common/inputs.rs"]
mod inputs;

use inputs::revisions;

fn fail(message: &str) -> ! {
    eprintln!("figure_pages: {message}");
    std::process::exit(1);
}

fn write(dist: &Path, path: &str, html: &str) -> usize {
    let folder = dist.join(path);
    std::fs::create_dir_all(&folder).unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", folder.display())));
    std::fs::write(folder.join("index.html"), html).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", folder.display())));
    html.len()
}

/// Where a page is, with no language named and in each language, and its way back to the root.
fn addresses(path: impl Fn(Option<Lang>) -> String) -> Vec<(Option<Lang>, String, String)> {
    let named = std::iter::once(None).chain(Lang::ALL.iter().copied().map(Some));
    named.map(|n| (n, path(n))).map(|(n, p)| { let back = "../".repeat(p.matches('/').count()); (n, p, back) }).collect()
}

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| fail("usage: figure_pages DIST_DIR"));
    let dist = Path::new(&dist);
    // Citations and previews name pages by the site's address, when given.
    let site = inputs::site_url().unwrap_or_else(|e| fail(&e));
    let log = revisions::read_log().unwrap_or_else(|e| fail(&e));
    let all = inputs::revised(&log);
    let of = |id: &str| -> Vec<Revised> { all.iter().filter(|r| r.figure == id).copied().collect() };
    let versions = revisions::versions();
    let released = revisions::last_release().unwrap_or_else(|e| fail(&e)).map(|(_, figures)| figures).unwrap_or_default();
    let (mut pages, mut largest) = (0, 0);
    for f in DATASET.figures {
        let revised = of(f.id);
        for (named, path, back) in addresses(|n| figure_path(n, f.id)) {
            largest = largest.max(write(dist, &path, &figure_page(&DATASET, f, named, &Place { back: &back, site: site.as_deref(), revisions: &revised })));
            pages += 1;
        }
    }
    let withdrawn: Vec<&revisions::Stated> = released.iter().filter(|r| DATASET.figure(&r.id).is_none()).collect();
    for gone in &withdrawn {
        let revised = of(&gone.id);
        let last = versions.last().map(String::as_str).unwrap_or_default();
        for (named, path, back) in addresses(|n| figure_path(n, &gone.id)) {
            write(dist, &path, &withdrawn_page(&DATASET, &gone.id, last, named, &Place { back: &back, site: site.as_deref(), revisions: &revised }));
        }
    }
    for lang in Lang::ALL {
        let path = changes_path(*lang);
        let back = "../".repeat(path.matches('/').count());
        write(dist, &path, &changes_page(&DATASET, &versions, Some(*lang), &Place { back: &back, site: site.as_deref(), revisions: &all }));
    }
    println!("figure_pages: {pages} pages ({} figures, each with no language named and in each language), the largest {largest} bytes; {} withdrawn figures' pages; what changed, in each language", DATASET.figures.len(), withdrawn.len());
}
