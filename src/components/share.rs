//! Sharing the current view: copy its link, or take an iframe snippet that embeds it.
//! (Citing it: `cite.rs`.)

use crate::chart::ChartSpec;
use crate::i18n::Lang;
use crate::page::words;
use crate::url::absolute_address;
use crate::view_state::ViewState;
use leptos::prelude::*;

/// Copies `text` to the clipboard and says how it went; where there is no clipboard (outside
/// a secure context) or it is refused, says `by_hand` instead.
pub fn copy_to_clipboard(text: String, done: &'static str, by_hand: String, set_status: WriteSignal<String>) {
    let clipboard = window().navigator().clipboard();
    if clipboard.is_undefined() {
        set_status.set(by_hand);
        return;
    }
    let promise = clipboard.write_text(&text);
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => set_status.set(done.into()),
            Err(_) => set_status.set(by_hand),
        }
    });
}

/// Copy the link; copy the chart's title with the link (for a message or a slide's caption);
/// copy the chart as a picture, its title and source line in it, so that nobody crops a
/// screenshot that loses them. One status line says how each went.
#[component]
pub fn CopyLink(state: RwSignal<ViewState>, spec: Memo<ChartSpec>, lang: Memo<Lang>) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let copy = move |_| {
        let l = lang.get_untracked();
        let address = state.with_untracked(absolute_address);
        let by_hand = format!("{}{address}", l.tr("Copy this link: "));
        copy_to_clipboard(address, l.tr("Link copied."), by_hand, set_status);
    };
    let copy_title = move |_| {
        let l = lang.get_untracked();
        let text = format!("{}\n{}", spec.with_untracked(|s| s.title.clone()), state.with_untracked(absolute_address));
        let by_hand = format!("{}{}", l.tr("Copy this: "), text.replace('\n', " "));
        copy_to_clipboard(text, l.tr("Title and link copied."), by_hand, set_status);
    };
    let copy_image = move |_| {
        let l = lang.get_untracked();
        let svg = spec.with_untracked(|s| crate::chart::render::render_svg(s, 720.0));
        let name = state.with_untracked(|s| crate::export::file_name(s, "png"));
        copy_png(svg, name, l, set_status);
    };
    view! {
        <button type="button" data-testid="copy-link" on:click=copy>
            {move || words::copy_link(lang.get())}
        </button>
        <button type="button" data-testid="copy-title-link" on:click=copy_title>
            {move || words::copy_title_and_link(lang.get())}
        </button>
        <button type="button" data-testid="copy-image" on:click=copy_image>
            {move || words::copy_image(lang.get())}
        </button>
        <span role="status" data-testid="copy-status">{status}</span>
    }
}

/// Puts the chart's PNG on the clipboard; where the browser gives pages no way to copy an
/// image (no `ClipboardItem`, or the write refused), downloads it instead and says so.
/// `clipboard.write` is called within the click, with the picture still being drawn (a
/// promise in the `ClipboardItem`), as Safari requires.
fn copy_png(svg: String, name: String, l: Lang, set_status: WriteSignal<String>) {
    use wasm_bindgen::{JsCast, JsValue};
    let fallback = move |svg: String| {
        leptos::task::spawn_local(async move {
            match png_canvas(svg).await.and_then(|c| c.to_data_url_with_type("image/png")) {
                Ok(url) => {
                    save(&url, &name);
                    set_status.set(l.tr("This browser does not let pages copy images: the chart image was downloaded instead.").into());
                }
                Err(_) => set_status.set(l.tr(" The PNG could not be made in this browser; the SVG can be.").trim_start().into()),
            }
        });
    };
    let clipboard: JsValue = window().navigator().clipboard().into();
    let constructor = js_sys::Reflect::get(&window(), &"ClipboardItem".into()).ok().and_then(|c| c.dyn_into::<js_sys::Function>().ok());
    let write = js_sys::Reflect::get(&clipboard, &"write".into()).ok().and_then(|w| w.dyn_into::<js_sys::Function>().ok());
    let (Some(constructor), Some(write)) = (constructor, write) else { return fallback(svg) };
    let drawing = svg.clone();
    let blob = wasm_bindgen_futures::future_to_promise(async move {
        let canvas = png_canvas(drawing).await?;
        let made = js_sys::Promise::new(&mut |resolve, reject| {
            let refuse = reject.clone();
            let callback = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
                let _ = if blob.is_null() { refuse.call1(&JsValue::NULL, &"no PNG".into()) } else { resolve.call1(&JsValue::NULL, &blob) };
            });
            if canvas.to_blob_with_type(callback.unchecked_ref(), "image/png").is_err() {
                let _ = reject.call1(&JsValue::NULL, &"no PNG".into());
            }
        });
        wasm_bindgen_futures::JsFuture::from(made).await
    });
    let items = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&items, &"image/png".into(), &blob);
    let written = js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(&items))
        .and_then(|item| write.call1(&clipboard, &js_sys::Array::of1(&item)))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(written) = written else { return fallback(svg) };
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(written).await {
            Ok(_) => set_status.set(l.tr("Chart image copied.").into()),
            Err(_) => fallback(svg),
        }
    });
}

/// The iframe snippet for the current view, shown on demand in a read-only field.
#[component]
pub fn EmbedSnippet(state: RwSignal<ViewState>, lang: Memo<Lang>) -> impl IntoView {
    let (open, set_open) = signal(false);
    let snippet = move || {
        let embedded = ViewState { embed: true, ..state.get() };
        let title = crate::escape::escape(embedded.lang.tr("Shenzhen's priority industries: chart"));
        // The script fits the frame to the chart, its notes and source line; a host that runs
        // no scripts keeps the fixed height.
        format!(
            r#"<iframe src="{}" title="{title}" width="100%" height="620" style="border:0" loading="lazy" data-shenzhen-explorer></iframe><script src="{}" async></script>"#,
            absolute_address(&embedded),
            crate::url::site_file("embed.js"),
        )
    };
    view! {
        <button type="button" data-testid="embed-toggle" aria-expanded=move || open.get().to_string() on:click=move |_| set_open.update(|o| *o = !*o)>
            {move || words::embed(lang.get())}
        </button>
        <label class="embed-snippet" hidden=move || !open.get()>
            {move || words::paste_embed(lang.get())}
            <textarea readonly rows="3" data-testid="embed-snippet" prop:value=snippet></textarea>
        </label>
    }
}

/// The chart as a PNG at twice its pixel size, on white: the SVG drawn onto a canvas. The
/// SVG is read from a `blob:` address, which the page's Content-Security-Policy allows for
/// images only.
async fn png_data_url(svg: String) -> Result<String, wasm_bindgen::JsValue> {
    png_canvas(svg).await?.to_data_url_with_type("image/png")
}

/// The chart drawn at twice its pixel size on white, on a canvas of its own.
async fn png_canvas(svg: String) -> Result<web_sys::HtmlCanvasElement, wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&svg.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let image = web_sys::HtmlImageElement::new()?;
    image.set_src(&url);
    let decoded = wasm_bindgen_futures::JsFuture::from(image.decode()).await;
    web_sys::Url::revoke_object_url(&url)?;
    decoded?;
    let (w, h) = (image.natural_width(), image.natural_height());
    let canvas: web_sys::HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    canvas.set_width(w * 2);
    canvas.set_height(h * 2);
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no 2d canvas")?.unchecked_into();
    context.scale(2.0, 2.0)?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(w), f64::from(h));
    context.draw_image_with_html_image_element(&image, 0.0, 0.0)?;
    Ok(canvas)
}

/// Follows a download link made outside the click that asked for it (the PNG is made
/// asynchronously).
fn save(url: &str, name: &str) {
    use wasm_bindgen::JsCast;
    let Ok(link) = document().create_element("a") else { return };
    let _ = link.set_attribute("href", url);
    let _ = link.set_attribute("download", name);
    link.unchecked_ref::<web_sys::HtmlElement>().click();
}

/// Download links for the current view: the chart as SVG and PNG, its data as CSV and JSON.
/// Made from the same specification as the chart on screen, so they always match it, and
/// only when clicked (the click sets the link's address before the browser follows it), so
/// view changes cost nothing extra.
#[component]
pub fn Downloads(state: RwSignal<ViewState>, lang: Memo<Lang>) -> impl IntoView {
    use crate::chart::{render::render_svg, spec_for};
    use crate::data::DATASET;
    use crate::export::{csv, data_url, figures_csv, figures_json, file_name, json};
    use wasm_bindgen::JsCast;
    let (failed, set_failed) = signal(false);
    let prepare = move |ev: web_sys::MouseEvent| {
        let Some(link) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let Some(kind) = link.get_attribute("data-kind") else { return };
        let (content, name) = state.with_untracked(|s| {
            let spec = spec_for(&DATASET, s);
            let table = s.view == crate::view_state::View::Figures;
            let content = match kind.as_str() {
                "csv" if table => figures_csv(&DATASET, s),
                "json" if table => figures_json(&DATASET, s, &absolute_address(s)),
                "svg" | "png" => render_svg(&spec, 720.0),
                "csv" => csv(&DATASET, &spec, s.lang),
                _ => json(&DATASET, &spec, s, &absolute_address(s)),
            };
            (content, file_name(s, &kind))
        });
        if kind == "png" {
            ev.prevent_default();
            set_failed.set(false);
            leptos::task::spawn_local(async move {
                match png_data_url(content).await {
                    Ok(url) => save(&url, &name),
                    Err(_) => set_failed.set(true),
                }
            });
            return;
        }
        let mime = match kind.as_str() {
            "svg" => "image/svg+xml",
            "csv" => "text/csv",
            _ => "application/json",
        };
        let _ = link.set_attribute("href", &data_url(mime, &content));
        let _ = link.set_attribute("download", &name);
    };
    let l = move || lang.get();
    view! {
        <span class="downloads" on:click=prepare>{move || words::download(l())}
            <a href="#" data-kind="svg" data-testid="download-svg">"SVG"</a> " "
            <a href="#" data-kind="png" data-testid="download-png">{move || words::png(l())}</a> " "
            <a href="#" data-kind="csv" data-testid="download-csv">"CSV"</a> " "
            <a href="#" data-kind="json" data-testid="download-json">"JSON"</a>
            <span role="status" data-testid="download-status">
                {move || failed.get().then(|| l().tr(" The PNG could not be made in this browser; the SVG can be."))}
            </span>
        </span>
    }
}
