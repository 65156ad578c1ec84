//! The notice that lists what a link contained that could not be used, and the copy-link
//! control. Both show text only: link contents are never rendered as markup.

use crate::url::current_address;
use crate::view_state::Ignored;
use leptos::prelude::*;

#[component]
pub fn IgnoredNotice(ignored: RwSignal<Vec<Ignored>>) -> impl IntoView {
    let items = move || {
        ignored.get().into_iter().map(|i| view! { <li><code>{i.key}</code> ": " {i.reason}</li> }).collect_view()
    };
    view! {
        <div class="notice" role="status" data-testid="ignored-notice" hidden=move || ignored.with(Vec::is_empty)>
            <p>"Parts of this link could not be used; the default was shown for each:"</p>
            <ul>{items}</ul>
            <button type="button" data-testid="dismiss-notice" on:click=move |_| ignored.set(Vec::new())>"Dismiss"</button>
        </div>
    }
}

#[component]
pub fn CopyLink() -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let copy = move |_| {
        let address = current_address();
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&address);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => set_status.set("Link copied.".into()),
                // No clipboard permission (or an old browser): show the link to copy by hand.
                Err(_) => set_status.set(format!("Copy this link: {address}")),
            }
        });
    };
    view! {
        <p class="copy-link">
            <button type="button" data-testid="copy-link" on:click=copy>"Copy link to this view"</button>
            " " <span role="status" data-testid="copy-status">{status}</span>
        </p>
    }
}
