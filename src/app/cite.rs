//! "Cite this view": on demand, the plain-text citation, the BibTeX entry and the RIS record of
//! the view on screen (`crate::cite`, in the share part: `parts::citation`), each in a
//! read-only field with a copy button (`page::cite_panel`), made again while open when the
//! view changes.

use crate::app::clipboard::{copy_to_clipboard, status_line};
use crate::app::ctx::Ctx;
use crate::app::parts::{self, Waiting};
use crate::cite::Citation;
use crate::page::part::Part;
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// The citation the open panel shows, which its copy buttons copy.
    static SHOWN: RefCell<Option<Citation>> = const { RefCell::new(None) };
}

/// Whether the panel is open.
pub fn is_open(ctx: Ctx) -> bool {
    ctx.part(Part::CiteToggle).and_then(|b| b.get_attribute("aria-expanded")).as_deref() == Some("true")
}

/// Opens the panel with the view's citation, or closes it. The panel opens when the share
/// part has made the citation.
pub fn set_open(ctx: Ctx, open: bool) {
    let (Some(button), Some(panel)) = (ctx.part(Part::CiteToggle), ctx.part(Part::CitePanel)) else { return };
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if !open {
        let _ = panel.set_attribute("hidden", "");
        return;
    }
    let waiting = Waiting::start(status_line(ctx, Part::CopyStatus), ctx.lang.get_untracked());
    leptos::task::spawn_local(async move {
        let Some((citation, markup)) = waiting.end(parts::citation(ctx).await) else {
            let _ = button.set_attribute("aria-expanded", "false");
            return;
        };
        // Closed again, or the page written anew, while the part was on its way.
        if !is_open(ctx) || !panel.is_connected() {
            return;
        }
        panel.set_inner_html(&markup);
        let _ = panel.remove_attribute("hidden");
        SHOWN.with(|shown| *shown.borrow_mut() = Some(citation));
    });
}

pub fn toggle(ctx: Ctx) {
    set_open(ctx, !is_open(ctx));
}

/// Copies one form of the citation the panel shows: `text`, `bibtex` or `ris`. Kept rather
/// than read from its field: a field's value has its line ends made LF, and RIS wants CRLF.
pub fn copy(ctx: Ctx, form: &str) {
    let l = ctx.lang.get_untracked();
    let Some(text) = SHOWN.with(|shown| {
        shown.borrow().as_ref().map(|c| match form {
            "bibtex" => c.bibtex.clone(),
            "ris" => c.ris.clone(),
            _ => c.text.clone(),
        })
    }) else {
        return;
    };
    copy_to_clipboard(text, l.tr("Citation copied."), l.tr("Select the text above and copy it.").into(), status_line(ctx, Part::CiteStatus));
}
