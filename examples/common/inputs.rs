//! What the build steps after the prerender read beside the dataset: the site's public
//! address, the revision log and the released versions (`src/data/revisions.rs`). Included
//! by those examples with `#[path]`; each uses part of it.
#![allow(dead_code)]

#[path = "../../src/data/revisions.rs"]
pub mod revisions;

use shenzhen_explorer::tables::Revised;

/// The site's public address from `SITE_URL` (`https://example.org/explorer/`, with its last
/// slash), which makes previews' and citations' addresses absolute; `None` without one.
pub fn site_url() -> Result<Option<String>, String> {
    let Some(url) = std::env::var("SITE_URL").ok().filter(|u| !u.trim().is_empty()) else { return Ok(None) };
    let url = url.trim();
    if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(['?', '#', '"', '<', '>', ' ']) {
        return Err(format!("SITE_URL must be the site's public address, like https://example.org/explorer/ (got {url:?})"));
    }
    Ok(Some(if url.ends_with('/') { url.to_string() } else { format!("{url}/") }))
}

/// The revision log's entries as the data files and pages show them.
pub fn revised(log: &[revisions::Revision]) -> Vec<Revised<'_>> {
    log.iter().map(|r| Revised { figure: &r.figure, date: &r.date, change: &r.change, reason: [&r.reason, &r.reason_fr, &r.reason_zh] }).collect()
}
