//! The page: thin components over the pure modules. Nothing here decides which numbers are
//! shown or how they compare; it only lays out what `data`, `format` and `chart` produce.

use crate::components::controls::Controls;
use crate::components::language::LanguageSwitch;
use crate::components::notice::IgnoredNotice;
use crate::components::share::{CopyLink, Downloads, EmbedSnippet};
use crate::components::chart::{chart_spec, ChartFigure, ChartText};
use crate::components::cite::CiteView;
use crate::components::figures::FiguresTable;
use crate::components::static_parts::{ArticleContext, SectorCards, Sources};
use crate::controls_model::{apply, Part};
use crate::components::theme::ThemeToggle;
use crate::page::words;
use crate::static_html;
use crate::data::DATASET;
use crate::i18n::Lang;
use crate::url::absolute_address;
use crate::view_state::ViewState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the app starts with besides the address: presses on the prerendered page made before
/// it was ready, and the language whose texts could not be loaded, if any.
pub struct Start {
    pub presses: Vec<(String, String)>,
    pub failure: Option<(Lang, String)>,
}

#[component]
pub fn App(start: Start) -> impl IntoView {
    let (state, ignored, lang) = crate::url::sync_with_address();
    if let Some((wanted, why)) = start.failure {
        state.update(|s| s.lang = Lang::En);
        ignored.update(|list| list.push(crate::view_state::Ignored { key: format!("lang={}", wanted.key()), reason: crate::catalog::failure_reason(wanted, &why) }));
    }
    // Presses on the prerendered page apply before the app draws, so the first chart it
    // shows is the one asked for.
    state.update(|s| start.presses.iter().for_each(|(key, value)| apply(s, key, value)));
    // The page's language, for screen readers, fonts and the panic panel.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().pick("en", "fr", "zh-Hans"));
        }
    });
    // A memo, so the page is rebuilt only when embedding changes, not on every control.
    let embedded = Memo::new(move |_| state.with(|s| s.embed));
    move || {
        if embedded.get() {
            view! { <EmbeddedChart state=state lang=lang/> }.into_any()
        } else {
            view! { <FullPage state=state ignored=ignored lang=lang/> }.into_any()
        }
    }
}

/// `embed=1`: the chart with its title and source line, and a link to the full view.
#[component]
fn EmbeddedChart(state: RwSignal<ViewState>, lang: Memo<Lang>) -> impl IntoView {
    // The theme the embedding page chose, if it chose one (first-screen.js applied it before
    // the first frame; this keeps it so should that script not have run).
    Effect::new(move |_| {
        let theme = state.with(|s| s.theme);
        if let (Some(root), false) = (document().document_element(), theme == crate::view_state::Theme::Auto) {
            let _ = root.set_attribute("data-theme", theme.key());
        }
    });
    let full = move || absolute_address(&ViewState { embed: false, theme: crate::view_state::Theme::Auto, ..state.get() });
    let spec = chart_spec(state);
    view! {
        <main class="embedded">
            <h1 class="visually-hidden">{move || DATASET.meta.title.get(lang.get())}</h1>
            <ChartFigure spec=spec lang=lang/>
            <ChartText spec=spec state=state embedded=true/>
            <p><a href=full target="_blank" rel="noopener" data-testid="full-view-link">
                {move || lang.get().tr("Open the full view, with data table and sources")}
            </a></p>
        </main>
    }
}

#[component]
fn FullPage(state: RwSignal<ViewState>, ignored: RwSignal<Vec<crate::view_state::Ignored>>, lang: Memo<Lang>) -> impl IntoView {
    let meta = &DATASET.meta;
    // Text that depends only on the language reruns when it changes, not on every control.
    let t = move |words: fn(Lang) -> &'static str| move || words(lang.get());
    let spec = chart_spec(state);
    // The figures view shows its table where the chart is, and has no chart to embed or draw.
    let table_view = Memo::new(move |_| state.with(|s| s.view == crate::view_state::View::Figures));
    // The same elements, classes and words as the prerendered page (`crate::page`), so the
    // app takes it over without anything moving.
    view! {
        <IgnoredNotice ignored=ignored lang=lang/>
        <header class="masthead">
            <div class="masthead-tools"><LanguageSwitch state=state lang=lang/><ThemeToggle lang=lang/></div>
            <h1>{move || meta.title.get(lang.get())}</h1>
            <p class="lede">{t(words::lede)}</p>
        </header>
        <main>
            <section class="explore" aria-label=t(words::explore)>
                <Controls state=state part=Part::Tabs/>
                {move || if table_view.get() {
                    view! { <FiguresTable state=state lang=lang/> }.into_any()
                } else {
                    view! { <ChartFigure spec=spec lang=lang/> }.into_any()
                }}
                <Controls state=state part=Part::Options/>
                <p class="share" class:table-view=table_view><CopyLink state=state spec=spec lang=lang/><CiteView state=state spec=spec lang=lang/><EmbedSnippet state=state lang=lang/><Downloads state=state lang=lang/></p>
                <ChartText spec=spec state=state/>
            </section>
            <SectorCards lang=lang/>
            <ArticleContext lang=lang/>
            <Sources lang=lang/>
        </main>
        <footer class="footer" data-url=move || absolute_address(&state.get())>
            <p>
                <span data-testid="dataset-dates">{move || static_html::footer_dates(&DATASET, lang.get())}</span>" "
                {t(words::based_on)}<a href=meta.seed_url rel="noopener">{meta.seed_article}</a>"."
            </p>
            <p data-testid="licence">{t(words::licence)}</p>
        </footer>
    }
}

/// Presses on the prerendered page before the app was ready, as the first-screen script
/// noted them (`window.__pending`): a control's key and value, or the test id of a button.
fn pending_presses() -> (Vec<(String, String)>, Vec<String>) {
    let (mut controls, mut buttons) = (Vec::new(), Vec::new());
    // Absent when the first-screen script did not run (a policy that blocks it, say).
    let Some(list) = js_sys::Reflect::get(&window(), &"__pending".into()).ok().and_then(|l| l.dyn_into::<js_sys::Array>().ok()) else {
        return (controls, buttons);
    };
    let field = |entry: &wasm_bindgen::JsValue, name: &str| js_sys::Reflect::get(entry, &name.into()).ok().and_then(|v| v.as_string());
    for entry in list.iter() {
        match (field(&entry, "key"), field(&entry, "value"), field(&entry, "testid")) {
            (Some(key), Some(value), _) => controls.push((key, value)),
            (_, _, Some(id)) => buttons.push(id),
            _ => {}
        }
    }
    (controls, buttons)
}

/// What has focus on the prerendered page, to give it to the same control of the app's.
fn focused_control() -> Option<String> {
    let active = document().active_element()?;
    document().get_element_by_id("prerender")?.contains(Some(&active)).then_some(())?;
    let (key, value, testid) = (active.get_attribute("data-key"), active.get_attribute("data-value"), active.get_attribute("data-testid"));
    match (testid, key, value) {
        (Some(id), _, _) => Some(format!("[data-testid=\"{id}\"]")),
        (None, Some(k), Some(v)) => Some(format!("[data-key=\"{k}\"][data-value=\"{v}\"]")),
        _ => None,
    }
}

/// Starts the app once the texts of the language it opens in are loaded (French and Chinese
/// are fetched: `catalog`). Should they fail to load, the page opens in English and says why.
pub fn start() {
    let lang = crate::url::initial_lang();
    wasm_bindgen_futures::spawn_local(async move {
        let failure = crate::catalog::ensure(lang).await.err().map(|why| (lang, why));
        page_parsed().await;
        mount(failure);
    });
}

/// Waits until the browser has read the whole page: the loader is an async module, so the
/// WebAssembly compiles while a long prerendered page is still being parsed, and the app
/// takes over only a page that is complete.
async fn page_parsed() {
    let doc = document();
    let state = js_sys::Reflect::get(&doc, &"readyState".into()).ok().and_then(|s| s.as_string());
    if state.as_deref() != Some("loading") {
        return;
    }
    let parsed = js_sys::Promise::new(&mut |resolve, _| {
        let _ = doc.add_event_listener_with_callback("DOMContentLoaded", &resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(parsed).await;
}

/// Mounts the app, then, in the same task (so no frame is painted without a page), removes
/// the prerendered page and the loading shell, gives focus back to the control that had it,
/// replays the buttons pressed before, and marks the page ready (`<html data-app="ready">`).
fn mount(failure: Option<(Lang, String)>) {
    let focus = focused_control();
    let (presses, buttons) = pending_presses();
    let start = Start { presses, failure };
    leptos::mount::mount_to_body(move || view! { <App start=start/> });
    for id in ["prerender", "shell"] {
        if let Some(element) = document().get_element_by_id(id) {
            element.remove();
        }
    }
    let find = |selector: &str| document().query_selector(selector).ok().flatten();
    if let Some(element) = focus.as_deref().and_then(find) {
        let _ = element.unchecked_ref::<web_sys::HtmlElement>().focus();
    }
    for id in buttons {
        if let Some(element) = find(&format!("[data-testid=\"{id}\"]")) {
            element.unchecked_ref::<web_sys::HtmlElement>().click();
        }
    }
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}
