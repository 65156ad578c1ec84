//! The figures view's table as data: every figure of the dataset as a row, filtered, searched
//! and sorted as the view state says, with its count. What the other views' builders are to
//! their charts; the table's markup is `crate::page::figures`'s.

use super::describe::{is_money, money_label};
use crate::compare::money::{convert, currency_words, magnitude};
use crate::data::checked::{self, Record, Verdict};
use crate::data::{ConflictKind, Dataset, Figure};
use crate::format;
use crate::i18n::{fill, Lang};
use crate::view_state::{Column, Currency, Magnitude, ViewState};
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

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
    /// Its check against public pages, where it has one and the records are loaded.
    pub check: Option<&'static Record>,
}

/// A check's verdict, in words.
pub fn verdict_words(v: Verdict, l: Lang) -> &'static str {
    match v {
        Verdict::Confirmed => l.tr("confirmed on an independent page"),
        Verdict::CitedOnly => l.tr("found only at its source"),
        Verdict::Different => l.tr("another value found elsewhere"),
        Verdict::NotFound => l.tr("not found on a public page"),
    }
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
    /// A column's text, as the table shows it and the search reads it.
    pub fn text(&self, c: Column) -> String {
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

    /// Every text of the row the search reads, lowercased: its cells, its value as published,
    /// its id, and its place's names in every language (深圳 finds Shenzhen's figures on the
    /// English page).
    fn search_text(&self) -> String {
        let mut all: String = Column::ALL.iter().map(|c| self.text(*c)).collect::<Vec<_>>().join(" ");
        all.push(' ');
        all.push_str(self.published_text.as_deref().unwrap_or(""));
        all.push(' ');
        all.push_str(self.figure.id);
        if self.figure.entity.is_some() {
            for l in Lang::ALL {
                all.push(' ');
                all.push_str(format::place_of(self.figure, *l));
            }
        }
        all.to_lowercase()
    }
}

/// A figure's row in the state's language, currency and unit.
pub fn row(data: &Dataset, f: &'static Figure, s: &ViewState) -> Row {
    let l = s.lang;
    let metric = data.metric_of(f);
    let source = data.source_of(f);
    let published = format::figure_value(f, metric.unit, l);
    let money = if is_money(data, f) { convert(data, f.value, f.period, s.currency).ok().map(|c| c.value) } else { None };
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
        place: format::place_of(f, l),
        sector: format::sector_short(metric.sector, l),
        metric: metric.label.get(l),
        period: format::period(f.period, l),
        basis: format::basis(metric.basis, l),
        reads: format::qualifier_words(f.qualifier, l),
        source: format::source(source, l),
        url: source.url,
        conflict: conflicts,
        check: checked::of(f.id),
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

/// The figures the state's filters keep, with their places in the dataset, before its search
/// and sort, which read the rows' texts.
fn filtered<'a>(data: &'a Dataset, s: &'a ViewState) -> impl Iterator<Item = (usize, &'static Figure)> + 'a {
    let f = &s.figures;
    data.figures
        .iter()
        .enumerate()
        .filter(move |(_, x)| f.sector.is_none_or(|sec| data.metric_of(x).sector == sec))
        .filter(move |(_, x)| f.place.is_none_or(|p| x.entity == Some(p)))
        .filter(move |(_, x)| f.year.is_none_or(|y| x.period.year() == y))
        .filter(move |(_, x)| f.grade.is_none_or(|g| x.grade == g))
}

/// The figures of [`rows`], in its order, formatting a row only where the sort needs its
/// texts: a filter or a search formats nothing (the table formats what it shows).
pub fn matching(data: &Dataset, s: &ViewState) -> Vec<&'static Figure> {
    if s.figures.sort.is_none() {
        return searched(data, s);
    }
    rows(data, s).into_iter().map(|r| r.figure).collect()
}

/// The rows the state's filters and search keep, in its sort order (the dataset's order when
/// none, and for ties).
pub fn rows(data: &Dataset, s: &ViewState) -> Vec<Row> {
    let mut out: Vec<Row> = searched(data, s).into_iter().map(|x| row(data, x, s)).collect();
    if let Some((c, descending)) = s.figures.sort {
        out.sort_by(|a, b| compare(data, a, b, c, descending));
    }
    out
}

/// The texts the search reads, of every figure in the dataset's order, for one language,
/// currency and unit: made at the first search, then kept while those stay, so that typing
/// tests words against ready texts rather than formatting every row at each key.
struct SearchTexts {
    made_for: (usize, usize, Lang, Currency, Magnitude),
    texts: Rc<Vec<String>>,
}

thread_local! {
    static SEARCH_TEXTS: RefCell<Option<SearchTexts>> = const { RefCell::new(None) };
}

fn search_texts(data: &Dataset, s: &ViewState) -> Rc<Vec<String>> {
    // The dataset by address and length: the tests' own datasets are other values.
    let made_for = (data as *const Dataset as usize, data.figures.len(), s.lang, s.currency, s.magnitude);
    SEARCH_TEXTS.with(|cache| {
        let mut cache = cache.borrow_mut();
        match cache.as_ref() {
            Some(c) if c.made_for == made_for => c.texts.clone(),
            _ => {
                let texts = Rc::new(data.figures.iter().map(|f| row(data, f, s).search_text()).collect::<Vec<_>>());
                *cache = Some(SearchTexts { made_for, texts: texts.clone() });
                texts
            }
        }
    })
}

/// The figures the state's filters and search keep, in the dataset's order. A figure is kept
/// when every word of the search is in one of its row's texts (case-insensitive).
fn searched(data: &Dataset, s: &ViewState) -> Vec<&'static Figure> {
    let words: Vec<String> = s.figures.search.to_lowercase().split_whitespace().map(String::from).collect();
    if words.is_empty() {
        return filtered(data, s).map(|(_, f)| f).collect();
    }
    let texts = search_texts(data, s);
    filtered(data, s).filter(|(i, _)| words.iter().all(|w| texts[*i].contains(w.as_str()))).map(|(_, f)| f).collect()
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::data::{Grade, Sector, DATASET};
    use crate::view_state::parse;

    /// The state a link opens, which must raise no notice.
    pub(crate) fn state(link: &str) -> ViewState {
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
        assert!(r.iter().all(|r| r.figure.entity == Some(crate::data::place("shenzhen")) && r.figure.grade == Grade::A));
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
    fn a_search_finds_what_the_rows_of_its_own_language_and_currency_say() {
        // Words that read differently with the language or the currency: the texts a search
        // reads are made once and kept, and must follow both.
        let fresh = |s: &ViewState| -> Vec<&str> {
            let words: Vec<String> = s.figures.search.to_lowercase().split_whitespace().map(String::from).collect();
            let all = DATASET.figures.iter().map(|f| row(&DATASET, f, s));
            all.filter(|r| words.iter().all(|w| r.search_text().contains(w.as_str()))).map(|r| r.figure.id).collect()
        };
        let links = ["?view=figures&q=dollars", "fr/?view=figures&q=yuans", "?view=figures&q=dollars&cur=usd", "?view=figures&q=yuan", "zh/?view=figures&q=%E4%BA%BF", "?view=figures&q=yuan&cur=usd"];
        for link in links.iter().chain(links.iter().rev()) {
            let s = state(link);
            let found: Vec<&str> = matching(&DATASET, &s).iter().map(|f| f.id).collect();
            assert_eq!(found, fresh(&s), "{link}");
        }
        let (yuan, usd) = (fresh(&state("?view=figures&q=dollars")), fresh(&state("?view=figures&q=dollars&cur=usd")));
        assert!(usd.len() > yuan.len(), "in dollars more rows read dollars: {} and {}", yuan.len(), usd.len());
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
        use crate::view_state::next_sort;
        assert_eq!(next_sort(None, Column::Value), Some((Column::Value, false)));
        assert_eq!(next_sort(Some((Column::Value, false)), Column::Value), Some((Column::Value, true)));
        assert_eq!(next_sort(Some((Column::Value, true)), Column::Place), Some((Column::Place, false)));
        // On the English page, 深圳 finds every figure of Shenzhen.
        let found: Vec<&str> = rows(&DATASET, &state("?view=figures&q=%E6%B7%B1%E5%9C%B3")).iter().map(|r| r.figure.id).collect();
        let shenzhen = rows(&DATASET, &state("?view=figures&place=shenzhen"));
        assert!(!shenzhen.is_empty() && shenzhen.iter().all(|r| found.contains(&r.figure.id)), "{found:?}");
        for query in ["?view=figures", "?view=figures&grade=A&sector=nev", "?view=figures&q=xinhua", "?view=figures&sort=-value&place=shenzhen"] {
            let s = state(query);
            let from_rows: Vec<&str> = rows(&DATASET, &s).iter().map(|r| r.figure.id).collect();
            assert_eq!(matching(&DATASET, &s).iter().map(|f| f.id).collect::<Vec<_>>(), from_rows, "{query}");
        }
    }
}
