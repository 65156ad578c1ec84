//! Sharing the current view: copy its link, its title and link, or its chart as a picture;
//! take an iframe snippet that embeds it; download it. (Citing it: `cite.rs`.) The buttons
//! and panels are the page's (`page`); these handle their presses.

use crate::page::part::Part;
use crate::app::clipboard::{copy_to_clipboard, status_line, Status};
use crate::app::ctx::Ctx;
use crate::i18n::Lang;
use crate::app::url::absolute_address;
use crate::view_state::ViewState;
use leptos::prelude::*;

/// Copy the link.
pub fn copy_link(ctx: Ctx) {
    let l = ctx.lang.get_untracked();
    let address = ctx.state.with_untracked(absolute_address);
    let by_hand = format!("{}{address}", l.tr("Copy this link: "));
    copy_to_clipboard(address, l.tr("Link copied."), by_hand, status_line(ctx, Part::CopyStatus));
}

/// Copy the chart's title with the link, for a message or a slide's caption.
pub fn copy_title_and_link(ctx: Ctx) {
    let l = ctx.lang.get_untracked();
    let text = format!("{}\n{}", ctx.spec.with_untracked(|s| s.title().to_string()), ctx.state.with_untracked(absolute_address));
    let by_hand = format!("{}{}", l.tr("Copy this: "), text.replace('\n', " "));
    copy_to_clipboard(text, l.tr("Title and link copied."), by_hand, status_line(ctx, Part::CopyStatus));
}

/// Copy the chart as a picture, its title and source line in it, so that nobody crops a
/// screenshot that loses them.
pub fn copy_image(ctx: Ctx) {
    let l = ctx.lang.get_untracked();
    let Some(svg) = image_svg(ctx) else { return };
    let name = ctx.state.with_untracked(|s| crate::export::file_name(s, "png"));
    copy_png(svg, name, l, status_line(ctx, Part::CopyStatus));
}

/// The chart as an image, its source line ending with the view's address and the day of
/// access (`export::image_source_line`); none in the figures view, which has no chart.
fn image_svg(ctx: Ctx) -> Option<String> {
    use crate::chart::render::render_with_source;
    use crate::export::image_source_line;
    let (link, l, today) = (ctx.state.with_untracked(absolute_address), ctx.lang.get_untracked(), crate::app::cite::today());
    ctx.spec.with_untracked(|s| s.chart().map(|spec| render_with_source(spec, 720.0, &image_source_line(spec, &link, &today, l))))
}

/// Puts the chart's PNG on the clipboard; where the browser gives pages no way to copy an
/// image (no `ClipboardItem`, or the write refused), downloads it instead and says so.
/// `clipboard.write` is called within the click, with the picture still being drawn (a
/// promise in the `ClipboardItem`), as Safari requires.
fn copy_png(svg: String, name: String, l: Lang, status: Status) {
    use wasm_bindgen::{JsCast, JsValue};
    let fallback = move |svg: String| {
        leptos::task::spawn_local(async move {
            match png_canvas(svg).await.and_then(|c| c.to_data_url_with_type("image/png")) {
                Ok(url) => {
                    save(&url, &name);
                    status.set(l.tr("This browser does not let pages copy images: the chart image was downloaded instead."));
                }
                Err(_) => status.set(l.tr(" The PNG could not be made in this browser; the SVG can be.").trim_start()),
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
            Ok(_) => status.set(l.tr("Chart image copied.")),
            Err(_) => fallback(svg),
        }
    });
}

/// Whether the embed snippet is shown.
pub fn embed_open(ctx: Ctx) -> bool {
    ctx.part(Part::EmbedToggle).and_then(|b| b.get_attribute("aria-expanded")).as_deref() == Some("true")
}

/// Shows the iframe snippet for the current view in its read-only field, or hides it.
pub fn set_embed_open(ctx: Ctx, open: bool) {
    let (Some(button), Some(field)) = (ctx.part(Part::EmbedToggle), ctx.part(Part::EmbedSnippet)) else { return };
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if let Some(label) = field.parent_element() {
        let _ = if open { label.remove_attribute("hidden") } else { label.set_attribute("hidden", "") };
    }
    if open {
        let embedded = ViewState { embed: true, ..ctx.state.get_untracked() };
        let snippet = crate::page::embed_snippet(embedded.lang, &absolute_address(&embedded), &crate::app::url::site_file("embed.js"));
        let _ = js_sys::Reflect::set(&field, &"value".into(), &snippet.into());
    }
}

pub fn toggle_embed(ctx: Ctx) {
    set_embed_open(ctx, !embed_open(ctx));
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

/// A press on a download link: the chart as SVG and PNG, its data as CSV and JSON (the
/// figures view: every figure its filters keep). Made from the same specification as the
/// chart on screen, so they always match it, and only when clicked (the click sets the
/// link's address before the browser follows it), so view changes cost nothing extra.
pub fn download(ctx: Ctx, ev: &web_sys::Event, link: &web_sys::Element) {
    use crate::data::DATASET;
    use crate::export::{csv, data_url, figures_csv, figures_json, file_name, json};
    let Some(kind) = link.get_attribute("data-kind") else { return };
    let (content, name) = ctx.state.with_untracked(|s| {
        let content = ctx.spec.with_untracked(|shown| match (shown.chart(), kind.as_str()) {
            // The figures view offers its data, no picture.
            (None, "csv") => figures_csv(&DATASET, s),
            (None, _) => figures_json(&DATASET, s, &absolute_address(s)),
            (Some(_), "svg" | "png") => image_svg(ctx).unwrap_or_default(),
            (Some(spec), "csv") => csv(&DATASET, spec, s.lang),
            (Some(spec), _) => json(&DATASET, spec, s, &absolute_address(s)),
        });
        (content, file_name(s, &kind))
    });
    let status = status_line(ctx, Part::DownloadStatus);
    if kind == "png" {
        ev.prevent_default();
        status.set("");
        let l = ctx.lang.get_untracked();
        leptos::task::spawn_local(async move {
            match png_data_url(content).await {
                Ok(url) => save(&url, &name),
                Err(_) => status.set(l.tr(" The PNG could not be made in this browser; the SVG can be.")),
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
}
