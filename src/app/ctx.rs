//! What every handler of the page works with: the view state, its chart specification, its
//! language, and the page's root, in which each finds its part by its declared name (`page::part`).

use crate::chart::Shown;
use crate::i18n::Lang;
use crate::page::part::Part;
use crate::view_state::ViewState;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Ctx {
    pub state: RwSignal<ViewState>,
    /// What the state shows: its chart, or the figures view's table.
    pub spec: Memo<Shown>,
    pub lang: Memo<Lang>,
    /// The page's root, `#prerender`: what the app adopted or wrote.
    root: StoredValue<web_sys::Element, LocalStorage>,
}

impl Ctx {
    pub fn new(state: RwSignal<ViewState>, spec: Memo<Shown>, lang: Memo<Lang>, root: web_sys::Element) -> Ctx {
        Ctx { state, spec, lang, root: StoredValue::new_local(root) }
    }

    pub fn root(&self) -> web_sys::Element {
        self.root.get_value()
    }

    /// The first element of the page matching `selector`.
    pub fn find(&self, selector: &str) -> Option<web_sys::Element> {
        self.root().query_selector(selector).ok().flatten()
    }

    /// The part of the page by its declared name.
    pub fn part(&self, part: Part) -> Option<web_sys::Element> {
        self.find(&part.selector())
    }
}

/// Today, as YYYY-MM-DD in the reader's time zone: the date of access.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}
