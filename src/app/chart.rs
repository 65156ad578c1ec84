//! The chart on the page: drawn by `chart::render` at the layout this screen uses, with the
//! exact value, period, basis and source of the mark hovered or focused shown under it.

use crate::page::part::Part;
use crate::app::ctx::Ctx;
use crate::chart::moves::{self, Move, Place};
use crate::chart::widths::{self, Layout};
use crate::chart::{shown, ChartSpec, Shown};
use crate::data::DATASET;
use crate::page::{self, Widths};
use crate::view_state::ViewState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The layout last asked of the browser: asked again only when the window is resized, as
    /// `matchMedia` in the middle of a change made the browser work out the page's style early.
    static LAYOUT: std::cell::Cell<Option<Layout>> = const { std::cell::Cell::new(None) };
}

/// The layout for this screen: the one the stylesheet shows of the page's drawings
/// (`chart::widths`), asked of the browser with the same media queries.
pub fn layout() -> Layout {
    LAYOUT.with(|cached| cached.get()).unwrap_or_else(|| {
        let now = measured_layout();
        LAYOUT.with(|cached| cached.set(Some(now)));
        now
    })
}

fn measured_layout() -> Layout {
    let matches = |i: usize| window().match_media(&widths::media_query(i)).ok().flatten().is_some_and(|m| m.matches());
    match (0..widths::LAYOUTS.len()).find(|&i| matches(i)) {
        Some(i) => widths::LAYOUTS[i],
        None => widths::for_viewport(document().document_element().map_or(1024, |e| e.client_width()).max(0) as u32),
    }
}

/// Moves the focus between the chart's marks with the arrow keys, Home and End
/// (`chart::moves`); the mark reached becomes the chart's one Tab stop.
pub fn move_between_marks(ctx: Ctx, ev: &web_sys::Event) {
    let key = js_sys::Reflect::get(ev, &"key".into()).ok().and_then(|k| k.as_string());
    let Some(m) = key.as_deref().and_then(Move::of_key) else { return };
    let Some(from) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).filter(|e| e.has_attribute("data-mark")) else { return };
    let Some(Ok(list)) = ctx.part(Part::Chart).map(|chart| chart.query_selector_all("[data-mark]")) else { return };
    let targets: Vec<web_sys::Element> = (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect();
    let Some(at) = targets.iter().position(|t| *t == from) else { return };
    let places: Vec<Place> = targets.iter().map(place_of).collect();
    ev.prevent_default();
    let to = moves::target(&places, at, m);
    if to != at {
        let _ = targets[at].set_attribute("tabindex", "-1");
        let _ = targets[to].set_attribute("tabindex", "0");
        let _ = targets[to].unchecked_ref::<web_sys::HtmlElement>().focus();
    }
}

/// A mark target's place, as the drawing wrote it (`data-mark="panel series category"`).
fn place_of(target: &web_sys::Element) -> Place {
    let numbers: Vec<usize> = target.get_attribute("data-mark").unwrap_or_default().split(' ').filter_map(|n| n.parse().ok()).collect();
    let n = |i: usize| numbers.get(i).copied().unwrap_or(0);
    Place { panel: n(0), series: n(1), category: n(2) }
}

/// The detail of the mark target an event happened on, if it happened on one.
pub fn mark_detail(target: Option<web_sys::EventTarget>) -> Option<String> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    (element.get_attribute("class")? == "mark-target").then(|| element.get_attribute("aria-label")).flatten()
}

/// Shows a mark's detail under the chart, or the hint when none is hovered or focused.
pub fn show_detail(ctx: Ctx, detail: Option<String>) {
    let Some(line) = ctx.part(Part::MarkDetail) else { return };
    let empty = line.class_list().contains("empty");
    if (detail.is_none() && empty) || (detail.is_some() && !empty && line.text_content() == detail) {
        return;
    }
    line.set_inner_html(&page::mark_detail_content(ctx.lang.get_untracked(), detail.as_deref()));
    let _ = line.class_list().toggle_with_force("empty", detail.is_none());
}

/// The chart's specification for the view, shared by the drawing, its text and the tab's title.
/// `head_written`: the page's head already names the state the app opens in (the build wrote
/// it for that view and language), so nothing is written until the state changes.
pub fn chart_spec(state: RwSignal<ViewState>, head_written: bool) -> Memo<Shown> {
    let spec = Memo::new(move |_| state.with(|s| shown(&DATASET, s)));
    // The tab's title and the page description name the view, for history, bookmarks and
    // sharing. Written after the frame that shows the change, as the address is: setting the
    // title costs about half a millisecond, which that frame need not wait for. Not at start
    // when the head is already right: the specification would be made only to write the same
    // words again (about 30 ms of a phone's main thread, just after the app has taken over).
    Effect::new(move |ran: Option<()>| {
        spec.track();
        state.track();
        if ran.is_none() && head_written {
            return;
        }
        crate::app::frames::after_next_paint(move || {
            let (title, summary) = spec.with_untracked(|s| (s.title().to_string(), s.summary().to_string()));
            let lang = state.with_untracked(|s| s.lang);
            let doc = document();
            doc.set_title(&crate::page::head::tab_title(&title, lang));
            if let Ok(Some(meta)) = doc.query_selector("meta[name=description]") {
                let _ = meta.set_attribute("content", &summary);
            }
        });
    });
    spec
}

/// Draws the chart for `spec` at this screen's layout, with its caption.
pub fn draw(ctx: Ctx, spec: &ChartSpec) {
    if let Some(chart) = ctx.part(Part::Chart) {
        chart.set_inner_html(&page::chart_drawings(spec, Widths::One(layout())));
    }
    if let Some(caption) = ctx.part(Part::ChartCaption) {
        caption.set_text_content(Some(&spec.title));
    }
}

/// The build's page holds a drawing per layout; the app keeps the one on screen (the very
/// node) and drops the others, so the page holds one chart, as it does after any change.
pub fn keep_one_drawing(ctx: Ctx) {
    let shown = widths::class(widths::LAYOUTS.iter().position(|l| *l == layout()).unwrap_or(0));
    let Ok(boxes) = ctx.root().query_selector_all(&format!("{} > div", Part::Chart.selector())) else { return };
    for i in 0..boxes.length() {
        let Some(drawing) = boxes.item(i).and_then(|b| b.dyn_into::<web_sys::Element>().ok()) else { continue };
        if !drawing.class_list().contains(&shown) {
            drawing.remove();
            continue;
        }
        // Alone now: its title and description take the ids a single drawing has.
        for (old, id) in [("title", "chart-title"), ("desc", "chart-desc")] {
            if let Ok(Some(element)) = drawing.query_selector(&format!("svg > {old}")) {
                element.set_id(id);
            }
        }
        if let Ok(Some(svg)) = drawing.query_selector("svg") {
            let _ = svg.set_attribute("aria-labelledby", "chart-title chart-desc");
        }
    }
}

/// The layout follows the screen: a phone turned, a window or an embedding frame resized.
pub fn follow_width(ctx: Ctx) {
    let resized = window_event_listener(leptos::ev::resize, move |_| {
        let now = measured_layout();
        let changed = LAYOUT.with(|cached| cached.replace(Some(now))) != Some(now);
        if changed && ctx.state.with_untracked(|s| s.view != crate::view_state::View::Figures) {
            ctx.spec.with_untracked(|shown| shown.chart().map(|spec| draw(ctx, spec)));
        }
    });
    on_cleanup(move || resized.remove());
}
