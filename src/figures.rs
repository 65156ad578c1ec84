//! The figures view: every figure of the dataset in one table, filtered, searched and sorted
//! as the view state says. Pure (no DOM): rows from (data, state), then the table's and the
//! filters' markup, escaped. The component only puts them on the page.

use crate::chart::describe::{is_money, money_label};
use crate::compare::money::{convert, currency_words, magnitude};
use crate::data::{ConflictKind, Dataset, Figure, Grade};
use crate::format;
use crate::i18n::{fill, Lang};
use crate::static_html::escape;
use crate::view_state::{figure_places, figure_sectors, figure_years, Column, ViewState};
use std::cmp::Ordering;
use std::fmt::Write;

/// One figure as the table shows it.
pub struct Row {
    pub figure: &'static Figure,
    /// The value in the chosen currency, before the unit's divisor (for sorting).
    pub amount: f64,
    /// The value in `unit` (the table's number), and that unit's words.
    pub value: f64,
    pub unit: String,
    /// The value as the table writes it, and as published when that differs.
    pub value_text: String,
    pub published_text: Option<String>,
    pub place: &'static str,
    pub sector: &'static str,
    pub metric: &'static str,
    pub period: String,
    pub basis: &'static str,
    pub reads: &'static str,
    pub source: String,
    pub url: Option<&'static str>,
    /// Each conflict the figure belongs to: its kind in words, and its note.
    pub conflict: Vec<(&'static str, &'static str)>,
}

pub fn conflict_kind(k: ConflictKind, l: Lang) -> &'static str {
    match k {
        ConflictKind::SourcesDisagree => l.tr("sources disagree"),
        ConflictKind::GrowthMismatch => l.tr("stated growth does not match"),
        ConflictKind::RealVsNominal => l.tr("real against nominal growth"),
        ConflictKind::DifferentMeasures => l.tr("different measures"),
    }
}

impl Row {
    fn text(&self, c: Column) -> String {
        match c {
            Column::Place => self.place.into(),
            Column::Sector => self.sector.into(),
            Column::Metric => self.metric.into(),
            Column::Value => self.value_text.clone(),
            Column::Period => self.period.clone(),
            Column::Basis => self.basis.into(),
            Column::Reads => self.reads.into(),
            Column::Grade => self.figure.grade.key().into(),
            Column::Source => self.source.clone(),
            Column::Conflict => self.conflict.iter().map(|(k, n)| format!("{k}: {n}")).collect::<Vec<_>>().join(" "),
        }
    }

    /// Whether every word of the search is in one of the row's cells (case-insensitive).
    fn matches(&self, words: &[String]) -> bool {
        if words.is_empty() {
            return true;
        }
        let mut all: String = Column::ALL.iter().map(|c| self.text(*c)).collect::<Vec<_>>().join(" ");
        all.push(' ');
        all.push_str(self.published_text.as_deref().unwrap_or(""));
        all.push(' ');
        all.push_str(self.figure.id);
        let all = all.to_lowercase();
        words.iter().all(|w| all.contains(w.as_str()))
    }
}

/// A figure's row in the state's language, currency and unit.
pub fn row(data: &Dataset, f: &'static Figure, s: &ViewState) -> Row {
    let l = s.lang;
    let metric = data.metric_of(f);
    let source = data.source_of(f);
    let published = format::figure_value(f, metric.unit, l);
    let money = if is_money(data, f) { convert(data, f.value, f.period, s.currency, l).ok().map(|c| c.value) } else { None };
    let (amount, value, unit, value_text) = match money {
        Some(v) => {
            let (divisor, m) = magnitude(std::iter::once(v), s.magnitude, l);
            let words = currency_words(m, s.currency, l);
            let text = format!("{}{} {words}", format::qualifier_prefix(f.qualifier, l), money_label(v, divisor, l));
            (v, v / divisor, words, text)
        }
        None => (f.value, f.value, metric.unit.key().to_string(), published.clone()),
    };
    let conflicts: Vec<(&str, &str)> = data.conflicts_of(f.id).map(|c| (conflict_kind(c.kind, l), c.note.get(l))).collect();
    Row {
        figure: f,
        amount,
        value,
        unit,
        published_text: (value_text != published).then_some(published),
        value_text,
        place: format::entity(f.entity, l),
        sector: format::sector_short(metric.sector, l),
        metric: metric.label.get(l),
        period: format::period(f.period, l),
        basis: format::basis(metric.basis, l),
        reads: format::qualifier_words(f.qualifier, l),
        source: format::source(source, l),
        url: source.url,
        conflict: conflicts,
    }
}

/// Orders two rows by a column. Values are compared only within a unit: the units come in one
/// fixed order whichever way the column is sorted, vehicles never between two sums of yuan.
fn compare(data: &Dataset, a: &Row, b: &Row, c: Column, descending: bool) -> Ordering {
    let flip = |o: Ordering| if descending { o.reverse() } else { o };
    match c {
        Column::Value => {
            let unit = |r: &Row| data.metric_of(r.figure).unit;
            unit(a).cmp(&unit(b)).then_with(|| flip(a.amount.total_cmp(&b.amount)))
        }
        Column::Period => flip(a.figure.period.chrono_key().cmp(&b.figure.period.chrono_key())),
        Column::Grade => flip(a.figure.grade.cmp(&b.figure.grade)),
        _ => flip(a.text(c).to_lowercase().cmp(&b.text(c).to_lowercase())),
    }
}

/// The rows the state's filters and search keep, in its sort order (the dataset's order when
/// none, and for ties).
pub fn rows(data: &Dataset, s: &ViewState) -> Vec<Row> {
    let f = &s.figures;
    let words: Vec<String> = f.search.to_lowercase().split_whitespace().map(String::from).collect();
    let mut out: Vec<Row> = data
        .figures
        .iter()
        .filter(|x| f.sector.is_none_or(|sec| data.metric_of(x).sector == sec))
        .filter(|x| f.place.is_none_or(|p| x.entity == p))
        .filter(|x| f.year.is_none_or(|y| x.period.year() == y))
        .filter(|x| f.grade.is_none_or(|g| x.grade == g))
        .map(|x| row(data, x, s))
        .filter(|r| r.matches(&words))
        .collect();
    if let Some((c, descending)) = f.sort {
        out.sort_by(|a, b| compare(data, a, b, c, descending));
    }
    out
}

pub fn column_name(c: Column, l: Lang) -> &'static str {
    match c {
        Column::Place => l.tr("Place"),
        Column::Sector => l.tr("Sector"),
        Column::Metric => l.tr("Metric"),
        Column::Value => l.tr("Value"),
        Column::Period => l.tr("Period"),
        Column::Basis => l.tr("Basis"),
        Column::Reads => l.tr("How it reads"),
        Column::Grade => l.tr("Grade"),
        Column::Source => l.tr("Source"),
        Column::Conflict => l.tr("Conflict"),
    }
}

/// "23 of 91 figures", and how values are sorted when they are.
pub fn count(shown: usize, data: &Dataset, s: &ViewState) -> String {
    let l = s.lang;
    let counted = fill(l.tr("{0} of {1} figures"), &[&shown.to_string(), &data.figures.len().to_string()]);
    match s.figures.sort {
        Some((Column::Value, _)) => format!("{counted}{}{}", l.pick("; ", " ; ", "；"), l.tr("values sorted within each unit")),
        _ => counted,
    }
}

/// The sort a header's button asks for: ascending first, then the other way.
pub fn next_sort(current: Option<(Column, bool)>, c: Column) -> Option<(Column, bool)> {
    match current {
        Some((now, descending)) if now == c => Some((c, !descending)),
        _ => Some((c, false)),
    }
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
            "<th scope=\"col\" role=\"columnheader\" aria-sort=\"{sort}\" data-column=\"{0}\"><button type=\"button\" data-key=\"sort\" data-value=\"{0}\" data-testid=\"sort-{0}\">{1}</button></th>",
            c.key(),
            escape(column_name(*c, l))
        );
    }
    h.push_str("</tr></thead><tbody role=\"rowgroup\">");
    // Each cell's opening tag, with its column's name for the narrow layout where each row is
    // a card of labelled fields (style.css); `role` keeps the table a table for screen readers
    // there. The same for every row, so written once.
    let cell_tags: Vec<String> = Column::ALL.iter().map(|c| format!("<td role=\"cell\" data-column=\"{}\" data-label=\"{}\">", c.key(), escape(column_name(*c, l)))).collect();
    for r in rows {
        let _ = write!(h, "<tr role=\"row\" data-figure=\"{}\">", escape(r.figure.id));
        for (c, tag) in Column::ALL.iter().zip(&cell_tags) {
            h.push_str(tag);
            match c {
                Column::Value => {
                    h.push_str(&escape(&r.value_text));
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
                Column::Source => match r.url {
                    Some(url) => {
                        let _ = write!(h, "<a href=\"{}\" rel=\"noopener\">{}</a>", escape(url), escape(&r.source));
                    }
                    None => h.push_str(&escape(&r.source)),
                },
                _ => h.push_str(&escape(&r.text(*c))),
            }
            h.push_str("</td>");
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody></table>");
    h
}

fn select(h: &mut String, key: &str, label: &str, chosen: Option<String>, options: Vec<(String, String)>, l: Lang) {
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
    select(&mut h, "sector", l.tr("Sector"), f.sector.map(|x| x.key().to_string()), sectors, l);
    let places = figure_places().into_iter().map(|x| (x.key().to_string(), format::entity(x, l).to_string())).collect();
    select(&mut h, "place", l.tr("Place"), f.place.map(|x| x.key().to_string()), places, l);
    let years = figure_years().into_iter().map(|y| (y.to_string(), y.to_string())).collect();
    select(&mut h, "year", l.tr("Year"), f.year.map(|y| y.to_string()), years, l);
    let grades = Grade::ALL.iter().map(|g| (g.key().to_string(), g.key().to_string())).collect();
    select(&mut h, "grade", l.tr("Grade"), f.grade.map(|g| g.key().to_string()), grades, l);
    let _ = write!(
        h,
        "<label>{} <input type=\"search\" data-key=\"q\" data-testid=\"filter-q\" value=\"{}\"></label>",
        escape(l.tr("Search")),
        escape(&f.search)
    );
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Entity, Sector, DATASET};
    use crate::view_state::{parse, View};

    fn state(link: &str) -> ViewState {
        let (s, ignored) = parse(link);
        assert_eq!(ignored, vec![], "{link}");
        s
    }

    #[test]
    fn without_filters_every_figure_is_a_row_in_the_datasets_order() {
        let s = state("?view=figures");
        let r = rows(&DATASET, &s);
        assert_eq!(r.len(), DATASET.figures.len());
        assert!(r.iter().zip(DATASET.figures.iter()).all(|(r, f)| r.figure.id == f.id));
        assert_eq!(count(r.len(), &DATASET, &state("?view=figures")), format!("{0} of {0} figures", DATASET.figures.len()));
    }

    #[test]
    fn filters_keep_only_matching_figures() {
        let s = state("?view=figures&sector=nev&place=shenzhen&grade=A");
        let r = rows(&DATASET, &s);
        assert!(!r.is_empty() && r.len() < DATASET.figures.len());
        assert!(r.iter().all(|r| r.figure.entity == Entity::Shenzhen && r.figure.grade == Grade::A));
        assert!(r.iter().all(|r| DATASET.metric_of(r.figure).sector == Sector::Nev));
        let y = state("?view=figures&year=2024");
        assert!(rows(&DATASET, &y).iter().all(|r| r.figure.period.year() == 2024));
    }

    #[test]
    fn search_matches_every_word_in_any_column_ignoring_case() {
        let s = state("?view=figures&q=XINHUA%20shenzhen");
        let r = rows(&DATASET, &s);
        assert!(!r.is_empty());
        assert!(r.iter().all(|r| r.text(Column::Source).to_lowercase().contains("xinhua") || r.text(Column::Conflict).to_lowercase().contains("xinhua")));
        let none = state("?view=figures&q=zzzz-nothing");
        assert!(rows(&DATASET, &none).is_empty());
    }

    #[test]
    fn sorting_orders_by_the_column_both_ways() {
        let up = rows(&DATASET, &state("?view=figures&sort=period"));
        assert!(up.windows(2).all(|w| w[0].figure.period.chrono_key() <= w[1].figure.period.chrono_key()));
        let down = rows(&DATASET, &state("?view=figures&sort=-value&sector=ai"));
        assert!(down.windows(2).all(|w| w[0].amount >= w[1].amount));
        // Across sectors, vehicles, yuan and percentages are each sorted among themselves,
        // the units in the same order both ways.
        let unit = |r: &Row| DATASET.metric_of(r.figure).unit;
        for sort in ["value", "-value"] {
            let all = rows(&DATASET, &state(&format!("?view=figures&sort={sort}")));
            assert!(all.windows(2).all(|w| unit(&w[0]) <= unit(&w[1])), "{sort}: units stay grouped in one order");
            let within = |w: &[Row]| unit(&w[0]) != unit(&w[1]) || if sort == "value" { w[0].amount <= w[1].amount } else { w[0].amount >= w[1].amount };
            assert!(all.windows(2).all(within), "{sort}: values in order within a unit");
            assert!(count(all.len(), &DATASET, &state(&format!("?view=figures&sort={sort}"))).ends_with("values sorted within each unit"));
        }
        let places = rows(&DATASET, &state("?view=figures&sort=place"));
        assert!(places.windows(2).all(|w| w[0].place.to_lowercase() <= w[1].place.to_lowercase()));
        assert_eq!(next_sort(None, Column::Value), Some((Column::Value, false)));
        assert_eq!(next_sort(Some((Column::Value, false)), Column::Value), Some((Column::Value, true)));
        assert_eq!(next_sort(Some((Column::Value, true)), Column::Place), Some((Column::Place, false)));
    }

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

    #[test]
    fn sources_are_linked_and_text_escaped() {
        let s = state("?view=figures");
        let html = table_html(&rows(&DATASET, &s), &s);
        assert!(html.contains("<a href=\"https://"));
        assert!(!html.contains("<script"));
        assert_eq!(s.view, View::Figures);
        // The citation names the sources of the figures shown.
        let spec = crate::chart::spec_for(&DATASET, &state("?view=figures&place=shanghai"));
        assert!(spec.subtitle.ends_with(" figures") && !crate::cite::plotted_sources(&DATASET, &spec, Lang::En).is_empty());
        let filters = filters_html(&state("?view=figures&grade=B&q=a%22b"));
        assert!(filters.contains("<option value=\"B\" selected>") && filters.contains("value=\"a&quot;b\""));
    }
}
