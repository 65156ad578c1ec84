//! The one module that uses plotters: draws a [`ChartSpec`] laid out by [`layout`] as SVG.
//! Deterministic: the same spec and width give byte-identical output (no font is measured).

use super::layout::{layout_with_source, Geometry, Line, Rect, LINE, SMALL_SIZE, TEXT_SIZE, TITLE_SIZE};
use super::layout::{ImageSize, PanelGeometry, EVENT_RADIUS};
use super::spec::{ChartSpec, MarkKind, MarkStyle, Panel, Rgb};
use crate::escape::escape;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
const MUTED: RGBColor = RGBColor(0x55, 0x55, 0x55);
const GRID: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);

/// A rule drawn dashed: one line with SVG's `stroke-dasharray`, where plotters' own dashed
/// path writes an element per dash (an event's rule was 40 of them, six a page at three widths).
/// plotters has no dash attribute, so the rule is drawn in a colour of its own, one step off
/// its ink, which `tidy` rewrites into the ink and the pattern.
struct Dashed {
    marked: RGBColor,
    ink: RGBColor,
    width: u32,
    pattern: &'static str,
}

/// An event's rule: dotted, muted.
const EVENT_RULE: Dashed = Dashed { marked: RGBColor(0x55, 0x55, 0x56), ink: MUTED, width: 1, pattern: "2 3" };
/// A break in a series: dashed, in ink.
const BREAK_RULE: Dashed = Dashed { marked: RGBColor(0x22, 0x22, 0x23), ink: INK, width: 2, pattern: "6 4" };

impl Dashed {
    /// The rule down the plot at `x`.
    fn draw(&self, area: &Area, x: i32, plot: Rect) -> Drawn {
        area.draw(&PathElement::new(vec![(x, px(plot.y0)), (x, px(plot.y1))], self.marked.stroke_width(self.width)))
    }

    fn rewrite(&self, svg: String) -> String {
        let hex = |c: RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
        svg.replace(&format!("stroke=\"{}\"", hex(self.marked)), &format!("stroke=\"{}\" stroke-dasharray=\"{}\"", hex(self.ink), self.pattern))
    }
}

fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

fn corners(r: Rect) -> [(i32, i32); 2] {
    [(px(r.x0), px(r.y0)), (px(r.x1), px(r.y1))]
}

/// Plotters writes `font-size` as the given size / 1.24; this undoes it. The family is built
/// as a value, not parsed from a string: plotters lowercases parsed names, which pulled
/// Unicode case tables (about 12 KB) into the WebAssembly.
fn font(size: f64, weight: FontStyle) -> FontDesc<'static> {
    FontDesc::new(FontFamily::Name(FAMILY), size * 1.24, weight)
}

const FAMILY: &str = "system-ui, sans-serif";

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type Drawn = Result<(), DrawingAreaErrorKind<std::io::Error>>;

fn text(area: &Area, line: &Line, size: f64, weight: FontStyle, color: &RGBColor, h: HPos, v: VPos) -> Drawn {
    let style = TextStyle::from(font(size, weight)).color(color).pos(Pos::new(h, v));
    area.draw(&Text::new(line.text.as_str(), (px(line.x), px(line.y)), style))
}

/// The chart as an SVG document, with a title, description and the summary for assistive
/// technology, sized by its viewBox so the page can scale it.
pub fn render_svg(spec: &ChartSpec, width: f64) -> String {
    render_with_source(spec, width, &spec.source_line)
}

/// The chart as an SVG document with another source line (an image's: the view's address
/// and the day of access, `export::image_source_line`).
pub fn render_with_source(spec: &ChartSpec, width: f64, source_line: &str) -> String {
    render_geometry(spec, &layout_with_source(spec, width, source_line))
}

/// The chart as an image of `size`, its source line `source_line`: at its own size, as drawn
/// at 720 px; at a fixed size, laid out for it (`layout::fitted`: notes that do not fit give
/// way to `more`) and sized in pixels.
pub fn render_image(spec: &ChartSpec, size: ImageSize, source_line: &str, more: &str) -> String {
    let Some(((w, h), (pw, ph))) = size.design() else { return render_with_source(spec, 720.0, source_line) };
    let svg = render_geometry(spec, &crate::chart::layout::fitted(spec, w, h, source_line, more));
    svg.replacen(&format!("width=\"{w}\" height=\"{h}\""), &format!("width=\"{pw}\" height=\"{ph}\""), 1)
}

fn render_geometry(spec: &ChartSpec, geometry: &crate::chart::layout::Geometry) -> String {
    let width = geometry.width;
    let mut svg = String::new();
    let drawn = {
        let area = SVGBackend::with_string(&mut svg, (px(width) as u32, px(geometry.height) as u32)).into_drawing_area();
        draw(&area, spec, geometry).and_then(|_| area.present())
    };
    if drawn.is_err() {
        // Drawing into a String cannot fail with I/O; should it fail anyway, say so visibly.
        return format!(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} 40" role="img"><text x="10" y="24">The chart could not be drawn.</text></svg>"#);
    }
    accessible(tidy(svg), spec, geometry)
}

/// plotters writes every attribute on every element. What is the same everywhere moves to the
/// root (the font) or goes (full opacity, start anchoring: SVG's defaults), and the one font
/// size with float noise is written plainly: a third less markup for the page to parse, the
/// same drawing. Dashed rules become one line each ([`Dashed`]).
fn tidy(svg: String) -> String {
    let family = format!(" font-family=\"{FAMILY}\"");
    let svg = BREAK_RULE.rewrite(EVENT_RULE.rewrite(svg));
    let svg = svg
        .replace(&family, "")
        .replace(" opacity=\"1\"", "")
        .replace(" text-anchor=\"start\"", "")
        .replace(&format!(" font-size=\"{}\"", TEXT_SIZE * 1.24 / 1.24), &format!(" font-size=\"{TEXT_SIZE}\""));
    match svg.find("<svg ") {
        Some(at) => format!("{}<svg{family} {}", &svg[..at], &svg[at + 5..]),
        None => svg,
    }
}

/// Names the drawing for screen readers (role, title, and the summary as description) and
/// lays a transparent, focusable target over every mark, at least 24 px square, whose name
/// and tooltip are the mark's full detail. Being SVG attributes, not inline styles, the
/// targets need nothing a strict Content-Security-Policy forbids.
fn accessible(svg: String, spec: &ChartSpec, g: &Geometry) -> String {
    let (Some(open_end), Some(close)) = (svg.find('>'), svg.rfind("</svg>")) else { return svg };
    let mut targets = String::new();
    // One Tab stop a chart, its first mark; the arrow keys move between marks (`moves`), which
    // each target names by its panel, series and category.
    let mut first = true;
    for (p, (panel, pg)) in spec.panels.iter().zip(&g.panels).enumerate() {
        // Each panel's area, title to category labels, unpainted: where a panel is on the
        // page (the first screen must show a tall chart's first panel whole).
        let top = pg.title.first().map_or(pg.plot.y0, |l| l.y - TEXT_SIZE * 1.35);
        let bottom = pg.categories.iter().map(|l| l.y).fold(pg.plot.y1, f64::max) + 4.0;
        let left = pg.axis_label.x - 12.0;
        targets.push_str(&format!(
            "<g class=\"panel\"><rect class=\"panel-area\" x=\"{left:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"none\"/>",
            pg.plot.x1 - left,
            bottom - top
        ));
        for (mark, r) in panel.marks.iter().zip(&pg.marks) {
            let (cx, cy) = ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0);
            let w = (r.x1 - r.x0).max(24.0);
            let h = (r.y1 - r.y0).max(24.0);
            let y = if r.y1 - r.y0 >= 24.0 { r.y0 } else { cy - h / 2.0 };
            let (detail, name) = (escape(&mark.detail), escape(&format!("{}{}", mark.detail, mark.position)));
            targets.push_str(&format!(
                "<rect class=\"mark-target\" tabindex=\"{}\" data-mark=\"{p} {} {}\" role=\"img\" aria-label=\"{name}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"transparent\"><title>{detail}</title></rect>",
                if std::mem::take(&mut first) { "0" } else { "-1" },
                mark.series,
                mark.category,
                cx - w / 2.0,
                y,
                w,
                h
            ));
        }
        targets.push_str("</g>");
    }
    format!(
        "{} role=\"img\" aria-labelledby=\"chart-title chart-desc\"><title id=\"chart-title\">{}</title><desc id=\"chart-desc\">{}</desc>{}{targets}</svg>",
        &svg[..open_end],
        escape(&spec.title),
        escape(&spec.summary),
        &svg[open_end + 1..close]
    )
}

fn draw(area: &Area, spec: &ChartSpec, g: &Geometry) -> Drawn {
    for line in &g.title {
        text(area, line, TITLE_SIZE, FontStyle::Bold, &INK, HPos::Left, VPos::Bottom)?;
    }
    for line in &g.subtitle {
        text(area, line, TEXT_SIZE, FontStyle::Normal, &MUTED, HPos::Left, VPos::Bottom)?;
    }
    for ((swatch, label), entry) in g.legend.iter().zip(&spec.legend) {
        draw_box(area, *swatch, entry.color, entry.style)?;
        text(area, label, SMALL_SIZE, FontStyle::Normal, &INK, HPos::Left, VPos::Bottom)?;
    }
    for (panel, pg) in spec.panels.iter().zip(&g.panels) {
        for title in &pg.title {
            text(area, title, TEXT_SIZE, FontStyle::Bold, &INK, HPos::Left, VPos::Bottom)?;
        }
        for tick in &pg.ticks {
            let y = px(tick.y);
            area.draw(&PathElement::new(vec![(px(pg.plot.x0), y), (px(pg.plot.x1), y)], GRID.stroke_width(1)))?;
            text(area, tick, SMALL_SIZE, FontStyle::Normal, &MUTED, HPos::Right, VPos::Center)?;
        }
        let axis_style = TextStyle::from(font(SMALL_SIZE, FontStyle::Normal).transform(FontTransform::Rotate270))
            .color(&MUTED)
            .pos(Pos::new(HPos::Center, VPos::Center));
        area.draw(&Text::new(pg.axis_label.text.as_str(), (px(pg.axis_label.x), px(pg.axis_label.y)), axis_style))?;
        // Under the marks and their labels, which hide nothing of them.
        for marker in &pg.events {
            draw_event(area, marker, pg)?;
        }
        draw_lines(area, panel, pg)?;
        for ((mark, rect), lines) in panel.marks.iter().zip(&pg.marks).zip(&pg.labels) {
            match mark.kind {
                MarkKind::Bar => draw_box(area, *rect, mark.color, mark.style)?,
                MarkKind::Dot => draw_dot(area, *rect, mark.color, mark.style)?,
            }
            if mark.open_ended {
                draw_open_end(area, *rect, mark.color)?;
            }
            // The last line just over the mark, the others above it.
            let bottom = rect.y0 - if mark.open_ended { 16.0 } else { 3.0 };
            for (i, line) in lines.iter().rev().enumerate() {
                let above = Line { text: line.clone(), x: (rect.x0 + rect.x1) / 2.0, y: bottom - i as f64 * SMALL_SIZE * LINE };
                text(area, &above, SMALL_SIZE, FontStyle::Bold, &INK, HPos::Center, VPos::Bottom)?;
            }
        }
        for rule in &pg.breaks {
            draw_break(area, rule, pg)?;
        }
        let zero = px(pg.zero_y);
        area.draw(&PathElement::new(vec![(px(pg.plot.x0), zero), (px(pg.plot.x1), zero)], INK.stroke_width(1)))?;
        for line in &pg.categories {
            text(area, line, pg.category_size, FontStyle::Normal, &INK, HPos::Center, VPos::Bottom)?;
        }
    }
    for line in &g.notes {
        text(area, line, SMALL_SIZE, FontStyle::Normal, &MUTED, HPos::Left, VPos::Bottom)?;
    }
    for line in &g.source {
        text(area, line, SMALL_SIZE, FontStyle::Normal, &MUTED, HPos::Left, VPos::Bottom)?;
    }
    Ok(())
}

/// An event: a dotted rule down the plot at its date, and its number in a circle just above
/// the plot, where no mark is; the notes say what it was.
fn draw_event(area: &Area, marker: &Line, pg: &PanelGeometry) -> Drawn {
    let x = px(marker.x);
    EVENT_RULE.draw(area, x, pg.plot)?;
    area.draw(&Circle::new((x, px(marker.y)), EVENT_RADIUS as u32, MUTED.filled()))?;
    let style = TextStyle::from(font(SMALL_SIZE * 0.85, FontStyle::Bold)).color(&WHITE).pos(Pos::new(HPos::Center, VPos::Center));
    area.draw(&Text::new(marker.text.as_str(), (x, px(marker.y)), style))
}

/// A bar or legend swatch in the mark's style: solid, outlined target, or pale derived value.
fn draw_box(area: &Area, r: Rect, color: Rgb, style: MarkStyle) -> Drawn {
    let c = rgb(color);
    match style {
        MarkStyle::Solid => area.draw(&Rectangle::new(corners(r), c.filled())),
        MarkStyle::Outline => area.draw(&Rectangle::new(corners(r), c.stroke_width(2))),
        MarkStyle::Derived => {
            area.draw(&Rectangle::new(corners(r), c.mix(0.35).filled()))?;
            area.draw(&Rectangle::new(corners(r), c.stroke_width(1)))
        }
    }
}

/// A dot: filled for outcomes, hollow for targets, pale for derived values.
fn draw_dot(area: &Area, r: Rect, color: Rgb, style: MarkStyle) -> Drawn {
    let c = rgb(color);
    let centre = (px((r.x0 + r.x1) / 2.0), px((r.y0 + r.y1) / 2.0));
    let radius = px((r.x1 - r.x0) / 2.0) as u32;
    match style {
        MarkStyle::Solid => area.draw(&Circle::new(centre, radius, c.filled())),
        MarkStyle::Outline => area.draw(&Circle::new(centre, radius, c.stroke_width(2))),
        MarkStyle::Derived => area.draw(&Circle::new(centre, radius, c.mix(0.35).filled())),
    }
}

/// The lines the spec asks for, centre to centre: only between points it says may be joined.
fn draw_lines(area: &Area, panel: &Panel, pg: &PanelGeometry) -> Drawn {
    let centre = |r: &Rect| (px((r.x0 + r.x1) / 2.0), px((r.y0 + r.y1) / 2.0));
    for &(a, b) in &panel.lines {
        let (Some(ra), Some(rb), Some(mark)) = (pg.marks.get(a), pg.marks.get(b), panel.marks.get(a)) else { continue };
        area.draw(&PathElement::new(vec![centre(ra), centre(rb)], rgb(mark.color).stroke_width(2)))?;
    }
    Ok(())
}

/// A break in a series: a dashed rule down the plot between two categories, labelled at its top.
fn draw_break(area: &Area, rule: &Line, pg: &PanelGeometry) -> Drawn {
    let x = px(rule.x);
    BREAK_RULE.draw(area, x, pg.plot)?;
    // Right of the rule, unless that runs past the plot (a break near its right edge, a narrow
    // chart): then left of it, ending at the rule.
    let width = super::layout::estimated_width(&rule.text, SMALL_SIZE);
    if rule.x + 5.0 + width <= pg.plot.x1 {
        text(area, &Line { text: rule.text.clone(), x: rule.x + 5.0, y: rule.y }, SMALL_SIZE, FontStyle::Normal, &MUTED, HPos::Left, VPos::Bottom)
    } else {
        text(area, &Line { text: rule.text.clone(), x: rule.x - 5.0, y: rule.y }, SMALL_SIZE, FontStyle::Normal, &MUTED, HPos::Right, VPos::Bottom)
    }
}

/// A lower bound: an arrow up from the bar's end, because the true value lies above it.
fn draw_open_end(area: &Area, r: Rect, color: Rgb) -> Drawn {
    let c = rgb(color);
    let x = px((r.x0 + r.x1) / 2.0);
    let top = px(r.y0) - 14;
    area.draw(&PathElement::new(vec![(x, px(r.y0)), (x, top)], c.stroke_width(2)))?;
    area.draw(&Polygon::new(vec![(x - 5, top + 5), (x, top - 1), (x + 5, top + 5)], c.filled()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::spec_for;
    use crate::data::DATASET;
    use crate::view_state::parse;

    fn drawn(link: &str, size: ImageSize) -> String {
        let spec = spec_for(&DATASET, &parse(link).0);
        render_image(&spec, size, "Source line. example.org/en/trend/ (accessed 2026-12-07)", "All the notes: example.org/en/trend/")
    }

    #[test]
    fn a_slide_and_a_square_are_laid_out_at_their_size_with_the_footer() {
        for (link, size, pixels, design) in [("trend/", ImageSize::Slide, "width=\"1600\" height=\"900\"", "viewBox=\"0 0 800 450\""), ("cities/", ImageSize::Square, "width=\"1080\" height=\"1080\"", "viewBox=\"0 0 540 540\"")] {
            let svg = drawn(link, size);
            assert!(svg.contains(pixels) && svg.contains(design), "{link}: {}", &svg[..300.min(svg.len())]);
            assert!(svg.contains("(accessed 2026-12-07)"), "{link}: the footer is drawn");
        }
    }

    #[test]
    fn a_dashed_rule_is_one_line_in_its_ink_with_its_pattern() {
        // The trend to 2025 has events and a break in its series.
        let svg = render_svg(&spec_for(&DATASET, &parse("trend/").0), 720.0);
        let rules = |pattern: &str| svg.matches(&format!("stroke-dasharray=\"{pattern}\"")).count();
        assert!(rules("2 3") >= 1 && rules("6 4") == 1, "{} event rules, {} break rules", rules("2 3"), rules("6 4"));
        assert!(svg.contains("stroke=\"#555555\" stroke-dasharray=\"2 3\"") && svg.contains("stroke=\"#222222\" stroke-dasharray=\"6 4\""));
        assert!(!svg.contains("#555556") && !svg.contains("#222223"), "no marking colour left");
        // A rule, not its dashes: no short vertical segment anywhere.
        let short = svg.match_indices("points=\"").filter(|(at, _)| {
            let points: Vec<Vec<i32>> = svg[at + 8..].split('"').next().unwrap_or("").split_whitespace().map(|p| p.split(',').filter_map(|n| n.parse().ok()).collect()).collect();
            points.len() == 2 && points[0][0] == points[1][0] && (points[1][1] - points[0][1]).abs() <= 8
        });
        assert_eq!(short.count(), 0);
    }

    #[test]
    fn notes_that_do_not_fit_a_slide_give_way_to_the_address() {
        let spec = spec_for(&DATASET, &parse("trend/").0);
        let fitted = crate::chart::layout::fitted(&spec, 800.0, 450.0, "Source.", "All the notes: x");
        assert!(fitted.height <= 450.0, "{}", fitted.height);
        let natural = crate::chart::layout::layout_with_source(&spec, 800.0, "Source.");
        if natural.notes.len() > fitted.notes.len() {
            assert_eq!(fitted.notes.last().map(|l| l.text.as_str()), Some("All the notes: x"));
        }
        // The chart's own size is as drawn on the page.
        assert_eq!(render_image(&spec, ImageSize::Chart, &spec.source_line, "x"), render_svg(&spec, 720.0));
    }
}
