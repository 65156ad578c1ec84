//! A page for every figure, at the same pattern of addresses as the views' (`figure/<id>/`,
//! `fr/figure/<id>/`…): the value as its source qualifies it, its period, basis, reading and
//! grade, the source's own words and the source linked, its check, the conflicts it belongs
//! to beside the other figures in them, the charts that plot it, its revisions, and ways to
//! cite it (plain text, BibTeX, RIS) or quote it in a sourced sentence. Written by the build
//! (`examples/figure_pages.rs`) with the page code the views use; it embeds no view and needs
//! no WebAssembly: its copy buttons are `public/figure.js`, a small same-origin script.

use crate::chart::describe::quote_text;
use crate::chart::figures::{conflict_kind, row};
use crate::chart::{shown, Shown};
use crate::cite::{cite_figure, figure_title, sourced_sentence};
use crate::data::{Dataset, Figure};
use crate::escape::escape;
use crate::format;
use crate::i18n::{fill, Lang};
use crate::page::figures::check_html;
use crate::page::links::figure_path;
use crate::page::static_html::source_link;
use crate::tables::Revised;
use crate::view_state::{metrics_for, page_path, to_address, View, ViewState};
use std::fmt::Write;


/// Where a figure page is and what the build knows beside the dataset.
pub struct Place<'a> {
    /// The way back to the site's root from the page (`../../../`).
    pub back: &'a str,
    /// The site's public address, when the build was given one: previews and citations then
    /// carry absolute addresses.
    pub site: Option<&'a str>,
    /// The revisions the page is about: a figure's, or all of them on the changes page.
    pub revisions: &'a [Revised<'a>],
}

impl Place<'_> {
    /// An address relative to the site's root, as the page links it.
    fn link(&self, path: &str) -> String {
        format!("{}{path}", self.back)
    }

    /// An address as a citation names it: absolute where the site's address is known.
    fn public(&self, path: &str) -> String {
        format!("{}{path}", self.site.unwrap_or(""))
    }
}

/// A page of this kind: what it is, and where it is in each language.
struct Shell<'a> {
    lang: Lang,
    title: String,
    description: String,
    /// The page's address in a language, relative to the site's root.
    path: &'a dyn Fn(Lang) -> String,
}

/// The whole page of `f` in `l` (its address names the language when `named`).
pub fn figure_page(data: &Dataset, f: &'static Figure, named: Option<Lang>, at: &Place) -> String {
    let l = named.unwrap_or(Lang::En);
    let address = at.public(&figure_path(Some(l), f.id));
    let path = |other: Lang| figure_path(Some(other), f.id);
    let shell = Shell { lang: l, title: figure_title(data, f, l), description: crate::chart::describe::detail(data, f, l), path: &path };
    let body = [facts(data, f, l, at), own_words(f, l), conflicts(data, f, l, at), events(data, f, l), charts(data, f, l, at), revisions(data, l, at), cite(data, f, l, &address, at)].concat();
    document(data, &shell, &format!(" data-figure=\"{}\"", escape(f.id)), &body, at)
}

/// The page of a figure withdrawn since a released version: it says so, when and why, and
/// links the last version's files that hold it. Its id is never reused.
pub fn withdrawn_page(data: &Dataset, id: &str, last_version: &str, named: Option<Lang>, at: &Place) -> String {
    let l = named.unwrap_or(Lang::En);
    let path = |other: Lang| figure_path(Some(other), id);
    let title = fill(l.tr("Figure {0}, withdrawn"), &[id]);
    let shell = Shell { lang: l, title: title.clone(), description: title, path: &path };
    let files = at.link(&format!("data/v/{last_version}/figures.csv"));
    let said = fill(l.tr("This figure was withdrawn from the dataset. Its last version holds it: {0}."), &[&files]);
    let body = format!("<p data-testid=\"withdrawn\">{}</p>{}", escape(&said), revisions(data, l, at));
    document(data, &shell, &format!(" data-figure=\"{}\"", escape(id)), &body, at)
}

/// The address of the page of what changed, in `l`.
pub fn changes_path(l: Lang) -> String {
    format!("{}/changes/", l.key())
}

/// What changed in the dataset (`en/changes/`, `fr/changes/`…): the revisions since the last
/// released version, then every version with its dated files.
pub fn changes_page(data: &Dataset, versions: &[String], named: Option<Lang>, at: &Place) -> String {
    let l = named.unwrap_or(Lang::En);
    let path = |other: Lang| changes_path(other);
    let description = l.tr("Each revision of a figure, and every released version of the dataset with its files.").to_string();
    let shell = Shell { lang: l, title: l.tr("What changed in the dataset").to_string(), description, path: &path };
    let file = |v: &str, name: &str| format!("<a href=\"{}\">{name}</a>", escape(&at.link(&format!("data/v/{v}/{name}"))));
    let listed: Vec<String> = versions.iter().rev().map(|v| format!("<li>{}{}{} · {}</li>", escape(v), l.pick(": ", " : ", "："), file(v, "figures.csv"), file(v, "datapackage.json"))).collect();
    let body = format!("{}<section><h2>{}</h2><ul data-testid=\"versions\">{}</ul></section>", revisions(data, l, at), escape(l.tr("Versions")), listed.concat());
    document(data, &shell, "", &body, at)
}

/// The document around a page's body: its head (title, description, preview tags, policy,
/// styles, script, alternates), masthead and footer.
fn document(data: &Dataset, shell: &Shell, main_attributes: &str, body: &str, at: &Place) -> String {
    format!(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'\">\
         {head}<link rel=\"stylesheet\" href=\"{back}style.css\"><link rel=\"stylesheet\" href=\"{back}figure.css\"><link rel=\"icon\" href=\"{back}favicon.svg\" type=\"image/svg+xml\">\
         <script src=\"{back}figure.js\" defer></script></head><body>{masthead}<main class=\"figure-page\"{main_attributes}><h1>{h1}</h1>{body}</main>{footer}</body></html>\n",
        lang = shell.lang.html_tag(),
        head = head(data, shell, at),
        back = escape(at.back),
        masthead = masthead(data, shell, at),
        h1 = escape(&shell.title),
        footer = footer(data, shell.lang, at),
    )
}

/// An address as the head names it: absolute where the site's address is known.
fn head_address(at: &Place, path: &str) -> String {
    at.site.map(|_| at.public(path)).unwrap_or_else(|| at.link(path))
}

/// The page's title, description and preview tags, and its alternates in other languages.
fn head(data: &Dataset, shell: &Shell, at: &Place) -> String {
    let title = format!("{} · {}", shell.title, data.meta.title.get(shell.lang));
    let own = head_address(at, &(shell.path)(shell.lang));
    let mut tags = vec![
        format!("<title>{}</title>", escape(&title)),
        format!("<meta name=\"description\" content=\"{}\">", escape(&shell.description)),
        format!("<link rel=\"canonical\" href=\"{}\">", escape(&own)),
        format!(
            "<meta property=\"og:type\" content=\"article\"><meta property=\"og:title\" content=\"{}\"><meta property=\"og:description\" content=\"{}\"><meta property=\"og:url\" content=\"{}\"><meta name=\"twitter:card\" content=\"summary\">",
            escape(&title),
            escape(&shell.description),
            escape(&own)
        ),
    ];
    for other in Lang::ALL {
        tags.push(format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", other.html_tag(), escape(&head_address(at, &(shell.path)(*other)))));
    }
    tags.concat()
}

/// The explorer's name, a way back to it and to what changed, and the page in the other
/// languages.
fn masthead(data: &Dataset, shell: &Shell, at: &Place) -> String {
    let l = shell.lang;
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|other| match *other == l {
            true => format!("<span lang=\"{}\" aria-current=\"page\">{}</span>", other.html_tag(), escape(other.name())),
            false => format!("<a lang=\"{}\" hreflang=\"{0}\" href=\"{}\">{}</a>", other.html_tag(), escape(&at.link(&(shell.path)(*other))), escape(other.name())),
        })
        .collect();
    format!(
        "<header class=\"masthead figure-masthead\"><nav class=\"figure-langs\" aria-label=\"{}\">{}</nav><p class=\"figure-home\"><a href=\"{}\">{}</a> · <a href=\"{}\">{}</a></p></header>",
        escape(l.tr("Language")),
        langs.join(" "),
        escape(&at.link(&page_path(Some(l), View::Figures))),
        escape(&fill(l.tr("{0}: every figure"), &[data.meta.title.get(l)])),
        escape(&at.link(&changes_path(l))),
        escape(l.tr("What changed")),
    )
}

/// The value as qualified, then each fact about it in a list of terms.
fn facts(data: &Dataset, f: &'static Figure, l: Lang, at: &Place) -> String {
    let r = row(data, f, &ViewState { lang: l, ..ViewState::default() });
    let metric = data.metric_of(f);
    let mut h = format!(
        "<p class=\"figure-value\" data-testid=\"figure-value\">{}</p><p class=\"figure-exact\">{}</p><dl class=\"figure-facts\">",
        escape(&format::qualified(f, metric.unit, l)),
        escape(&fill(l.tr("as published: {0}"), &[&format::exact(f.value, metric.unit, l)])),
    );
    let mut term = |name: &str, value: String| {
        let _ = write!(h, "<dt>{}</dt><dd>{value}</dd>", escape(name));
    };
    term(l.tr("Period"), escape(&r.period));
    term(l.tr("Basis"), escape(r.basis));
    term(l.tr("Reads"), escape(r.reads));
    term(l.tr("Grade"), escape(&format!("{} ({})", f.grade.key(), grade_words(f, l))));
    if let Some(g) = f.yoy_pct {
        term(l.tr("Year-on-year growth, as stated"), escape(&format::growth(g, l)));
    }
    let source = source_link(&r.source, r.url);
    term(l.tr("Source"), format!("{source}{}", check_html(r.check, l)));
    if let Some(note) = f.note {
        term(l.tr("Note"), escape(note.get(l)));
    }
    if let Some(formula) = f.formula {
        let inputs: Vec<String> = f.derived_from.iter().filter_map(|id| data.figure(id)).map(|i| figure_link(data, i, l, at)).collect();
        term(l.tr("Formula and inputs"), format!("{} ({})", escape(formula), inputs.join(l.list_separator())));
    }
    h.push_str("</dl>");
    h
}

fn grade_words(f: &Figure, l: Lang) -> &'static str {
    match f.grade {
        crate::data::Grade::A => l.tr("the article or an official release"),
        crate::data::Grade::B => l.tr("a named reputable outlet"),
        crate::data::Grade::C => l.tr("a copy or a single weak source: reported"),
    }
}

/// A link to another figure's page, named by what it is and its value.
fn figure_link(data: &Dataset, f: &Figure, l: Lang, at: &Place) -> String {
    let value = format::figure_value(f, data.metric_of(f).unit, l);
    format!("<a href=\"{}\">{}</a>", escape(&at.link(&figure_path(Some(l), f.id))), escape(&format!("{}{}{value}", figure_title(data, f, l), l.pick(": ", " : ", "："))))
}

/// The source's own sentence, in its language, with a translation where the reader reads
/// another.
fn own_words(f: &Figure, l: Lang) -> String {
    let Some(q) = f.quote else { return String::new() };
    format!("<section class=\"figure-words\"><h2>{}</h2><blockquote><p>{}</p></blockquote></section>", escape(l.tr("The source's own words")), escape(quote_text(&q, l).trim()))
}

/// Each conflict the figure belongs to: its kind, its note, and the other figures in it.
fn conflicts(data: &Dataset, f: &Figure, l: Lang, at: &Place) -> String {
    let mut h = String::new();
    for c in data.conflicts_of(f.id) {
        let others: Vec<String> = c.figures.iter().filter(|id| **id != f.id).filter_map(|id| data.figure(id)).map(|o| format!("<li>{}</li>", figure_link(data, o, l, at))).collect();
        let _ = write!(
            h,
            "<section class=\"figure-conflict\" data-conflict=\"{}\"><h2>{}{}{}</h2><p>{}</p><p>{}</p><ul>{}</ul></section>",
            escape(c.id),
            escape(l.tr("Conflict")),
            l.pick(": ", " : ", "："),
            escape(conflict_kind(c.kind, l)),
            escape(c.note.get(l)),
            escape(l.tr("Shown beside it:")),
            others.concat()
        );
    }
    h
}

/// The events of the figure's year and sector, at its place or the nation's, with their
/// sources linked.
fn events(data: &Dataset, f: &Figure, l: Lang) -> String {
    let places = f.entity.as_slice();
    let items: Vec<String> = data
        .events_about(data.metric_of(f).sector, places)
        .filter(|e| e.date.year() == f.period.year())
        .map(|e| {
            let source = data.source(e.source).map_or(String::new(), |s| source_link(&format::source(s, l), s.url));
            format!("<li><time>{}</time>{}{} ({source})</li>", escape(&e.date.key()), l.pick(": ", " : ", "："), escape(e.text.get(l)))
        })
        .collect();
    if items.is_empty() {
        return String::new();
    }
    format!("<section class=\"figure-events\"><h2>{}</h2><ul>{}</ul></section>", escape(l.tr("What happened that year")), items.concat())
}

/// The charts that plot the figure (each view with its default options and each measure it
/// offers), linked; and the table of every figure, searched for it.
fn charts(data: &Dataset, f: &Figure, l: Lang, at: &Place) -> String {
    let mut links = Vec::new();
    for view in View::ALL.iter().filter(|v| **v != View::Figures) {
        for metric in metrics_for(*view) {
            let state = ViewState { view: *view, metric: *metric, lang: l, ..ViewState::default() };
            if let Shown::Chart(spec) = shown(data, &state) {
                if spec.panels.iter().flat_map(|p| &p.marks).any(|m| m.figure.is_some_and(|g| g.id == f.id)) {
                    links.push(format!("<li><a href=\"{}\">{}</a></li>", escape(&at.link(&to_address(&state, None))), escape(&spec.title)));
                }
            }
        }
    }
    let searched = crate::view_state::FigureFilter { search: f.id.to_string(), ..Default::default() };
    let table = ViewState { view: View::Figures, lang: l, figures: searched, ..ViewState::default() };
    links.push(format!("<li><a href=\"{}\">{}</a></li>", escape(&at.link(&to_address(&table, None))), escape(l.tr("The table of every figure"))));
    links.dedup();
    format!("<section class=\"figure-charts\"><h2>{}</h2><ul>{}</ul></section>", escape(l.tr("Where the explorer shows it")), links.concat())
}

/// The revisions the page is about (a figure's, or all of them) since the dataset's last
/// released version, or that there were none; each names its figure's page.
fn revisions(data: &Dataset, l: Lang, at: &Place) -> String {
    let body = match at.revisions {
        [] => format!("<p>{}</p>", escape(&fill(l.tr("None since the dataset's version of {0}."), &[data.meta.reviewed]))),
        list => {
            let item = |r: &Revised| {
                let figure = format!("<a href=\"{}\">{}</a>", escape(&at.link(&figure_path(Some(l), r.figure))), escape(r.figure));
                format!("<li><time>{}</time> · {figure} · {}{}{}</li>", escape(r.date), escape(r.change), l.pick(": ", " : ", "："), escape(r.reason[lang_index(l)]))
            };
            format!("<ul data-testid=\"revisions\">{}</ul>", list.iter().map(item).collect::<String>())
        }
    };
    format!("<section class=\"figure-revisions\"><h2>{}</h2>{body}</section>", escape(l.tr("Revisions")))
}

fn lang_index(l: Lang) -> usize {
    Lang::ALL.iter().position(|x| *x == l).unwrap_or(0)
}

/// "Cite this figure" and "Copy as a sourced sentence": each text in a read-only field with
/// its copy button (`public/figure.js`), and the status line the copies report to.
fn cite(data: &Dataset, f: &Figure, l: Lang, address: &str, at: &Place) -> String {
    let c = cite_figure(data, f, l, address);
    let sentence = sourced_sentence(data, f, l, address);
    let field = |id: &str, label: &str, rows: u8, text: &str, copy: &str| {
        format!(
            "<label>{}<textarea readonly rows=\"{rows}\" id=\"{id}\" data-testid=\"{id}\">{}</textarea></label><button type=\"button\" data-copy=\"{id}\" data-testid=\"copy-{id}\">{}</button>",
            escape(label),
            escape(text),
            escape(copy)
        )
    };
    format!(
        "<section class=\"figure-cite\"{}><h2>{}</h2>{}{}{}{}<p role=\"status\" class=\"figure-status\" data-testid=\"figure-status\" data-done=\"{}\" data-by-hand=\"{}\"></p></section>",
        relative(address, at),
        escape(l.tr("Cite this figure")),
        field("sentence", l.tr("A sourced sentence"), 3, &sentence, l.tr("Copy as a sourced sentence")),
        field("cite-text", l.tr("Citation"), 3, &c.text, l.tr("Copy the citation")),
        field("cite-bibtex", "BibTeX", 9, &c.bibtex, l.tr("Copy the BibTeX entry")),
        field("cite-ris", "RIS", 9, &c.ris, l.tr("Copy the RIS record")),
        escape(l.tr("Copied.")),
        escape(l.tr("Select the text above and copy it.")),
    )
}

/// Without the site's public address the build writes the page's address relative to the
/// site's root; `public/figure.js` makes it absolute in the texts, from where the page is.
fn relative(address: &str, at: &Place) -> String {
    match at.site {
        Some(_) => String::new(),
        None => format!(" data-relative=\"{}\" data-back=\"{}\"", escape(address), escape(at.back)),
    }
}

/// The dataset's version and licence, with its dated files.
fn footer(data: &Dataset, l: Lang, at: &Place) -> String {
    let version = data.meta.reviewed;
    format!(
        "<footer class=\"footer\"><p>{} <a href=\"{}\">figures.csv</a> · <a href=\"{}\">datapackage.json</a></p><p>{}</p></footer>",
        escape(&fill(l.tr("Dataset version {0}; its files stay at their dated address:"), &[version])),
        escape(&at.link(&format!("data/v/{version}/figures.csv"))),
        escape(&at.link(&format!("data/v/{version}/datapackage.json"))),
        escape(crate::page::words::licence(l)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    fn page_of(id: &str, l: Lang) -> String {
        let f = DATASET.figure(id).unwrap();
        figure_page(&DATASET, f, Some(l), &Place { back: "../../../", site: Some("https://example.org/x/"), revisions: &[] })
    }

    #[test]
    fn the_page_says_the_value_as_qualified_with_its_source_and_how_to_cite_it() {
        let html = page_of("sz-seed-nev-prod-2023", Lang::En);
        assert!(html.contains("<h1>NEV production, Shenzhen, 2023</h1>"), "{html}");
        assert!(html.contains("data-testid=\"figure-value\">more than 1.73 million vehicles</p>"));
        assert!(html.contains("New-energy vehicle (NEV) production in Shenzhen was more than 1.73 million vehicles in 2023 (Xinhua, 2024-10-26; via https://example.org/x/en/figure/sz-seed-nev-prod-2023/)."));
        assert!(html.contains("@misc{sz-seed-nev-prod-2023-2026-11-29,") && html.contains("TY  - DATA"));
        assert!(html.contains("hreflang=\"zh-Hans\" href=\"https://example.org/x/zh/figure/sz-seed-nev-prod-2023/\""));
        assert!(html.contains("href=\"../../../data/v/2026-11-29/figures.csv\""), "the version's dated files");
        assert!(!html.contains("data-relative"), "a known site needs no rewriting");
        assert!(!html.contains("<script>") && html.contains("figure.js"), "no inline script: the policy allows none");
    }

    #[test]
    fn a_conflicts_other_figures_are_linked_beside_it() {
        let f = DATASET.figures.iter().find(|f| DATASET.conflicts_of(f.id).next().is_some()).unwrap();
        let html = page_of(f.id, Lang::Fr);
        let c = DATASET.conflicts_of(f.id).next().unwrap();
        for other in c.figures.iter().filter(|o| **o != f.id) {
            assert!(html.contains(&format!("href=\"../../../fr/figure/{other}/\"")), "{other} in {}", f.id);
        }
    }

    #[test]
    fn a_withdrawn_figure_and_what_changed_name_their_revision_and_versions() {
        let log = [Revised { figure: "sz-old-1", date: "2026-12-20", change: "withdrawn", reason: ["Double-counted.", "Compté deux fois.", "重复计算。"] }];
        let at = Place { back: "../../../", site: None, revisions: &log };
        let gone = withdrawn_page(&DATASET, "sz-old-1", "2026-11-29", Some(Lang::Fr), &at);
        assert!(gone.contains("Ce chiffre a été retiré") && gone.contains("../../../data/v/2026-11-29/figures.csv") && gone.contains("Compté deux fois."), "{gone}");
        let changes = changes_page(&DATASET, &["2026-11-29".to_string(), "2027-01-10".to_string()], Some(Lang::En), &Place { back: "../../", ..at });
        assert!(changes.contains("<li><time>2026-12-20</time> · <a href=\"../../en/figure/sz-old-1/\">sz-old-1</a> · withdrawn: Double-counted.</li>"), "{changes}");
        assert!(changes.find("2027-01-10:") < changes.find("2026-11-29:"), "the newest version first");
    }

    #[test]
    fn every_page_is_small_and_in_its_language() {
        for f in DATASET.figures {
            for l in Lang::ALL {
                let html = page_of(f.id, *l);
                assert!(html.len() <= 40_000, "{} in {l:?}: {} bytes", f.id, html.len());
                assert!(html.contains(&format!("<html lang=\"{}\">", l.html_tag())));
            }
        }
        let zh = page_of("sz-seed-nev-prod-2023", Lang::Zh);
        assert!(zh.contains("深圳2023年新能源汽车产量超过173万辆（新华社，2024-10-26；来源：https://example.org/x/zh/figure/sz-seed-nev-prod-2023/）。"), "{zh}");
    }
}
