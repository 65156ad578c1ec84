//! The link previews (scripts/build.sh runs this after the prerender): each view's preview in
//! each language (`page::preview`) rendered to the 1200 x 630 PNG its pages' `og:image`
//! names, in DIST/preview/. The fonts are the build's own, loaded by path rather than found by
//! a search of the system's: Noto Sans CJK, from Debian's fonts-noto-cjk (which
//! scripts/setup.sh installs), covers Latin and Chinese alike, so every build draws the same
//! letters. A character the font has no glyph for stops the build, named, rather than
//! drawing as a blank box.
//!
//! Usage: cargo run --example previews -- DIST_DIR

use resvg::usvg;
use shenzhen_explorer::i18n::Lang;
use shenzhen_explorer::page::head::{page_state, preview_file, PREVIEW_SIZE};
use shenzhen_explorer::page::preview::preview_svg;
use shenzhen_explorer::view_state::View;
use skrifa::{FontRef, MetadataProvider};
use std::path::Path;

const FONT_FILES: [&str; 2] = ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"];
/// The face of those collections that `sans-serif` names: Simplified Chinese's, whose Latin
/// letters are the same as the others'.
const FAMILY: &str = "Noto Sans CJK SC";

fn fail(message: &str) -> ! {
    eprintln!("previews: {message}");
    std::process::exit(1);
}

fn options() -> usvg::Options<'static> {
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    for file in FONT_FILES {
        let data = std::fs::read(file).unwrap_or_else(|e| fail(&format!("cannot read the font {file} ({e}): scripts/setup.sh installs it (fonts-noto-cjk)")));
        fonts.load_font_data(data);
    }
    fonts.set_sans_serif_family(FAMILY);
    options
}

/// The characters an SVG draws: its text, entities read.
fn drawn_characters(svg: &str) -> Vec<char> {
    let mut chars: Vec<char> = svg
        .split("<text")
        .skip(1)
        .filter_map(|t| t.split_once('>').map(|(_, rest)| rest.split("</text>").next().unwrap_or("")))
        .flat_map(|t| t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").chars().collect::<Vec<_>>())
        .collect();
    chars.sort_unstable();
    chars.dedup();
    chars
}

/// The characters of `svg` that the family's regular face has no glyph for.
fn missing(options: &usvg::Options, svg: &str) -> Vec<char> {
    let query = usvg::fontdb::Query { families: &[usvg::fontdb::Family::Name(FAMILY)], ..Default::default() };
    let id = options.fontdb.query(&query).unwrap_or_else(|| fail(&format!("no {FAMILY} among {FONT_FILES:?}")));
    options
        .fontdb
        .with_face_data(id, |data, index| {
            let font = FontRef::from_index(data, index).unwrap_or_else(|e| fail(&format!("{FAMILY}: {e}")));
            let charmap = font.charmap();
            drawn_characters(svg).into_iter().filter(|c| !c.is_whitespace() && charmap.map(*c).is_none()).collect()
        })
        .unwrap_or_default()
}

fn png(options: &usvg::Options, svg: &str) -> Vec<u8> {
    let tree = usvg::Tree::from_str(svg, options).unwrap_or_else(|e| fail(&format!("a preview's SVG: {e}")));
    let mut pixmap = resvg::tiny_skia::Pixmap::new(PREVIEW_SIZE.0, PREVIEW_SIZE.1).unwrap_or_else(|| fail("preview size"));
    resvg::render(&tree, resvg::tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    pixmap.encode_png().unwrap_or_else(|e| fail(&format!("preview PNG: {e}")))
}

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| fail("usage: previews DIST_DIR"));
    let dist = Path::new(&dist);
    let options = options();
    let mut written = 0;
    for lang in Lang::ALL {
        for view in View::ALL {
            let svg = preview_svg(&page_state(Some(*lang), *view));
            let absent = missing(&options, &svg);
            if !absent.is_empty() {
                fail(&format!("{FAMILY} has no glyph for {absent:?} in the {} preview in {}", view.key(), lang.key()));
            }
            let file = dist.join(preview_file(*lang, *view));
            if let Some(folder) = file.parent() {
                std::fs::create_dir_all(folder).unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", folder.display())));
            }
            std::fs::write(&file, png(&options, &svg)).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", file.display())));
            written += 1;
        }
    }
    println!("previews: {written} link previews, {}x{}, in {}", PREVIEW_SIZE.0, PREVIEW_SIZE.1, dist.join("preview").display());
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_characters_drawn_are_the_texts_with_their_entities_read() {
        let svg = "<svg><text x=\"1\">a&amp;b</text><g><text>深 a</text></g></svg>";
        assert_eq!(super::drawn_characters(svg), [' ', '&', 'a', 'b', '深']);
    }
}
