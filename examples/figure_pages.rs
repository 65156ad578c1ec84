//! A page for every figure (scripts/build.sh runs this after the prerender): `figure/<id>/`
//! (English, for a link that names no language) and `en/`, `fr/`, `zh/figure/<id>/`, written
//! by `shenzhen_explorer::page::figure_page`, each with the figure's revisions from
//! `data/revisions.toml`.
//!
//! Usage: cargo run --example figure_pages -- DIST_DIR

use shenzhen_explorer::data::DATASET;
use shenzhen_explorer::i18n::Lang;
use shenzhen_explorer::page::figure_page::{figure_page, figure_path, Place};
use shenzhen_explorer::tables::Revised;
use std::path::Path;

// The revision log, read here to show each figure's; comparing it with the last release is build.rs's.
#[allow(dead_code)]
#[path = "../src/data/revisions.rs"]
mod revisions;

fn fail(message: &str) -> ! {
    eprintln!("figure_pages: {message}");
    std::process::exit(1);
}

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| fail("usage: figure_pages DIST_DIR"));
    let dist = Path::new(&dist);
    // The prerender step has checked SITE_URL; citations and previews name pages by it, when given.
    let site = std::env::var("SITE_URL").ok().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).map(|s| if s.ends_with('/') { s } else { format!("{s}/") });
    let text = std::fs::read_to_string("data/revisions.toml").unwrap_or_else(|e| fail(&format!("cannot read data/revisions.toml: {e}")));
    let log = revisions::parse(&text).unwrap_or_else(|e| fail(&format!("data/revisions.toml: {e}")));
    let (mut pages, mut largest) = (0, 0);
    for f in DATASET.figures {
        let revised: Vec<Revised> = log.iter().filter(|r| r.figure == f.id).map(|r| Revised { figure: &r.figure, date: &r.date, change: &r.change, reason: [&r.reason, &r.reason_fr, &r.reason_zh] }).collect();
        for named in std::iter::once(None).chain(Lang::ALL.iter().copied().map(Some)) {
            let path = figure_path(named, f.id);
            let back = "../".repeat(path.matches('/').count());
            let html = figure_page(&DATASET, f, named, &Place { back: &back, site: site.as_deref(), revisions: &revised });
            let folder = dist.join(&path);
            std::fs::create_dir_all(&folder).unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", folder.display())));
            std::fs::write(folder.join("index.html"), &html).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", folder.display())));
            pages += 1;
            largest = largest.max(html.len());
        }
    }
    println!("figure_pages: {pages} pages ({} figures, each with no language named and in each language), the largest {largest} bytes", DATASET.figures.len());
}
