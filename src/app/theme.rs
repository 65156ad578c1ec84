//! The theme button: system, light or dark. The choice is the reader's, not the view's, so it
//! is remembered in local storage rather than written to shared links (an embed's link may
//! name the one its host chose: `follow_embed`).

use crate::app::ctx::Ctx;
use crate::handshake::{DATA_THEME, THEME_STORAGE};
use crate::page::part::Part;
use crate::page::words;
use crate::view_state::Theme;
use leptos::prelude::*;

const CHOICES: [&str; 3] = ["system", "light", "dark"];

fn root() -> Option<web_sys::Element> {
    document().document_element()
}

/// The theme the page shows: the first-screen script applied the remembered one.
fn current() -> &'static str {
    let set = root().and_then(|r| r.get_attribute(DATA_THEME));
    CHOICES.into_iter().find(|c| Some(*c) == set.as_deref()).unwrap_or("system")
}

fn apply(choice: &str) {
    if let Some(r) = root() {
        let _ = if choice == "system" { r.remove_attribute(DATA_THEME) } else { r.set_attribute(DATA_THEME, choice) };
    }
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = if choice == "system" { storage.remove_item(THEME_STORAGE) } else { storage.set_item(THEME_STORAGE, choice) };
    }
}

/// Shows the theme in use on the button (the page's markup shows "system").
pub fn show(ctx: Ctx) {
    if let Some(button) = ctx.part(Part::ThemeToggle) {
        let (l, choice) = (ctx.lang.get_untracked(), current());
        button.set_text_content(Some(&words::theme(l, choice)));
        let _ = button.set_attribute("aria-label", &words::theme_label(l, choice));
    }
}

/// The next theme, remembered; the button says which.
pub fn next(ctx: Ctx) {
    let i = CHOICES.iter().position(|c| *c == current()).unwrap_or(0);
    apply(CHOICES[(i + 1) % CHOICES.len()]);
    show(ctx);
}

/// An embedded chart keeps the theme its link names, should the first-screen script (which
/// applied it before the first frame) not have run.
pub fn follow_embed(ctx: Ctx) {
    Effect::new(move |_| {
        let (embed, theme) = ctx.state.with(|s| (s.embed, s.theme));
        if let (Some(r), true, false) = (root(), embed, theme == Theme::Auto) {
            let _ = r.set_attribute(DATA_THEME, theme.key());
        }
    });
}
