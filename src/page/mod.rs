//! The page as text: the one definition of what a view's page is. The build writes the
//! default link's page with it into `dist/index.html` (`examples/prerender.rs`), so the chart
//! is on screen before any script runs and readers without JavaScript see it too; the app
//! adopts that page as it is, and writes any other link's page, and any part a state change
//! changes, with these same functions (`app::mount` adopts it, `app::patch` rewrites it).

use crate::chart::figures::{count, row, Row};
use crate::chart::widths::{self, Layout};
use crate::chart::{render::render_svg, shown, spec_for, ChartSpec, Shown};
use crate::cite::Citation;
use controls::{nav_html, Nav};
use crate::data::DATASET;
use crate::escape::escape;
use crate::handshake;
use part::Part;
use figures::{filters_html, more_html, table_html, PAGE_ROWS};
use crate::i18n::Lang;
use crate::view_state::{to_address, Setting, View, ViewState};
use std::fmt::Write;

pub mod controls;
pub mod figure_page;
pub mod figures;
pub mod head;
pub mod links;
pub mod part;
pub mod region;
pub mod preview;
pub mod static_html;

/// Words of the page; the app writes the theme button's again when the theme changes.
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
fn language_name_html(l: Lang) -> String {
    match l {
        Lang::Zh => ZHONGWEN_SVG.to_string(),
        other => escape(other.name()),
    }
}

/// 中文 in strokes: 中 (a box crossed by a vertical), 文 (a dot, a bar, two crossing sweeps).
const ZHONGWEN_SVG: &str = "<svg class=\"glyphs\" viewBox=\"0 0 26 13\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M2.5 3.5h8v5h-8zM6.5 0.8v11.4M19 0.8v2M13.8 3.6h10.4M16 4c1.6 3.6 4 6.4 7.6 8M22 4c-1.6 3.6-4 6.4-7.6 8\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.4\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>";

/// Which layouts a chart is drawn at: every one (the build's page, whose stylesheet shows the
/// one for the screen) or the one the app's screen uses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Widths {
    All,
    One(Layout),
}

impl Widths {
    fn layouts(self) -> Vec<(usize, Layout)> {
        widths::LAYOUTS.iter().copied().enumerate().filter(|(_, l)| self == Widths::All || self == Widths::One(*l)).collect()
    }
}

/// The chart at the layouts asked for, each in the box the stylesheet shows at its width. With
/// more than one, the ids the drawing's title and description are named by get the width, so
/// they stay unique (the app names the one it keeps back: `app::chart::keep_one_drawing`).
pub fn chart_drawings(spec: &ChartSpec, at: Widths) -> String {
    let mut h = String::new();
    for (i, layout) in at.layouts() {
        let svg = render_svg(spec, layout.width);
        let svg = match at {
            Widths::One(_) => svg,
            Widths::All => {
                let n = layout.width as u32;
                svg.replace("chart-title", &format!("chart-title-{n}")).replace("chart-desc", &format!("chart-desc-{n}"))
            }
        };
        let _ = write!(h, "<div class=\"{}\">{svg}</div>", widths::class(i));
    }
    h
}

fn masthead(l: Lang) -> String {
    let mut langs = String::new();
    for other in Lang::ALL {
        let _ = write!(
            langs,
            "<button type=\"button\" lang=\"{0}\"{4} data-value=\"{0}\" data-testid=\"lang-{0}\" aria-label=\"{2}\" aria-pressed=\"{1}\">{3}</button>",
            other.key(),
            *other == l,
            other.name(),
            language_name_html(*other),
            Part::Language.attr(),
        );
    }
    format!(
        "<header class=\"masthead\"><div class=\"masthead-tools\"><div class=\"lang-switch\" role=\"group\" aria-label=\"{}\">{langs}</div>{}</div><h1>{}</h1><p class=\"lede\">{}</p></header>",
        words::language(l),
        theme_toggle(l, "system"),
        escape(DATASET.meta.title.get(l)),
        escape(words::lede(l)),
    )
}

/// The theme button showing `choice` (system, light or dark).
fn theme_toggle(l: Lang, choice: &str) -> String {
    format!(
        "<button type=\"button\" class=\"theme-toggle\"{} data-testid=\"theme-toggle\" aria-label=\"{}\">{}</button>",
        Part::ThemeToggle.attr(),
        escape(&words::theme_label(l, choice)),
        escape(&words::theme(l, choice)),
    )
}

/// The share line: copy, cite, embed and download; its panels closed (the app fills them when
/// opened: `cite_panel`, `embed_snippet`). Without its chart buttons' room in the figures view.
fn share(l: Lang, table_view: bool, time_axis: bool) -> String {
    format!(
        "<p class=\"share{}{}\"{share}><button type=\"button\"{copy_link} data-testid=\"copy-link\">{}</button><button type=\"button\"{copy_title_link} data-testid=\"copy-title-link\">{}</button><button type=\"button\"{copy_image} data-testid=\"copy-image\">{}</button>{image_size}<span role=\"status\"{copy_status} data-testid=\"copy-status\"></span><button type=\"button\"{cite_toggle} data-testid=\"cite-toggle\" aria-expanded=\"false\">{}</button><span class=\"cite-panel\"{cite_panel} data-testid=\"cite-panel\" hidden></span><button type=\"button\"{embed_toggle} data-testid=\"embed-toggle\" aria-expanded=\"false\">{}</button><label class=\"embed-snippet\" hidden>{}<textarea readonly rows=\"3\"{embed_snippet} data-testid=\"embed-snippet\"></textarea></label><span class=\"downloads\">{}<a href=\"#\" data-kind=\"svg\" data-testid=\"download-svg\">SVG</a> <a href=\"#\" data-kind=\"png\" data-testid=\"download-png\">{}</a> <a href=\"#\" data-kind=\"csv\" data-testid=\"download-csv\">CSV</a> <a href=\"#\" data-kind=\"json\" data-testid=\"download-json\">JSON</a> <a href=\"#\" data-kind=\"events-csv\" data-testid=\"download-events-csv\">{}</a><span role=\"status\"{download_status} data-testid=\"download-status\"></span></span></p>",
        if table_view { " table-view" } else { "" },
        if time_axis { " time-axis" } else { "" },
        escape(words::copy_link(l)),
        escape(words::copy_title_and_link(l)),
        escape(words::copy_image(l)),
        escape(words::cite(l)),
        escape(words::embed(l)),
        escape(words::paste_embed(l)),
        escape(words::download(l)),
        escape(words::png(l)),
        escape(l.tr("Events (CSV)")),
        share = Part::ShareLine.attr(),
        copy_link = Part::CopyLink.attr(),
        copy_title_link = Part::CopyTitleLink.attr(),
        copy_image = Part::CopyImage.attr(),
        image_size = image_size(l),
        copy_status = Part::CopyStatus.attr(),
        cite_toggle = Part::CiteToggle.attr(),
        cite_panel = Part::CitePanel.attr(),
        embed_toggle = Part::EmbedToggle.attr(),
        embed_snippet = Part::EmbedSnippet.attr(),
        download_status = Part::DownloadStatus.attr(),
    )
}

/// The sizes of the chart as an image, beside the image buttons (copy, SVG, PNG): its own, a
/// slide's and a square's (`chart::layout::ImageSize`); read when an image is made.
fn image_size(l: Lang) -> String {
    use crate::chart::layout::ImageSize;
    let label = |s: ImageSize| match s {
        ImageSize::Chart => l.tr("as drawn"),
        ImageSize::Slide => l.tr("slide, 1600×900"),
        ImageSize::Square => l.tr("square, 1080×1080"),
    };
    let options: String = ImageSize::ALL.iter().map(|s| format!("<option value=\"{}\">{}</option>", s.key(), escape(label(*s)))).collect();
    format!("<label class=\"image-size\">{} <select{} data-testid=\"image-size\">{options}</select></label>", escape(l.tr("Image size")), Part::ImageSize.attr())
}

/// The cite panel's contents for a citation: each form in a read-only field with its copy
/// button, and the status line the copies report to.
pub fn cite_panel(c: &Citation, l: Lang) -> String {
    let field = |label: &str, rows: u8, id: &str, text: &str, copy: &str, part: Part| {
        format!(
            "<label>{}<textarea readonly rows=\"{rows}\" data-testid=\"cite-{id}\">{}</textarea></label><button type=\"button\"{} data-testid=\"cite-copy-{id}\">{}</button>",
            escape(label),
            escape(text),
            part.attr(),
            escape(copy)
        )
    };
    format!(
        "{}{}{}<span role=\"status\"{} data-testid=\"cite-status\"></span>",
        field(l.tr("Citation"), 4, "text", &c.text, l.tr("Copy the citation"), Part::CiteCopyText),
        field("BibTeX", 8, "bibtex", &c.bibtex, l.tr("Copy the BibTeX entry"), Part::CiteCopyBibtex),
        field("RIS", 8, "ris", &c.ris, l.tr("Copy the RIS record"), Part::CiteCopyRis),
        Part::CiteStatus.attr(),
    )
}

/// The iframe snippet that embeds `embed_address` (a link with `embed=1`, as the app writes
/// it: no quotes, and its `&`s read as themselves); `script_address` is the site's `embed.js`, which fits the frame to the chart, its notes and source line (a
/// host that runs no scripts keeps the fixed height).
pub fn embed_snippet(l: Lang, embed_address: &str, script_address: &str) -> String {
    format!(
        r#"<iframe src="{}" title="{}" width="100%" height="620" style="border:0" loading="lazy" data-shenzhen-explorer></iframe><script src="{}" async></script>"#,
        embed_address,
        escape(l.tr("Shenzhen's priority industries: chart")),
        script_address,
    )
}

/// The loading shell's title, lede and line (index.html's `#shell-title`, `#shell-lede`,
/// `#shell-status`) in each language, each in its own `lang` span; the stylesheet shows the
/// one the first-screen script picked (`data-shell` on `<html>`), so a French or Chinese
/// reader waiting for the app reads their own language, never English first. The title and
/// lede are the page's own (they depend on the language alone), where the page puts them: the
/// page the app writes then paints nothing larger than what the shell showed.
pub fn shell_texts() -> [String; 3] {
    let each = |text: fn(Lang) -> String| Lang::ALL.iter().map(|l| format!("<span lang=\"{}\">{}</span>", l.html_tag(), escape(&text(*l)))).collect::<String>();
    [each(|l| DATASET.meta.title.get(l).to_string()), each(|l| words::lede(l).to_string()), each(|l| words::loading(l).to_string())]
}

/// The chart's figure: its drawing, the detail of the hovered or focused mark under it, and
/// the line a press before the app is ready shows.
fn chart_figure(spec: &ChartSpec, l: Lang, at: Widths) -> String {
    format!(
        "<figure class=\"chart-figure\"{figure_part} aria-labelledby=\"chart-caption\"><figcaption id=\"chart-caption\"{caption_part} class=\"visually-hidden\">{title}</figcaption>\
         <div class=\"chart\"{chart_part} data-testid=\"chart\">{drawings}</div>{detail}\
         <p class=\"still-loading\" id=\"{still_loading}\" role=\"status\" data-testid=\"still-loading\" hidden>{loading}</p></figure>",
        title = escape(&spec.title),
        drawings = chart_drawings(spec, at),
        detail = mark_detail(l),
        loading = escape(words::still_loading(l)),
        still_loading = handshake::STILL_LOADING,
        figure_part = Part::ChartFigure.attr(),
        caption_part = Part::ChartCaption.attr(),
        chart_part = Part::Chart.attr(),
    )
}

/// The line under the chart, a live region that stays in place: see `mark_detail_content`.
fn mark_detail(l: Lang) -> String {
    format!("<p class=\"mark-detail empty\"{} data-testid=\"mark-detail\" role=\"status\">{}</p>", Part::MarkDetail.attr(), mark_detail_content(l, None))
}

/// What the line under the chart says: the hovered or focused mark's detail, else a hint for
/// sighted readers (the live region announces only details).
pub fn mark_detail_content(l: Lang, detail: Option<&str>) -> String {
    match detail {
        Some(text) => escape(text),
        None => format!("<span class=\"hint\" aria-hidden=\"true\">{}</span>", escape(words::mark_hint(l))),
    }
}

/// The figures view, where the chart is: its filters, the count of all `total` rows in a live
/// region, the table with the rows `shown`, and what it holds of them: a first page of rows
/// (`PAGE_ROWS`), more a press away. The build writes the page's rows at once; the app
/// writes them a part at a time (`app::figures`).
pub fn figures_block(s: &ViewState, shown: &[Row], total: usize) -> String {
    format!(
        "<div class=\"figures\"{figures_part} data-testid=\"figures\"><h2 id=\"figures-title\" class=\"visually-hidden\">{title}</h2>\
         <div class=\"figure-filters\"{filters_part} data-testid=\"figure-filters\">{filters}</div>\
         <p role=\"status\" class=\"figure-count\"{count_part} data-testid=\"figure-count\">{count}</p>\
         <div class=\"table-wrap figures-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"figures-title\"{wrap_part} data-testid=\"figures-wrap\">{table}</div>{more}</div>",
        figures_part = Part::Figures.attr(),
        filters_part = Part::FigureFilters.attr(),
        count_part = Part::FigureCount.attr(),
        wrap_part = Part::FiguresWrap.attr(),
        title = escape(s.lang.tr("Every figure in the dataset")),
        filters = filters_html(s),
        count = escape(&count(total, &DATASET, s)),
        table = table_html(shown, s),
        more = more_html(total.min(PAGE_ROWS), total, s.lang),
    )
}

/// What stands where the chart is: the chart's figure, or the figures view's table.
pub fn figure(s: &ViewState, shown: &Shown, at: Widths) -> String {
    match shown {
        Shown::Chart(spec) => chart_figure(spec, s.lang, at),
        Shown::Figures(table) => {
            let first: Vec<Row> = table.figures.iter().take(PAGE_ROWS).map(|f| row(&DATASET, f, s)).collect();
            figures_block(s, &first, table.figures.len())
        }
    }
}

/// The attribute that says which state a page's explore section (or embedded chart) shows:
/// its link, whole, relative to the site's root and naming its language, in the format the
/// app reads (`view_state::parse_in`).
pub const STATE_ATTRIBUTE: &str = "data-state";

/// The explore section for a view state: its tabs, the chart (or the figures view), the
/// options, the share line, the summary and the chart's table.
fn explore(state: &ViewState, at: Widths) -> String {
    let l = state.lang;
    let shown = shown(&DATASET, state);
    let table_view = region::table_view(state);
    format!(
        "<section class=\"explore\"{explore_part} aria-label=\"{explore}\" {STATE_ATTRIBUTE}=\"{state_key}\">{tabs}{figure}\
         {options}{share}<p class=\"summary\"{summary_part} data-testid=\"chart-summary\">{summary}</p><div class=\"table-wrap\"{table_part}{hidden}>{table}</div></section>",
        summary_part = Part::Summary.attr(),
        table_part = Part::ChartTable.attr(),
        explore_part = Part::Explore.attr(),
        explore = escape(words::explore(l)),
        state_key = escape(&region::state_link(state)),
        tabs = nav_html(state, Nav::Tabs),
        figure = figure(state, &shown, at),
        options = nav_html(state, Nav::Options),
        share = share(l, table_view, region::time_axis(state)),
        summary = escape(shown.summary()),
        hidden = if table_view { " hidden" } else { "" },
        table = region::chart_table(state, &shown),
    )
}

/// The other views' explore sections, which the first-screen script swaps in when a view's
/// tab is pressed before the app is ready: the view switch works without waiting for the
/// WebAssembly, and the app then adopts the same view (the press is noted for it too).
/// Each names the address the app would write for it (`data-address`, relative to the
/// site's root), as the page's own address does: without its language when `implied` (an
/// address that names none, shown to a reader of that language). Not the figures view:
/// its table of every figure is written by the app.
///
/// Each travels in the page as the text of a `<script type="text/html">`, which the browser
/// neither runs nor builds until a press asks for that one view: as `<template>`s, the
/// parser built all four views before the page was complete, which the app waits for, and
/// as a file of their own the text reached the script only when the page's first layouts let
/// it (both traced, CPU slowed 4x).
fn other_views(state: &ViewState, implied: Option<Lang>) -> String {
    let mut h = String::new();
    for view in View::ALL.iter().filter(|v| **v != state.view && **v != View::Figures) {
        let mut other = state.clone();
        Setting::View.apply(&mut other, view.key());
        let _ = write!(h, "<script type=\"text/html\" id=\"{}{}\" {}=\"{}\">{}</script>", handshake::PRERENDER_VIEW, view.key(), handshake::DATA_ADDRESS, escape(&to_address(&other, implied)), explore(&other, Widths::All));
    }
    h
}

/// The full page for a view state: masthead, the explore section (with the other views ready
/// to be swapped in, for the build's page), the headline cards, the article's context, the
/// sources and the footer.
fn full_page(state: &ViewState, at: Widths, others: Option<Option<Lang>>) -> String {
    let l = state.lang;
    let meta = &DATASET.meta;
    format!(
        "{masthead}<main>{explore}{others}\
         <section class=\"cards-section\" aria-labelledby=\"cards-heading\"><h2 id=\"cards-heading\">{cards_heading}</h2><div class=\"cards\">{cards}</div></section>\
         <section class=\"context\" aria-labelledby=\"offices-heading\">{context}</section><section class=\"sources\" aria-labelledby=\"sources-heading\">{sources}</section></main>\
         <footer class=\"footer\"><p><span data-testid=\"dataset-dates\">{dates}</span> {based_on}<a href=\"{seed_url}\" rel=\"noopener\">{seed}</a>.</p><p data-testid=\"licence\">{licence}</p></footer>",
        masthead = masthead(l),
        explore = explore(state, at),
        others = others.map_or(String::new(), |implied| other_views(state, implied)),
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

/// `embed=1`: the chart with its title and source line (the summary for screen readers only,
/// no table), and a link to `full_view`, the same view on the full page.
fn embedded(state: &ViewState, at: Widths, full_view: &str) -> String {
    let l = state.lang;
    let spec = spec_for(&DATASET, state);
    format!(
        "<main class=\"embedded\"{explore_part} {STATE_ATTRIBUTE}=\"{state_key}\"><h1 class=\"visually-hidden\">{title}</h1>{figure}\
         <p class=\"summary visually-hidden\"{summary_part} data-testid=\"chart-summary\">{summary}</p>\
         <p><a href=\"{full}\" target=\"_blank\" rel=\"noopener\"{link_part} data-testid=\"full-view-link\">{open}</a></p></main>",
        summary_part = Part::Summary.attr(),
        link_part = Part::FullViewLink.attr(),
        explore_part = Part::Explore.attr(),
        state_key = escape(&region::state_link(state)),
        title = escape(DATASET.meta.title.get(l)),
        figure = chart_figure(&spec, l, at),
        summary = escape(&spec.summary),
        full = escape(full_view),
        open = escape(l.tr("Open the full view, with data table and sources")),
    )
}

/// A link's page, as the app writes it for a link the build did not write: the full page, or
/// the embedded chart linking to `full_view`.
pub fn page(state: &ViewState, at: Widths, full_view: &str) -> String {
    if state.embed {
        embedded(state, at, full_view)
    } else {
        full_page(state, at, None)
    }
}

/// The build's page for a view state, with the chart at every layout width and the other
/// views ready to be swapped in, inside `<div id="prerender">`, which the app adopts. For an
/// address that names no language, `implied` is the page's, which its other views' addresses
/// leave out too.
pub fn prerender(state: &ViewState, implied: Option<Lang>) -> String {
    format!("<div id=\"{}\">{}</div>", handshake::PRERENDER, full_page(state, Widths::All, Some(implied)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prerender_holds_the_default_chart_at_every_width_with_unique_ids() {
        // (The other <svg> is the Chinese language button's glyphs.)
        let whole = prerender(&ViewState::default(), Some(Lang::En));
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
            let query = rest.split("data-address=\"").nth(1).unwrap().split('"').next().unwrap();
            let body = &rest[rest.find('>').unwrap() + 1..rest.find("</script>").unwrap()];
            (key.to_string(), query.replace("&amp;", "&"), body.to_string())
        }).collect()
    }

    #[test]
    fn every_other_charted_view_waits_in_the_page_as_the_app_would_show_it() {
        for (lang, implied) in Lang::ALL.iter().flat_map(|l| [(l, Some(*l)), (l, None)]) {
            let shown = ViewState { lang: *lang, ..ViewState::default() };
            let found = other_sections(&prerender(&shown, implied));
            let keys: Vec<&str> = found.iter().map(|(k, _, _)| k.as_str()).collect();
            assert_eq!(keys, ["scale", "trend", "cities", "ratios"], "not the shown view, not the figures table");
            for (key, query, body) in &found {
                // The view as a press on its tab makes it, and as its address opens it for a
                // reader of the page's language (any reader, when the page names it).
                let mut pressed = shown.clone();
                Setting::View.apply(&mut pressed, key);
                assert_eq!(crate::view_state::parse_in(query, *lang).0, pressed, "{key}: its address opens the same view");
                assert_eq!(query, &crate::view_state::to_address(&pressed, implied), "{key}: as the app writes it");
                if implied.is_none() {
                    assert_eq!(crate::view_state::parse_in(query, *Lang::ALL.iter().find(|l| *l != lang).unwrap()).0, pressed, "{key}");
                }
                assert_eq!(body, &explore(&pressed, Widths::All), "{key}");
                assert!(!body.to_ascii_lowercase().contains("<script"), "{key}: nothing in it may end its script early");
                assert!(body.contains(&format!("data-testid=\"view-{key}\" aria-pressed=\"true\"")) || body.contains(&format!("aria-pressed=\"true\" data-testid=\"view-{key}\"")), "{key}: its tab shows pressed");
                assert!(body.contains(&escape(&spec_for(&DATASET, &pressed).title)), "{key}: its own chart");
                assert_eq!(body.matches("<svg width=").count() + body.matches("<svg font-family=").count(), widths::LAYOUTS.len(), "{key}: one chart per width");
            }
        }
    }

    /// The state a page says it shows (`STATE_ATTRIBUTE`), read back as the app reads it.
    fn said_state(html: &str) -> ViewState {
        let key = html.split(&format!("{STATE_ATTRIBUTE}=\"")).nth(1).unwrap().split('"').next().unwrap().replace("&amp;", "&");
        let (state, ignored) = crate::view_state::parse(&key);
        assert!(ignored.is_empty(), "{key}");
        state
    }

    #[test]
    fn every_page_names_the_state_it_shows_so_the_app_can_adopt_it() {
        let links = ["", "?v=2&view=trend&scale=log", "?v=2&view=cities&cities=shenzhen~beijing", "?v=2&view=figures&q=byd", "?v=2&view=ratios&embed=1&theme=dark"];
        for lang in Lang::ALL {
            for link in links {
                let mut state = crate::view_state::parse(link).0;
                state.lang = *lang;
                let html = page(&state, Widths::One(widths::LAYOUTS[0]), "https://example.org/");
                assert_eq!(said_state(&html), state, "{link} in {lang:?}");
                if state.view == View::Figures {
                    assert!(html.contains("data-testid=\"figures-wrap\"") && !html.contains("data-testid=\"chart\""), "the figures view's table stands where the chart is");
                } else {
                    assert_eq!(html.matches("<svg width=").count() + html.matches("<svg font-family=").count(), 1, "{link}: one drawing, at the width asked for");
                }
                assert_eq!(html.contains("class=\"embedded\""), state.embed, "{link}");
            }
        }
        assert_eq!(said_state(&prerender(&ViewState::default(), Some(Lang::En))), ViewState::default());
    }
}
