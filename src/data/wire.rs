//! The dataset as the app fetches it: one line per row, fields separated by tabs, so that the
//! WebAssembly holds the code that reads data and none of the data. build.rs writes it from
//! the validated data file ([`write`]); the app reads it once at start ([`read`]), as do
//! native builds from the same text compiled in. Nothing here needs serde or float parsing:
//! numbers travel as the bits of their `f64`, kinds as their position in the kind's list.
//!
//! A row is `tag<TAB>field<TAB>field…`; texts escape `\`, tab and newline, and the items of
//! a list field also `,`, which separates them; an empty field is `None` or an empty list. The first
//! line names the format, so a page and a data file of different builds say so, not misread.

use super::model::*;

/// The first line of every data file this code can read.
pub const HEADER: &str = "shenzhen-explorer data 3";

/// A text as a field: backslash, tab and newline escaped. Texts are mostly left as they are,
/// so the app reads them in place.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// A text as an item of a list field: also its commas, which separate the items.
fn escape_item(s: &str) -> String {
    escape(s).replace(',', "\\c")
}

fn opt(s: Option<&str>) -> String {
    s.map(escape).unwrap_or_default()
}

fn list(items: &[&str]) -> String {
    items.iter().map(|s| escape_item(s)).collect::<Vec<_>>().join(",")
}

fn index(i: Option<usize>) -> String {
    i.map(|i| i.to_string()).unwrap_or_default()
}

fn entities(list: &[Entity]) -> String {
    list.iter().map(|e| e.0.to_string()).collect::<Vec<_>>().join(",")
}

fn meta_row(m: &Meta) -> Vec<String> {
    vec!["meta".into(), escape(m.title.en), escape(m.reviewed), escape(m.seed_article), escape(m.seed_url), escape(m.offices.en)]
}

fn place_row(p: &Place) -> Vec<String> {
    let colour = p.colour.map(|[r, g, b]| format!("{r:02x}{g:02x}{b:02x}")).unwrap_or_default();
    let roles: Vec<String> = p.roles.iter().map(|r| pos(Role::ALL, *r).to_string()).collect();
    vec!["place".into(), escape(p.key), pos(PlaceKind::ALL, p.kind).to_string(), escape(p.name.en), colour, roles.join(",")]
}

fn metric_row(x: &Metric) -> Vec<String> {
    let (sector, unit, basis) = (pos(Sector::ALL, x.sector), pos(Unit::ALL, x.unit), pos(Basis::ALL, x.basis));
    vec!["metric".into(), escape(x.key), sector.to_string(), unit.to_string(), basis.to_string(), escape(x.label.en), escape(x.sentence.en), opt(x.share_of)]
}

fn source_row(s: &Source) -> Vec<String> {
    let lang = index(s.lang.map(|l| pos(TextLang::ALL, l)));
    let (title, url) = (opt(s.title), opt(s.url));
    vec!["source".into(), escape(s.id), escape(s.publisher), opt(s.publisher_zh), title, escape(&s.published.key()), url, opt(s.mirror_of), opt(s.mirror_of_zh), lang]
}

fn figure_row(f: &Figure) -> Vec<String> {
    vec![
        "figure".into(),
        escape(f.id),
        index(f.entity.map(|e| usize::from(e.0))),
        escape(f.metric),
        write_number(f.value),
        escape(&f.period.key()),
        f.yoy_pct.map(write_number).unwrap_or_default(),
        opt(f.yoy_source),
        pos(Qualifier::ALL, f.qualifier).to_string(),
        opt(f.wording.map(|w| w.en)),
        opt(f.quote.map(|q| q.text)),
        index(f.quote.map(|q| pos(TextLang::ALL, q.lang))),
        opt(f.quote.map(|q| q.translation.en)),
        pos(Grade::ALL, f.grade).to_string(),
        escape(f.source),
        opt(f.note.map(|n| n.en)),
        opt(f.formula),
        list(f.derived_from),
        if f.headline { "1" } else { "" }.into(),
    ]
}

fn break_row(b: &Break) -> Vec<String> {
    let (all, places) = match b.places {
        Places::All { except } => ("1", entities(except)),
        Places::Only(only) => ("", entities(only)),
    };
    let kind = pos(BreakKind::ALL, b.kind).to_string();
    vec!["break".into(), escape(b.id), list(b.metrics), all.into(), places, escape(&b.from.key()), kind, escape(b.source), escape(b.note.en)]
}

fn gap_row(g: &Gap) -> Vec<String> {
    let periods: Vec<String> = g.periods.iter().map(|p| p.key()).collect();
    vec!["gap".into(), g.entity.0.to_string(), escape(g.metric), periods.join(","), opt(g.note.map(|n| n.en))]
}

fn conflict_row(c: &Conflict) -> Vec<String> {
    vec!["conflict".into(), escape(c.id), pos(ConflictKind::ALL, c.kind).to_string(), list(c.figures), escape(c.note.en)]
}

fn office_row(o: &Office) -> Vec<String> {
    vec!["office".into(), pos(Sector::ALL, o.sector).to_string(), escape(o.name.en), escape(o.remit.en), opt(o.person.map(|p| p.en))]
}

fn company_row(c: &Company) -> Vec<String> {
    vec!["company".into(), escape(c.name), escape(c.name_zh), index(c.sector.map(|s| pos(Sector::ALL, s))), escape(c.role.en)]
}

fn event_row(e: &Event) -> Vec<String> {
    let sectors: Vec<String> = e.sectors.iter().map(|s| pos(Sector::ALL, *s).to_string()).collect();
    let q = e.quote;
    vec!["event".into(), escape(e.id), escape(&e.date.key()), e.entity.0.to_string(), sectors.join(","), escape(e.title.en), escape(e.text.en), escape(e.source), escape(q.text), pos(TextLang::ALL, q.lang).to_string(), escape(q.translation.en)]
}

/// Writes the rows of the dataset, in the order [`read`] expects them.
pub fn write(d: &Dataset) -> String {
    let rows = std::iter::once(meta_row(&d.meta))
        .chain(d.places.iter().map(place_row))
        .chain(d.metrics.iter().map(metric_row))
        .chain(d.sources.iter().map(source_row))
        .chain(d.figures.iter().map(figure_row))
        .chain(d.breaks.iter().map(break_row))
        .chain(d.gaps.iter().map(gap_row))
        .chain(d.conflicts.iter().map(conflict_row))
        .chain(d.offices.iter().map(office_row))
        .chain(d.companies.iter().map(company_row))
        .chain(d.events.iter().map(event_row));
    let mut out = String::from(HEADER);
    for r in rows {
        out.push('\n');
        out.push_str(&r.join("\t"));
    }
    out.push('\n');
    out
}

/// A number as [`number`] reads it: its shortest decimal as digits and a count of decimals
/// where that is exact, else the bits of the `f64`.
fn write_number(v: f64) -> String {
    let shortest = v.to_string();
    let (int, frac) = shortest.split_once('.').unwrap_or((&shortest, ""));
    let exact = format!("{int}{frac}").parse::<i64>().ok().filter(|d| d.unsigned_abs() < 1 << 53 && frac.len() <= 22);
    match exact {
        Some(digits) if frac.is_empty() => digits.to_string(),
        Some(digits) => format!("{digits}e{}", frac.len()),
        None => format!("x{:x}", v.to_bits()),
    }
}

fn pos<T: PartialEq>(all: &[T], item: T) -> usize {
    all.iter().position(|x| *x == item).unwrap_or(0)
}

/// The text lives as long as the program (it is read once), so fields without an escape are
/// slices of it and only escaped ones are copied.
fn unescape(s: &'static str) -> &'static str {
    if !s.contains('\\') {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('c') => out.push(','),
            Some(other) => out.push(other),
            None => {}
        }
    }
    Box::leak(out.into_boxed_str())
}

fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// One row's fields, read in order. A field that is missing or malformed ends the row's
/// reading with `None`; `at` then says which one, for the one error message.
struct Row {
    fields: std::str::Split<'static, char>,
    at: usize,
}

impl Row {
    fn next(&mut self) -> Option<&'static str> {
        self.at += 1;
        self.fields.next()
    }

    fn text(&mut self) -> Option<&'static str> {
        self.next().map(unescape)
    }

    fn opt(&mut self) -> Option<Option<&'static str>> {
        self.next().map(|s| (!s.is_empty()).then(|| unescape(s)))
    }

    fn text3(&mut self) -> Option<Text3> {
        self.text().map(|en| Text3 { en })
    }

    fn opt3(&mut self) -> Option<Option<Text3>> {
        self.opt().map(|o| o.map(|en| Text3 { en }))
    }

    fn list(&mut self) -> Option<&'static [&'static str]> {
        self.items(|s| Some(unescape(s))).map(leak_slice)
    }

    /// An optional field's items: `None` for an empty field, else each item as `read` reads it.
    fn items<T>(&mut self, read: impl Fn(&'static str) -> Option<T>) -> Option<Vec<T>> {
        let s = self.next()?;
        s.split(',').filter(|i| !i.is_empty()).map(read).collect()
    }

    fn of<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        all.get(self.next()?.parse::<usize>().ok()?).copied()
    }

    fn opt_of<T: Copy>(&mut self, all: &[T]) -> Option<Option<T>> {
        match self.next()? {
            "" => Some(None),
            s => all.get(s.parse::<usize>().ok()?).copied().map(Some),
        }
    }

    fn value(&mut self) -> Option<f64> {
        number(self.next()?)
    }

    fn opt_value(&mut self) -> Option<Option<f64>> {
        match self.next()? {
            "" => Some(None),
            s => number(s).map(Some),
        }
    }

    fn period(&mut self) -> Option<Period> {
        Period::parse(self.next()?)
    }
}

/// The dataset's tables as they are read, before they are frozen into a [`Dataset`].
#[derive(Default)]
struct Tables {
    meta: Option<Meta>,
    places: Vec<Place>,
    metrics: Vec<Metric>,
    sources: Vec<Source>,
    figures: Vec<Figure>,
    breaks: Vec<Break>,
    gaps: Vec<Gap>,
    conflicts: Vec<Conflict>,
    offices: Vec<Office>,
    companies: Vec<Company>,
    events: Vec<Event>,
}

impl Tables {
    fn entity(&self, s: &str) -> Option<Entity> {
        let i: u16 = s.parse().ok()?;
        (usize::from(i) < self.places.len()).then_some(Entity(i))
    }

    /// Reads one row into its table; `None` when a field cannot be read.
    fn row(&mut self, tag: &str, r: &mut Row) -> Option<()> {
        match tag {
            "meta" => self.meta = Some(Meta { title: r.text3()?, reviewed: r.text()?, seed_article: r.text()?, seed_url: r.text()?, offices: r.text3()? }),
            "place" => {
                let (key, kind, name) = (r.text()?, r.of(PlaceKind::ALL)?, r.text3()?);
                let colour = match r.next()? {
                    "" => None,
                    hex => Some(u32::from_str_radix(hex, 16).ok()?.to_be_bytes()),
                };
                let roles = r.items(|i| Role::ALL.get(i.parse::<usize>().ok()?).copied())?;
                self.places.push(Place { key, kind, name, colour: colour.map(|[_, r, g, b]| [r, g, b]), roles: leak_slice(roles) });
            }
            "metric" => self.metrics.push(Metric { key: r.text()?, sector: r.of(Sector::ALL)?, unit: r.of(Unit::ALL)?, basis: r.of(Basis::ALL)?, label: r.text3()?, sentence: r.text3()?, share_of: r.opt()? }),
            "source" => {
                let (id, publisher, publisher_zh, title) = (r.text()?, r.text()?, r.opt()?, r.opt()?);
                let published = Published::parse(r.next()?)?;
                let (url, mirror_of, mirror_of_zh, lang) = (r.opt()?, r.opt()?, r.opt()?, r.opt_of(TextLang::ALL)?);
                self.sources.push(Source { id, publisher, publisher_zh, title, published, url, mirror_of, mirror_of_zh, lang });
            }
            "figure" => {
                let id = r.text()?;
                let entity = match r.next()? {
                    "" => None,
                    s => Some(self.entity(s)?),
                };
                let (metric, value, period, yoy_pct) = (r.text()?, r.value()?, r.period()?, r.opt_value()?);
                let (yoy_source, qualifier, wording) = (r.opt()?, r.of(Qualifier::ALL)?, r.opt3()?);
                let quote = match (r.opt()?, r.opt_of(TextLang::ALL)?, r.opt3()?) {
                    (Some(text), Some(lang), Some(translation)) => Some(Quote { text, lang, translation }),
                    _ => None,
                };
                let (grade, source, note, formula, derived_from) = (r.of(Grade::ALL)?, r.text()?, r.opt3()?, r.opt()?, r.list()?);
                let headline = r.next()? == "1";
                self.figures.push(Figure { id, entity, metric, value, period, yoy_pct, yoy_source, qualifier, wording, quote, grade, source, note, formula, derived_from, headline });
            }
            "break" => {
                let (id, metrics, all) = (r.text()?, r.list()?, r.next()? == "1");
                let list = leak_slice(r.items(|i| self.entity(i))?);
                let places = if all { Places::All { except: list } } else { Places::Only(list) };
                self.breaks.push(Break { id, metrics, places, from: r.period()?, kind: r.of(BreakKind::ALL)?, source: r.text()?, note: r.text3()? });
            }
            "gap" => {
                let (entity, metric) = (self.entity(r.next()?)?, r.text()?);
                let periods = leak_slice(r.items(Period::parse)?);
                self.gaps.push(Gap { entity, metric, periods, note: r.opt3()? });
            }
            "conflict" => self.conflicts.push(Conflict { id: r.text()?, kind: r.of(ConflictKind::ALL)?, figures: r.list()?, note: r.text3()? }),
            "office" => self.offices.push(Office { sector: r.of(Sector::ALL)?, name: r.text3()?, remit: r.text3()?, person: r.opt3()? }),
            "company" => self.companies.push(Company { name: r.text()?, name_zh: r.text()?, sector: r.opt_of(Sector::ALL)?, role: r.text3()? }),
            "event" => {
                let (id, date, entity) = (r.text()?, EventDate::parse(r.next()?)?, self.entity(r.next()?)?);
                let sectors = leak_slice(r.items(|i| Sector::ALL.get(i.parse::<usize>().ok()?).copied())?);
                let (title, text, source) = (r.text3()?, r.text3()?, r.text()?);
                let quote = Quote { text: r.text()?, lang: r.of(TextLang::ALL)?, translation: r.text3()? };
                self.events.push(Event { id, date, entity, sectors, title, text, source, quote });
            }
            _ => {
                r.at = 0;
                return None;
            }
        }
        Some(())
    }
}

/// A number as [`write`] writes it: decimal digits with the count of those after the point
/// (`135e1` is 13.5), exact for the figures' values, or `x` and the bits of the `f64`.
fn number(s: &str) -> Option<f64> {
    if let Some(bits) = s.strip_prefix('x') {
        return u64::from_str_radix(bits, 16).ok().map(f64::from_bits);
    }
    let (digits, decimals) = s.split_once('e').unwrap_or((s, "0"));
    let (digits, decimals) = (digits.parse::<i64>().ok()?, decimals.parse::<i32>().ok()?);
    // Both exact (|digits| < 2^53, 10^decimals <= 10^22), so the quotient is the nearest
    // double to the decimal value: what parsing its text would give.
    Some(digits as f64 / 10f64.powi(decimals))
}

/// Reads a data file [`write`] wrote. The text is kept for the program's life.
pub fn read(text: &'static str) -> Result<Dataset, String> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, HEADER)) => {}
        Some((_, other)) => return Err(format!("this data file is of another build ({other:?}); this code reads {HEADER:?}")),
        None => return Err("the data file is empty".into()),
    }
    let mut t = Tables::default();
    for (i, line) in lines.filter(|(_, l)| !l.is_empty()) {
        let mut fields = line.split('\t');
        let tag = fields.next().unwrap_or_default();
        let mut r = Row { fields, at: 0 };
        if t.row(tag, &mut r).is_none() {
            return Err(match r.at {
                0 => format!("line {}: unknown row {tag:?}", i + 1),
                at => format!("line {}: {tag} field {at} cannot be read", i + 1),
            });
        }
    }
    let lookup = Lookup::of(&t.figures, &t.sources, &t.conflicts);
    Ok(Dataset {
        meta: t.meta.ok_or("the data file has no meta row")?,
        lookup,
        places: leak_slice(t.places),
        metrics: leak_slice(t.metrics),
        sources: leak_slice(t.sources),
        figures: leak_slice(t.figures),
        breaks: leak_slice(t.breaks),
        gaps: leak_slice(t.gaps),
        conflicts: leak_slice(t.conflicts),
        offices: leak_slice(t.offices),
        companies: leak_slice(t.companies),
        events: leak_slice(t.events),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed() -> Dataset {
        super::super::raw::to_dataset(super::super::raw::parse_toml(include_str!("../../data/dataset.toml")).expect("parses")).expect("converts")
    }

    #[test]
    fn the_data_file_reads_back_as_the_dataset_it_was_written_from() {
        let data = parsed();
        let text: &'static str = Box::leak(write(&data).into_boxed_str());
        assert_eq!(read(text), Ok(data));
    }

    #[test]
    fn texts_with_tabs_commas_newlines_and_backslashes_survive() {
        let mut data = parsed();
        let mut figures = data.figures.to_vec();
        figures[0].note = Some(Text3 { en: "a\tb, c\nd \\ e" });
        figures[0].derived_from = &["x,y", "z"];
        data.figures = leak_slice(figures);
        let text: &'static str = Box::leak(write(&data).into_boxed_str());
        assert_eq!(read(text), Ok(data));
    }

    #[test]
    fn a_file_of_another_format_or_broken_rows_is_refused_with_where() {
        assert!(read("shenzhen-explorer data 0\n").unwrap_err().contains("another build"));
        let text: &'static str = Box::leak(write(&parsed()).into_boxed_str());
        let cut: &'static str = Box::leak(text.replacen("\tshenzhen\t0\t", "\tshenzhen\t9\t", 1).into_boxed_str());
        assert!(read(cut).unwrap_err().contains(": place field 2 cannot be read"), "{:?}", read(cut).err());
        let short: &'static str = Box::leak(format!("{HEADER}\nmetric\tnev\n").into_boxed_str());
        assert_eq!(read(short).unwrap_err(), "line 2: metric field 2 cannot be read");
        let unknown: &'static str = Box::leak(format!("{HEADER}\nplanet\tmars\n").into_boxed_str());
        assert_eq!(read(unknown).unwrap_err(), "line 2: unknown row \"planet\"");
    }

    #[test]
    fn numbers_travel_exactly_and_short() {
        for v in [1_733_000.0, 13.5, -0.25, 104.2, 7.1234, 0.1 + 0.2, 1e300, 2.5e-8, 0.0] {
            let written = write_number(v);
            assert_eq!(number(&written), Some(v), "{v} as {written}");
        }
        assert_eq!(write_number(1_733_000.0), "1733000");
        assert_eq!(write_number(13.5), "135e1");
    }
}
