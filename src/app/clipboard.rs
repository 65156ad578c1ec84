//! Copying to the clipboard, and the status lines (live regions) that say how it went.

use crate::app::ctx::Ctx;
use crate::page::part::Part;
use leptos::prelude::*;

/// A status line of the page (a live region), found when it is written.
#[derive(Clone, Copy)]
pub struct Status(Ctx, Part);

pub fn status_line(ctx: Ctx, part: Part) -> Status {
    Status(ctx, part)
}

impl Status {
    pub fn set(self, text: &str) {
        if let Some(line) = self.0.part(self.1) {
            line.set_text_content(Some(text));
        }
    }
}

/// Copies `text` to the clipboard and says how it went; where there is no clipboard (outside
/// a secure context) or it is refused, says `by_hand` instead.
pub fn copy_to_clipboard(text: String, done: &'static str, by_hand: String, status: Status) {
    let clipboard = window().navigator().clipboard();
    if clipboard.is_undefined() {
        status.set(&by_hand);
        return;
    }
    let promise = clipboard.write_text(&text);
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => status.set(done),
            Err(_) => status.set(&by_hand),
        }
    });
}

