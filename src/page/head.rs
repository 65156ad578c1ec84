//! The head of a view's page at its own address: what crawlers, which run no script, read to
//! preview a shared link. Its title and description are the view's chart title and summary
//! in the page's language, with a picture of that view (`preview_file`), the page's other
//! languages as alternates, and the page itself as canonical.

use crate::chart::shown;
use crate::data::DATASET;
use crate::escape::escape;
use crate::i18n::Lang;
use crate::view_state::{page_path, View, ViewState};

/// The preview pictures' size: Open Graph's recommended 1200 x 630 (about 1.91:1).
pub const PREVIEW_SIZE: (u32, u32) = (1200, 630);

/// A view's preview picture in a language, relative to the site's root.
pub fn preview_file(lang: Lang, view: View) -> String {
    format!("preview/{}-{}.png", lang.key(), view.key())
}

/// The page's language as Open Graph names locales.
fn og_locale(lang: Lang) -> &'static str {
    lang.pick("en_US", "fr_FR", "zh_CN")
}

/// The browser tab's title for a view: its chart's title, then the explorer's name.
pub fn tab_title(chart_title: &str, lang: Lang) -> String {
    format!("{chart_title} · {}", DATASET.meta.title.get(lang))
}

/// The page state an address shows: its view, in its language (English where it names none,
/// which readers of other languages are shown in theirs by the first-screen script).
pub fn page_state(named: Option<Lang>, view: View) -> ViewState {
    ViewState { view, lang: named.unwrap_or(Lang::En), ..ViewState::default() }
}

/// The tags of the page for `view` at its address (its language `named`, or none), with
/// every address made from `site`: the site's public address (`https://example.org/explorer/`),
/// which crawlers need, or else the page's way back to the site's root (`../`).
pub fn head(named: Option<Lang>, view: View, site: &str) -> String {
    let state = page_state(named, view);
    let l = state.lang;
    let shown = shown(&DATASET, &state);
    let (title, summary) = (shown.title(), shown.summary());
    let explorer = DATASET.meta.title.get(l);
    let url = |path: &str| escape(&format!("{site}{path}"));
    let own = url(&page_path(named, view));
    let image = url(&preview_file(l, view));
    let mut tags = vec![
        format!("<title>{}</title>", escape(&tab_title(title, l))),
        format!("<meta name=\"description\" content=\"{}\">", escape(summary)),
        format!("<link rel=\"canonical\" href=\"{own}\">"),
        "<meta property=\"og:type\" content=\"website\">".to_string(),
        format!("<meta property=\"og:site_name\" content=\"{}\">", escape(explorer)),
        format!("<meta property=\"og:title\" content=\"{}\">", escape(title)),
        format!("<meta property=\"og:description\" content=\"{}\">", escape(summary)),
        format!("<meta property=\"og:url\" content=\"{own}\">"),
        format!("<meta property=\"og:image\" content=\"{image}\">"),
        "<meta property=\"og:image:type\" content=\"image/png\">".to_string(),
        format!("<meta property=\"og:image:width\" content=\"{}\">", PREVIEW_SIZE.0),
        format!("<meta property=\"og:image:height\" content=\"{}\">", PREVIEW_SIZE.1),
        format!("<meta property=\"og:image:alt\" content=\"{}\">", escape(title)),
        format!("<meta property=\"og:locale\" content=\"{}\">", og_locale(l)),
    ];
    for other in Lang::ALL.iter().filter(|o| **o != l) {
        tags.push(format!("<meta property=\"og:locale:alternate\" content=\"{}\">", og_locale(*other)));
    }
    tags.push("<meta name=\"twitter:card\" content=\"summary_large_image\">".to_string());
    for lang in Lang::ALL {
        tags.push(format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", lang.html_tag(), url(&page_path(Some(*lang), view))));
    }
    tags.push(format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">", url(&page_path(None, view))));
    tags.concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tag's content, found by its attribute (`property="og:title"`).
    fn content<'a>(head: &'a str, attribute: &str) -> Vec<&'a str> {
        head.split(&format!("{attribute}\" content=\"")).skip(1).map(|t| t.split('"').next().unwrap()).collect()
    }

    #[test]
    fn each_address_previews_its_own_view_in_its_own_language() {
        let head = head(Some(Lang::Fr), View::Cities, "https://example.org/explorer/");
        let title = shown(&DATASET, &page_state(Some(Lang::Fr), View::Cities)).title().to_string();
        assert_eq!(content(&head, "og:title"), [escape(&title)]);
        assert_eq!(content(&head, "og:url"), ["https://example.org/explorer/fr/cities/"]);
        assert_eq!(content(&head, "og:image"), ["https://example.org/explorer/preview/fr-cities.png"]);
        assert_eq!(content(&head, "og:locale"), ["fr_FR"]);
        assert_eq!(content(&head, "og:locale:alternate"), ["en_US", "zh_CN"]);
        assert!(head.contains("<link rel=\"canonical\" href=\"https://example.org/explorer/fr/cities/\">"));
        assert!(head.contains("hreflang=\"zh-Hans\" href=\"https://example.org/explorer/zh/cities/\""));
        assert!(head.contains("hreflang=\"x-default\" href=\"https://example.org/explorer/cities/\""));
        // Relative, without the site's address: from the page back to the site's root.
        let relative = super::head(None, View::Growth, "./");
        assert_eq!(content(&relative, "og:url"), ["./"]);
        assert_eq!(content(&relative, "og:image"), ["./preview/en-growth.png"]);
    }

    #[test]
    fn no_two_pages_share_a_title() {
        let mut seen = std::collections::HashSet::new();
        for lang in Lang::ALL {
            for view in View::ALL {
                let head = head(Some(*lang), *view, "/");
                assert!(seen.insert(content(&head, "og:title")[0].to_string()), "{lang:?} {view:?}");
            }
        }
    }
}
