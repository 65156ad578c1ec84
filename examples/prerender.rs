//! The build's last Rust step (scripts/build.sh runs it on Trunk's output): writes a page for
//! every view, in each language and with no language named, at its own address (`index.html`,
//! `cities/`, `fr/cities/`, …) with the app's own code run natively, each with its own title,
//! description and preview tags; inlines the stylesheet and the first-screen script with
//! their hashes in the pages' Content-Security-Policy (the same on every page); and writes
//! the French and Chinese catalogs the app fetches when a reader needs them, and the
//! home-screen icons as PNG.
//!
//! Usage: [SITE_URL=https://example.org/explorer/] cargo run --example prerender -- DIST_DIR

#[path = "common/inputs.rs"]
mod inputs;

use sha2::{Digest, Sha256};
use shenzhen_explorer::handshake::{DATA_ADDRESS, DATA_ROOT, LANG};
use shenzhen_explorer::i18n::{catalog_text, Lang};
use shenzhen_explorer::page::head::{head, page_state};
use shenzhen_explorer::page::{prerender, shell_texts};
use shenzhen_explorer::view_state::{page_path, page_paths};
use std::path::Path;

const FIRST_SCREEN_JS: &str = include_str!("../public/first-screen.js");
const ICON_SVG: &str = include_str!("../public/icon.svg");
/// The script-src the page's policy starts with (index.html); the script's hash joins it.
const SCRIPT_SRC: &str = "script-src 'self' 'wasm-unsafe-eval'";
/// The style-src likewise: the stylesheet is inlined, allowed by its hash.
const STYLE_SRC: &str = "style-src 'self'";

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() { ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

/// The script without its comment lines (they are for the repository, not for every visit).
fn script_body() -> String {
    FIRST_SCREEN_JS.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// The site's public address from `SITE_URL`, which link previews need: crawlers read only
/// absolute addresses. Without it, relative ones, and the build says so.
fn site_url() -> Option<String> {
    inputs::site_url().unwrap_or_else(|e| fail(&e))
}

/// Points the template's own files (`./boot.js`, quoted or not, as the minifier leaves
/// them) at the site's root from a page `back` from it (`../../`).
fn from_root(html: &str, back: &str) -> String {
    html.replace("=\"./", &format!("=\"{back}")).replace("=./", &format!("={back}"))
}

/// Replaces the template's `<title>` with `head`, the page's own tags.
fn with_head(html: &str, head: &str) -> String {
    let start = html.find("<title>").unwrap_or_else(|| fail("index.html has no <title>"));
    let end = start + html[start..].find("</title>").unwrap_or_else(|| fail("index.html's <title> is not closed")) + "</title>".len();
    format!("{}{head}{}", &html[..start], &html[end..])
}

/// Marks the page's `<html>` with its language, its address relative to the site's root, and
/// the way back to that root: data the first-screen script and the app read, outside the
/// inline script, which stays the same on every page (one hash in one policy for the site).
fn mark_root(html: &str, lang: &str, address: &str, back: &str) -> String {
    let tag = ["<html lang=en>", "<html lang=\"en\">"].iter().find(|t| html.contains(**t)).unwrap_or_else(|| fail("index.html must open with <html lang=\"en\">"));
    html.replacen(tag, &format!("<html {LANG}=\"{lang}\" {DATA_ROOT}=\"{back}\" {DATA_ADDRESS}=\"{address}\">"), 1)
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}

/// The home-screen icon at `size` pixels square, drawn from public/icon.svg.
fn icon_png(size: u32) -> Vec<u8> {
    let tree = resvg::usvg::Tree::from_str(ICON_SVG, &resvg::usvg::Options::default()).unwrap_or_else(|e| fail(&format!("icon.svg: {e}")));
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size).unwrap_or_else(|| fail("icon size"));
    let scale = size as f32 / tree.size().width();
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().unwrap_or_else(|e| fail(&format!("icon PNG: {e}")))
}

fn sha256(text: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(text.as_bytes())))
}

/// Adds a hash to a directive of the page's policy, which must name the directive once.
fn allow(html: &str, directive: &str, hash: &str) -> String {
    if html.matches(directive).count() != 1 {
        fail(&format!("index.html's policy must contain \"{directive}\" once"));
    }
    html.replacen(directive, &format!("{directive} {hash}"), 1)
}

/// Replaces the `<link … style.css …>` Trunk wrote with the stylesheet itself: one request
/// less before the first paint, which waits for the styles.
fn inline_stylesheet(html: &str, css: &str) -> String {
    let name = html.find("style.css").unwrap_or_else(|| fail("index.html links no style.css"));
    let start = html[..name].rfind("<link").unwrap_or_else(|| fail("style.css is not in a <link>"));
    let end = name + html[name..].find('>').unwrap_or_else(|| fail("unclosed <link>")) + 1;
    format!("{}<style>{css}</style>{}", &html[..start], &html[end..])
}

/// Removes the `<link data-trunk rel=rust …>` that Trunk leaves in the page when it injects
/// no loader of its own (`inject_scripts = false`): markup no browser reads, sent to everyone.
fn drop_trunk_links(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        let end = start + rest[start..].find('>').unwrap_or_else(|| fail("unclosed <link>")) + 1;
        out.push_str(&rest[..start]);
        if !rest[start..end].contains("data-trunk") {
            out.push_str(&rest[start..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Replaces the one empty `<div id=prerender></div>` of Trunk's output (quoted or not, as the
/// minifier leaves it) with `content`.
fn fill_slot(html: &str, content: &str) -> String {
    let slot = ["<div id=\"prerender\"></div>", "<div id=prerender></div>"]
        .iter()
        .find_map(|s| html.find(s).map(|at| (at, s.len())))
        .unwrap_or_else(|| fail("index.html has no empty <div id=prerender></div> to fill"));
    format!("{}{content}{}", &html[..slot.0], &html[slot.0 + slot.1..])
}

/// Fills the one empty element with `id` in Trunk's output (quoted or not, as the minifier
/// leaves it) with `content`.
fn fill_element(html: &str, id: &str, content: &str) -> String {
    let at = [format!("id=\"{id}\""), format!("id={id}")]
        .iter()
        .find_map(|attr| html.find(attr.as_str()))
        .unwrap_or_else(|| fail(&format!("index.html has no element with id {id}")));
    let open_end = at + html[at..].find('>').unwrap_or_else(|| fail("unclosed tag")) + 1;
    if !html[open_end..].starts_with("</") {
        fail(&format!("the element with id {id} in index.html must be empty"));
    }
    format!("{}{content}{}", &html[..open_end], &html[open_end..])
}

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| fail("usage: prerender DIST_DIR"));
    let dist = Path::new(&dist);
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", index.display())));

    // What every page shares: the shell's texts, the inlined stylesheet and script, the policy.
    let html = drop_trunk_links(&html);
    let html = ["shell-title", "shell-lede", "shell-status"].iter().zip(shell_texts()).fold(html, |html, (id, text)| fill_element(&html, id, &text));
    let css_file = dist.join("style.css");
    let css = std::fs::read_to_string(&css_file).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", css_file.display())));
    let css = css.trim();
    let html = allow(&inline_stylesheet(&html, css), STYLE_SRC, &sha256(css));
    let script = script_body();
    let hash = sha256(&script);
    let html = allow(&html, SCRIPT_SRC, &hash);
    let Some(head_end) = html.find("</head>") else { fail("index.html has no </head>") };
    let template = format!("{}<script>{script}</script>{}", &html[..head_end], &html[head_end..]);

    // A page for each view in each language, and for each view with no language named (the
    // reader's): each its own first screen and its own preview, at its own address.
    let site = site_url();
    let pages = page_paths();
    for (named, view) in &pages {
        let address = page_path(*named, *view);
        let back = if address.is_empty() { "./".to_string() } else { "../".repeat(address.matches('/').count()) };
        let state = page_state(*named, *view);
        let implied = named.is_none().then_some(state.lang);
        // Links to figures' pages are written from this page's way back to the site's root.
        shenzhen_explorer::page::links::set_root(&back);
        // The template's own files first, so that nothing the page functions wrote is rewritten.
        let page = fill_slot(&from_root(&template, &back), &prerender(&state, implied));
        let page = with_head(&page, &head(*named, *view, site.as_deref().unwrap_or(&back)));
        let page = mark_root(&page, state.lang.html_tag(), &address, &back);
        let folder = dist.join(&address);
        std::fs::create_dir_all(&folder).unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", folder.display())));
        let file = folder.join("index.html");
        std::fs::write(&file, page).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", file.display())));
    }

    let catalogs = dist.join("i18n");
    std::fs::create_dir_all(&catalogs).unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", catalogs.display())));
    for lang in [Lang::Fr, Lang::Zh] {
        let file = catalogs.join(format!("{}.txt", lang.key()));
        std::fs::write(&file, catalog_text(lang)).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", file.display())));
    }
    // The dataset the app fetches beside its WebAssembly, as build.rs wrote and checked it.
    let data = dist.join("data.txt");
    std::fs::write(&data, shenzhen_explorer::data::wire_text()).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", data.display())));
    // Each figure's check, which the figures table fetches when it first needs it.
    let checks = dist.join("checks.txt");
    std::fs::write(&checks, shenzhen_explorer::data::checked::wire_text()).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", checks.display())));
    for size in [192u32, 512] {
        let file = dist.join(format!("icon-{size}.png"));
        std::fs::write(&file, icon_png(size)).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", file.display())));
    }
    println!("prerender: {} pages (each view, in each language and with none named), styles inlined, script hash {hash}, catalogs in {}, the dataset in {}", pages.len(), catalogs.display(), data.display());
    if site.is_none() {
        println!("prerender: no SITE_URL, so link previews use relative addresses, which social sites do not read; build with SITE_URL=https://your.host/path/ for them");
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_trunks_own_links_are_dropped() {
        let html = "<link href=./a.css rel=stylesheet><link data-trunk rel=rust data-bin=x><link rel=icon href=i.svg>";
        assert_eq!(super::drop_trunk_links(html), "<link href=./a.css rel=stylesheet><link rel=icon href=i.svg>");
    }

    #[test]
    fn an_empty_element_is_filled_quoted_or_not() {
        assert_eq!(super::fill_element("<h1 id=t></h1>", "t", "x"), "<h1 id=t>x</h1>");
        assert_eq!(super::fill_element("<p class=a id=\"t\"></p>", "t", "x"), "<p class=a id=\"t\">x</p>");
    }

    #[test]
    fn a_page_down_the_tree_finds_the_sites_files_at_its_root() {
        let html = "<link href=./favicon.svg rel=icon><script src=\"./boot.js\"></script><a href=\"https://x.org/./\">";
        assert_eq!(super::from_root(html, "../../"), "<link href=../../favicon.svg rel=icon><script src=\"../../boot.js\"></script><a href=\"https://x.org/./\">");
        assert_eq!(super::mark_root("<html lang=en><head>", "fr", "fr/cities/", "../../"), "<html lang=\"fr\" data-root=\"../../\" data-address=\"fr/cities/\"><head>");
    }

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(super::base64(b"Man"), "TWFu");
        assert_eq!(super::base64(b"Ma"), "TWE=");
        assert_eq!(super::base64(b"M"), "TQ==");
    }
}
