//! The language switch: English, French, Chinese. The language is part of the view state, so
//! a shared link opens in the language it was shared in.

use crate::i18n::Lang;
use crate::view_state::ViewState;
use leptos::prelude::*;

/// Switches once the language's texts are loaded (French and Chinese are fetched the first
/// time). Should they fail to load, the page stays as it is and the button says why.
fn switch_to(state: RwSignal<ViewState>, l: Lang) {
    leptos::task::spawn_local(async move {
        match crate::catalog::ensure(l).await {
            Ok(()) => state.update(|s| s.lang = l),
            Err(why) => {
                if let Some(button) = document().query_selector(&format!("[data-testid=lang-{}]", l.key())).ok().flatten() {
                    let _ = button.set_attribute("title", &crate::catalog::failure_reason(l, &why));
                }
            }
        }
    });
}

#[component]
pub fn LanguageSwitch(state: RwSignal<ViewState>, lang: Memo<Lang>) -> impl IntoView {
    let label = move || crate::page::words::language(lang.get());
    let buttons = Lang::ALL
        .iter()
        .map(|&l| {
            view! {
                // Each name is in its own language, and says so for screen readers.
                <button type="button" lang=l.key() data-testid=format!("lang-{}", l.key())
                    aria-label=l.name() aria-pressed=move || (lang.get() == l).to_string()
                    on:click=move |_| switch_to(state, l) inner_html=crate::page::language_name_html(l)></button>
            }
        })
        .collect_view();
    view! { <div class="lang-switch" role="group" aria-label=label>{buttons}</div> }
}
