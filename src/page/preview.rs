//! A view's link preview as SVG, 1200 x 630 (`head::PREVIEW_SIZE`), which the build renders
//! to the PNG each page's `og:image` names. Landscape, not the page's portrait chart cut
//! down: the explorer's name and the view's title in large type above the view's own chart,
//! laid out at the width (of a few) that lets it be drawn largest in the space, and its
//! source line below. The figures view, which has no chart, shows its title and the count of
//! its figures. Text is left as text, in the page's font family: the renderer brings the fonts.

use super::head::PREVIEW_SIZE;
use crate::chart::layout::{layout, text_width, wrap};
use crate::chart::{render::render_svg, shown, ChartSpec, FiguresTable, Shown};
use crate::data::DATASET;
use crate::escape::escape;
use crate::view_state::ViewState;

/// The family every text of the preview asks for, as the chart's drawing does: the renderer
/// maps `sans-serif` to its bundled font.
const FAMILY: &str = "sans-serif";
const MARGIN: f64 = 48.0;
const ACCENT: &str = "#009e73";
const INK: &str = "#1f1f1f";
const MUTED: &str = "#555555";

/// Widths the chart may be laid out at for the preview; the one drawn largest is used.
const CHART_WIDTHS: [f64; 5] = [640.0, 760.0, 880.0, 1000.0, 1104.0];

/// One line of text at `y` (its baseline).
fn text_line(x: f64, y: f64, size: f64, weight: u32, color: &str, text: &str) -> String {
    format!("<text x=\"{x:.0}\" y=\"{y:.0}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{color}\">{}</text>", escape(text))
}

/// `text` wrapped to `width` at `size`, at most `max_lines` lines (the last cut with "…").
fn lines(text: &str, width: f64, size: f64, max_lines: usize) -> Vec<String> {
    // Bold display type runs about 0.58 em a Latin letter, Chinese one em.
    let chars = (width / (size * 0.58)).floor().max(1.0) as usize;
    let mut out = wrap(text, chars);
    if out.len() > max_lines {
        out.truncate(max_lines);
        let last = out.last_mut().map(std::mem::take).unwrap_or_default();
        let mut cut: String = last.chars().collect();
        while text_width(&cut) + 1 > chars && cut.pop().is_some() {}
        out[max_lines - 1] = format!("{}…", cut.trim_end());
    }
    out
}

/// The preview of the page that shows `state`.
pub fn preview_svg(state: &ViewState) -> String {
    let (width, height) = (PREVIEW_SIZE.0 as f64, PREVIEW_SIZE.1 as f64);
    let l = state.lang;
    let shown = shown(&DATASET, state);
    let inner = width - 2.0 * MARGIN;
    let mut body = format!("<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/><rect width=\"{width}\" height=\"10\" fill=\"{ACCENT}\"/>");
    body.push_str(&text_line(MARGIN, 58.0, 22.0, 400, MUTED, DATASET.meta.title.get(l)));
    let mut y = 58.0;
    for line in lines(shown.title(), inner, 38.0, 2) {
        y += 48.0;
        body.push_str(&text_line(MARGIN, y, 38.0, 700, INK, &line));
    }
    // The source line, whole where two lines hold it, set from the bottom up.
    let source = shown.chart().map_or(Vec::new(), |spec| lines(&spec.source_line, inner, 18.0, 2));
    let first_source = height - 34.0 - 24.0 * (source.len().max(1) - 1) as f64;
    for (i, line) in source.iter().enumerate() {
        body.push_str(&text_line(MARGIN, first_source + 24.0 * i as f64, 18.0, 400, MUTED, line));
    }
    let (top, bottom) = (y + 20.0, if source.is_empty() { height - MARGIN } else { first_source - 30.0 });
    body.push_str(&match &shown {
        Shown::Figures(table) => figures_count(table, top, bottom, inner),
        Shown::Chart(spec) => chart(spec, top, bottom - top, inner),
    });
    format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"{FAMILY}\">{body}</svg>")
}

/// The view's chart without the title and source line the preview writes larger itself, at
/// the layout width that lets it be drawn largest in the box, centred.
fn chart(spec: &ChartSpec, top: f64, box_height: f64, box_width: f64) -> String {
    let bare = ChartSpec { title: String::new(), source_line: String::new(), ..spec.clone() };
    let scale_at = |w: f64| (box_width / w).min(box_height / layout(&bare, w).height);
    let chart_width = CHART_WIDTHS.into_iter().fold(CHART_WIDTHS[0], |best, w| if scale_at(w) >= scale_at(best) { w } else { best });
    let scale = scale_at(chart_width).min(1.6);
    let x = MARGIN + (box_width - chart_width * scale) / 2.0;
    format!("<g transform=\"translate({x:.1} {top:.1}) scale({scale:.4})\">{}</g>", render_svg(&bare, chart_width))
}

/// The figures view's picture: how many figures the table holds, large, and what it is.
fn figures_count(table: &FiguresTable, top: f64, bottom: f64, width: f64) -> String {
    let mut out = text_line(MARGIN, top + 150.0, 160.0, 700, ACCENT, &table.figures.len().to_string());
    let mut y = top + 150.0 + 16.0;
    for line in lines(&table.summary, width, 26.0, ((bottom - y) / 36.0).floor().max(1.0) as usize) {
        y += 36.0;
        out.push_str(&text_line(MARGIN, y, 26.0, 400, INK, &line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn each_views_preview_is_its_own_and_fills_the_frame() {
        let mut seen = std::collections::HashSet::new();
        for lang in Lang::ALL {
            for view in crate::view_state::View::ALL {
                let state = ViewState { view: *view, lang: *lang, ..ViewState::default() };
                let svg = preview_svg(&state);
                assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\""), "{view:?}");
                let title = shown(&DATASET, &state).title().to_string();
                let first_word = title.split_whitespace().next().unwrap();
                assert!(svg.contains(&escape(first_word)), "{view:?} {lang:?}: its title");
                assert!(seen.insert(svg), "{view:?} {lang:?}: a picture of its own");
            }
        }
    }

    #[test]
    fn a_long_title_is_cut_to_two_lines() {
        let long = "word ".repeat(60);
        let out = lines(&long, 1104.0, 38.0, 2);
        assert_eq!(out.len(), 2);
        assert!(out[1].ends_with('…'));
    }
}
