//! The language switch: English, French, Chinese. The language is part of the view state, so
//! a shared link opens in the language it was shared in.

use crate::i18n::Lang;
use crate::view_state::ViewState;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitch(state: RwSignal<ViewState>, lang: Memo<Lang>) -> impl IntoView {
    let label = move || lang.get().tr("Language");
    let buttons = Lang::ALL
        .iter()
        .map(|&l| {
            view! {
                // Each name is in its own language, and says so for screen readers.
                <button type="button" lang=l.key() data-testid=format!("lang-{}", l.key())
                    aria-pressed=move || (lang.get() == l).to_string()
                    on:click=move |_| state.update(|s| s.lang = l)>{l.name()}</button>
            }
        })
        .collect_view();
    view! { <div class="lang-switch" role="group" aria-label=label>{buttons}</div> }
}
