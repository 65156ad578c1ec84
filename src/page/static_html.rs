//! The parts of the page written from the dataset alone (sector cards, the article's facts,
//! sources), and the chart's table from its specification, as HTML text. Pure and tested
//! natively; the page inserts each once.
//! Building text instead of reactive views keeps the WebAssembly small: these sections need
//! no reactivity. Every dataset string is escaped.

use crate::chart::describe::{citation, reads};
use crate::compare::latest;
use crate::chart::ChartSpec;
use crate::data::{Dataset, Figure, Grade, Quote, Sector, Source, TextLang, Unit};
use crate::escape::escape;
use crate::format;
use crate::i18n::{fill, Lang};
use std::fmt::Write;

/// A source name, linked when the dataset has its address.
pub(super) fn source_link(name: &str, url: Option<&str>) -> String {
    match url {
        Some(u) => link(u, &escape(name)),
        None => escape(name),
    }
}

/// A link around markup that is already escaped.
fn link(url: &str, inner: &str) -> String {
    format!("<a href=\"{}\" rel=\"noopener\">{inner}</a>", escape(url))
}

/// ` lang="zh-Hant"`: text in another language is marked so screen readers and fonts follow.
fn lang_attr(t: Option<TextLang>) -> String {
    t.map_or(String::new(), |t| format!(" lang=\"{}\"", t.key()))
}

/// A source in full: publisher, title, date (as precisely as known), linked where the text can
/// be read, then whether it is a copy of another outlet's text and the text's language.
pub fn full_citation(s: &Source, l: Lang) -> String {
    let publisher = escape(format::publisher(s, l));
    let title = s.title.map(|t| format!("<cite{}>{}</cite>", lang_attr(s.lang), escape(t)));
    // The link goes on the title, or on the publisher where the title is not known.
    let (publisher, title) = match (s.url, title) {
        (Some(u), Some(t)) => (publisher, Some(link(u, &t))),
        (Some(u), None) => (link(u, &publisher), None),
        (None, t) => (publisher, t),
    };
    let mut parts = vec![publisher];
    parts.extend(title);
    parts.push(escape(&format::published(s.published, l)));
    let mut h = fill(l.pick("{0}.", "{0}.", "{0}。"), &[&parts.join(l.pick(", ", ", ", "，"))]);
    if s.mirror_of.is_some() {
        h.push_str(&fill(l.tr(" A copy of a text by {0}."), &[&escape(format::outlet(s, l))]));
    }
    if let Some(t) = s.lang {
        h.push_str(&fill(l.tr(" In {0}."), &[format::text_lang(t, l)]));
    }
    h
}

fn card(data: &Dataset, sector: Sector, f: &Figure, l: Lang) -> String {
    let metric = data.metric_of(f);
    let mut h = format!(
        "<article class=\"card sector-{key}\" data-testid=\"card-{key}\"><h2>{}</h2><p class=\"card-value\" data-testid=\"card-value\">{}</p><p class=\"card-metric\">{}</p>",
        escape(format::sector(sector, l)),
        escape(&format::figure_value(f, metric.unit, l)),
        escape(metric.label.get(l)),
        key = sector.key(),
    );
    if let Some(g) = f.yoy_pct {
        let text = fill(l.tr("{0} on a year earlier"), &[&format::growth(g, l)]);
        let _ = write!(h, "<p class=\"card-growth\">{}</p>", escape(&text));
    }
    let reads = match f.wording {
        Some(w) => fill(l.pick("{0} ('{1}')", "{0} («\u{a0}{1}\u{a0}»)", "{0}（“{1}”）"), &[format::qualifier_words(f.qualifier, l), w.get(l)]),
        None => format::qualifier_words(f.qualifier, l).to_string(),
    };
    let [period, basis, reads_word, source] = [l.tr("Period"), l.tr("Basis"), l.tr("Reads"), l.tr("Source")];
    let _ = write!(
        h,
        "<dl class=\"card-facts\"><dt>{period}</dt><dd>{}</dd><dt>{basis}</dt><dd>{}</dd><dt>{reads_word}</dt><dd>{}</dd><dt>{source}</dt><dd>{}{}</dd></dl>",
        escape(&format::period(f.period, l)),
        escape(format::basis(metric.basis, l)),
        escape(&reads),
        source_link(&citation(data, f, l), data.source_of(f).url),
        if f.grade == Grade::C { l.tr(" (reported)") } else { "" },
    );
    let (latest, later) = newer_html(data, f, l);
    h.push_str(&latest);
    // The figure reads at a glance; its note, the source's words and what else was published
    // since are one press away (a <details>: keyboard and screen readers reach it as it is,
    // and boot.js opens it for printing).
    let mut more = String::new();
    if let Some(note) = f.note {
        let _ = write!(more, "<p class=\"card-note\">{}</p>", escape(note.get(l)));
    }
    if let Some(q) = &f.quote {
        more.push_str(&quote_html(q, l));
    }
    more.push_str(&later);
    if !more.is_empty() {
        let _ = write!(h, "<details class=\"card-more\" data-testid=\"card-more\"><summary>{}</summary>{more}</details>", escape(l.tr("The source's words, notes and newer figures")));
    }
    h.push_str("</article>");
    h
}

/// A source's own words: the original, marked with its language, then a translation marked
/// as one where the reader reads another language.
fn quote_html(q: &Quote, l: Lang) -> String {
    let label = fill(l.tr("The source's words ({0}):"), &[format::text_lang(q.lang, l)]);
    // Chinese sets no space after its full-width colon, nor between sentences.
    let space = l.pick(" ", " ", "");
    let mut h = format!("<p class=\"card-note\" data-testid=\"card-quote\">{}{space}<q lang=\"{}\">{}</q>", escape(&label), q.lang.key(), escape(q.text));
    if !reads(q.lang, l) {
        let _ = write!(h, "{space}{}{space}<q>{}</q>", escape(l.tr("Translation:")), escape(q.translation.get(l)));
    }
    h.push_str("</p>");
    h
}

/// A figure in a line for a card: "2.94 million vehicles (2024), +69.2% on a year earlier.
/// Source: ITBEAR, date unknown (grade B)", the source linked where it can be read.
fn figure_line(data: &Dataset, f: &Figure, l: Lang) -> String {
    let metric = data.metric_of(f);
    let mut text = fill(l.pick("{0} ({1})", "{0} ({1})", "{0}（{1}）"), &[&format::figure_value(f, metric.unit, l), &format::period(f.period, l)]);
    if let Some(g) = f.yoy_pct {
        text.push_str(l.pick(", ", ", ", "，"));
        text.push_str(&fill(l.tr("{0} on a year earlier"), &[&format::growth(g, l)]));
    }
    let source = source_link(&citation(data, f, l), data.source_of(f).url);
    let grade = fill(l.pick(" ({0})", " ({0})", "（{0}）"), &[&fill(l.tr("grade {0}"), &[f.grade.key()])]);
    format!("{}{}{}{}{}", escape(&text), escape(l.pick(". Source: ", ". Source : ", "。来源：")), source, escape(&grade), l.pick(".", ".", "。"))
}

/// Beside a headline figure: its latest comparable figure or the words that none was found
/// (as of the review); then, for the card's details, a break that stops the line, the periods
/// searched for and not found since, and newer figures of other measures, each under its own
/// name.
fn newer_html(data: &Dataset, headline: &Figure, l: Lang) -> (String, String) {
    let reviewed = data.meta.reviewed;
    let mut latest = format!("<div class=\"card-latest\" data-testid=\"card-latest\"><h3>{}</h3>", escape(l.tr("Latest comparable figure")));
    let found = latest::comparable(data, headline);
    let line = match found {
        Some(f) => figure_line(data, f, l),
        None => escape(&fill(l.tr("No newer comparable figure found as of {0}."), &[reviewed])),
    };
    let _ = write!(latest, "<p class=\"card-note\">{line}</p></div>");
    let mut later = String::new();
    let since = found.map_or(headline.period, |f| f.period);
    if let Some(b) = latest::break_after(data, headline, since) {
        let text = fill(l.tr("From {0} this measure is counted another way: a later figure would not continue this line."), &[&format::period(b.from, l)]);
        let _ = write!(later, "<p class=\"card-note\" data-testid=\"card-break\">{}</p>", escape(&text));
    }
    let gaps: Vec<String> = latest::gaps_after(data, headline, since).iter().map(|p| format::period(*p, l)).collect();
    if found.is_some() && !gaps.is_empty() {
        let text = fill(l.tr(" {0}: no figure found as of {1}."), &[&format::and_list(&gaps, l), reviewed]);
        let _ = write!(later, "<p class=\"card-note\">{}</p>", escape(text.trim_start()));
    }
    let others = latest::other_measures(data, headline, 2);
    if !others.is_empty() {
        let _ = write!(later, "<div data-testid=\"card-others\"><h3>{}</h3><ul class=\"card-note\">", escape(l.tr("Newer figures of other measures")));
        for f in others {
            let mut name = data.metric_of(f).label.get(l).to_string();
            if let Some(place) = f.entity.filter(|e| Some(*e) != headline.entity) {
                name = fill(l.pick("{0}, {1}", "{0}, {1}", "{0}，{1}"), &[&name, format::entity(place, l)]);
            }
            let _ = write!(later, "<li>{}{}</li>", escape(&l.labelled(&name, "")), figure_line(data, f, l));
        }
        later.push_str("</ul></div>");
    }
    (latest, later)
}

/// The dataset's two dates, for the footer: when its figures were last checked against their
/// sources, and when its newest figure was published (as precisely as that is known). Plain
/// text; the page escapes it.
pub fn footer_dates(data: &Dataset, l: Lang) -> String {
    let newest = data.newest_publication().map_or_else(|| l.tr("date unknown").to_string(), |p| format::published(p, l));
    fill(l.tr("Figures last checked against their sources: {0}. Newest figure published: {1}."), &[data.meta.reviewed, &newest])
}

/// The three sector cards: each headline figure written the way its source qualifies it.
pub fn cards(data: &Dataset, l: Lang) -> String {
    Sector::PRIORITY.into_iter().filter_map(|s| data.headline(s).map(|f| card(data, s, f, l))).collect()
}

/// The offices and their remits, the five funds, the companies the article names.
pub fn article_context(data: &Dataset, l: Lang) -> String {
    let heading = l.tr("Three offices, run with relative independence");
    let mut h = format!("<h2 id=\"offices-heading\">{heading}</h2><p>{}</p><ul class=\"offices\">", escape(data.meta.offices.get(l)));
    for o in Sector::PRIORITY.into_iter().filter_map(|s| data.office(s)) {
        let _ = write!(h, "<li class=\"office sector-{}\"><h3>{}</h3><p>{}</p>", o.sector.key(), escape(o.name.get(l)), escape(o.remit.get(l)));
        if let Some(p) = o.person {
            let _ = write!(h, "<p class=\"person\">{}</p>", escape(p.get(l)));
        }
        h.push_str("</li>");
    }
    h.push_str("</ul>");
    if let Some(f) = data.figure("sz-seed-bio-funds-2024") {
        let template = l.tr("<strong>Five biomedical industrial funds: {0}</strong>, which the source gives as about 2.32 bn US dollars ({1}; fund size: money committed, not output).");
        let text = fill(template, &[&escape(&format::figure_value(f, Unit::Cny, l)), &escape(&format::period(f.period, l))]);
        let _ = write!(h, "<p data-testid=\"funds\">{text}</p>");
    }
    let companies = l.tr("Companies the article names");
    let _ = write!(h, "<h3>{companies}</h3><ul class=\"companies\">");
    for c in data.companies {
        // The Chinese name is shown beside the Latin one, except in Chinese where it replaces it.
        let name = match l {
            Lang::Zh => format!("<strong>{}</strong>（{}）", escape(c.name_zh), escape(c.name)),
            _ => format!("<strong>{}</strong> <span lang=\"zh\">{}</span>", escape(c.name), escape(c.name_zh)),
        };
        let _ = write!(h, "<li>{name}{}{}</li>", l.pick(": ", " : ", "："), escape(c.role.get(l)));
    }
    h.push_str("</ul>");
    h
}

/// Every source the figures cite, once, as a full citation, linked where the text can be read.
pub fn sources(data: &Dataset, l: Lang) -> String {
    let items: String = data.cited_sources().iter().map(|s| format!("<li data-source=\"{}\">{}</li>", escape(s.id), full_citation(s, l))).collect();
    format!("<h2 id=\"sources-heading\">{}</h2><ul data-testid=\"sources\">{items}</ul>", l.tr("Sources"))
}

/// The data table under a chart: exactly what it plots.
pub fn table(spec: &ChartSpec, l: Lang) -> String {
    let caption = l.tr("What the chart plots");
    let mut h = format!("<table data-testid=\"chart-table\"><caption>{caption}</caption><thead><tr>");
    for head in &spec.table_head {
        let _ = write!(h, "<th scope=\"col\">{}</th>", escape(head));
    }
    h.push_str("</tr></thead><tbody>");
    // Each row's first cell links to the page of the figure it shows (`page::links`).
    for row in &spec.table {
        h.push_str("<tr>");
        for (i, cell) in row.cells.iter().enumerate() {
            let _ = match i {
                0 => write!(h, "<td>{}</td>", crate::page::links::to_figure(l, row.figure.id, cell)),
                _ => write!(h, "<td>{}</td>", escape(cell)),
            };
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody></table>");
    h.push_str(&events_table(spec, l));
    h
}

/// The events the chart marks on its time axis, by number, under the chart's table: date,
/// what happened, and the source (linked where it has an address, which an event's has).
fn events_table(spec: &ChartSpec, l: Lang) -> String {
    let marks: Vec<&crate::chart::spec::EventMark> = spec.panels.iter().flat_map(|p| &p.events).collect();
    if marks.is_empty() {
        return String::new();
    }
    let mut h = format!(
        "<table data-testid=\"events-table\"><caption>{}</caption><thead><tr><th scope=\"col\">#</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(l.tr("Events on the time axis")),
        escape(l.tr("Date")),
        escape(l.tr("What happened")),
        escape(l.tr("Source")),
    );
    for m in marks {
        let source = crate::data::DATASET.source(m.event.source).map_or(String::new(), |s| source_link(&format::source(s, l), s.url));
        let _ = write!(h, "<tr><td>{}</td><td>{}</td><td>{}</td><td>{source}</td></tr>", m.number, escape(&m.event.date.key()), escape(m.event.text.get(l)));
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
        let html = cards(&DATASET, Lang::En);
        assert!(html.contains("data-testid=\"card-ai\"") && html.contains("&gt; 300 bn yuan"));
        assert!(html.contains("&gt; 1.73 million vehicles") && html.contains("+104.2% on a year earlier"));
        assert!(html.contains("13 bn yuan") && html.contains("H1 2024"));
        assert_eq!(html.matches("<article").count(), 3);
    }

    #[test]
    fn the_events_on_the_time_axis_are_listed_under_the_charts_table() {
        let spec = crate::chart::spec_for(&DATASET, &crate::view_state::parse("trend/").0);
        let html = table(&spec, Lang::En);
        let events = &html[html.find("data-testid=\"events-table\"").expect("an events table")..];
        assert_eq!(events.matches("<tr><td>").count(), 3, "{events}");
        assert!(events.contains("<tr><td>1</td><td>2022-08-01</td>") && events.contains("href=\"https://www.nationthailand.com/"), "{events}");
        let growth = crate::chart::spec_for(&DATASET, &crate::view_state::ViewState::default());
        assert!(!table(&growth, Lang::En).contains("events-table"), "no time axis, no events");
    }

    #[test]
    fn dataset_text_is_escaped() {
        assert_eq!(escape("<b a=\"x\">'&'</b>"), "&lt;b a=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;");
        assert!(article_context(&DATASET, Lang::En).contains("Tang Shangxing") && article_context(&DATASET, Lang::En).contains("16.5 bn yuan"));
    }

    #[test]
    fn cards_and_context_read_in_french_and_chinese() {
        let fr = cards(&DATASET, Lang::Fr);
        assert!(fr.contains("&gt; 1,73 million de véhicules") && fr.contains("1er semestre 2024"), "{fr}");
        let zh = cards(&DATASET, Lang::Zh);
        assert!(zh.contains("&gt; 173万辆") && zh.contains("&gt; 3000亿元") && zh.contains("2024年上半年"), "{zh}");
        assert!(article_context(&DATASET, Lang::Zh).contains("165亿元"));
        assert!(article_context(&DATASET, Lang::Fr).contains("16,5 milliards de yuans"));
    }

    #[test]
    fn sources_are_listed_once_each_as_full_citations() {
        let html = sources(&DATASET, Lang::En);
        assert_eq!(html.matches("<li ").count(), DATASET.cited_sources().len());
        assert_eq!(DATASET.cited_sources().len(), DATASET.sources.len(), "validation refuses a source nothing cites");
        assert_eq!(html.matches(">China&#39;s Shenzhen to prioritize AI, NEV, biomedical industries</cite></a>").count(), 1, "{html}");
        assert!(html.contains("<li data-source=\"xinhua-2024-10-26\">Xinhua, <a href=\"http://china.org.cn/"), "{html}");
        // A copy is named as one, with its original; a date known only roughly says so.
        assert!(html.contains("dutenews.com, <a href=\"https://www.dutenews.com/p/8673587.html\""), "{html}");
        // A copy on a site not linked for its spam: named by the outlet it copies, unlinked.
        assert!(html.contains("<li data-source=\"cns-2025-02-25\">a site not linked (it carries spam), <cite lang=\"zh-Hant\">"), "{html}");
        assert!(html.contains("2025-02-25. A copy of a text by China News Service. In Chinese."), "{html}");
        assert!(html.contains("dutenews.com, ") && html.contains("early 2025. A copy of a text by Nanfang Daily"), "{html}");
        assert!(html.contains("HK01, <a href=\"https://www.hk01.com/") && html.contains("date unknown. In Chinese."), "{html}");
        // Without an address, no link; an unrecorded copy says so.
        assert!(html.contains("<li data-source=\"itbear-tang-shangxing\">ITBEAR, date unknown.</li>"), "{html}");
        assert!(html.contains("a site not recorded, 2022-05-16. A copy of a text by Shenzhen Commercial Daily"), "{html}");
    }

    #[test]
    fn citations_read_in_french_and_chinese() {
        let fr = sources(&DATASET, Lang::Fr);
        assert!(fr.contains("début 2025. Copie d'un texte publié par Nanfang Daily. En chinois."), "{fr}");
        let zh = sources(&DATASET, Lang::Zh);
        assert!(zh.contains("2025-02-25。转载自中国新闻网。原文为中文。"), "{zh}");
        assert!(zh.contains("未记录的网站，2022-05-16。转载自深圳商报。"), "{zh}");
    }

    #[test]
    fn each_card_shows_its_latest_comparable_figure_or_says_none_was_found() {
        let html = cards(&DATASET, Lang::En);
        let card = |key: &str| {
            let start = html.find(&format!("data-testid=\"card-{key}\"")).expect(key);
            html[start..].split("</article>").next().unwrap_or_default().to_string()
        };
        let nev = card("nev");
        assert!(nev.contains("<h3>Latest comparable figure</h3><p class=\"card-note\">2.94 million vehicles (2024), +69.2% on a year earlier. Source: ITBEAR, date unknown (grade B).</p>"), "{nev}");
        assert!(nev.contains("From 2025 this measure is counted another way") && nev.contains("2025: no figure found as of 2026-11-29."), "{nev}");
        assert!(nev.contains("Company vehicle sales (worldwide), BYD (company): "), "a company under its own name: {nev}");
        let ai = card("ai");
        assert!(ai.contains("No newer comparable figure found as of 2026-11-29."), "{ai}");
        assert!(ai.contains("AI enterprises: &gt; 2,200 firms (Jan 2025)") && ai.contains("&gt; 2,000 firms (2025)"), "{ai}");
        let bio = card("biomed");
        assert!(bio.contains("No newer comparable figure found as of 2026-11-29."), "{bio}");
        assert!(bio.contains("Pharmaceutical industry output value: ≈ 55 bn yuan (2024)"), "output, under its own name: {bio}");
        // The seed's figures stay as they are.
        assert!(ai.contains("card-value\">&gt; 300 bn yuan</p>") && nev.contains("card-value\">&gt; 1.73 million vehicles</p>"));
        // The source's own words, in French (the seed's version), with a marked translation.
        assert!(nev.contains("The source&#39;s words (French): <q lang=\"fr\">Shenzhen abrite") && nev.contains("Translation: <q>Shenzhen is home"), "{nev}");
    }

    #[test]
    fn cards_and_their_newer_figures_read_in_french_and_chinese() {
        let fr = cards(&DATASET, Lang::Fr);
        assert!(fr.contains("Aucun chiffre comparable plus récent trouvé au 2026-11-29."), "{fr}");
        assert!(fr.contains("Termes de la source (français) : <q lang=\"fr\">") && !fr.contains("Traduction : <q>Shenzhen abrite"), "French readers read the French text itself");
        let zh = cards(&DATASET, Lang::Zh);
        assert!(zh.contains("截至2026-11-29未找到更新的可比数据。") && zh.contains("最新可比数据"), "{zh}");
        assert!(zh.contains("来源原文（法文）：<q lang=\"fr\">") && zh.contains("译文：<q>深圳拥有比亚迪"), "{zh}");
    }

    #[test]
    fn the_footer_gives_the_review_date_and_the_newest_figures_publication() {
        assert_eq!(footer_dates(&DATASET, Lang::En), "Figures last checked against their sources: 2026-11-29. Newest figure published: 2026-03-05.");
        assert!(footer_dates(&DATASET, Lang::Fr).starts_with("Dernière vérification des chiffres auprès de leurs sources : 2026-11-29."));
        assert_eq!(footer_dates(&DATASET, Lang::Zh), "数据最近一次与来源核对：2026-11-29。最新数据发布于：2026-03-05。");
    }
}
