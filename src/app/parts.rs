//! The app's parts: code that no link needs to open and no control needs to answer a press,
//! kept out of the core WebAssembly. Each function below marked `wasm_split(PART, ..)` moves,
//! with all the code only it reaches, into that part's module (`scripts/wasm.sh`); calling it
//! fetches the part first, once for the part. The core asks for every part as it starts taking
//! the page over (`fetch_all`), so a press rarely waits; a press that does shows its
//! result when the part arrives (`Waiting` says so meanwhile), and a part that cannot load
//! says so and is fetched again at the next press. Natively (the tests) each runs at once.
//!
//! The share part: the view's citation, its downloads and its chart as an image.

use crate::app::clipboard::Status;
use crate::app::ctx::Ctx;
use crate::chart::layout::ImageSize;
use crate::cite::Citation;
use crate::i18n::Lang;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Waker};

/// A part's module could not be fetched or started (offline, say); the next call tries again.
#[derive(Clone, Copy, Debug)]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

thread_local! {
    /// Whether the share part has arrived: a press then needs no busy state.
    static SHARE_ARRIVED: Cell<bool> = const { Cell::new(false) };
}

/// The view's citation in its three forms, with the cite panel's markup for them.
#[wasm_split(share, wasm_split_path = ::leptos::wasm_split, fallible, preload(fetch_share))]
pub fn citation(ctx: Ctx) -> Result<(Citation, String), NotLoaded> {
    let s = ctx.state.get_untracked();
    let link = crate::app::url::absolute_address(&s);
    let today = crate::app::ctx::today();
    let files = crate::app::url::site_file(&format!("data/v/{}/", crate::data::DATASET.meta.reviewed));
    let c = ctx.spec.with_untracked(|spec| crate::cite::cite(&crate::data::DATASET, spec, &s, &link, &files, &today));
    let panel = crate::page::cite_panel(&c, s.lang);
    Ok((c, panel))
}

/// A file the share line offers: its contents and its name.
pub struct File {
    pub content: String,
    pub name: String,
}

/// The download of `kind` (`svg`, `png`, `csv`, `json`, `events-csv`) for the view on screen; a PNG's
/// content is its SVG, which the core draws onto a canvas.
#[wasm_split(share, wasm_split_path = ::leptos::wasm_split, fallible, preload(#[allow(dead_code)] fetch_share_export))]
pub fn export(ctx: Ctx, kind: String, size: ImageSize) -> Result<File, NotLoaded> {
    use crate::data::DATASET;
    use crate::export::{csv, download_name, events_csv, figures_csv, figures_json, json};
    Ok(ctx.state.with_untracked(|s| {
        let link = crate::app::url::absolute_address(s);
        let content = ctx.spec.with_untracked(|shown| match (shown.chart(), kind.as_str()) {
            // The figures view offers its data, no picture.
            (None, "csv") => figures_csv(&DATASET, s),
            (None, _) => figures_json(&DATASET, s, &link),
            (Some(spec), "events-csv") => events_csv(&DATASET, spec, s.lang),
            (Some(_), "svg" | "png") => drawn_image(ctx, size).unwrap_or_default(),
            (Some(spec), "csv") => csv(&DATASET, spec, s.lang),
            (Some(spec), _) => json(&DATASET, spec, s, &link),
        });
        File { content, name: download_name(s, &kind) }
    }))
}

/// The chart as an image, its source line ending with the view's address and the day of
/// access (`export::image_source_line`); none in the figures view, which has no chart.
#[wasm_split(share, wasm_split_path = ::leptos::wasm_split, fallible, preload(#[allow(dead_code)] fetch_share_image))]
pub fn image_svg(ctx: Ctx, size: ImageSize) -> Result<Option<String>, NotLoaded> {
    Ok(drawn_image(ctx, size))
}

/// The chart as an image of `size`; notes that a fixed size has no room for give way to
/// where the view's address shows them all.
fn drawn_image(ctx: Ctx, size: ImageSize) -> Option<String> {
    use crate::chart::render::render_image;
    use crate::export::image_source_line;
    let (link, l, today) = (ctx.state.with_untracked(crate::app::url::absolute_address), ctx.lang.get_untracked(), crate::app::ctx::today());
    let more = crate::i18n::fill(l.tr("All the notes: {0}"), &[&link]);
    ctx.spec.with_untracked(|s| s.chart().map(|spec| render_image(spec, size, &image_source_line(spec, &link, &today, l), &more)))
}

/// Every part on its way ([`fetch_all`]).
pub struct Fetching(Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>);

/// Asks for every part now, within the current task: a load's first poll makes its request,
/// so the parts download while the app takes the page over (a press at `data-app=ready` then
/// waits for little or nothing), rather than once it has.
pub fn fetch_all() -> Fetching {
    let mut share: Pin<Box<dyn Future<Output = _>>> = Box::pin(fetch_share());
    let _ = share.as_mut().poll(&mut Context::from_waker(Waker::noop()));
    Fetching(share)
}

impl Fetching {
    /// Once every part has come, or failed to (a part that did not is fetched again at its
    /// next press): `done`.
    pub fn then(self, done: impl FnOnce() + 'static) {
        leptos::task::spawn_local(async move {
            if self.0.await.is_ok() {
                SHARE_ARRIVED.with(|a| a.set(true));
            }
            done();
        });
    }
}

/// A press's status line while its part is on its way: it says so, and the press's result
/// replaces it.
pub struct Waiting {
    status: Status,
    lang: Lang,
    /// Whether the line says the part is on its way (cleared when it comes).
    said: bool,
}

impl Waiting {
    /// Says the part is on its way, unless it has arrived.
    pub fn start(status: Status, lang: Lang) -> Waiting {
        let said = !SHARE_ARRIVED.with(Cell::get);
        if said {
            status.set(lang.tr("Loading…"));
        }
        Waiting { status, lang, said }
    }

    /// The part came (the result then says how it went) or it did not, which is said.
    pub fn end<T>(self, result: Result<T, NotLoaded>) -> Option<T> {
        match result {
            Ok(value) => {
                SHARE_ARRIVED.with(|a| a.set(true));
                if self.said {
                    self.status.set("");
                }
                Some(value)
            }
            Err(NotLoaded) => {
                self.status.set(self.lang.tr("This part of the explorer could not be loaded. Press again to try again."));
                None
            }
        }
    }
}
