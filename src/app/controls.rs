//! The controls: their markup is the page's (`controls_model`, through `page`); the app
//! reads a control's key and value from its data attributes, and copies what
//! `controls_model::status` says onto every input when the state changes.

use crate::page::controls::{group_hidden, status, why};
use crate::view_state::ViewState;
use wasm_bindgen::{JsCast, JsValue};

/// The key and value of the control (a view tab, an option, a figures filter or sort button)
/// an event happened on or in.
pub fn control_of(ev: &web_sys::Event) -> Option<(String, String)> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest("[data-key]").ok()??;
    let key = el.get_attribute("data-key")?;
    // A select reports its chosen option's value; other controls carry their own.
    let value = match el.get_attribute("data-value") {
        Some(v) => v,
        None => js_sys::Reflect::get(&el, &JsValue::from_str("value")).ok()?.as_string()?,
    };
    Some((key, value))
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

/// Copies the state onto both parts of the controls, the view tabs and the chart's options.
pub fn sync_all(root: &web_sys::Element, s: &ViewState) {
    let Ok(navs) = root.query_selector_all("nav.controls") else { return };
    for i in 0..navs.length() {
        if let Some(nav) = navs.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            sync(&nav, s);
        }
    }
}

/// The place search: hides the places whose names, in any language, do not contain what was
/// typed (a class of its own, so that the state's own hiding, `hidden`, is left alone), and
/// says so when none is left to show. A long list with nothing typed shows the chosen places.
pub fn find_places(search: &web_sys::Element) {
    let typed = js_sys::Reflect::get(search, &JsValue::from_str("value")).ok().and_then(|v| v.as_string()).unwrap_or_default();
    let wanted = crate::page::controls::search_key(&typed);
    let Some(group) = search.closest("[data-group=cities]").ok().flatten() else { return };
    let Ok(labels) = group.query_selector_all("label[data-names]") else { return };
    let mut shown = 0;
    let chosen_only = wanted.is_empty() && crate::page::controls::is_long_picker(labels.length() as usize);
    for i in 0..labels.length() {
        let Some(label) = labels.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let checked = || label.query_selector("input").ok().flatten().and_then(|i| js_sys::Reflect::get(&i, &JsValue::from_str("checked")).ok()).is_some_and(|c| c.is_truthy());
        let matches = if chosen_only { checked() } else { label.get_attribute("data-names").is_some_and(|names| names.contains(&wanted)) };
        let _ = label.class_list().toggle_with_force("unmatched", !matches);
        if matches && !label.has_attribute("hidden") {
            shown += 1;
        }
    }
    if let Ok(Some(none)) = group.query_selector("[data-testid=place-no-match]") {
        set_flag(&none, "hidden", shown > 0);
    }
}
