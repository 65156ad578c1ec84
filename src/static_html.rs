//! The parts of the page that never change (sector cards, the article's facts, sources) as
//! HTML text built from the dataset. Pure and tested natively; the page inserts each once.
//! Building text instead of reactive views keeps the WebAssembly small: these sections need
//! no reactivity. Every dataset string is escaped.

use crate::chart::describe::citation;
use crate::chart::ChartSpec;
use crate::data::{Dataset, Figure, Grade, Sector, Unit};
use crate::format;
use std::fmt::Write;

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A source name, linked when the dataset has its address.
fn source_link(name: &str, url: Option<&str>) -> String {
    match url {
        Some(u) => format!("<a href=\"{}\" rel=\"noopener\">{}</a>", escape(u), escape(name)),
        None => escape(name),
    }
}

fn card(data: &Dataset, sector: Sector, f: &Figure) -> String {
    let metric = data.metric_of(f);
    let mut h = format!(
        "<article class=\"card sector-{key}\" data-testid=\"card-{key}\"><h2>{}</h2><p class=\"card-value\" data-testid=\"card-value\">{}</p><p class=\"card-metric\">{}</p>",
        escape(format::sector(sector)),
        escape(&format::figure_value(f, metric.unit)),
        escape(metric.label.en),
        key = sector.key(),
    );
    if let Some(g) = f.yoy_pct {
        let _ = write!(h, "<p class=\"card-growth\">{} on a year earlier</p>", format::growth(g));
    }
    let reads = match f.wording {
        Some(w) => format!("{} ('{w}')", format::qualifier_words(f.qualifier)),
        None => format::qualifier_words(f.qualifier).to_string(),
    };
    let _ = write!(
        h,
        "<dl class=\"card-facts\"><dt>Period</dt><dd>{}</dd><dt>Basis</dt><dd>{}</dd><dt>Reads</dt><dd>{}</dd><dt>Source</dt><dd>{}{}</dd></dl>",
        escape(&format::period(f.period)),
        escape(format::basis(metric.basis)),
        escape(&reads),
        source_link(&citation(f), f.url),
        if f.grade == Grade::C { " (reported)" } else { "" },
    );
    if let Some(note) = f.note {
        let _ = write!(h, "<p class=\"card-note\">{}</p>", escape(note));
    }
    h.push_str("</article>");
    h
}

/// The three sector cards: each headline figure written the way its source qualifies it.
pub fn cards(data: &Dataset) -> String {
    Sector::PRIORITY.into_iter().filter_map(|s| data.headline(s).map(|f| card(data, s, f))).collect()
}

/// The offices and their remits, the five funds, the companies the article names.
pub fn article_context(data: &Dataset) -> String {
    let mut h = format!("<h2 id=\"offices-heading\">Three offices, run with relative independence</h2><p>{}</p><ul class=\"offices\">", escape(data.meta.offices.en));
    for o in Sector::PRIORITY.into_iter().filter_map(|s| data.office(s)) {
        let _ = write!(h, "<li class=\"office sector-{}\"><h3>{}</h3><p>{}</p>", o.sector.key(), escape(o.name.en), escape(o.remit.en));
        if let Some(p) = o.person {
            let _ = write!(h, "<p class=\"person\">{}</p>", escape(p));
        }
        h.push_str("</li>");
    }
    h.push_str("</ul>");
    if let Some(f) = data.figure("sz-seed-bio-funds-2024") {
        let _ = write!(
            h,
            "<p data-testid=\"funds\"><strong>Five biomedical industrial funds: {}</strong>, which the source gives as about 2.32 bn US dollars ({}; fund size: money committed, not output).</p>",
            escape(&format::figure_value(f, Unit::Cny)),
            escape(&format::period(f.period)),
        );
    }
    h.push_str("<h3>Companies the article names</h3><ul class=\"companies\">");
    for c in data.companies {
        let _ = write!(h, "<li><strong>{}</strong> <span lang=\"zh\">{}</span>: {}</li>", escape(c.name), escape(c.name_zh), escape(c.role));
    }
    h.push_str("</ul>");
    h
}

/// Every source the dataset cites, once, linked where an address is known.
pub fn sources(data: &Dataset) -> String {
    let items: String = data.sources().into_iter().map(|(name, url)| format!("<li>{}</li>", source_link(name, url))).collect();
    format!("<h2 id=\"sources-heading\">Sources</h2><ul data-testid=\"sources\">{items}</ul>")
}

/// The data table under a chart: exactly what it plots.
pub fn table(spec: &ChartSpec) -> String {
    let mut h = String::from("<table data-testid=\"chart-table\"><caption>What the chart plots</caption><thead><tr>");
    for head in &spec.table_head {
        let _ = write!(h, "<th scope=\"col\">{}</th>", escape(head));
    }
    h.push_str("</tr></thead><tbody>");
    for row in &spec.table {
        h.push_str("<tr>");
        for cell in &row.cells {
            let _ = write!(h, "<td>{}</td>", escape(cell));
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody></table>");
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    #[test]
    fn cards_write_each_headline_as_its_source_qualifies_it() {
        let html = cards(&DATASET);
        assert!(html.contains("data-testid=\"card-ai\"") && html.contains("&gt; 300 bn yuan"));
        assert!(html.contains("&gt; 1.73 million vehicles") && html.contains("+104.2% on a year earlier"));
        assert!(html.contains("13 bn yuan") && html.contains("H1 2024"));
        assert_eq!(html.matches("<article").count(), 3);
    }

    #[test]
    fn dataset_text_is_escaped() {
        assert_eq!(escape("<b a=\"x\">'&'</b>"), "&lt;b a=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;");
        assert!(article_context(&DATASET).contains("Tang Shangxing") && article_context(&DATASET).contains("16.5 bn yuan"));
    }

    #[test]
    fn sources_are_listed_once_each() {
        let html = sources(&DATASET);
        assert_eq!(html.matches("<li>").count(), DATASET.sources().len());
        assert!(html.matches(">Xinhua</a>").count() == 1, "{html}");
    }
}
