//! The figures view: its filters hold what the reader typed or chose (their markup is the
//! page's, written again only with the language, or at start for a link with filters); a
//! change rewrites the count and the table.
//! The table holds a page of the rows that match (`PAGE_ROWS`), more a press away, and
//! writes them a part at a time, one part a frame, so that a filter or a sort is on screen
//! within a frame however many figures the dataset holds; the count, the sort and the
//! downloads cover every row, and the table says it is busy until it holds what it should.

use crate::page::part::Part;
use crate::app::ctx::Ctx;
use crate::app::frames::after_next_paint;
use crate::chart::figures::{count, row, Row};
use crate::chart::FiguresTable;
use crate::data::{checked, Figure, DATASET};
use crate::page::figures::{check_html, filters_html, more_texts, rows_html, table_html, PAGE_ROWS};
use crate::page::figures_block;
use crate::view_state::ViewState;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The rows written at once (enough to fill a screen), then in each frame after the one that
/// shows the change (measured: 91 rows written at once took the next frame to 30-36 ms on
/// this machine).
const FIRST_ROWS: usize = 10;
const ROWS_A_FRAME: usize = 30;

thread_local! {
    /// Which change the table is being written for: a later one stops the parts of an earlier.
    static WRITING: Cell<u32> = const { Cell::new(0) };
    /// Whether the figures' checks are being fetched.
    static FETCHING_CHECKS: Cell<bool> = const { Cell::new(false) };
}

/// The figures' checks, which the table shows under each source, are a file of their own
/// (`data::checked`): fetched when the table is first shown, they are then added to the rows
/// on screen, and written with every row after. A fetch that fails is tried at the next need.
pub fn need_checks(ctx: Ctx) {
    if checked::is_loaded() || FETCHING_CHECKS.with(|f| f.replace(true)) {
        return;
    }
    leptos::task::spawn_local(async move {
        let loaded = fetch_checks().await;
        FETCHING_CHECKS.with(|f| f.set(false));
        if loaded.is_ok() {
            add_checks(ctx);
        }
    });
}

async fn fetch_checks() -> Result<(), String> {
    checked::load(crate::app::catalog::loader_text(crate::handshake::EXPLORER_CHECKS, None).await?)
}

/// Each row on screen without its check gets it.
fn add_checks(ctx: Ctx) {
    let Some(wrap) = ctx.part(Part::FiguresWrap) else { return };
    let Ok(rows) = wrap.query_selector_all("tr[data-figure]") else { return };
    let l = ctx.lang.get_untracked();
    for i in 0..rows.length() {
        let Some(row) = rows.item(i).and_then(|r| r.dyn_into::<web_sys::Element>().ok()) else { continue };
        let record = row.get_attribute("data-figure").and_then(|id| checked::of(&id));
        if let (Some(_), Ok(Some(cell)), Ok(None)) = (record, row.query_selector("td[data-column=source]"), row.query_selector(".check")) {
            let _ = cell.insert_adjacent_html("beforeend", &check_html(record, l));
        }
    }
}

/// How many of the rows that match the table is to hold at most: a page, then more as asked.
/// Kept on the table's own element, so that a table written anew (a new page, a new filter)
/// holds a page.
const LISTED: &str = "data-listed";

fn listed(wrap: &web_sys::Element) -> usize {
    wrap.get_attribute(LISTED).and_then(|n| n.parse().ok()).unwrap_or(PAGE_ROWS)
}

/// The figures the table lists (the state's filters, search and sort, found once a change),
/// and the first of them as rows; each later part is made into rows as it is written, so a
/// change formats only what the next frame shows.
fn figures_of(table: &FiguresTable, s: &ViewState) -> (Vec<&'static Figure>, Vec<Row>) {
    let all = table.figures.clone();
    let first = all[..all.len().min(FIRST_ROWS)].iter().map(|f| row(&DATASET, f, s)).collect();
    (all, first)
}

/// The count and the table for the state's filters and sort.
pub fn update(ctx: Ctx, s: &ViewState, table: &FiguresTable) {
    need_checks(ctx);
    let (all, first) = figures_of(table, s);
    if let Some(line) = ctx.part(Part::FigureCount) {
        line.set_text_content(Some(&count(all.len(), &DATASET, s)));
    }
    show_listed(ctx, all.len().min(PAGE_ROWS), all.len(), s);
    let Some(wrap) = ctx.part(Part::FiguresWrap) else { return };
    let _ = wrap.remove_attribute(LISTED);
    wrap.set_inner_html(&table_html(&first, s));
    write_rest(ctx, &wrap, all, s, first.len());
}

/// The line under the table says how many of the `total` rows it holds, in place: its text is
/// a live region, which a line written anew would not be.
fn show_listed(ctx: Ctx, listed: usize, total: usize, s: &ViewState) {
    let Some(line) = ctx.part(Part::FigureMore) else { return };
    let _ = if listed >= total { line.set_attribute("hidden", "") } else { line.remove_attribute("hidden") };
    let Ok(parts) = line.query_selector_all("span, button") else { return };
    for (i, text) in more_texts(listed, total, s.lang).iter().enumerate() {
        if let Some(part) = parts.item(i as u32) {
            part.set_text_content(Some(text));
        }
    }
}

/// The filters show the state's choices: the page adopted at start was written for other
/// ones (a link with filters). Only then: after a change they hold what the reader typed,
/// where the caret is.
pub fn show_filters(root: &web_sys::Element, s: &ViewState) {
    if let Ok(Some(filters)) = root.query_selector(&Part::FigureFilters.selector()) {
        filters.set_inner_html(&filters_html(s));
    }
}

/// The table holds the next page of the rows that match, or every one (`all_of_them`).
pub fn show_more(ctx: Ctx, all_of_them: bool) {
    let s = ctx.state.get_untracked();
    let all = ctx.spec.with_untracked(|shown| shown.figures());
    let Some(wrap) = ctx.part(Part::FiguresWrap) else { return };
    let listed = if all_of_them { all.len() } else { (listed(&wrap).min(all.len()) + PAGE_ROWS).min(all.len()) };
    let _ = wrap.set_attribute(LISTED, &listed.to_string());
    let written = wrap.query_selector("tbody").ok().flatten().map_or(0, |body| body.child_element_count() as usize);
    show_listed(ctx, listed, all.len(), &s);
    // Its buttons go with the last page: the table, where the new rows are, takes the focus.
    if listed >= all.len() {
        let _ = wrap.unchecked_ref::<web_sys::HtmlElement>().focus();
    } else if let Some(button) = ctx.part(if all_of_them { Part::FiguresAll } else { Part::FiguresMore }) {
        let _ = button.unchecked_ref::<web_sys::HtmlElement>().focus();
    }
    write_rest(ctx, &wrap, all, &s, written);
}

/// The figures view in place of the chart's figure, its table's first rows at once.
pub fn replace_chart(ctx: Ctx, s: &ViewState, table: &FiguresTable) {
    need_checks(ctx);
    let Some(chart) = ctx.part(Part::ChartFigure) else { return };
    let (all, first) = figures_of(table, s);
    chart.set_outer_html(&figures_block(s, &first, all.len()));
    if let Some(wrap) = ctx.part(Part::FiguresWrap) {
        write_rest(ctx, &wrap, all, s, first.len());
    }
}

/// The rows after the first `written`, up to those the table is to hold, a part a frame, the
/// table busy until it holds them; a later change stops the parts of this one.
fn write_rest(ctx: Ctx, wrap: &web_sys::Element, mut all: Vec<&'static Figure>, s: &ViewState, written: usize) {
    let change = WRITING.with(|w| w.get().wrapping_add(1));
    WRITING.with(|w| w.set(change));
    all.truncate(listed(wrap));
    if written < all.len() {
        let _ = wrap.set_attribute("aria-busy", "true");
        // From the frame after the one that shows the change: written in that frame's own
        // callbacks, a part held it back by 3-4 ms (measured) for rows below the fold.
        let (all, s) = (Rc::new(all), s.clone());
        after_next_paint(move || write_later(ctx, all, s, written, change));
    } else {
        let _ = wrap.remove_attribute("aria-busy");
    }
}

/// Adds the next part of the rows in the next frame, unless a later change has begun.
fn write_later(ctx: Ctx, all: Rc<Vec<&'static Figure>>, s: ViewState, from: usize, change: u32) {
    request_animation_frame(move || {
        if WRITING.with(|w| w.get()) != change {
            return;
        }
        let Some(wrap) = ctx.part(Part::FiguresWrap) else { return };
        let Ok(Some(body)) = wrap.query_selector("tbody") else { return };
        let to = all.len().min(from + ROWS_A_FRAME);
        let part: Vec<Row> = all[from..to].iter().map(|f| row(&DATASET, f, &s)).collect();
        let _ = body.insert_adjacent_html("beforeend", &rows_html(&part, &s));
        if to < all.len() {
            write_later(ctx, all, s, to, change);
        } else {
            let _ = wrap.remove_attribute("aria-busy");
        }
    });
}

/// The table is rewritten by a sort: the pressed header's button keeps the focus.
pub fn refocus_sort(ctx: Ctx, value: &str) {
    let selector = format!("[data-key=\"{}\"][data-value=\"{value}\"]", crate::view_state::Setting::Sort.key());
    set_timeout(
        move || {
            if let Some(button) = ctx.find(&selector) {
                let _ = button.unchecked_ref::<web_sys::HtmlElement>().focus();
            }
        },
        std::time::Duration::ZERO,
    );
}
