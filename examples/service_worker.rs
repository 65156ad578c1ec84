//! The build's service worker (scripts/build.sh runs this after the prerender): writes
//! `DIST/sw.js` from public/sw.js with the build's version, a hash of every file the site
//! serves, and the list of those files, which the worker caches for offline use: each page
//! by its address (`fr/cities/`, the root as `./`), the link previews' pictures not at all
//! (crawlers fetch them, readers never do).
//!
//! Usage: cargo run --example service_worker -- DIST_DIR

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const TEMPLATE: &str = include_str!("../public/sw.js");

fn fail(message: &str) -> ! {
    eprintln!("service_worker: {message}");
    std::process::exit(1);
}

/// Every file a visitor may fetch, relative to the site's folder, sorted: not the worker
/// itself, not the precompressed copies (the server picks those), not hidden folders. Its
/// version covers the previews too.
fn site_files(dist: &Path) -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        let entries = std::fs::read_dir(dir).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", dir.display())));
        for entry in entries.flatten() {
            let path: PathBuf = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            if path.is_dir() {
                walk(&path, root, out);
            } else if !(name.ends_with(".gz") || name.ends_with(".br") || (dir == root && name == "sw.js")) {
                out.push(path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut files = Vec::new();
    walk(dist, dist, &mut files);
    files.sort();
    files
}

/// The build's version: the hash of every file's name and contents.
fn version(dist: &Path, files: &[String]) -> String {
    let mut hash = Sha256::new();
    for file in files {
        hash.update(file.as_bytes());
        hash.update([0]);
        hash.update(std::fs::read(dist.join(file)).unwrap_or_else(|e| fail(&format!("cannot read {file}: {e}"))));
    }
    hash.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// What the worker caches: each page at its address (the folder, as links name it, not its
/// `index.html`), every other file but the previews.
fn cached(files: &[String]) -> Vec<String> {
    fn page(file: &str) -> Option<&str> {
        file.strip_suffix("index.html").filter(|folder| folder.is_empty() || folder.ends_with('/'))
    }
    // A figure's page is cached when it is visited (sw.js), not with the build: 364 of them.
    let figure_page = |f: &str| f.starts_with("figure/") || f.contains("/figure/");
    let files: Vec<&String> = files.iter().filter(|f| !figure_page(f)).collect();
    let pages = files.iter().filter_map(|f| page(f)).map(|folder| if folder.is_empty() { "./".to_string() } else { folder.to_string() });
    // Nor the dataset's tables and their dated versions (`data/`), which data tools read
    // online, nor a page's plotted data beside it (216 KB brotli: offline, the app makes the
    // same file), so that the install stays under 1 MB.
    let view_data = |f: &str| ["data.csv", "data.json", "events.csv"].iter().any(|name| f == *name || f.ends_with(&format!("/{name}")));
    let others = files.iter().filter(|f| page(f).is_none() && !f.starts_with("preview/") && !f.starts_with("data/") && !view_data(f)).map(|f| f.to_string());
    pages.chain(others).collect()
}

fn worker(version: &str, files: &[String]) -> String {
    let list: Vec<String> = cached(files).iter().map(|f| format!("{f:?}")).collect();
    TEMPLATE.replacen("\"__VERSION__\"", &format!("{version:?}"), 1).replacen("__FILES__", &format!("[{}]", list.join(", ")), 1)
}

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| fail("usage: service_worker DIST_DIR"));
    let dist = Path::new(&dist);
    let files = site_files(dist);
    if !files.iter().any(|f| f == "index.html") {
        fail(&format!("{} has no index.html", dist.display()));
    }
    let version = version(dist, &files);
    std::fs::write(dist.join("sw.js"), worker(&version, &files)).unwrap_or_else(|e| fail(&format!("cannot write sw.js: {e}")));
    println!("service_worker: build {version}, {} files cached for offline use", cached(&files).len());
}

#[cfg(test)]
mod tests {
    #[test]
    fn any_changed_file_makes_a_new_version() {
        let dir = std::env::temp_dir().join(format!("sw-version-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("i18n")).unwrap();
        std::fs::write(dir.join("index.html"), "<p>one</p>").unwrap();
        std::fs::write(dir.join("i18n/fr.txt"), "a").unwrap();
        std::fs::write(dir.join("index.html.gz"), "ignored").unwrap();
        let files = super::site_files(&dir);
        assert_eq!(files, ["i18n/fr.txt", "index.html"]);
        let first = super::version(&dir, &files);
        std::fs::write(dir.join("i18n/fr.txt"), "b").unwrap();
        assert_ne!(super::version(&dir, &files), first);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_worker_names_its_build_and_every_file() {
        let files = ["data/figures.csv", "data/v/2026-11-29/figures.csv", "figure/a/index.html", "fr/cities/data.csv", "fr/cities/index.html", "fr/figure/a/index.html", "i18n/fr.txt", "index.html", "preview/fr-cities.png", "x/notindex.html"].map(String::from);
        let js = super::worker("0123abcd", &files);
        assert!(js.contains(r#"const VERSION = "0123abcd";"#));
        assert!(js.contains(r#"const FILES = ["fr/cities/", "./", "i18n/fr.txt", "x/notindex.html"];"#), "{js}");
        assert!(!js.contains("__VERSION__") && !js.contains("__FILES__"));
    }
}
