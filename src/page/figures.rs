//! The figures view's markup: the table of the rows (`chart::figures`) with a sort button in
//! every header cell, and the filters, escaped. Pure (no DOM); the app only puts them on the
//! page (`app::figures`).

use crate::chart::figures::{column_name, verdict_words, Row};
use crate::data::checked::Record;
use crate::data::{Grade, DATASET};
use crate::escape::escape;
use crate::format;
use crate::i18n::{fill, Lang};
use crate::view_state::{figure_places, figure_sectors, figure_years, Column, Setting, ViewState};
use super::part::Part;
use std::fmt::Write;

/// The most rows the table holds until the reader asks for more: the count and the downloads
/// cover every row, and a page of rows is written within a few frames however many match.
pub const PAGE_ROWS: usize = 100;

/// What the line under a table that holds `listed` of the `total` rows that match says: what
/// it holds, and the labels of the buttons that add the next page or every row.
pub fn more_texts(listed: usize, total: usize, l: Lang) -> [String; 3] {
    let next = (total - listed.min(total)).min(PAGE_ROWS);
    [
        fill(l.tr("The table shows the first {0} of {1}."), &[&listed.to_string(), &total.to_string()]),
        fill(l.tr("Show {0} more"), &[&next.to_string()]),
        fill(l.tr("Show all {0}"), &[&total.to_string()]),
    ]
}

/// That line, hidden when the table holds every row; what it says is a live region, so that
/// a press on its buttons is told (`app::figures` rewrites its texts in place).
pub fn more_html(listed: usize, total: usize, l: Lang) -> String {
    let hidden = if listed >= total { " hidden" } else { "" };
    let [shown, more, all] = more_texts(listed, total, l);
    format!(
        "<p class=\"figure-more\"{} data-testid=\"figure-more\"{hidden}><span role=\"status\">{}</span> <button type=\"button\"{} data-testid=\"figures-more\">{}</button> <button type=\"button\"{} data-testid=\"figures-all\">{}</button></p>",
        Part::FigureMore.attr(),
        escape(&shown),
        Part::FiguresMore.attr(),
        escape(&more),
        Part::FiguresAll.attr(),
        escape(&all),
    )
}

/// The table of the rows, with a sort button in every header cell and `aria-sort` on the
/// sorted one.
pub fn table_html(rows: &[Row], s: &ViewState) -> String {
    let l = s.lang;
    let mut h = format!("<table role=\"table\" data-testid=\"figures-table\"><caption>{}</caption><thead role=\"rowgroup\"><tr role=\"row\" data-label=\"{}\">", escape(l.tr("Every figure in the dataset")), escape(l.tr("Sort by")));
    for c in Column::ALL {
        let sort = match s.figures.sort {
            Some((now, true)) if now == *c => "descending",
            Some((now, false)) if now == *c => "ascending",
            _ => "none",
        };
        let _ = write!(
            h,
            "<th scope=\"col\" role=\"columnheader\" aria-sort=\"{sort}\" data-column=\"{0}\"><button type=\"button\" data-key=\"{sort_key}\" data-value=\"{0}\" data-testid=\"sort-{0}\">{1}</button></th>",
            c.key(),
            escape(column_name(*c, l)),
            sort_key = Setting::Sort.key(),
        );
    }
    h.push_str("</tr></thead><tbody role=\"rowgroup\">");
    h.push_str(&rows_html(rows, s));
    h.push_str("</tbody></table>");
    h
}

/// The table's rows, as they stand in its body: the app adds a long table's rows a part at a
/// time (`app::figures`).
pub fn rows_html(rows: &[Row], s: &ViewState) -> String {
    let l = s.lang;
    let mut h = String::new();
    // Each cell's opening tag, with its column's name for the narrow layout where each row is
    // a card of labelled fields (style.css); `role` keeps the table a table for screen readers
    // there. The same for every row, so written once.
    let cell_tags: Vec<String> = Column::ALL.iter().map(|c| format!("<td role=\"cell\" data-column=\"{}\" data-label=\"{}\">", c.key(), escape(column_name(*c, l)))).collect();
    for r in rows {
        let _ = write!(h, "<tr role=\"row\" data-figure=\"{}\">", escape(r.figure.id));
        for (c, tag) in Column::ALL.iter().zip(&cell_tags) {
            h.push_str(tag);
            match c {
                // The value links to the figure's own page (`page::links`).
                Column::Value => {
                    h.push_str(&crate::page::links::to_figure(l, r.figure.id, &r.value_text));
                    if let Some(p) = &r.published_text {
                        let _ = write!(h, "<span class=\"published\">{}</span>", escape(&fill(l.tr("as published: {0}"), &[p])));
                    }
                }
                // The kind, with the note a press away: the notes are paragraphs.
                Column::Conflict => {
                    for (kind, note) in &r.conflict {
                        let _ = write!(h, "<details><summary>{}</summary>{}</details>", escape(kind), escape(note));
                    }
                }
                Column::Source => {
                    match r.url {
                        Some(url) => {
                            let _ = write!(h, "<a href=\"{}\" rel=\"noopener\">{}</a>", escape(url), escape(&r.source));
                        }
                        None => h.push_str(&escape(&r.source)),
                    }
                    h.push_str(&check_html(r.check, l));
                }
                _ => h.push_str(&escape(&r.text(*c))),
            }
            h.push_str("</td>");
        }
        h.push_str("</tr>");
    }
    h
}

/// A figure's check, under its source: "Checked 2026-12-07: confirmed on an independent page
/// (szdaily.com, news.cn)". A page is linked where its site is one the dataset's sources
/// already link (their sites were reviewed); any other is named by its site, unlinked, as a
/// site a check reached is not vouched for (some copy articles beside spam).
pub fn check_html(check: Option<&Record>, l: Lang) -> String {
    let Some(c) = check else { return String::new() };
    let named = |page: &str| {
        let site = site_of(page);
        match DATASET.sources.iter().filter_map(|s| s.url).any(|url| site_of(url) == site) {
            true => format!("<a href=\"{}\" rel=\"noopener\">{}</a>", escape(page), escape(site)),
            false => escape(site),
        }
    };
    let pages: Vec<String> = c.pages.iter().map(|p| named(p)).collect();
    let (open, close) = l.pick((" (", ")"), (" (", ")"), ("（", "）"));
    let pages = if pages.is_empty() { String::new() } else { format!("{open}{}{close}", pages.join(l.pick(", ", ", ", "、"))) };
    format!("<span class=\"check\" data-verdict=\"{}\">{}{pages}</span>", c.verdict.key(), escape(&fill(l.tr("Checked {0}: {1}"), &[c.day, verdict_words(c.verdict, l)])))
}

/// A page's site: its host without `www.`.
fn site_of(page: &str) -> &str {
    let host = page.split("//").nth(1).and_then(|rest| rest.split(['/', '?', '#']).next()).unwrap_or(page);
    host.strip_prefix("www.").unwrap_or(host)
}

fn select(h: &mut String, setting: Setting, label: &str, chosen: Option<String>, options: Vec<(String, String)>, l: Lang) {
    let key = setting.key();
    let _ = write!(h, "<label>{} <select data-key=\"{key}\" data-testid=\"filter-{key}\"><option value=\"\">{}</option>", escape(label), escape(l.tr("all")));
    for (value, text) in options {
        let selected = if chosen.as_deref() == Some(value.as_str()) { " selected" } else { "" };
        let _ = write!(h, "<option value=\"{}\"{selected}>{}</option>", escape(&value), escape(&text));
    }
    h.push_str("</select></label>");
}

/// The filters and the search field, labelled, showing the state's choices.
pub fn filters_html(s: &ViewState) -> String {
    let (l, f) = (s.lang, &s.figures);
    let mut h = String::new();
    let sectors = figure_sectors().into_iter().map(|x| (x.key().to_string(), format::sector_short(x, l).to_string())).collect();
    select(&mut h, Setting::Sector, l.tr("Sector"), f.sector.map(|x| x.key().to_string()), sectors, l);
    let places = figure_places().iter().map(|x| (x.key().to_string(), format::entity(*x, l).to_string())).collect();
    select(&mut h, Setting::Place, l.tr("Place"), f.place.map(|x| x.key().to_string()), places, l);
    let years = figure_years().into_iter().map(|y| (y.to_string(), y.to_string())).collect();
    select(&mut h, Setting::Year, l.tr("Year"), f.year.map(|y| y.to_string()), years, l);
    let grades = Grade::ALL.iter().map(|g| (g.key().to_string(), g.key().to_string())).collect();
    select(&mut h, Setting::Grade, l.tr("Grade"), f.grade.map(|g| g.key().to_string()), grades, l);
    let _ = write!(
        h,
        "<label>{} <input type=\"search\" data-key=\"{key}\" data-testid=\"filter-{key}\" value=\"{}\"></label>",
        escape(l.tr("Search")),
        escape(&f.search),
        key = Setting::Search.key(),
    );
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::figures::rows;
    use crate::chart::figures::tests::state;
    use crate::data::DATASET;
    use crate::view_state::View;

    #[test]
    fn money_follows_the_currency_and_unit_with_the_published_value_beside() {
        let s = state("?view=figures&cur=usd&mag=m&sort=-value&sector=ai");
        let r = rows(&DATASET, &s);
        let first = &r[0];
        assert!(first.value_text.contains("m US dollars"), "{}", first.value_text);
        assert!(first.published_text.as_deref().is_some_and(|p| p.contains("yuan")));
        let html = table_html(&r, &s);
        assert!(html.contains("aria-sort=\"descending\" data-column=\"value\"") && html.contains("as published: "));
        assert_eq!(html.matches("<tr role=\"row\" data-figure").count(), r.len());
    }

    /// Every figure's row says when and how it was checked; a page on a site the sources link
    /// is linked, another named unlinked.
    #[test]
    fn each_row_shows_its_check_in_the_readers_language() {
        let html = table_html(&rows(&DATASET, &state("?view=figures")), &state("?view=figures"));
        assert_eq!(html.matches("<span class=\"check\"").count(), DATASET.figures.len(), "a check a figure");
        let gdp = html.split("data-figure=\"sz-gdp-2024\"").nth(1).and_then(|r| r.split("</tr>").next()).expect("its row");
        assert!(gdp.contains(">Checked 2026-12-07: confirmed on an independent page ("), "{gdp}");
        let chongqing = html.split("data-figure=\"cq-nev-prod-2025\"").nth(1).and_then(|r| r.split("</tr>").next()).expect("its row");
        assert!(chongqing.contains(" rel=\"noopener\">app.myzaker.com</a>, ichongqing.info)</span>"), "{chongqing}");
        for (lang, words) in [("fr", "Vérifié le 2026-12-07 : confirmé par une page indépendante"), ("zh", "2026-12-07核查：已由独立网页证实")] {
            let s = state(&format!("?view=figures&lang={lang}"));
            assert!(table_html(&rows(&DATASET, &s), &s).contains(words), "{lang}");
        }
    }

    #[test]
    fn a_table_longer_than_a_page_says_what_it_holds_and_offers_the_rest() {
        let line = more_html(PAGE_ROWS, 865, Lang::En);
        assert!(!line.contains(" hidden"));
        assert!(line.contains(">The table shows the first 100 of 865.<") && line.contains(">Show 100 more<") && line.contains(">Show all 865<"), "{line}");
        // The last part is what is left, not a page; a table that holds every row says nothing.
        assert!(more_html(800, 865, Lang::En).contains(">Show 65 more<"));
        assert!(more_html(865, 865, Lang::En).contains(" hidden"));
        assert!(more_html(91, 91, Lang::Fr).contains(" hidden"));
        // Today's data is within a page: the figures view holds every row, as it always has.
        let s = state("?view=figures");
        let page = crate::page::figure(&s, &crate::chart::shown(&DATASET, &s), crate::page::Widths::All);
        assert_eq!(page.matches("<tr role=\"row\" data-figure").count(), DATASET.figures.len());
        assert!(DATASET.figures.len() <= PAGE_ROWS);
    }

    #[test]
    fn sources_are_linked_and_text_escaped() {
        let s = state("?view=figures");
        let html = table_html(&rows(&DATASET, &s), &s);
        assert!(html.contains("<a href=\"https://"));
        assert!(!html.contains("<script"));
        assert_eq!(s.view, View::Figures);
        // The citation names the sources of the figures shown.
        let shown = crate::chart::shown(&DATASET, &state("?view=figures&place=shanghai"));
        assert!(shown.subtitle().ends_with(" figures") && !crate::cite::plotted_sources(&DATASET, &shown, Lang::En).is_empty());
        let filters = filters_html(&state("?view=figures&grade=B&q=a%22b"));
        assert!(filters.contains("<option value=\"B\" selected>") && filters.contains("value=\"a&quot;b\""));
    }
}
