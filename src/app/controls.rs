//! The controls: their markup is the page's (`page::controls`); the app reads a control's
//! setting and value from its data attributes, and copies what `Setting::status` and the
//! groups say onto the controls whose look a state change changes.

use crate::page::part::Part;
use crate::view_state::{Group, Setting, Status, ViewState};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// The setting and value of the control (a view tab, an option, a figures filter or sort
/// button) an event happened on or in: where a press is read from the page, once.
pub fn control_of(ev: &web_sys::Event) -> Option<(Setting, String)> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest("[data-key]").ok()??;
    let key = Setting::parse(&el.get_attribute("data-key")?)?;
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

/// What the page shows of one part of the controls, as the model says it for a state.
#[derive(Clone, PartialEq)]
enum Look {
    /// A view tab: pressed or not.
    Pressed(bool),
    /// A checkbox or radio: its status (its own label hides with it).
    Input(Status),
    /// An option of a select: hidden or not.
    Option(bool),
    /// A select: the value chosen, if any option is, and whether it is refused.
    Select(Option<String>, bool),
    /// A group of controls: hidden or not.
    Group(bool),
    /// The reason under a group.
    Why(String),
}

/// One part of the controls on the page, what it is for, and what was last written to it.
struct Control {
    el: web_sys::Element,
    /// A checkbox's or radio's own label (not a group's), which hides with it.
    label: Option<web_sys::Element>,
    what: What,
    written: Option<Look>,
}

enum What {
    Tab(Setting, String),
    /// A checkbox or radio.
    Input(Setting, String),
    Option(Setting, String),
    /// A select, with its options' values.
    Select(Setting, Vec<String>),
    Group(Group),
    Why(Group),
}

impl What {
    fn look(&self, s: &ViewState) -> Look {
        match self {
            What::Tab(setting, value) => Look::Pressed(setting.status(s, value).checked),
            What::Input(setting, value) => Look::Input(setting.status(s, value)),
            What::Option(setting, value) => Look::Option(setting.status(s, value).hidden),
            What::Select(setting, values) => Look::Select(values.iter().find(|v| setting.status(s, v).checked).cloned(), setting.status(s, "").disabled),
            What::Group(group) => Look::Group(group.hidden(s)),
            What::Why(group) => Look::Why(group.why(s)),
        }
    }
}

fn write(part: &Control, look: &Look) {
    let el = &part.el;
    match look {
        Look::Pressed(on) => {
            let _ = el.set_attribute("aria-pressed", if *on { "true" } else { "false" });
        }
        Look::Input(st) => {
            let _ = js_sys::Reflect::set(el, &JsValue::from_str("checked"), &JsValue::from_bool(st.checked));
            set_flag(el, "disabled", st.disabled);
            if let Some(label) = &part.label {
                set_flag(label, "hidden", st.hidden);
            }
        }
        Look::Option(hidden) | Look::Group(hidden) => set_flag(el, "hidden", *hidden),
        Look::Select(chosen, disabled) => {
            if let Some(v) = chosen {
                let _ = js_sys::Reflect::set(el, &JsValue::from_str("value"), &JsValue::from_str(v));
            }
            set_flag(el, "disabled", *disabled);
        }
        Look::Why(text) => el.set_text_content(Some(text)),
    }
}

/// Reads the parts of the controls off the page, once: each is then written only when what
/// it shows changes (with ten times the places, reading and writing every control at each
/// change took about 2 ms of a view switch, and made the browser restyle them all).
fn find_parts(root: &web_sys::Element) -> Vec<Control> {
    let mut parts = Vec::new();
    let within = |nav: Part| ["[data-key]", "[data-group]", "[data-why]"].map(|what| format!("{} {what}", nav.selector())).join(", ");
    let selector = format!("{}, {}", within(Part::ViewTabs), within(Part::ChartOptions));
    let Ok(nodes) = root.query_selector_all(&selector) else { return parts };
    let elements: Vec<web_sys::Element> = (0..nodes.length()).filter_map(|i| nodes.item(i)?.dyn_into().ok()).collect();
    for (i, el) in elements.iter().enumerate() {
        let part = |what| Control { el: el.clone(), label: None, what, written: None };
        if let Some(group) = el.get_attribute("data-group").and_then(|g| Group::parse(&g)) {
            parts.push(part(What::Group(group)));
        }
        if let Some(group) = el.get_attribute("data-why").and_then(|g| Group::parse(&g)) {
            parts.push(part(What::Why(group)));
        }
        let Some(key) = el.get_attribute("data-key").and_then(|k| Setting::parse(&k)) else { continue };
        let what = match (el.get_attribute("data-value"), el.tag_name().as_str()) {
            (Some(value), "BUTTON") => What::Tab(key, value),
            (Some(value), "OPTION") => What::Option(key, value),
            (Some(value), _) => What::Input(key, value),
            // A select's options follow it in the list.
            (None, _) => What::Select(key, elements[i + 1..].iter().take_while(|o| o.tag_name() == "OPTION").filter_map(|o| o.get_attribute("data-value")).collect()),
        };
        let label = matches!(what, What::Input(..)).then(|| el.parent_element().filter(|l| !l.has_attribute("data-group"))).flatten();
        parts.push(Control { label, ..part(what) });
    }
    parts
}

thread_local! {
    /// The controls of the page the app keeps: found at the first change, and found again
    /// once they have left the document (the page or the controls' region written anew).
    static PARTS: RefCell<Option<Vec<Control>>> = const { RefCell::new(None) };
}

/// Whether `parts` are the controls on the page now.
fn on_page(parts: &[Control]) -> bool {
    parts.first().is_some_and(|c| c.el.is_connected())
}

/// The controls may not show what was last written to them (a control the model refused):
/// the next `sync_all` reads and writes them all.
pub fn forget() {
    PARTS.with(|parts| parts.borrow_mut().take());
}

/// Copies what the model says for the state onto both parts of the controls, the view tabs
/// and the chart's options, writing only what differs from what was last written.
pub fn sync_all(root: &web_sys::Element, s: &ViewState) {
    PARTS.with(|parts| {
        let mut parts = parts.borrow_mut();
        if !parts.as_deref().is_some_and(on_page) {
            *parts = Some(find_parts(root));
        }
        for part in parts.iter_mut().flatten() {
            let look = part.what.look(s);
            if part.written.as_ref() != Some(&look) {
                write(part, &look);
                part.written = Some(look);
            }
        }
    });
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
    if let Ok(Some(none)) = group.query_selector(&Part::PlaceNoMatch.selector()) {
        set_flag(&none, "hidden", shown > 0);
    }
}
