//! The page's markup for the prerender: the default link's whole page as HTML, written at
//! build time by `examples/prerender.rs` into `dist/index.html`, so the chart is on screen
//! before any script runs and readers without JavaScript and link previews see it too.
//!
//! Every text and every section comes from the same functions the app uses (`static_html`,
//! `controls_model`, the chart's spec and `render`, the words below); only the few elements
//! the Leptos components create themselves are written here, in the same order and with the
//! same classes, so the app takes over without anything moving (a browser test measures it).

use crate::chart::{render::render_svg, spec_for, widths, ChartSpec};
use crate::controls_model::{apply, nav_html, Part};
use crate::data::DATASET;
use crate::i18n::Lang;
use crate::escape::escape;
use crate::static_html;
use crate::view_state::{to_query_for, View, ViewState};
use std::fmt::Write;

/// Words the components and the prerender share.
pub mod words {
    use crate::i18n::Lang;

    pub fn lede(l: Lang) -> &'static str {
        l.tr("Artificial intelligence, new-energy vehicles and biomedicine: the three sectors Shenzhen gave their own offices in October 2024. Every figure carries its source, period and basis.")
    }
    pub fn explore(l: Lang) -> &'static str {
        l.tr("Explore")
    }
    pub fn language(l: Lang) -> &'static str {
        l.tr("Language")
    }
    pub fn headline_figures(l: Lang) -> &'static str {
        l.tr("The article's headline figures")
    }
    pub fn copy_link(l: Lang) -> &'static str {
        l.tr("Copy link to this view")
    }
    pub fn copy_title_and_link(l: Lang) -> &'static str {
        l.tr("Copy title and link")
    }
    /// The chart as a picture, with its title and source line, for slides and messages.
    pub fn copy_image(l: Lang) -> &'static str {
        l.tr("Copy chart image")
    }
    /// Under the chart until a mark is hovered or focused.
    pub fn mark_hint(l: Lang) -> &'static str {
        l.tr("Hover over or tab to a bar for its exact value, period, basis and source.")
    }
    pub fn cite(l: Lang) -> &'static str {
        l.tr("Cite this view")
    }
    pub fn embed(l: Lang) -> &'static str {
        l.tr("Embed this chart")
    }
    pub fn paste_embed(l: Lang) -> &'static str {
        l.tr("Paste this into a web page: ")
    }
    pub fn download(l: Lang) -> &'static str {
        l.tr("Download: ")
    }
    pub fn png(l: Lang) -> &'static str {
        l.tr("PNG (2x)")
    }
    pub fn based_on(l: Lang) -> &'static str {
        l.tr("Based on ")
    }
    /// The data's licence and the code's, which does not cover the data.
    pub fn licence(l: Lang) -> &'static str {
        l.tr("Data: the compiled dataset is offered under CC BY 4.0; each figure keeps its own source. Code: MIT licence.")
    }
    /// The loading shell's line, under the title, until the app draws the linked view.
    pub fn loading(l: Lang) -> &'static str {
        l.tr("Loading the explorer…")
    }
    /// What a control pressed before the app is ready says.
    pub fn still_loading(l: Lang) -> &'static str {
        l.tr("The explorer is still loading; your choice will apply in a moment.")
    }
    fn theme_name(l: Lang, choice: &str) -> &'static str {
        match choice {
            "light" => l.tr("light"),
            "dark" => l.tr("dark"),
            _ => l.tr("system"),
        }
    }
    /// The theme button's text, short enough for one row of tools on a phone: "◐ light".
    pub fn theme(l: Lang, choice: &str) -> String {
        format!("◐ {}", theme_name(l, choice))
    }
    /// The theme button's accessible name: what it shows and what it does.
    pub fn theme_label(l: Lang, choice: &str) -> String {
        format!("{}{}{}", l.tr("Theme: "), theme_name(l, choice), l.tr(". Change theme"))
    }
}

/// A language's name on its button. Chinese is drawn as two small strokes-only glyphs, not
/// text: the first screen of an English or French page then loads no CJK font, which took
/// 50-80 ms of the first layout on a CPU slowed 4x (measured). The button's accessible name
/// is the text itself (`aria-label`).
pub fn language_name_html(l: Lang) -> String {
    match l {
        Lang::Zh => ZHONGWEN_SVG.to_string(),
        other => escape(other.name()),
    }
}

/// 中文 in strokes: 中 (a box crossed by a vertical), 文 (a dot, a bar, two crossing sweeps).
const ZHONGWEN_SVG: &str = "<svg class=\"glyphs\" viewBox=\"0 0 26 13\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M2.5 3.5h8v5h-8zM6.5 0.8v11.4M19 0.8v2M13.8 3.6h10.4M16 4c1.6 3.6 4 6.4 7.6 8M22 4c-1.6 3.6-4 6.4-7.6 8\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.4\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>";

/// The chart once per layout width; the stylesheet shows the one for the screen. The ids the
/// drawing's title and description are named by get the width, so they stay unique.
fn chart_drawings(spec: &ChartSpec) -> String {
    let mut h = String::new();
    for (i, layout) in widths::LAYOUTS.iter().enumerate() {
        let n = layout.width as u32;
        let svg = render_svg(spec, layout.width)
            .replace("chart-title", &format!("chart-title-{n}"))
            .replace("chart-desc", &format!("chart-desc-{n}"));
        let _ = write!(h, "<div class=\"{}\">{svg}</div>", widths::class(i));
    }
    h
}

fn masthead(l: Lang) -> String {
    let mut langs = String::new();
    for other in Lang::ALL {
        let _ = write!(
            langs,
            "<button type=\"button\" lang=\"{0}\" data-testid=\"lang-{0}\" aria-label=\"{2}\" aria-pressed=\"{1}\">{3}</button>",
            other.key(),
            *other == l,
            other.name(),
            language_name_html(*other)
        );
    }
    format!(
        "<header class=\"masthead\"><div class=\"masthead-tools\"><div class=\"lang-switch\" role=\"group\" aria-label=\"{}\">{langs}</div><button type=\"button\" class=\"theme-toggle\" data-testid=\"theme-toggle\" aria-label=\"{}\">{}</button></div><h1>{}</h1><p class=\"lede\">{}</p></header>",
        words::language(l),
        escape(&words::theme_label(l, "system")),
        escape(&words::theme(l, "system")),
        escape(DATASET.meta.title.get(l)),
        escape(words::lede(l)),
    )
}

fn share(l: Lang) -> String {
    format!(
        "<p class=\"share\"><button type=\"button\" data-testid=\"copy-link\">{}</button><button type=\"button\" data-testid=\"copy-title-link\">{}</button><button type=\"button\" data-testid=\"copy-image\">{}</button><span role=\"status\" data-testid=\"copy-status\"></span><button type=\"button\" data-testid=\"cite-toggle\" aria-expanded=\"false\">{}</button><span class=\"cite-panel\" data-testid=\"cite-panel\" hidden></span><button type=\"button\" data-testid=\"embed-toggle\" aria-expanded=\"false\">{}</button><label class=\"embed-snippet\" hidden>{}<textarea readonly rows=\"3\" data-testid=\"embed-snippet\"></textarea></label><span class=\"downloads\">{}<a href=\"#\" data-kind=\"svg\" data-testid=\"download-svg\">SVG</a> <a href=\"#\" data-kind=\"png\" data-testid=\"download-png\">{}</a> <a href=\"#\" data-kind=\"csv\" data-testid=\"download-csv\">CSV</a> <a href=\"#\" data-kind=\"json\" data-testid=\"download-json\">JSON</a><span role=\"status\" data-testid=\"download-status\"></span></span></p>",
        escape(words::copy_link(l)),
        escape(words::copy_title_and_link(l)),
        escape(words::copy_image(l)),
        escape(words::cite(l)),
        escape(words::embed(l)),
        escape(words::paste_embed(l)),
        escape(words::download(l)),
        escape(words::png(l)),
    )
}

/// The loading shell's title and line (index.html's `#shell-title`, `#shell-status`) in each
/// language, each in its own `lang` span; the stylesheet shows the one the first-screen
/// script picked (`data-shell` on `<html>`), so a French or Chinese reader waiting for the
/// app reads their own language, never English first.
pub fn shell_texts() -> (String, String) {
    let each = |text: fn(Lang) -> String| Lang::ALL.iter().map(|l| format!("<span lang=\"{}\">{}</span>", l.pick("en", "fr", "zh-Hans"), escape(&text(*l)))).collect::<String>();
    (each(|l| DATASET.meta.title.get(l).to_string()), each(|l| words::loading(l).to_string()))
}

/// The explore section for a view state: its tabs, the chart at every layout width, the
/// options, the share line, the summary and the table.
fn explore(state: &ViewState) -> String {
    let l = state.lang;
    let spec = spec_for(&DATASET, state);
    format!(
        "<section class=\"explore\" aria-label=\"{explore}\">{tabs}\
         <figure class=\"chart-figure\" aria-labelledby=\"chart-caption\"><figcaption id=\"chart-caption\" class=\"visually-hidden\">{title}</figcaption>\
         <div class=\"chart\" data-testid=\"chart\">{drawings}</div><p class=\"mark-detail empty\" data-testid=\"mark-detail\" role=\"status\"><span class=\"hint\" aria-hidden=\"true\">{hint}</span></p>\
         <p class=\"still-loading\" id=\"still-loading\" role=\"status\" data-testid=\"still-loading\" hidden>{loading}</p></figure>\
         {options}{share}<p class=\"summary\" data-testid=\"chart-summary\">{summary}</p><div class=\"table-wrap\">{table}</div></section>",
        explore = escape(words::explore(l)),
        tabs = nav_html(state, Part::Tabs),
        title = escape(&spec.title),
        drawings = chart_drawings(&spec),
        hint = escape(words::mark_hint(l)),
        loading = escape(words::still_loading(l)),
        options = nav_html(state, Part::Options),
        share = share(l),
        summary = escape(&spec.summary),
        table = static_html::table(&spec, l),
    )
}

/// The other views' explore sections, which the first-screen script swaps in when a view's
/// tab is pressed before the app is ready: the view switch works without waiting for the
/// WebAssembly, and the app then takes over the same view (the press is noted for it too).
/// Each names the address the app would write for it (`data-query`), for a reader whose
/// browser is in the page's language (the only reader shown this page). Not the figures view:
/// its table of every figure is drawn by the app alone.
///
/// Each travels in the page as the text of a `<script type="text/html">`, which the browser
/// neither runs nor builds until a press asks for that one view: as `<template>`s, the
/// parser built all four views before the page was complete, which the app waits for, and
/// as a file of their own the text reached the script only when the page's first layouts let
/// it (both traced, CPU slowed 4x).
fn other_views(state: &ViewState) -> String {
    let mut h = String::new();
    for view in View::ALL.iter().filter(|v| **v != state.view && **v != View::Figures) {
        let mut other = state.clone();
        apply(&mut other, "view", view.key());
        let _ = write!(h, "<script type=\"text/html\" id=\"prerender-{}\" data-query=\"{}\">{}</script>", view.key(), escape(&to_query_for(&other, Some(state.lang))), explore(&other));
    }
    h
}

/// The whole page for a view state, as the app builds it, with the chart at every layout
/// width and the other views ready to be swapped in. Inside `<div id="prerender">`, which the
/// app removes once its own page is in.
pub fn prerender(state: &ViewState) -> String {
    let l = state.lang;
    let meta = &DATASET.meta;
    format!(
        "<div id=\"prerender\">{masthead}<main>{explore}{others}\
         <section class=\"cards-section\" aria-labelledby=\"cards-heading\"><h2 id=\"cards-heading\">{cards_heading}</h2><div class=\"cards\">{cards}</div></section>\
         <section class=\"context\" aria-labelledby=\"offices-heading\">{context}</section><section class=\"sources\" aria-labelledby=\"sources-heading\">{sources}</section></main>\
         <footer class=\"footer\"><p><span data-testid=\"dataset-dates\">{dates}</span> {based_on}<a href=\"{seed_url}\" rel=\"noopener\">{seed}</a>.</p><p data-testid=\"licence\">{licence}</p></footer></div>",
        masthead = masthead(l),
        explore = explore(state),
        others = other_views(state),
        cards_heading = escape(words::headline_figures(l)),
        cards = static_html::cards(&DATASET, l),
        context = static_html::article_context(&DATASET, l),
        sources = static_html::sources(&DATASET, l),
        dates = escape(&static_html::footer_dates(&DATASET, l)),
        based_on = escape(words::based_on(l)),
        licence = escape(words::licence(l)),
        seed_url = escape(meta.seed_url),
        seed = escape(meta.seed_article),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prerender_holds_the_default_chart_at_every_width_with_unique_ids() {
        // (The other <svg> is the Chinese language button's glyphs.)
        let whole = prerender(&ViewState::default());
        // What is shown: the other views wait as the text of a script, after the explore section.
        let html = &whole[..whole.find("<script type=\"text/html\"").unwrap_or(whole.len())];
        assert_eq!(html.matches("<svg width=").count() + html.matches("<svg font-family=").count(), widths::LAYOUTS.len(), "one chart per layout width");
        for layout in widths::LAYOUTS {
            assert_eq!(html.matches(&format!("id=\"chart-title-{}\"", layout.width as u32)).count(), 1);
        }
        assert!(!html.contains("id=\"chart-title\""), "ids of hidden drawings must not clash");
        assert!(html.contains("data-testid=\"chart-table\"") && whole.contains("data-testid=\"card-nev\""));
        assert!(html.contains("aria-pressed=\"true\" data-testid=\"view-growth\"") || html.contains("data-testid=\"view-growth\" aria-pressed=\"true\""), "the growth tab shows pressed");
    }

    /// The other views' sections in the page, by view key, with their addresses.
    fn other_sections(html: &str) -> Vec<(String, String, String)> {
        html.split("<script type=\"text/html\" id=\"prerender-").skip(1).map(|t| {
            let (key, rest) = t.split_once('"').unwrap();
            let query = rest.split("data-query=\"").nth(1).unwrap().split('"').next().unwrap();
            let body = &rest[rest.find('>').unwrap() + 1..rest.find("</script>").unwrap()];
            (key.to_string(), query.replace("&amp;", "&"), body.to_string())
        }).collect()
    }

    #[test]
    fn every_other_charted_view_waits_in_the_page_as_the_app_would_show_it() {
        for lang in Lang::ALL {
            let shown = ViewState { lang: *lang, ..ViewState::default() };
            let found = other_sections(&prerender(&shown));
            let keys: Vec<&str> = found.iter().map(|(k, _, _)| k.as_str()).collect();
            assert_eq!(keys, ["scale", "trend", "cities", "ratios"], "not the shown view, not the figures table");
            for (key, query, body) in &found {
                // The view as a press on its tab makes it, and as its link opens it for a
                // reader of the page's language.
                let mut pressed = shown.clone();
                apply(&mut pressed, "view", key);
                assert_eq!(crate::view_state::parse_in(query, *lang).0, pressed, "{key}: its address opens the same view");
                if *lang == Lang::En {
                    // As Copy link writes it, which the first-screen script also recognises.
                    assert_eq!(crate::view_state::to_query_for(&pressed, None), format!("{query}&lang=en"), "{key}");
                    assert_eq!(crate::view_state::parse_in(&format!("{query}&lang=en"), Lang::Fr).0, pressed, "{key}");
                }
                assert_eq!(body, &explore(&pressed), "{key}");
                assert!(!body.to_ascii_lowercase().contains("<script"), "{key}: nothing in it may end its script early");
                assert!(body.contains(&format!("data-testid=\"view-{key}\" aria-pressed=\"true\"")) || body.contains(&format!("aria-pressed=\"true\" data-testid=\"view-{key}\"")), "{key}: its tab shows pressed");
                assert!(body.contains(&escape(&spec_for(&DATASET, &pressed).title)), "{key}: its own chart");
                assert_eq!(body.matches("<svg width=").count() + body.matches("<svg font-family=").count(), widths::LAYOUTS.len(), "{key}: one chart per width");
            }
        }
    }
}
