//! Links from a view's page to a figure's page. A page is written at one address and may be
//! shown at another (a view pressed before the app is ready, a French page fetched for an
//! address that names no language, the app's history), so each link names its target
//! relative to the site's root in `data-to`, and its `href` from the root its writer was
//! given: the build's way back from the page it writes (`../`), the app's absolute root. The
//! first-screen script and the app make the build's links absolute where the address moves.

use crate::escape::escape;
use crate::handshake::DATA_TO;
use crate::i18n::Lang;
use std::cell::RefCell;

/// A figure's page address relative to the site's root, with its language when `named`:
/// "figure/sz-gdp-2024/", "fr/figure/sz-gdp-2024/".
pub fn figure_path(named: Option<Lang>, id: &str) -> String {
    format!("{}figure/{id}/", named.map_or(String::new(), |l| format!("{}/", l.key())))
}

thread_local! {
    /// The site's root as the page being written reaches it.
    static ROOT: RefCell<String> = RefCell::new(String::from("./"));
}

/// Sets the root the page code writes links from: the way back from the page the build is
/// writing, or the app's absolute root.
pub fn set_root(root: &str) {
    ROOT.with(|r| *r.borrow_mut() = root.to_string());
}

/// `text` as a link to figure `id`'s page in `l`.
pub fn to_figure(l: Lang, id: &str, text: &str) -> String {
    let to = figure_path(Some(l), id);
    let href = ROOT.with(|r| format!("{}{to}", r.borrow()));
    format!("<a href=\"{}\" {DATA_TO}=\"{}\">{}</a>", escape(&href), escape(&to), escape(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_names_its_target_from_the_root_and_from_the_page() {
        set_root("../../");
        assert_eq!(to_figure(Lang::Fr, "sz-gdp-2024", "1 < 2"), "<a href=\"../../fr/figure/sz-gdp-2024/\" data-to=\"fr/figure/sz-gdp-2024/\">1 &lt; 2</a>");
        set_root("./");
    }
}
