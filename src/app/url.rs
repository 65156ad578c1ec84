//! The view state's link to the address bar: read once at start and on Back/Forward, written
//! on every change. Choosing another view adds a history entry; fine tuning replaces it.

use crate::app::frames::after_next_paint;
use crate::i18n::Lang;
use crate::view_state::{ignored_in, parse_in, to_address, Ignored, ViewState};
use leptos::prelude::*;

/// The reader's language, from the browser's preferred languages, by the rule the
/// first-screen script follows too (`handshake::reader_lang`): what a link without `lang`
/// opens in.
pub fn reader_lang() -> Lang {
    let navigator = window().navigator();
    let tags: Vec<String> = navigator.languages().iter().filter_map(|t| t.as_string()).collect();
    let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
    crate::handshake::reader_lang(&tags, &navigator.language().unwrap_or_default())
}

/// The site's root, absolute (`https://host/explorer/`): where the loader is, as it says
/// (`window.__explorerRoot`, public/boot.js), else the page's own `data-root` read against
/// its address. Found once: the address's path changes with the view, the root does not.
fn root() -> String {
    ROOT.with(|(href, _)| href.clone())
}

thread_local! {
    /// The root's address and its path (`/explorer/`).
    static ROOT: (String, String) = {
        let from_loader = js_sys::Reflect::get(&window(), &crate::handshake::EXPLORER_ROOT.into()).ok().and_then(|v| v.as_string());
        let href = from_loader.unwrap_or_else(|| {
            let data = document().document_element().and_then(|h| h.get_attribute(crate::handshake::DATA_ROOT)).unwrap_or_else(|| "./".into());
            let here = window().location().href().unwrap_or_default();
            web_sys::Url::new_with_base(&data, &here).map(|u| u.href()).unwrap_or(here)
        });
        let path = web_sys::Url::new(&href).map(|u| u.pathname()).unwrap_or_else(|_| "/".into());
        (href, path)
    };
}

/// The address bar's link. It keeps the form of the address the reader opened: one that
/// names its language (`fr/cities/`, whose page is already in it) keeps naming it; one that
/// names none leaves the reader's own language out.
fn to_link(state: &ViewState) -> String {
    thread_local! {
        static NAMED: bool = crate::view_state::names_language(&current_link());
    }
    to_address(state, if NAMED.with(|n| *n) { None } else { Some(reader_lang()) })
}

fn parse(link: &str) -> (ViewState, Vec<Ignored>) {
    parse_in(link, reader_lang())
}

/// The address bar's link relative to the site's root (`fr/cities/?v=3&scale=log`), without
/// its fragment. An address outside the root (which the loader's place rules out) reads as
/// its query alone.
fn current_link() -> String {
    let location = window().location();
    let (path, search) = (location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    ROOT.with(|(_, root_path)| match path.strip_prefix(root_path.as_str()) {
        Some(rest) => format!("{rest}{search}"),
        None => search,
    })
}

fn write(link: &str, new_entry: bool) {
    let Ok(history) = window().history() else { return };
    let url = format!("{}{link}", root());
    let _ = if new_entry {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// The language the page opens in: the link's, else the reader's.
pub fn initial_lang() -> Lang {
    parse(&current_link()).0.lang
}

/// The state from the address, what was ignored in it, the state's language (a memo, for
/// what changes only with it), and the wiring that keeps them in sync.
pub fn sync_with_address() -> (RwSignal<ViewState>, RwSignal<Vec<Ignored>>, Memo<Lang>) {
    let link = current_link();
    let (initial, ignored) = parse(&link);
    if to_link(&initial) != link {
        // Show the link as the app writes it: no broken parts, and an older link's view at
        // its own address, which a crawler reads with its own preview.
        write(&to_link(&initial), false);
    }
    let state = RwSignal::new(initial);
    let notice = RwSignal::new(ignored);
    // The link the notice is about, so that it can be explained again in another language.
    let noticed_link = StoredValue::new(link);
    let lang = Memo::new(move |_| state.with(|s| s.lang));
    // Not on the first run: the notice was just made in the link's language.
    Effect::new(move |first: Option<()>| {
        let l = lang.get();
        if first.is_some() && notice.with_untracked(|n| !n.is_empty()) {
            noticed_link.with_value(|link| notice.set(ignored_in(link, l)));
        }
    });
    let last_seen = StoredValue::new(state.get_untracked());
    // A view change not yet written: the next write adds a history entry even if a later
    // change in the same view made the first write stale.
    let pending_entry = StoredValue::new(false);
    Effect::new(move |_| {
        let current = state.get();
        if current.view != last_seen.get_value().view {
            pending_entry.set_value(true);
        }
        last_seen.set_value(current.clone());
        // history.pushState costs several milliseconds in Chromium (measured: ~8 ms of a view
        // switch), so the address follows once the frame that shows the change is painted:
        // written in a task before that frame, it held the frame back.
        after_next_paint(move || {
            // A later change, or Back/Forward in between, makes this write stale.
            if state.with_untracked(|now| *now != current) {
                return;
            }
            let link = to_link(&current);
            if link != current_link() {
                write(&link, pending_entry.get_value());
            }
            pending_entry.set_value(false);
        });
    });
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let link = current_link();
        let (from_address, ignored) = parse(&link);
        // A language whose texts are not loaded yet is loaded first (Back to a French view).
        leptos::task::spawn_local(async move {
            if crate::app::catalog::ensure(from_address.lang).await.is_err() {
                return;
            }
            noticed_link.set_value(link);
            last_seen.set_value(from_address.clone());
            pending_entry.set_value(false);
            notice.set(ignored);
            state.set(from_address);
        });
    });
    on_cleanup(move || handle.remove());
    (state, notice, lang)
}

/// The absolute address of a file of the site: `https://host/explorer/embed.js`.
pub fn site_file(name: &str) -> String {
    format!("{}{name}", root())
}

/// The absolute address of a state, as a link to share or embed: it names its language, so
/// whoever opens it sees exactly this view.
pub fn absolute_address(state: &ViewState) -> String {
    format!("{}{}", root(), to_address(state, None))
}
