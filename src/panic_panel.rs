//! Should the app ever panic, the page shows a readable panel with a link to the default view
//! instead of going dead. The hook writes to the DOM directly: after a panic the reactive
//! runtime cannot be trusted (and with panic = "abort" the module stops right after).

use leptos::prelude::document;

/// Installs the panic hook: the message to the console, and the panel on the page.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

fn show(message: &str) {
    let doc = document();
    let (Ok(panel), Some(body)) = (doc.create_element("div"), doc.body()) else { return };
    let _ = panel.set_attribute("class", "panic-panel");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("data-testid", "panic-panel");
    // The page's language, as the app last set it (or index.html's English).
    let lang = doc.document_element().and_then(|e| e.get_attribute("lang")).map_or(crate::i18n::Lang::En, |t| crate::i18n::Lang::from_tag(&t));
    let parts = [
        ("h2", lang.tr("The explorer stopped because of an error in its own code.")),
        ("p", lang.tr("Nothing you did caused it. Reloading the default view usually helps.")),
        ("pre", message),
    ];
    for (tag, text) in parts {
        if let Ok(el) = doc.create_element(tag) {
            el.set_text_content(Some(text));
            let _ = panel.append_child(&el);
        }
    }
    if let Ok(link) = doc.create_element("a") {
        let _ = link.set_attribute("href", "./");
        let _ = link.set_attribute("data-testid", "panic-default-view");
        link.set_text_content(Some(lang.tr("Open the default view")));
        let _ = panel.append_child(&link);
    }
    let _ = body.prepend_with_node_1(&panel);
}

/// Only in builds made for the tests (`--features panic-test`): `#panic-test` in the address
/// panics on start, so the panel can be checked. Production builds have no such trigger.
#[cfg(feature = "panic-test")]
pub fn trigger_for_tests() {
    if leptos::prelude::window().location().hash().is_ok_and(|h| h == "#panic-test") {
        panic!("a deliberate panic, for the panel's test");
    }
}
