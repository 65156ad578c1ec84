//! The view state's link to the address bar: read once at start and on Back/Forward, written
//! on every change. Choosing another view adds a history entry; fine tuning replaces it.

use crate::i18n::Lang;
use crate::view_state::{ignored_in, parse_in, to_query_for, Ignored, ViewState};
use leptos::prelude::*;

/// The reader's language, from the browser's preferred languages: what a link without `lang`
/// opens in.
pub fn reader_lang() -> Lang {
    let languages = window().navigator().languages();
    let tags: Vec<String> = languages.iter().filter_map(|t| t.as_string()).collect();
    Lang::from_tags(tags.iter().map(String::as_str))
}

/// The address bar's query: the language is left out when it is the reader's own.
fn to_query(state: &ViewState) -> String {
    to_query_for(state, Some(reader_lang()))
}

fn parse(query: &str) -> (ViewState, Vec<Ignored>) {
    parse_in(query, reader_lang())
}

fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

/// The current page's path with a query: keeps whatever path the site is hosted under.
fn address(query: &str) -> String {
    let path = window().location().pathname().unwrap_or_else(|_| "./".into());
    format!("{path}{query}")
}

fn write(query: &str, new_entry: bool) {
    let Ok(history) = window().history() else { return };
    let url = address(query);
    let _ = if new_entry {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// The language the page opens in: the link's, else the reader's.
pub fn initial_lang() -> Lang {
    parse(&location_search()).0.lang
}

/// The state from the address, what was ignored in it, the state's language (a memo, for
/// what changes only with it), and the wiring that keeps them in sync.
pub fn sync_with_address() -> (RwSignal<ViewState>, RwSignal<Vec<Ignored>>, Memo<Lang>) {
    let link = location_search();
    let (initial, ignored) = parse(&link);
    if !ignored.is_empty() {
        // Show the clean form of the link, so sharing it shares no broken parts.
        write(&to_query(&initial), false);
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
        // switch), so the address follows just after the chart is drawn, not before.
        set_timeout(
            move || {
                // A later change, or Back/Forward in between, makes this write stale.
                if state.with_untracked(|now| *now != current) {
                    return;
                }
                let query = to_query(&current);
                if query != location_search() {
                    write(&query, pending_entry.get_value());
                }
                pending_entry.set_value(false);
            },
            std::time::Duration::ZERO,
        );
    });
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let link = location_search();
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

/// The absolute address of a file of the site, beside the page: `https://host/explorer/embed.js`.
pub fn site_file(name: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    let path = window().location().pathname().unwrap_or_else(|_| "/".into());
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{origin}{folder}{name}")
}

/// The absolute address of a state, as a link to share or embed: it names its language, so
/// whoever opens it sees exactly this view.
pub fn absolute_address(state: &ViewState) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}", address(&to_query_for(state, None)))
}
