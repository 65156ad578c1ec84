//! The app: it adopts the page it finds and keeps it equal to the view state.
//!
//! The page is text written by `crate::page`, the one definition of a view's page: the build
//! wrote the default link's page into `index.html`, and the app writes any other link's with
//! the same functions. At start the app adopts what is on screen, nodes and all, when it is
//! the page for the state the link asks for (or differs from it only in what a state change
//! would change); then one effect rewrites only the regions a state change changes
//! (`patch`). Listeners sit on the page's root and find their control by its data
//! attributes, so a region rewritten keeps working. Leptos runs the reactive state and owns
//! what the app alone creates (the notice about a link's ignored parts).

use crate::handshake;
use crate::chart::Shown;
use crate::page::part::{Part, PART_ATTRIBUTE};
use crate::page::region::{Content, Region, REGIONS};
use crate::i18n::Lang;
use crate::page::{self, Widths, STATE_ATTRIBUTE};
use crate::view_state::{Ignored, Refused, Setting, View, ViewState};
use ctx::Ctx;
use leptos::prelude::*;
use notice::IgnoredNotice;
use wasm_bindgen::JsCast;

pub mod catalog;
pub mod chart;
pub mod cite;
pub mod clipboard;
pub mod controls;
pub mod ctx;
pub mod figures;
pub mod frames;
pub mod language;
pub mod notice;
pub mod panic_panel;
pub mod parts;
pub mod share;
pub mod theme;
pub mod url;

/// Starts the app once the texts of the language it opens in are loaded (French and Chinese
/// are fetched: `catalog`). Should they fail to load, the page opens in English and says why.
/// The dataset comes first: the loader fetched it beside the WebAssembly, and reading a link
/// needs its places. A data file the app cannot read stops the start, and the loader says so
/// where the reader is looking.
pub fn start() {
    let text = js_sys::Reflect::get(&window(), &handshake::EXPLORER_DATA.into()).ok().and_then(|t| t.as_string());
    let loaded = text.ok_or_else(|| "the loader (boot.js) gave no data".to_string()).and_then(crate::data::load);
    if let Err(why) = loaded {
        wasm_bindgen::throw_str(&format!("the data file cannot be read: {why}"));
    }
    // The app writes links to figures' pages from the site's absolute root: its address moves.
    crate::page::links::set_root(&url::site_file(""));
    let lang = url::initial_lang();
    wasm_bindgen_futures::spawn_local(async move {
        let failure = catalog::ensure(lang).await.err().map(|why| (lang, why));
        page_parsed().await;
        mount(failure);
    });
}

/// Waits until the browser has read the whole page: the loader is an async module, so the
/// WebAssembly compiles while a long prerendered page is still being parsed, and the app
/// adopts only a page that is complete.
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

/// Presses on the prerendered page before the app was ready, as the first-screen script
/// noted them (`window.__pending`): a control's setting and value, or a button's part (with
/// its value, for a language).
fn pending_presses() -> (Vec<(Setting, String)>, Vec<String>) {
    let (mut controls, mut buttons) = (Vec::new(), Vec::new());
    // Absent when the first-screen script did not run (a policy that blocks it, say).
    let Some(list) = js_sys::Reflect::get(&window(), &handshake::PENDING.into()).ok().and_then(|l| l.dyn_into::<js_sys::Array>().ok()) else {
        return (controls, buttons);
    };
    let field = |entry: &wasm_bindgen::JsValue, name: &str| js_sys::Reflect::get(entry, &name.into()).ok().and_then(|v| v.as_string());
    for entry in list.iter() {
        match (field(&entry, "key"), field(&entry, "value"), field(&entry, "part").and_then(|p| Part::parse(&p))) {
            (Some(key), Some(value), _) => controls.extend(Setting::parse(&key).map(|setting| (setting, value))),
            (_, value, Some(part)) => buttons.push(part.with_value(value.as_deref())),
            _ => {}
        }
    }
    (controls, buttons)
}

/// The part an element is, by its declared name.
fn part_of(el: &web_sys::Element) -> Option<Part> {
    Part::parse(&el.get_attribute(PART_ATTRIBUTE)?)
}

/// A selector for the control that has focus in `root`, to give focus back to the same
/// control once its region is rewritten.
fn focused_control(root: &web_sys::Element) -> Option<String> {
    let active = document().active_element()?;
    root.contains(Some(&active)).then_some(())?;
    let (key, value, part) = (active.get_attribute("data-key"), active.get_attribute("data-value"), part_of(&active));
    match (part, key, value) {
        (Some(part), _, value) => Some(part.with_value(value.as_deref())),
        (None, Some(k), Some(v)) => Some(format!("[data-key=\"{k}\"][data-value=\"{v}\"]")),
        (None, Some(k), None) => Some(format!("[data-key=\"{k}\"]")),
        _ => None,
    }
}

fn focus(root: &web_sys::Element, selector: Option<String>) {
    if let Some(element) = selector.and_then(|s| root.query_selector(&s).ok().flatten()) {
        let _ = element.unchecked_ref::<web_sys::HtmlElement>().focus();
    }
}

/// The state the build's page in `root` shows (or the view the first-screen script swapped
/// in), if the app may adopt it: its section names its state. The page may still be hidden
/// behind the loading shell (a link with options, a hand-written one): adopted all the same
/// when it is in the link's language, it needs only what the link changes rewritten.
fn page_state(root: &web_sys::Element) -> Option<ViewState> {
    let section = root.query_selector(&format!("[{STATE_ATTRIBUTE}]")).ok().flatten()?;
    state_written(&section.get_attribute(STATE_ATTRIBUTE)?)
}

/// The state the page's head was written for: the view and language of the address the build
/// wrote the page at (`<html data-address>`), with no options.
fn head_state() -> Option<ViewState> {
    state_written(&document().document_element()?.get_attribute(handshake::DATA_ADDRESS)?)
}

/// The state a link the build wrote into the page names, if the app reads all of it.
fn state_written(link: &str) -> Option<ViewState> {
    let (state, ignored) = crate::view_state::parse(link);
    ignored.is_empty().then_some(state)
}

/// The page's root: the build's `#prerender`, or a new one where the loading shell was.
fn page_root() -> Option<web_sys::Element> {
    let doc = document();
    if let Some(root) = doc.get_element_by_id(handshake::PRERENDER) {
        return Some(root);
    }
    let root = doc.create_element("div").ok()?;
    root.set_id(handshake::PRERENDER);
    doc.body()?.append_with_node_1(&root).ok()?;
    Some(root)
}

/// Writes the whole page for `state` into `root`, the chart at this screen's width.
fn write_page(root: &web_sys::Element, state: &ViewState) {
    root.set_inner_html(&page::page(state, Widths::One(chart::layout()), &full_view(state)));
}

/// The full page's address for an embedded chart's link to it.
fn full_view(state: &ViewState) -> String {
    url::absolute_address(&ViewState { embed: false, theme: crate::view_state::Theme::Auto, ..state.clone() })
}

/// Which panels of the share line are open: the citation, the embed snippet.
fn open_panels(ctx: Ctx) -> (bool, bool) {
    (cite::is_open(ctx), share::embed_open(ctx))
}

/// Opens the panels that were open, made for the view now shown.
fn reopen_panels(ctx: Ctx, (citation, embed): (bool, bool)) {
    if citation {
        cite::set_open(ctx, true);
    }
    if embed {
        share::set_embed_open(ctx, true);
    }
}

/// Brings the page from showing `from` to showing `to`, rewriting the regions the change
/// rewrites (`page::region::REGIONS`, in order). A change of language or of embedding changes
/// every text: the page is written again, and the control that had focus and the panels that
/// were open stay so.
fn patch(ctx: Ctx, from: &ViewState, to: &ViewState) {
    let root = ctx.root();
    if from.lang != to.lang || from.embed != to.embed {
        let focused = focused_control(&root);
        let open = open_panels(ctx);
        write_page(&root, to);
        reopen_panels(ctx, open);
        share::point_downloads(ctx);
        theme::show(ctx);
        focus(&root, focused);
        return;
    }
    // Also when nothing changed: a control the model refused (the last sector unticked)
    // shows the state again, every control written as if new.
    if from == to {
        controls::forget();
    }
    REGIONS.iter().filter(|r| (r.changes)(from, to)).for_each(|region| rewrite(ctx, region, from, to));
    if from != to {
        reopen_panels(ctx, open_panels(ctx));
    }
    share::point_downloads(ctx);
}

/// Writes one region of the page for `to`. The chart specification of the state being drawn
/// (the memo's, made once a change) is read only by the regions written from it: the controls
/// alone, at an adoption that changes nothing, must not make it (a phone's 26-33 ms, and the
/// head written again).
fn rewrite(ctx: Ctx, region: &Region, from: &ViewState, to: &ViewState) {
    let found = || ctx.part(region.part_in(to));
    match region.content {
        Content::Controls => controls::sync_all(&ctx.root(), to),
        Content::Figure => ctx.spec.with(|spec| rewrite_figure(ctx, from, to, spec)),
        Content::Text(text) => {
            if let Some(element) = found() {
                ctx.spec.with(|spec| element.set_text_content(Some(&text(to, spec))));
            }
        }
        Content::Markup(markup, hidden) => {
            if let Some(element) = found() {
                let _ = if hidden(to) { element.set_attribute("hidden", "") } else { element.remove_attribute("hidden") };
                ctx.spec.with(|spec| element.set_inner_html(&markup(to, spec)));
            }
        }
        Content::Attribute(name, value) => {
            if let Some(element) = found() {
                let _ = element.set_attribute(name, &value(to));
            }
        }
        Content::Class(name, on) => {
            if let Some(element) = found() {
                let _ = element.class_list().toggle_with_force(name, on(to));
            }
        }
        Content::FullViewAddress => {
            if let Some(element) = found() {
                let _ = element.set_attribute("href", &full_view(to));
            }
        }
    }
}

/// The chart's drawing, or the figures view's table where the chart was (and back).
fn rewrite_figure(ctx: Ctx, from: &ViewState, to: &ViewState, shown: &Shown) {
    let was_table = from.view == View::Figures;
    match (shown, was_table) {
        (Shown::Figures(table), false) => figures::replace_chart(ctx, to, table),
        (Shown::Figures(table), true) => figures::update(ctx, to, table),
        (Shown::Chart(_), true) => {
            if let Some(table) = ctx.part(Part::Figures) {
                table.set_outer_html(&page::figure(to, shown, Widths::One(chart::layout())));
            }
        }
        (Shown::Chart(spec), false) => chart::draw(ctx, spec),
    }
}

/// The state the page in `root` shows once adopted. The page in the link's language is
/// adopted, whatever its options: the app then rewrites only the regions the link's state
/// changes, in the same task, before the page is shown. Another language or an embed changes
/// every text: the page is written anew for `first`.
fn adopt(root: &web_sys::Element, first: &ViewState) -> ViewState {
    let shown = match page_state(root) {
        Some(shown) if shown.lang == first.lang && !shown.embed && !first.embed => shown,
        _ => {
            write_page(root, first);
            first.clone()
        }
    };
    // The figures view's filters are not the controls' parts: written for the link.
    if shown.view == View::Figures && shown.figures != first.figures {
        figures::show_filters(root, first);
    }
    shown
}

/// The build's links to figures' pages made absolute (`page::links`): they were written from
/// the page's own address, which the app's history moves.
fn links_from_root(root: &web_sys::Element) {
    let Ok(links) = root.query_selector_all(&format!("a[{}]", handshake::DATA_TO)) else { return };
    for i in 0..links.length() {
        let Some(link) = links.item(i).and_then(|l| l.dyn_into::<web_sys::Element>().ok()) else { continue };
        if let Some(to) = link.get_attribute(handshake::DATA_TO) {
            let _ = link.set_attribute("href", &url::site_file(&to));
        }
    }
}

/// The page in place of the loading shell.
fn reveal() {
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
    if let Some(html) = document().document_element() {
        let _ = html.class_list().remove_1(handshake::HIDE_PRERENDER);
    }
}

/// Adopts the page (or writes it, for a link the build did not write), wires it, and marks
/// it ready (`<html data-app="ready">`), all in one task, so no frame shows a page that is
/// neither the first screen's nor the app's.
fn mount(failure: Option<(Lang, String)>) {
    let parts = parts::fetch_all();
    let (presses, buttons) = pending_presses();
    // Both in index.html; without them there is no page to adopt.
    let (Some(slot), Some(root)) = (document().get_element_by_id("notices"), page_root()) else { return };
    let slot: web_sys::HtmlElement = slot.unchecked_into();
    let page = root.clone();
    let handle = leptos::mount::mount_to(slot, move || {
        let (state, ignored, lang) = url::sync_with_address();
        if let Some((wanted, why)) = failure {
            state.update(|s| s.lang = Lang::En);
            ignored.update(|list| list.push(Ignored::new(format!("lang={}", wanted.key()), Refused::TextsNotLoaded(wanted, why))));
        }
        // Presses on the prerendered page apply before the app adopts it, so the page it
        // shows is the one asked for.
        state.update(|s| presses.iter().for_each(|(setting, value)| setting.apply(s, value)));
        let root = page;
        let first = state.get_untracked();
        let shown = adopt(&root, &first);
        links_from_root(&root);
        // A long place picker lists the places its page was written for: those of the link's
        // state instead, once the controls show it.
        let other_places = shown.cities != first.cities;
        reveal();
        let spec = chart::chart_spec(state, head_state().as_ref() == Some(&first));
        let ctx = Ctx::new(state, spec, lang, root.clone());
        if first.view == View::Figures {
            figures::need_checks(ctx);
        }
        chart::keep_one_drawing(ctx);
        theme::show(ctx);
        if let Some(note) = ctx.find(&format!("#{}", handshake::STILL_LOADING)) {
            let _ = note.set_attribute("hidden", "");
        }
        // The page's language, for screen readers, fonts and the panic panel.
        Effect::new(move |_| {
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute(handshake::LANG, lang.get().html_tag());
            }
        });
        theme::follow_embed(ctx);
        let drawn = StoredValue::new(shown);
        Effect::new(move |first_run: Option<()>| {
            let to = state.get();
            let from = drawn.get_value();
            patch(ctx, &from, &to);
            drawn.set_value(to);
            if first_run.is_none() && other_places {
                if let Some(search) = ctx.part(Part::PlaceSearch) {
                    controls::find_places(&search);
                }
            }
        });
        chart::follow_width(ctx);
        wire(ctx);
        view! { <IgnoredNotice ignored=ignored lang=lang state=state/> }
    });
    handle.forget();
    for selector in buttons {
        if let Ok(Some(element)) = root.query_selector(&selector) {
            element.unchecked_ref::<web_sys::HtmlElement>().click();
        }
    }
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(handshake::DATA_APP, handshake::APP_READY);
    }
    parts.then(|| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute(handshake::DATA_PARTS, handshake::PARTS_FETCHED);
        }
    });
}

/// The element an event happened on or in that matches `selector`, within the page.
fn closest(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok().flatten()
}

/// One listener per kind of event on the page's root: every control is found by its data
/// attributes, so regions rewritten by `patch` need no wiring of their own.
fn wire(ctx: Ctx) {
    let root = ctx.root();
    let on = |kind: &str, handler: Box<dyn Fn(web_sys::Event)>| {
        let closure = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(handler);
        let _ = root.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        closure.forget();
    };
    on("click", Box::new(move |ev| click(ctx, &ev)));
    on("change", Box::new(move |ev| {
        if let Some((setting, value)) = controls::control_of(&ev) {
            ctx.state.update(|s| setting.apply(s, &value));
        }
    }));
    // The figures view's search applies as the reader types; the place search filters the
    // places it lists.
    on("input", Box::new(move |ev| {
        if let Some(search) = closest(&ev, &Part::PlaceSearch.selector()) {
            controls::find_places(&search);
        } else if closest(&ev, &Part::FigureFilters.selector()).is_some() {
            if let Some((setting, value)) = controls::control_of(&ev) {
                ctx.state.update(|s| setting.apply(s, &value));
            }
        }
    }));
    // The chart's mark targets carry their detail as their accessible name: hovered or
    // focused, it shows under the chart. A mark's focus leaving the chart hides it; the pointer
    // leaving it does not, since the controls under the detail would move as the reader heads
    // for one (measured in WebKit: a click that landed 12 px off its radio button).
    let detail = move |ev: web_sys::Event| {
        if closest(&ev, &Part::Chart.selector()).is_some() {
            chart::show_detail(ctx, chart::mark_detail(ev.target()));
        }
    };
    on("keydown", Box::new(move |ev| chart::move_between_marks(ctx, &ev)));
    on("mouseover", Box::new(detail));
    on("focusin", Box::new(detail));
    on("focusout", Box::new(move |ev| {
        if closest(&ev, &Part::Chart.selector()).is_some() {
            chart::show_detail(ctx, None);
        }
    }));
}

/// A press anywhere on the page, handed to the control it was on.
fn click(ctx: Ctx, ev: &web_sys::Event) {
    let Some(el) = closest(ev, "[data-part], [data-key], [data-kind]") else { return };
    if el.get_attribute("data-kind").is_some() {
        return share::download(ctx, ev, &el);
    }
    match part_of(&el) {
        Some(Part::CopyLink) => return share::copy_link(ctx),
        Some(Part::CopyTitleLink) => return share::copy_title_and_link(ctx),
        Some(Part::CopyImage) => return share::copy_image(ctx),
        Some(Part::CiteToggle) => return cite::toggle(ctx),
        Some(Part::CiteCopyText) => return cite::copy(ctx, "text"),
        Some(Part::CiteCopyBibtex) => return cite::copy(ctx, "bibtex"),
        Some(Part::CiteCopyRis) => return cite::copy(ctx, "ris"),
        Some(Part::EmbedToggle) => return share::toggle_embed(ctx),
        Some(Part::ThemeToggle) => return theme::next(ctx),
        Some(Part::FiguresMore) => return figures::show_more(ctx, false),
        Some(Part::FiguresAll) => return figures::show_more(ctx, true),
        Some(Part::Language) => {
            if let Some(l) = el.get_attribute("data-value").and_then(|v| Lang::parse(&v)) {
                return language::switch_to(ctx.state, l);
            }
        }
        _ => {}
    }
    // Buttons apply on a press; inputs and selects say what changed in their change event.
    if el.tag_name() == "BUTTON" && el.get_attribute("data-key").is_some() {
        if let Some((setting, value)) = controls::control_of(ev) {
            ctx.state.update(|s| setting.apply(s, &value));
            if setting == Setting::Sort {
                figures::refocus_sort(ctx, &value);
            }
        }
    }
}
