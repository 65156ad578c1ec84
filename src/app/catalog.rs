//! A language's texts on the web: French and Chinese are not in the WebAssembly but in one
//! catalog each (dist/i18n/), fetched through boot.js's `window.__explorerCatalog` (which
//! starts the reader's own language's download beside the WebAssembly's), once per language.
//! Natively every catalog is compiled in, so this is done at once.

use crate::i18n::{self, Lang};
use wasm_bindgen::{JsCast, JsValue};

fn describe(error: JsValue) -> String {
    error.as_string().or_else(|| error.dyn_into::<js_sys::Error>().ok().map(|e| String::from(e.message()))).unwrap_or_else(|| "unknown error".into())
}

/// Loads `lang`'s catalog if it is not loaded yet; says why it could not be.
pub async fn ensure(lang: Lang) -> Result<(), String> {
    if i18n::is_loaded(lang) {
        return Ok(());
    }
    i18n::load(lang, &loader_text(crate::handshake::EXPLORER_CATALOG, Some(lang.key())).await?)
}

/// The text one of boot.js's fetching functions (`window[global](arg)`) resolves to; says why
/// there is none.
pub(super) async fn loader_text(global: &str, arg: Option<&str>) -> Result<String, String> {
    let window: JsValue = web_sys::window().ok_or("no window")?.into();
    let fetch = js_sys::Reflect::get(&window, &JsValue::from_str(global))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or("the page's loader (boot.js) is missing")?;
    let promise = fetch.call1(&JsValue::NULL, &arg.map_or(JsValue::UNDEFINED, JsValue::from_str)).map_err(describe)?;
    let text = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise)).await.map_err(describe)?;
    text.as_string().ok_or_else(|| "the file is not text".into())
}


