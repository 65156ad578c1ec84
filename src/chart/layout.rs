//! Where everything of a chart goes, in pixels. Pure arithmetic shared by the renderer
//! (which draws it) and the page (which puts a focusable, hoverable target on every mark),
//! so the two can never disagree.

use super::spec::{ChartSpec, Mark, MarkKind, Panel};

pub const TITLE_SIZE: f64 = 17.0;
pub const TEXT_SIZE: f64 = 13.0;
pub const SMALL_SIZE: f64 = 11.5;
const MARGIN: f64 = 14.0;
pub const LINE: f64 = 1.35;
const PLOT_HEIGHT: f64 = 230.0;
const AXIS_WIDTH: f64 = 54.0;
/// The average width of a letter, in ems, for the width estimates (`text_width` counts a
/// Chinese character as two letters).
const LETTER_EM: f64 = 0.55;
/// The smallest a category label is drawn, to fit a long word under a narrow band.
const MIN_LABEL_SIZE: f64 = 9.5;
/// An event marker's circle, just above the plot, in the gap the layout leaves there.
pub const EVENT_RADIUS: f64 = 7.0;
/// Half the size of a dot mark.
pub const DOT: f64 = 5.0;

/// An axis-aligned box: left, top, right, bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// A line of text and its baseline position.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub text: String,
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PanelGeometry {
    /// The panel's title, wrapped to the panel's width.
    pub title: Vec<Line>,
    pub plot: Rect,
    /// Pixel row of the value zero.
    pub zero_y: f64,
    pub ticks: Vec<Line>,
    pub axis_label: Line,
    /// Category label lines, centred on their band.
    pub categories: Vec<Line>,
    /// Their font size: `SMALL_SIZE`, or less where a word is wider than its band.
    pub category_size: f64,
    /// One box per mark, in the order of `Panel::marks`.
    pub marks: Vec<Rect>,
    /// Each mark's label as drawn over it, line by line: whole where it fits without running
    /// into its neighbours'; else, for a mark that covers part of a year, wrapped to the
    /// mark's width, since its period is what tells it from a full year; else left out (many
    /// marks in one year), and still in the mark's detail and the notes.
    pub labels: Vec<Vec<String>>,
    /// Each break's rule: its label, placed at the top of the rule, whose x it gives.
    pub breaks: Vec<Line>,
    /// Each event's marker: its number, centred just above the plot at the event's x.
    pub events: Vec<Line>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Geometry {
    pub width: f64,
    pub height: f64,
    pub title: Vec<Line>,
    pub subtitle: Vec<Line>,
    pub legend: Vec<(Rect, Line)>,
    pub panels: Vec<PanelGeometry>,
    pub notes: Vec<Line>,
    pub source: Vec<Line>,
}

/// Chinese characters and full-width punctuation take about two Latin characters' width.
fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// A text's width in Latin characters.
pub fn text_width(text: &str) -> usize {
    text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// Chinese may break before any character except closing punctuation.
fn may_break_before(c: char) -> bool {
    is_wide(c) && !"，。、；：？！）」』》”’".contains(c)
}

/// Breaks text into lines of at most `max_chars` Latin-character widths: at spaces, and
/// between Chinese characters, which have no spaces between words.
pub fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        // Split a word into pieces that may start a line.
        let mut pieces: Vec<String> = Vec::new();
        for c in word.chars() {
            match pieces.last_mut() {
                Some(last) if !may_break_before(c) && !last.ends_with(is_wide_opening) => last.push(c),
                Some(last) if last.ends_with(is_wide_opening) => last.push(c),
                _ => pieces.push(c.to_string()),
            }
        }
        for (i, piece) in pieces.iter().enumerate() {
            let gap = usize::from(i == 0 && !current.is_empty());
            if !current.is_empty() && text_width(&current) + gap + text_width(piece) > max_chars {
                lines.push(std::mem::take(&mut current));
            } else if gap == 1 {
                current.push(' ');
            }
            current.push_str(piece);
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// Opening punctuation stays with the character after it.
fn is_wide_opening(c: char) -> bool {
    "（「『《“‘".contains(c)
}

/// About how wide `text` is drawn at `size` px.
pub fn estimated_width(text: &str, size: f64) -> f64 {
    text_width(text) as f64 * size * LETTER_EM
}

/// How many characters of a font size fit in a width: an estimate (no font is measured,
/// so native tests and the browser lay out identically), generous for proportional fonts.
fn chars_in(width: f64, size: f64) -> usize {
    // Bold titles run wider than body text.
    let em = if size >= TITLE_SIZE { 0.62 } else { LETTER_EM };
    (width / (size * em)).floor().max(8.0) as usize
}

fn text_block(text: &str, x: f64, y: &mut f64, width: f64, size: f64) -> Vec<Line> {
    wrap(text, chars_in(width, size))
        .into_iter()
        .map(|t| {
            *y += size * LINE;
            Line { text: t, x, y: *y }
        })
        .collect()
}

pub fn layout(spec: &ChartSpec, width: f64) -> Geometry {
    layout_with_source(spec, width, &spec.source_line)
}

/// The layout with another source line under the chart (an image's, which adds the view's
/// address: `export::image_source_line`).
pub fn layout_with_source(spec: &ChartSpec, width: f64, source_line: &str) -> Geometry {
    let notes: Vec<&str> = spec.notes.iter().map(|n| n.text.as_str()).collect();
    layout_at(spec, width, source_line, &notes, PLOT_HEIGHT)
}

crate::keyed_enum!(
    /// The sizes of the chart as an image: its own (the drawing 720 px wide, as tall as it
    /// needs), a 16:9 slide and a square for a post.
    ImageSize { Chart = "chart", Slide = "slide", Square = "square" }
);

impl ImageSize {
    /// The size the image is laid out at, and its pixels: twice that, so that the smallest
    /// text (`MIN_LABEL_SIZE`, 9.5) is 19 px in the image. `None` for the chart's own size.
    pub fn design(self) -> Option<((f64, f64), (u32, u32))> {
        match self {
            ImageSize::Chart => None,
            ImageSize::Slide => Some(((800.0, 450.0), (1600, 900))),
            ImageSize::Square => Some(((540.0, 540.0), (1080, 1080))),
        }
    }
}

/// The least height a plot keeps in an image of a fixed size, before notes give way.
const MIN_PLOT_HEIGHT: f64 = 150.0;

/// The layout of an image of a fixed size (`width` by `height`), laid out for it rather than
/// stretched: the plots take the room the texts leave; where the notes do not fit even with
/// the plots at their least, the last notes give way to `more` (where to read them all).
pub fn fitted(spec: &ChartSpec, width: f64, height: f64, source_line: &str, more: &str) -> Geometry {
    let all: Vec<&str> = spec.notes.iter().map(|n| n.text.as_str()).collect();
    for kept in (0..=all.len()).rev() {
        let mut notes = all[..kept].to_vec();
        if kept < all.len() {
            notes.push(more);
        }
        let tight = layout_at(spec, width, source_line, &notes, MIN_PLOT_HEIGHT);
        if tight.height <= height || kept == 0 {
            let rows = plot_rows(&tight).max(1) as f64;
            let plot = MIN_PLOT_HEIGHT + ((height - tight.height) / rows).max(0.0);
            return Geometry { height: height.max(tight.height), ..layout_at(spec, width, source_line, &notes, plot) };
        }
    }
    layout_with_source(spec, width, source_line)
}

/// How many rows of panels a layout stacks.
fn plot_rows(g: &Geometry) -> usize {
    let mut tops: Vec<i64> = g.panels.iter().map(|p| p.plot.y0.round() as i64).collect();
    tops.sort_unstable();
    tops.dedup();
    tops.len()
}

/// The layout with these notes and plots of this height.
fn layout_at(spec: &ChartSpec, width: f64, source_line: &str, notes: &[&str], plot_height: f64) -> Geometry {
    let inner = width - 2.0 * MARGIN;
    let mut y = MARGIN - 4.0;
    let title = text_block(&spec.title, MARGIN, &mut y, inner, TITLE_SIZE);
    let subtitle = text_block(&spec.subtitle, MARGIN, &mut y, inner, TEXT_SIZE);

    y += 8.0;
    let mut legend = Vec::new();
    let mut x = MARGIN;
    for entry in &spec.legend {
        let advance = 22.0 + estimated_width(&entry.label, SMALL_SIZE) + 14.0;
        if x + advance > width - MARGIN && x > MARGIN {
            x = MARGIN;
            y += SMALL_SIZE * LINE + 4.0;
        }
        let swatch = Rect { x0: x, y0: y + 2.0, x1: x + 14.0, y1: y + 14.0 };
        legend.push((swatch, Line { text: entry.label.clone(), x: x + 20.0, y: y + 12.0 }));
        x += advance;
    }
    if !legend.is_empty() {
        y += SMALL_SIZE * LINE + 10.0;
    }

    let columns = spec.panels.len().clamp(1, ((inner / 260.0).floor() as usize).max(1));
    let column_width = inner / columns as f64;
    let mut panels = Vec::new();
    for (i, panel) in spec.panels.iter().enumerate() {
        let (col, row_top) = (i % columns, y);
        let left = MARGIN + col as f64 * column_width;
        panels.push(panel_geometry(panel, left, row_top, column_width, plot_height));
        if col == columns - 1 || i == spec.panels.len() - 1 {
            let tallest = panels.iter().rev().take(col + 1).map(|p| p.categories.iter().map(|l| l.y).fold(p.plot.y1, f64::max)).fold(y, f64::max);
            y = tallest + 10.0;
        }
    }

    y += 4.0;
    let notes = notes.iter().flat_map(|n| text_block(n, MARGIN, &mut y, inner, SMALL_SIZE)).collect();
    y += 4.0;
    let source = text_block(source_line, MARGIN, &mut y, inner, SMALL_SIZE);
    Geometry { width, height: (y + MARGIN).ceil(), title, subtitle, legend, panels, notes, source }
}

/// The room left of a panel's plot: at least `AXIS_WIDTH`, more when the widest tick label
/// would run into the rotated axis label (Chinese "200万", say, is wider than "200 m").
fn axis_width(panel: &Panel) -> f64 {
    // Digits and "%" are wider than the average letter the other estimates use (LETTER_EM):
    // "100%" measured about 30 px at 11.5 px, not 25.
    let widest = panel.ticks.iter().map(|t| text_width(&t.label) as f64 * SMALL_SIZE * 0.65).fold(0.0, f64::max);
    // The axis label's column (x = 12, one line of SMALL_SIZE turned on its side), a gap,
    // the tick labels, and the 6 px between them and the plot.
    AXIS_WIDTH.max(12.0 + SMALL_SIZE / 2.0 + 4.0 + widest + 6.0).ceil()
}

fn panel_geometry(panel: &Panel, left: f64, top: f64, width: f64, plot_height: f64) -> PanelGeometry {
    let mut y = top;
    let axis = axis_width(panel);
    let title = text_block(&panel.title, left + axis, &mut y, width - axis - 8.0, TEXT_SIZE);
    y += 8.0;
    let plot = Rect { x0: left + axis, y0: y, x1: left + width - 8.0, y1: y + plot_height };
    let (lo, hi) = panel.domain;
    let position = |v: f64| match panel.log {
        true => (v.max(lo).ln() - lo.ln()) / (hi.ln() - lo.ln()).max(f64::EPSILON),
        false => (v - lo) / (hi - lo).max(f64::EPSILON),
    };
    let to_y = |v: f64| plot.y1 - position(v) * (plot.y1 - plot.y0);
    let ticks = panel.ticks.iter().map(|t| Line { text: t.label.clone(), x: plot.x0 - 6.0, y: to_y(t.value) }).collect();
    let axis_label = Line { text: panel.axis_label.clone(), x: left + 12.0, y: (plot.y0 + plot.y1) / 2.0 };

    let bands = panel.categories.len().max(1);
    let band = (plot.x1 - plot.x0) / bands as f64;
    let centre = |c: usize| plot.x0 + band * (c as f64 + 0.5);
    // The labels' size: smaller when a word would not fit its band ("(province)" under ten
    // bars), down to MIN_LABEL_SIZE.
    let longest_word = panel.categories.iter().flatten().flat_map(|entry| wrap(entry, 1)).map(|w| text_width(&w)).max().unwrap_or(0);
    let category_size = SMALL_SIZE.min((band - 4.0) / (longest_word.max(1) as f64 * LETTER_EM)).max(MIN_LABEL_SIZE);
    let label_chars = (((band - 4.0) / (category_size * LETTER_EM)).floor() as usize).max(1);
    let mut categories = Vec::new();
    for (c, lines) in panel.categories.iter().enumerate() {
        let mut ly = plot.y1 + 4.0;
        // Every entry (the name, the period, the basis) wraps whole within the band, and the
        // panel grows to fit: cut short, a phone showed "volume…" for a basis, "no…" for
        // "no figure found".
        for entry in lines {
            for text in wrap(entry, label_chars) {
                ly += category_size * LINE;
                categories.push(Line { text, x: centre(c), y: ly });
            }
        }
    }

    let zero_y = if panel.log { plot.y1 } else { to_y(0.0f64.clamp(lo, hi)) };
    let marks = panel
        .marks
        .iter()
        .map(|m| {
            let siblings: Vec<usize> = panel.marks.iter().enumerate().filter(|(_, o)| o.category == m.category).map(|(i, _)| i).collect();
            let slot = siblings.iter().position(|&i| std::ptr::eq(&panel.marks[i], m)).unwrap_or(0);
            let group = (band * 0.7).min(90.0 * siblings.len() as f64);
            let bar = group / siblings.len() as f64;
            let x0 = centre(m.category) - group / 2.0 + bar * slot as f64;
            let v = to_y(m.value.clamp(lo, hi));
            match m.kind {
                MarkKind::Bar => Rect { x0: x0 + 1.0, y0: v.min(zero_y), x1: x0 + bar - 1.0, y1: v.max(zero_y) },
                MarkKind::Dot => {
                    let x = x0 + bar / 2.0;
                    Rect { x0: x - DOT, y0: v - DOT, x1: x + DOT, y1: v + DOT }
                }
            }
        })
        .collect();
    let labels = panel
        .marks
        .iter()
        .zip(&marks)
        .map(|(m, r): (&Mark, &Rect)| {
            let crowded = panel.marks.iter().filter(|o| o.category == m.category).count() > 1;
            // The slot a bar has in its group: its width and the gap of a pixel each side.
            let room = (r.x1 - r.x0) + 4.0;
            let part_of_year = m.period.is_some_and(|p| !p.is_full_year());
            if !crowded || estimated_width(&m.label, SMALL_SIZE) <= room {
                vec![m.label.clone()]
            } else if part_of_year {
                wrap(&m.label, ((room / (SMALL_SIZE * LETTER_EM)).floor() as usize).max(1))
            } else {
                Vec::new()
            }
        })
        .collect();
    // A break's rule runs between two category bands; its label starts just right of it.
    let breaks = panel.breaks.iter().map(|b| Line { text: b.label.clone(), x: plot.x0 + band * (b.after + 1) as f64, y: plot.y0 + SMALL_SIZE }).collect();
    let events = panel.events.iter().map(|e| Line { text: e.number.to_string(), x: plot.x0 + band * e.at, y: plot.y0 - EVENT_RADIUS - 1.0 }).collect();
    PanelGeometry { title, plot, zero_y, ticks, axis_label, categories, category_size, marks, labels, breaks, events }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_within_the_width() {
        assert_eq!(wrap("one two three four", 9), vec!["one two", "three", "four"]);
        assert_eq!(wrap("", 9), Vec::<String>::new());
    }

    #[test]
    fn chinese_wraps_between_characters_and_keeps_punctuation_attached() {
        assert_eq!(wrap("增长率和比率，可能为零", 8), vec!["增长率和", "比率，可", "能为零"]);
        assert_eq!(wrap("AI 人工智能", 6), vec!["AI 人", "工智能"]);
        assert!(wrap("（2024年）上半年", 6).iter().all(|l| !l.starts_with('）') && !l.ends_with('（')));
    }

    #[test]
    fn bars_rise_from_zero_to_their_value() {
        let spec = super::super::growth::headline_growth(&crate::data::DATASET, &Default::default());
        let g = layout(&spec, 640.0);
        let p = &g.panels[0];
        let (ai, nev) = (p.marks[0], p.marks[1]);
        assert_eq!(ai.y1, p.zero_y);
        assert!(nev.y0 < ai.y0, "the larger growth is the taller bar");
        assert!(p.marks.iter().all(|m| m.x0 >= p.plot.x0 && m.x1 <= p.plot.x1));
    }

    /// A mark that covers part of a year always carries its period ("Jan-Nov only") at the
    /// mark, wrapped to its width when marks crowd, for every place of the cities view on
    /// every measure, in every language and at every layout width; before, a crowded band
    /// dropped it.
    #[test]
    fn a_part_of_a_year_is_labelled_at_its_mark_however_crowded() {
        use crate::chart::{spec_for, widths::LAYOUTS};
        use crate::data::DATASET;
        use crate::i18n::Lang;
        use crate::view_state::{city_choices, metrics_for, View, ViewState};
        let mut checked = 0;
        for metric in metrics_for(View::Cities) {
            for lang in Lang::ALL {
                let mut state = ViewState { view: View::Cities, metric: *metric, cities: city_choices().to_vec(), lang: *lang, ..ViewState::default() };
                crate::view_state::normalize(&mut state);
                let spec = spec_for(&DATASET, &state);
                for width in LAYOUTS.map(|l| l.width) {
                    for (panel, geometry) in spec.panels.iter().zip(layout(&spec, width).panels) {
                        for (mark, lines) in panel.marks.iter().zip(&geometry.labels) {
                            if mark.period.is_some_and(|p| !p.is_full_year()) {
                                checked += 1;
                                let bare = |t: &str| t.split_whitespace().collect::<String>();
                                assert!(!mark.label.is_empty() && bare(&lines.concat()) == bare(&mark.label), "{metric:?} {lang:?} {width}: \"{}\" drawn as {lines:?}", mark.label);
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 10, "{checked}");
    }

    /// Every category label of every view's default chart, in every language and at every
    /// layout width, is drawn whole (each word of it on some line) and within its band.
    #[test]
    fn category_labels_are_whole_and_fit_their_band_in_every_view_language_and_width() {
        use crate::chart::{spec_for, widths::LAYOUTS};
        use crate::data::DATASET;
        use crate::i18n::Lang;
        use crate::view_state::{View, ViewState};
        let mut problems = Vec::new();
        for view in View::ALL.iter().filter(|v| **v != View::Figures) {
            for lang in Lang::ALL {
                let spec = spec_for(&DATASET, &ViewState { view: *view, lang: *lang, ..ViewState::default() });
                for width in LAYOUTS.map(|l| l.width) {
                    for (panel, geometry) in spec.panels.iter().zip(layout(&spec, width).panels) {
                        let band = (geometry.plot.x1 - geometry.plot.x0) / panel.categories.len().max(1) as f64;
                        let drawn: Vec<&str> = geometry.categories.iter().map(|l| l.text.as_str()).collect();
                        for word in panel.categories.iter().flatten().flat_map(|entry| wrap(entry, 1)) {
                            if !drawn.iter().any(|line| line.contains(&word)) {
                                problems.push(format!("{view:?} {} {width}: \"{word}\" is not drawn", lang.key()));
                            }
                        }
                        for line in &geometry.categories {
                            let estimate = estimated_width(&line.text, geometry.category_size);
                            if estimate > band - 4.0 && geometry.category_size > MIN_LABEL_SIZE {
                                problems.push(format!("{view:?} {} {width}: \"{}\" is wider than its band", lang.key(), line.text));
                            }
                        }
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
