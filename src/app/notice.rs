//! The notice that lists what a link contained that could not be used: the one part of the
//! page only the app creates, a Leptos component in its own slot above the page. It shows
//! text only: link contents are never rendered as markup. Not on an embedded chart.

use crate::i18n::Lang;
use crate::view_state::{Ignored, ViewState};
use leptos::prelude::*;

#[component]
pub fn IgnoredNotice(ignored: RwSignal<Vec<Ignored>>, lang: Memo<Lang>, state: RwSignal<ViewState>) -> impl IntoView {
    let items = move || {
        let l = lang.get();
        // "key: why", punctuated the language's way ("clé : raison", "键：原因").
        let colon = l.pick(": ", "\u{a0}: ", "：");
        ignored.get().into_iter().map(|i| view! { <li><code>{i.label(l)}</code> {colon} {i.why.words(l)}</li> }).collect_view()
    };
    view! {
        <div class="notice" role="status" data-testid="ignored-notice" hidden=move || ignored.with(Vec::is_empty) || state.with(|s| s.embed)>
            <p>{move || lang.get().tr("Parts of this link could not be used, so the explorer shows the nearest view it can:")}</p>
            <ul>{items}</ul>
            <button type="button" data-testid="dismiss-notice" on:click=move |_| ignored.set(Vec::new())>
                {move || lang.get().tr("Dismiss")}
            </button>
        </div>
    }
}
