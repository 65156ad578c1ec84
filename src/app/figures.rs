//! The figures view: its filters hold what the reader typed or chose (their markup is the
//! page's, written again only with the language); a change rewrites the count and the table.

use crate::app::ctx::Ctx;
use crate::chart::figures::{count, rows};
use crate::data::DATASET;
use crate::page::figures::table_html;
use crate::view_state::ViewState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The count and the table for the state's filters and sort.
pub fn update(ctx: Ctx, s: &ViewState) {
    let r = rows(&DATASET, s);
    if let Some(line) = ctx.find("[data-testid=figure-count]") {
        line.set_text_content(Some(&count(r.len(), &DATASET, s)));
    }
    if let Some(table) = ctx.find("[data-testid=figures-wrap]") {
        table.set_inner_html(&table_html(&r, s));
    }
}

/// The table is rewritten by a sort: the pressed header's button keeps the focus.
pub fn refocus_sort(ctx: Ctx, value: &str) {
    let selector = format!("[data-key=\"sort\"][data-value=\"{value}\"]");
    set_timeout(
        move || {
            if let Some(button) = ctx.find(&selector) {
                let _ = button.unchecked_ref::<web_sys::HtmlElement>().focus();
            }
        },
        std::time::Duration::ZERO,
    );
}
