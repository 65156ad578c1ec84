//! "Cite this view": on demand, the plain-text citation, the BibTeX entry and the RIS record of
//! the view on screen (`crate::cite`), each in a read-only field with a copy button
//! (`page::cite_panel`), made again while open when the view changes.

use crate::page::part::Part;
use crate::app::ctx::Ctx;
use crate::app::clipboard::{copy_to_clipboard, status_line};
use crate::data::DATASET;
use crate::app::url::absolute_address;
use leptos::prelude::*;

/// Today, as YYYY-MM-DD in the reader's time zone: the date of access.
pub(super) fn today() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}

fn citation(ctx: Ctx) -> crate::cite::Citation {
    let s = ctx.state.get_untracked();
    ctx.spec.with_untracked(|spec| crate::cite::cite(&DATASET, spec, &s, &absolute_address(&s), &today()))
}

/// Whether the panel is open.
pub fn is_open(ctx: Ctx) -> bool {
    ctx.part(Part::CiteToggle).and_then(|b| b.get_attribute("aria-expanded")).as_deref() == Some("true")
}

/// Opens the panel with the view's citation, or closes it.
pub fn set_open(ctx: Ctx, open: bool) {
    let (Some(button), Some(panel)) = (ctx.part(Part::CiteToggle), ctx.part(Part::CitePanel)) else { return };
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if open {
        panel.set_inner_html(&crate::page::cite_panel(&citation(ctx), ctx.lang.get_untracked()));
        let _ = panel.remove_attribute("hidden");
    } else {
        let _ = panel.set_attribute("hidden", "");
    }
}

pub fn toggle(ctx: Ctx) {
    set_open(ctx, !is_open(ctx));
}

/// Copies one form of the citation: `text`, `bibtex` or `ris`. Made again rather than read
/// from its field: a field's value has its line ends made LF, and RIS wants CRLF.
pub fn copy(ctx: Ctx, form: &str) {
    let l = ctx.lang.get_untracked();
    let c = citation(ctx);
    let text = match form {
        "bibtex" => c.bibtex,
        "ris" => c.ris,
        _ => c.text,
    };
    copy_to_clipboard(text, l.tr("Citation copied."), l.tr("Select the text above and copy it.").into(), status_line(ctx, Part::CiteStatus));
}
