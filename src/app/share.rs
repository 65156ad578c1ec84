//! Sharing the current view: copy its link, its title and link, or its chart as a picture;
//! take an iframe snippet that embeds it; download it. (Citing it: `cite.rs`.) The buttons
//! and panels are the page's (`page`); these handle their presses.

use crate::page::part::Part;
use crate::app::clipboard::{copy_to_clipboard, status_line, Status};
use crate::app::ctx::Ctx;
use crate::app::parts::{self, Waiting};
use crate::chart::layout::ImageSize;
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
    if ctx.spec.with_untracked(|s| s.chart().is_none()) {
        return;
    }
    let name = ctx.state.with_untracked(|s| crate::export::file_name(s, "png"));
    copy_png(ctx, name, l, status_line(ctx, Part::CopyStatus));
}

/// The image size the reader picked beside the image buttons.
fn image_size(ctx: Ctx) -> ImageSize {
    let picked = ctx.part(Part::ImageSize).and_then(|s| js_sys::Reflect::get(&s, &"value".into()).ok()).and_then(|v| v.as_string());
    picked.as_deref().and_then(ImageSize::parse).unwrap_or(ImageSize::Chart)
}

/// The chart's drawing for an image of `size`, from the share part (`parts::image_svg`).
async fn image_svg(ctx: Ctx, size: ImageSize, waiting: Waiting) -> Option<String> {
    waiting.end(parts::image_svg(ctx, size).await).flatten()
}

/// Puts the chart's PNG on the clipboard; where the browser gives pages no way to copy an
/// image (no `ClipboardItem`, or the write refused), downloads it instead and says so.
/// `clipboard.write` is called within the click, with the picture still being drawn (a
/// promise in the `ClipboardItem`), as Safari requires, even when the share part that draws
/// it is still on its way.
fn copy_png(ctx: Ctx, name: String, l: Lang, status: Status) {
    use wasm_bindgen::{JsCast, JsValue};
    let size = image_size(ctx);
    let fallback = move || {
        leptos::task::spawn_local(async move {
            let Some(svg) = image_svg(ctx, size, Waiting::start(status, l)).await else { return };
            match png_canvas(svg, scale(size)).await.and_then(|c| c.to_data_url_with_type("image/png")) {
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
    let (Some(constructor), Some(write)) = (constructor, write) else { return fallback() };
    let waiting = Waiting::start(status, l);
    let blob = wasm_bindgen_futures::future_to_promise(async move {
        let drawing = image_svg(ctx, size, waiting).await.ok_or("no chart")?;
        let canvas = png_canvas(drawing, scale(size)).await?;
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
    let Some(written) = written else { return fallback() };
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(written).await {
            Ok(_) => status.set(l.tr("Chart image copied.")),
            Err(_) => fallback(),
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

/// The chart as a PNG at `scale` times its SVG's pixel size, on white: the SVG drawn onto a canvas. The
/// SVG is read from a `blob:` address, which the page's Content-Security-Policy allows for
/// images only.
async fn png_data_url(svg: String, scale: u32) -> Result<String, wasm_bindgen::JsValue> {
    png_canvas(svg, scale).await?.to_data_url_with_type("image/png")
}

/// How many pixels a PNG gives each of its SVG's: the chart's own drawing twice over (1,440 px
/// wide); a slide or a square is drawn at its pixel size already.
fn scale(size: ImageSize) -> u32 {
    if size == ImageSize::Chart { 2 } else { 1 }
}

/// The chart drawn at `scale` times its pixel size on white, on a canvas of its own.
async fn png_canvas(svg: String, scale: u32) -> Result<web_sys::HtmlCanvasElement, wasm_bindgen::JsValue> {
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
    canvas.set_width(w * scale);
    canvas.set_height(h * scale);
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no 2d canvas")?.unchecked_into();
    context.scale(f64::from(scale), f64::from(scale))?;
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

/// Points the CSV and JSON links at the files the build wrote for the view on screen, where it
/// has no options (`export::file_address`), so that the address can be copied, put in a script
/// or opened offline; else at nothing, the file being made when pressed.
pub fn point_downloads(ctx: Ctx) {
    let state = ctx.state.get_untracked();
    for kind in ["csv", "json", "events-csv"] {
        let Some(link) = ctx.find(&format!("[data-kind={kind}]")) else { continue };
        match crate::export::file_address(&state, kind) {
            Some(address) => {
                let _ = link.set_attribute("href", &crate::app::url::site_file(&address));
                let _ = link.set_attribute("download", &crate::export::download_name(&state, kind));
            }
            None => {
                let _ = link.set_attribute("href", "#");
                let _ = link.remove_attribute("download");
            }
        }
    }
}

/// Marks a download link whose file the share part has made: its next click is the one that
/// follows it.
const MADE: &str = "data-made";

/// A press on a download link: the chart as SVG and PNG, its data as CSV and JSON (the
/// figures view: every figure its filters keep). Made by the share part (`parts::export`) from
/// the same specification as the chart on screen, so they always match it, and only when
/// clicked, so view changes cost nothing extra: the link is given the file's address and
/// followed once the file is made.
pub fn download(ctx: Ctx, ev: &web_sys::Event, link: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Some(kind) = link.get_attribute("data-kind") else { return };
    if link.has_attribute(MADE) {
        let _ = link.remove_attribute(MADE);
        return;
    }
    // A view with no options has its data at an address the build wrote, which the link
    // names (`point_downloads`): online, the browser follows it; offline (the worker does
    // not keep those files, to keep its install small) the share part makes the same file.
    let online = window().navigator().on_line();
    if online && ctx.state.with_untracked(|s| crate::export::file_address(s, &kind)).is_some() {
        point_downloads(ctx);
        return;
    }
    ev.prevent_default();
    let status = status_line(ctx, Part::DownloadStatus);
    let l = ctx.lang.get_untracked();
    let waiting = Waiting::start(status, l);
    let link = link.clone();
    leptos::task::spawn_local(async move {
        let size = image_size(ctx);
        let Some(file) = waiting.end(parts::export(ctx, kind.clone(), size).await) else { return };
        if kind == "png" {
            match png_data_url(file.content, scale(size)).await {
                Ok(url) => save(&url, &file.name),
                Err(_) => status.set(l.tr(" The PNG could not be made in this browser; the SVG can be.")),
            }
            return;
        }
        let mime = match kind.as_str() {
            "svg" => "image/svg+xml",
            "csv" | "events-csv" => "text/csv",
            _ => "application/json",
        };
        let _ = link.set_attribute("href", &crate::export::data_url(mime, &file.content));
        let _ = link.set_attribute("download", &file.name);
        let _ = link.set_attribute(MADE, "");
        link.unchecked_ref::<web_sys::HtmlElement>().click();
    });
}
