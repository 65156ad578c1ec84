//! The theme button: system, light or dark. The choice is the reader's, not the view's, so it
//! is remembered in local storage rather than written to shared links.

use crate::i18n::Lang;
use crate::page::words;
use leptos::prelude::*;

const CHOICES: [&str; 3] = ["system", "light", "dark"];

fn root() -> Option<web_sys::Element> {
    document().document_element()
}

fn current() -> &'static str {
    let set = root().and_then(|r| r.get_attribute("data-theme"));
    CHOICES.into_iter().find(|c| Some(*c) == set.as_deref()).unwrap_or("system")
}

fn apply(choice: &str) {
    if let Some(r) = root() {
        let _ = if choice == "system" { r.remove_attribute("data-theme") } else { r.set_attribute("data-theme", choice) };
    }
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = if choice == "system" { storage.remove_item("theme") } else { storage.set_item("theme", choice) };
    }
}

#[component]
pub fn ThemeToggle(lang: Memo<Lang>) -> impl IntoView {
    let (theme, set_theme) = signal(current());
    let next = move |_| {
        let i = CHOICES.iter().position(|c| *c == theme.get_untracked()).unwrap_or(0);
        let choice = CHOICES[(i + 1) % CHOICES.len()];
        apply(choice);
        set_theme.set(choice);
    };
    view! {
        <button type="button" class="theme-toggle" data-testid="theme-toggle" on:click=next
            aria-label=move || words::theme_label(lang.get(), theme.get())>
            {move || words::theme(lang.get(), theme.get())}
        </button>
    }
}
