//! The language switch: English, French, Chinese. The language is part of the view state, so
//! a shared link opens in the language it was shared in.

use crate::page::part::Part;
use crate::i18n::Lang;
use crate::view_state::{Refused, ViewState};
use leptos::prelude::*;

/// Switches once the language's texts are loaded (French and Chinese are fetched the first
/// time). Should they fail to load, the page stays as it is and the button says why.
pub fn switch_to(state: RwSignal<ViewState>, l: Lang) {
    leptos::task::spawn_local(async move {
        match crate::app::catalog::ensure(l).await {
            Ok(()) => state.update(|s| s.lang = l),
            Err(why) => {
                if let Some(button) = document().query_selector(&Part::Language.with_value(Some(l.key()))).ok().flatten() {
                    let _ = button.set_attribute("title", &Refused::TextsNotLoaded(l, why).words(l));
                }
            }
        }
    });
}
