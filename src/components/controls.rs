//! The controls: markup built once by `controls_model`, one listener that applies any change
//! to the view state, and one effect that copies `controls_model::status` onto every input.

use crate::controls_model::{apply, controls_html, group_hidden, status, why, Part};
use crate::view_state::ViewState;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The key and value of the control an event happened on.
fn control_of(ev: &web_sys::Event) -> Option<(web_sys::Element, String, String)> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let key = el.get_attribute("data-key")?;
    // A select reports its chosen option's value; other controls carry their own.
    let value = match el.get_attribute("data-value") {
        Some(v) => v,
        None => js_sys::Reflect::get(&el, &JsValue::from_str("value")).ok()?.as_string()?,
    };
    Some((el, key, value))
}

fn set_flag(el: &web_sys::Element, name: &str, on: bool) {
    let _ = if on { el.set_attribute(name, "") } else { el.remove_attribute(name) };
}

/// Shows the option the state has chosen, and disables the select if its group is refused.
fn sync_select(select: &web_sys::Element, s: &ViewState, key: &str) {
    let Ok(options) = select.query_selector_all("option") else { return };
    for j in 0..options.length() {
        let value = options.item(j).and_then(|o| o.dyn_into::<web_sys::Element>().ok()).and_then(|o| o.get_attribute("data-value"));
        if let Some(v) = value.filter(|v| status(s, key, v).checked) {
            let _ = js_sys::Reflect::set(select, &JsValue::from_str("value"), &JsValue::from_str(&v));
        }
    }
    set_flag(select, "disabled", status(s, key, "").disabled);
}

/// Copies what the model says onto the DOM.
fn sync(nav: &web_sys::Element, s: &ViewState) {
    let Ok(nodes) = nav.query_selector_all("[data-key], [data-group], [data-why]") else { return };
    for i in 0..nodes.length() {
        let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        if let Some(group) = el.get_attribute("data-group") {
            set_flag(&el, "hidden", group_hidden(s, &group));
        }
        if let Some(group) = el.get_attribute("data-why") {
            el.set_text_content(Some(&why(s, &group)));
        }
        let Some(key) = el.get_attribute("data-key") else { continue };
        let Some(value) = el.get_attribute("data-value") else {
            sync_select(&el, s, &key);
            continue;
        };
        let st = status(s, &key, &value);
        match el.tag_name().as_str() {
            "BUTTON" => {
                let _ = el.set_attribute("aria-pressed", if st.checked { "true" } else { "false" });
            }
            "OPTION" => set_flag(&el, "hidden", st.hidden),
            _ => {
                let _ = js_sys::Reflect::set(&el, &JsValue::from_str("checked"), &JsValue::from_bool(st.checked));
                set_flag(&el, "disabled", st.disabled);
                // The input's own label (not a group's) shows or hides with it.
                if let Some(label) = el.parent_element().filter(|l| !l.has_attribute("data-group")) {
                    set_flag(&label, "hidden", st.hidden);
                }
            }
        }
    }
}

/// One part of the controls: the view tabs or the chart's options.
#[component]
pub fn Controls(state: RwSignal<ViewState>, part: Part) -> impl IntoView {
    let nav = NodeRef::<leptos::html::Nav>::new();
    let first = state.get_untracked();
    // The markup is rebuilt only when the language changes, then synced, in that order.
    let drawn_lang = StoredValue::new(first.lang);
    Effect::new(move |_| {
        let s = state.get();
        if let Some(nav) = nav.get() {
            if drawn_lang.get_value() != s.lang {
                nav.set_inner_html(&controls_html(&s, part));
                let _ = nav.set_attribute("aria-label", part.label(s.lang));
                drawn_lang.set_value(s.lang);
            }
            sync(&nav, &s);
        }
    });
    let on_change = move |ev: web_sys::Event| {
        if let Some((_, key, value)) = control_of(&ev) {
            state.update(|s| apply(s, &key, &value));
        }
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some((el, key, value)) = control_of(&ev) {
            if el.tag_name() == "BUTTON" {
                state.update(|s| apply(s, &key, &value));
            }
        }
    };
    view! { <nav class=part.class() aria-label=part.label(first.lang) node_ref=nav inner_html=controls_html(&first, part) on:change=on_change on:click=on_click></nav> }
}
