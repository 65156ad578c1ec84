//! The start-up handshake: every name that the inline first-screen script
//! (`public/first-screen.js`), the loader (`public/boot.js`), the build
//! (`examples/prerender.rs`, `crate::page`) and the app (`crate::app`) share, listed once.
//!
//! The Rust side uses the constants below. The scripts are plain JavaScript, so a native test
//! (`tests`, at the end) reads them and fails when one uses a global, an attribute, a class or
//! an element id that `NAMES` lacks, or when `NAMES` says a script uses a name it does not.
//! Outside the handshake: `sw.js` (the build fills its placeholders) and `embed.js` (it runs
//! on the pages that embed a chart, not on the explorer's).
//!
//! Start-up, in order: the first-screen script chooses between the prerendered page and the
//! loading shell (`HIDE_PRERENDER`), names the language the page opens in (`OPEN_LANG`,
//! `DATA_SHELL`), notes presses (`PENDING`), swaps in a view pressed early (`PRERENDER_VIEW`,
//! `VIEWS_READY`) and starts fetching the WebAssembly and the data (`WASM`, `DATA`). The loader
//! hands the app the site's root, a catalog fetcher and the data's text (`EXPLORER_ROOT`,
//! `EXPLORER_CATALOG`, `EXPLORER_DATA`) and starts it; the app adopts `PRERENDER`, marks
//! the page ready (`DATA_APP` = `APP_READY`), fetches its parts and says so (`DATA_PARTS` =
//! `PARTS_FETCHED`); the loader then registers the service worker.

use crate::i18n::Lang;

/// `window.__openLang`: the language the page opens in, as the first-screen script read it
/// (the address's, else the link's `lang`, else the reader's); the loader starts fetching its
/// catalog early.
pub const OPEN_LANG: &str = "__openLang";
/// `window.__pending`: the presses on the prerendered page before the app was ready, each
/// `{key, value, part}` (a control's `data-key` and `data-value`, or a button's `data-part`,
/// with its `data-value` for a language).
pub const PENDING: &str = "__pending";
/// `window.__viewsReady`: a promise, settled once a view pressed early has been swapped in
/// and drawn; the loader starts the app after it.
pub const VIEWS_READY: &str = "__viewsReady";
/// `window.__wasm`: the WebAssembly module the first-screen script has been compiling.
pub const WASM: &str = "__wasm";
/// `window.__data`: the data file's text the first-screen script has been fetching.
pub const DATA: &str = "__data";
/// `window.__explorerRoot`: the site's root, absolute, where the loader is.
pub const EXPLORER_ROOT: &str = "__explorerRoot";
/// `window.__explorerCatalog(lang)`: a promise of a language's catalog text, fetched once.
pub const EXPLORER_CATALOG: &str = "__explorerCatalog";
/// `window.__explorerData`: the data file's text, which the app reads as it starts.
pub const EXPLORER_DATA: &str = "__explorerData";
/// `window.__explorerChecks()`: a promise of the figures' checks (`dist/checks.txt`), fetched once it succeeds.
pub const EXPLORER_CHECKS: &str = "__explorerChecks";

/// `<html lang>`: the page's language (`Lang::html_tag`).
pub const LANG: &str = "lang";
/// `<html data-root>`: the way from the page's address back to the site's root (`../../`).
pub const DATA_ROOT: &str = "data-root";
/// `<html data-address>`: the page's address relative to the site's root (`fr/cities/`); on a
/// view's prerendered section (`PRERENDER_VIEW`), the address to show with it.
pub const DATA_ADDRESS: &str = "data-address";
/// `<html data-theme>`: `light` or `dark`, the reader's or the embed link's; absent, the
/// system's.
pub const DATA_THEME: &str = "data-theme";
/// `<html data-shell>`: the language the loading shell speaks (the stylesheet shows it).
pub const DATA_SHELL: &str = "data-shell";
/// `<html data-app>`: `APP_READY` once the app has adopted the page.
pub const DATA_APP: &str = "data-app";
pub const APP_READY: &str = "ready";
/// `<html data-parts>`: `PARTS_FETCHED` once the app's parts have been fetched, or have
/// failed to (`app::parts`); the loader registers the service worker after it, whose install
/// would compete with them.
pub const DATA_PARTS: &str = "data-parts";
pub const PARTS_FETCHED: &str = "fetched";
/// The class on `<html>` that hides the prerendered page behind the loading shell until the
/// app writes the page the link asks for.
pub const HIDE_PRERENDER: &str = "hide-prerender";

/// The element the build fills with the default link's page and the app adopts.
pub const PRERENDER: &str = "prerender";
/// `prerender-<view>`: each other charted view's section, as the text of a script that nothing
/// runs, swapped in by the first-screen script when its tab is pressed early.
pub const PRERENDER_VIEW: &str = "prerender-";
/// The line over the prerendered chart that says the page is still loading (or why the app
/// did not start).
pub const STILL_LOADING: &str = "still-loading";
/// The loading shell's line (index.html), where the loader says why the app did not start.
pub const SHELL_STATUS: &str = "shell-status";

/// The local storage key of the reader's theme (`light` or `dark`), which the first-screen
/// script applies before the first frame and the theme button writes.
pub const THEME_STORAGE: &str = "theme";

/// The attributes by which the first-screen script finds a press's control (`page::controls`
/// and `page::part` write them), and by which the tests find the loader's panels.
pub const DATA_KEY: &str = "data-key";
pub const DATA_VALUE: &str = "data-value";
pub const DATA_KIND: &str = "data-kind";
pub const DATA_PART: &str = "data-part";
pub const DATA_TESTID: &str = "data-testid";
/// On a link to a figure's page: its target relative to the site's root (`page::links`), from
/// which the first-screen script makes it absolute where a swapped view moves the address.
pub const DATA_TO: &str = "data-to";

/// The scripts of the handshake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    FirstScreen,
    Boot,
}

/// What kind of name an entry of `NAMES` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A property of `window`.
    Global,
    /// An attribute (of `<html>`, or of the elements the scripts look at).
    Attribute,
    /// A class the scripts add, remove or select by.
    Class,
    /// An element id the scripts look up (a prefix where the name ends with `-`).
    Id,
    /// A key of the browser's local storage.
    Storage,
    /// A key of the link's query the script reads (each a setting's key: `view_state::Setting`).
    Query,
}

/// One shared name and the scripts that use it.
#[derive(Clone, Copy, Debug)]
pub struct Name {
    pub name: &'static str,
    pub kind: Kind,
    pub scripts: &'static [Script],
}

const FIRST: &[Script] = &[Script::FirstScreen];
const BOOT: &[Script] = &[Script::Boot];
const BOTH: &[Script] = &[Script::FirstScreen, Script::Boot];

const fn name(name: &'static str, kind: Kind, scripts: &'static [Script]) -> Name {
    Name { name, kind, scripts }
}

/// Every name the scripts share with each other, the build or the app. The loader's own
/// panel (`panic-panel`, its test ids) and its printing of the headline cards' details are
/// listed too: the page's markup and the tests depend on them.
pub const NAMES: &[Name] = &[
    name(OPEN_LANG, Kind::Global, BOTH),
    name(PENDING, Kind::Global, FIRST),
    name(VIEWS_READY, Kind::Global, BOTH),
    name(WASM, Kind::Global, BOTH),
    name(DATA, Kind::Global, BOTH),
    name(EXPLORER_ROOT, Kind::Global, BOOT),
    name(EXPLORER_CATALOG, Kind::Global, BOOT),
    name(EXPLORER_DATA, Kind::Global, BOOT),
    name(EXPLORER_CHECKS, Kind::Global, BOOT),
    name(LANG, Kind::Attribute, BOTH),
    name(DATA_ROOT, Kind::Attribute, FIRST),
    name(DATA_ADDRESS, Kind::Attribute, FIRST),
    name(DATA_THEME, Kind::Attribute, FIRST),
    name(DATA_SHELL, Kind::Attribute, FIRST),
    name(DATA_APP, Kind::Attribute, FIRST),
    name(DATA_PARTS, Kind::Attribute, BOOT),
    name(HIDE_PRERENDER, Kind::Class, FIRST),
    name(PRERENDER, Kind::Id, FIRST),
    name(PRERENDER_VIEW, Kind::Id, FIRST),
    name(STILL_LOADING, Kind::Id, BOTH),
    name(SHELL_STATUS, Kind::Id, BOOT),
    name(THEME_STORAGE, Kind::Storage, FIRST),
    name(DATA_KEY, Kind::Attribute, FIRST),
    name(DATA_VALUE, Kind::Attribute, FIRST),
    name(DATA_KIND, Kind::Attribute, FIRST),
    name(DATA_PART, Kind::Attribute, FIRST),
    name(DATA_TESTID, Kind::Attribute, BOOT),
    name(DATA_TO, Kind::Attribute, FIRST),
    name("explore", Kind::Class, FIRST),
    name("aria-pressed", Kind::Attribute, FIRST),
    name("panic-panel", Kind::Class, BOOT),
    name("card-more", Kind::Class, BOOT),
    name("data-opened-for-print", Kind::Attribute, BOOT),
    name("lang", Kind::Query, FIRST),
    name("embed", Kind::Query, FIRST),
    name("theme", Kind::Query, FIRST),
];

/// The language a reader's browser asks for, by one rule for the first-screen script and the
/// app: the first of `navigator.languages` the app has; with that list empty (some browsers
/// and embedded views), `navigator.language`; else English. `tests/reader-languages.txt`
/// holds the cases both are checked against (here and in `e2e/i18n.test.mjs`).
pub fn reader_lang<'a>(languages: &[&'a str], language: &'a str) -> Lang {
    if languages.is_empty() {
        Lang::from_tags([language])
    } else {
        Lang::from_tags(languages.iter().copied())
    }
}

#[cfg(test)]
mod tests;
