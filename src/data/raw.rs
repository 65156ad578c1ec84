//! `data/dataset.toml` as written by people, and its conversion into the typed [`Dataset`].
//!
//! Used by build.rs (which turns the result into Rust data, so the app parses nothing at run
//! time) and by native tests. Every field is optional here so that a missing one is reported
//! by name, with the figure it belongs to, instead of by a generic parse error. The typed
//! texts keep only their English; their translations come back beside the dataset
//! ([`to_dataset_with_translations`]) for build.rs to put into the catalogs.

use super::model::*;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    pub meta: RawMeta,
    #[serde(default)]
    pub place: Vec<RawPlace>,
    #[serde(default)]
    pub metric: Vec<RawMetric>,
    #[serde(default)]
    pub source: Vec<RawSource>,
    #[serde(default)]
    pub figure: Vec<RawFigure>,
    #[serde(default, rename = "break")]
    pub breaks: Vec<RawBreak>,
    #[serde(default)]
    pub gap: Vec<RawGap>,
    #[serde(default)]
    pub conflict: Vec<RawConflict>,
    #[serde(default)]
    pub office: Vec<RawOffice>,
    #[serde(default)]
    pub company: Vec<RawCompany>,
    #[serde(default)]
    pub event: Vec<RawEvent>,
    #[serde(default)]
    pub unlinked_domain: Vec<RawUnlinkedDomain>,
}

/// A site no source may link to or be named by, and why (it carries gambling or pornographic
/// spam, say): a copy read there is linked to a clean copy or the publisher's own page, or
/// shown unlinked (publisher `withheld`), named by the outlet it copies.
#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawUnlinkedDomain {
    pub domain: String,
    pub reason: String,
}

/// The host of an address, lower case: `http://www.x.com/a?b` -> `www.x.com`.
pub fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split(['/', '?', '#']).next().unwrap_or("").to_ascii_lowercase()
}

/// Whether `host` is `domain` or one of its subdomains.
pub fn on_domain(host: &str, domain: &str) -> bool {
    host == domain || host.ends_with(&format!(".{domain}"))
}

/// Every source's address and names checked against the sites not to link.
fn check_unlinked(domains: &[RawUnlinkedDomain], sources: &[RawSource], errors: &mut Errors) {
    for d in domains.iter().filter(|d| d.domain.trim().is_empty() || d.reason.trim().is_empty() || d.domain.contains(['/', ':'])) {
        errors.0.push(format!("unlinked_domain `{}`: a bare domain (`example.com`) and its reason are both required", d.domain));
    }
    for (i, s) in sources.iter().enumerate() {
        let owner = s.id.clone().unwrap_or_else(|| format!("source #{}", i + 1));
        for d in domains.iter().filter(|d| !d.domain.trim().is_empty()) {
            let domain = d.domain.to_ascii_lowercase();
            if s.url.as_deref().is_some_and(|u| on_domain(&host(u), &domain)) {
                errors.0.push(format!(
                    "source `{owner}`: its address is on {domain}, a site not linked ({}): link a clean copy or the publisher's own page, or drop `url` and set publisher = \"{WITHHELD}\" with the outlet it copies in mirror_of",
                    d.reason
                ));
            }
            let names = [&s.publisher, &s.publisher_zh, &s.title, &s.mirror_of, &s.mirror_of_zh];
            if names.iter().any(|n| n.as_deref().is_some_and(|n| n.to_ascii_lowercase().contains(&domain))) {
                errors.0.push(format!("source `{owner}`: it is named by {domain}, a site not linked: name the outlet it copies in mirror_of, and the site \"{WITHHELD}\""));
            }
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    pub title: String,
    pub title_fr: String,
    pub title_zh: String,
    pub reviewed: String,
    pub seed_article: String,
    pub seed_url: String,
    pub offices_en: String,
    pub offices_fr: String,
    pub offices_zh: String,
}

#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    pub key: String,
    pub kind: String,
    pub en: String,
    pub fr: String,
    pub zh: String,
    pub colour: Option<String>,
    #[serde(default)]
    pub roles: Vec<String>,
}

#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawMetric {
    pub key: String,
    pub share_of: Option<String>,
    pub sector: String,
    pub unit: String,
    pub basis: String,
    pub en: String,
    pub fr: String,
    pub zh: String,
    pub sentence_en: String,
    pub sentence_fr: String,
    pub sentence_zh: String,
}

#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Option<String>,
    pub publisher: Option<String>,
    pub publisher_zh: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub mirror_of: Option<String>,
    pub mirror_of_zh: Option<String>,
    pub lang: Option<String>,
}

#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub id: Option<String>,
    pub entity: Option<String>,
    pub metric: Option<String>,
    pub value: Option<f64>,
    pub period: Option<String>,
    pub yoy_pct: Option<f64>,
    pub yoy_source: Option<String>,
    pub qualifier: Option<String>,
    pub wording: Option<String>,
    pub wording_fr: Option<String>,
    pub wording_zh: Option<String>,
    pub quote: Option<String>,
    pub quote_lang: Option<String>,
    pub quote_en: Option<String>,
    pub quote_fr: Option<String>,
    pub quote_zh: Option<String>,
    pub grade: Option<String>,
    pub source: Option<String>,
    pub note: Option<String>,
    pub note_fr: Option<String>,
    pub note_zh: Option<String>,
    pub formula: Option<String>,
    #[serde(default)]
    pub derived_from: Vec<String>,
    #[serde(default)]
    pub headline: bool,
}

/// `places = "all"` or a list of entity keys.
#[derive(Deserialize, Clone)]
#[serde(untagged)]
pub enum RawPlaces {
    Word(String),
    List(Vec<String>),
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawBreak {
    pub id: String,
    pub metrics: Vec<String>,
    pub places: RawPlaces,
    #[serde(default)]
    pub except: Vec<String>,
    pub from: String,
    pub change: String,
    pub source: String,
    pub note: String,
    pub note_fr: String,
    pub note_zh: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawGap {
    pub entity: String,
    pub metric: String,
    pub periods: Vec<String>,
    pub note: Option<String>,
    pub note_fr: Option<String>,
    pub note_zh: Option<String>,
}

#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawConflict {
    pub id: String,
    pub kind: String,
    pub figures: Vec<String>,
    pub note: String,
    pub note_fr: String,
    pub note_zh: String,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawOffice {
    pub sector: String,
    pub en: String,
    pub fr: String,
    pub zh: String,
    pub remit_en: String,
    pub remit_fr: String,
    pub remit_zh: String,
    pub person: Option<String>,
    pub person_fr: Option<String>,
    pub person_zh: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub date: String,
    pub place: String,
    pub sectors: Vec<String>,
    pub title: String,
    pub title_fr: String,
    pub title_zh: String,
    pub text: String,
    pub text_fr: String,
    pub text_zh: String,
    pub source: String,
    pub quote: Option<String>,
    pub quote_lang: Option<String>,
    pub quote_en: Option<String>,
    pub quote_fr: Option<String>,
    pub quote_zh: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawCompany {
    pub name: String,
    pub zh: String,
    pub sector: Option<String>,
    pub role: String,
    pub role_fr: String,
    pub role_zh: String,
}

/// Data lives for the whole program (build script or test), so leaking gives `'static` views.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak_opt(s: Option<String>) -> Option<&'static str> {
    s.filter(|s| !s.trim().is_empty()).map(leak)
}

fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// A text of the dataset with its translations, and where it is, for build.rs's messages.
#[derive(Clone, Debug, PartialEq)]
pub struct Translation {
    pub place: String,
    pub en: &'static str,
    pub fr: &'static str,
    pub zh: &'static str,
}

/// Collects conversion errors instead of stopping at the first one, and the texts'
/// translations.
struct Errors(Vec<String>, Vec<Translation>);

impl Errors {
    /// A text in three languages: its English, with the translations put aside.
    fn text3(&mut self, owner: &str, field: &str, en: String, fr: String, zh: String) -> Text3 {
        let en = leak(en);
        self.1.push(Translation { place: format!("{owner}: {field}"), en, fr: leak(fr), zh: leak(zh) });
        Text3 { en }
    }

    /// An optional text in three languages: all three or none, else an error naming the field.
    fn text3_opt(&mut self, owner: &str, field: &str, en: Option<String>, fr: Option<String>, zh: Option<String>) -> Option<Text3> {
        let en = en.filter(|s| !s.trim().is_empty())?;
        let fr = self.required(owner, &format!("{field}_fr"), fr.filter(|s| !s.trim().is_empty()));
        let zh = self.required(owner, &format!("{field}_zh"), zh.filter(|s| !s.trim().is_empty()));
        Some(self.text3(owner, field, en, fr?, zh?))
    }

    fn keyed<T>(&mut self, owner: &str, field: &str, text: &str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
        let parsed = parse(text);
        if parsed.is_none() {
            self.0.push(format!("{owner}: {field} `{text}` is not one of the known values"));
        }
        parsed
    }

    fn required<T>(&mut self, owner: &str, field: &str, value: Option<T>) -> Option<T> {
        if value.is_none() {
            self.0.push(format!("{owner}: missing {field}"));
        }
        value
    }
}

pub fn parse_toml(text: &str) -> Result<RawDataset, String> {
    toml::from_str(text).map_err(|e| e.to_string())
}

/// Converts the raw file into typed data, or lists every field that is missing or unknown.
pub fn to_dataset(raw: RawDataset) -> Result<Dataset, Vec<String>> {
    to_dataset_with_translations(raw).map(|(data, _)| data)
}

/// [`to_dataset`], with the translations of the dataset's texts, in file order.
pub fn to_dataset_with_translations(raw: RawDataset) -> Result<(Dataset, Vec<Translation>), Vec<String>> {
    let mut errors = Errors(Vec::new(), Vec::new());
    check_unlinked(&raw.unlinked_domain, &raw.source, &mut errors);
    let places: Vec<Place> = raw.place.into_iter().filter_map(|p| convert_place(p, &mut errors)).collect();
    let keys: Vec<&'static str> = places.iter().map(|p| p.key).collect();
    let place_named = |key: &str| keys.iter().position(|k| *k == key).and_then(|i| u16::try_from(i).ok()).map(Entity);
    let metrics: Vec<Metric> = raw.metric.into_iter().filter_map(|m| convert_metric(m, &mut errors)).collect();
    let sources: Vec<Source> = raw.source.into_iter().enumerate().filter_map(|(i, s)| convert_source(i, s, &mut errors)).collect();
    let figures: Vec<Figure> = raw.figure.into_iter().enumerate().filter_map(|(i, f)| convert_figure(i, f, &sources, &place_named, &mut errors)).collect();
    let breaks = raw.breaks.into_iter().filter_map(|b| convert_break(b, &place_named, &mut errors)).collect();
    let gaps = raw
        .gap
        .into_iter()
        .filter_map(|g| {
            let owner = format!("gap {} {}", g.entity, g.metric);
            let entity = errors.keyed(&owner, "entity", &g.entity, place_named);
            let periods: Vec<Period> = g.periods.iter().filter_map(|p| errors.keyed(&owner, "periods", p, Period::parse)).collect();
            let note = errors.text3_opt(&owner, "note", g.note, g.note_fr, g.note_zh);
            Some(Gap { entity: entity?, metric: leak(g.metric), periods: leak_slice(periods), note })
        })
        .collect();
    let conflicts: Vec<Conflict> = raw
        .conflict
        .into_iter()
        .filter_map(|c| {
            let kind = errors.keyed(&c.id, "kind", &c.kind, ConflictKind::parse)?;
            let figures = leak_slice(c.figures.into_iter().map(leak).collect());
            let note = errors.text3(&c.id, "note", c.note, c.note_fr, c.note_zh);
            Some(Conflict { id: leak(c.id), kind, figures, note })
        })
        .collect();
    let offices = raw
        .office
        .into_iter()
        .filter_map(|o| {
            let sector = errors.keyed(&o.en, "sector", &o.sector, Sector::parse)?;
            let person = errors.text3_opt(&o.en, "person", o.person, o.person_fr, o.person_zh);
            let remit = errors.text3(&o.en, "remit", o.remit_en, o.remit_fr, o.remit_zh);
            let owner = o.en.clone();
            Some(Office { sector, name: errors.text3(&owner, "name", o.en, o.fr, o.zh), remit, person })
        })
        .collect();
    let companies = raw
        .company
        .into_iter()
        .map(|c| {
            let sector = c.sector.as_deref().and_then(|s| errors.keyed(&c.name, "sector", s, Sector::parse));
            let role = errors.text3(&c.name, "role", c.role, c.role_fr, c.role_zh);
            Company { name: leak(c.name), name_zh: leak(c.zh), sector, role }
        })
        .collect();
    let events: Vec<Event> = raw.event.into_iter().filter_map(|e| convert_event(e, &sources, &places, &mut errors)).collect();
    let m = raw.meta;
    let meta = Meta {
        title: errors.text3("meta", "title", m.title, m.title_fr, m.title_zh),
        reviewed: leak(m.reviewed.clone()),
        seed_article: leak(m.seed_article),
        seed_url: leak(m.seed_url),
        offices: errors.text3("meta", "offices", m.offices_en, m.offices_fr, m.offices_zh),
    };
    if !errors.0.is_empty() {
        return Err(errors.0);
    }
    let data = Dataset {
        meta,
        lookup: Lookup::of(&figures, &sources, &conflicts),
        places: leak_slice(places),
        metrics: leak_slice(metrics),
        sources: leak_slice(sources),
        figures: leak_slice(figures),
        breaks: leak_slice(breaks),
        gaps: leak_slice(gaps),
        conflicts: leak_slice(conflicts),
        offices: leak_slice(offices),
        companies: leak_slice(companies),
        events: leak_slice(events),
    };
    Ok((data, errors.1))
}

fn convert_place(p: RawPlace, errors: &mut Errors) -> Option<Place> {
    let kind = errors.keyed(&p.key, "kind", &p.kind, PlaceKind::parse);
    let roles: Vec<Role> = p.roles.iter().filter_map(|r| errors.keyed(&p.key, "roles", r, Role::parse)).collect();
    let colour = p.colour.as_deref().map(|c| errors.keyed(&p.key, "colour (#rrggbb)", c, parse_colour));
    let name = errors.text3(&p.key, "name", p.en, p.fr, p.zh);
    Some(Place { key: leak(p.key), kind: kind?, name, colour: colour.map(|c| c.ok_or(())).transpose().ok()?, roles: leak_slice(roles) })
}

/// Reads "#rrggbb".
pub fn parse_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#').filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()))?;
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// What is wrong with a metric's sentence pattern, if anything: it must say the value and when,
/// with no slot but [`SENTENCE_SLOTS`].
fn sentence_problem(pattern: &str) -> Option<String> {
    let mut rest = pattern.to_string();
    for slot in SENTENCE_SLOTS {
        rest = rest.replace(slot, "");
    }
    if rest.contains(['{', '}']) {
        Some(format!("has a slot other than {}", SENTENCE_SLOTS.join(", ")))
    } else if !pattern.contains("{value}") || !(pattern.contains("{when}") || pattern.contains("{period}")) {
        Some("must hold {value}, and {when} or {period}".to_string())
    } else {
        None
    }
}

fn convert_metric(m: RawMetric, errors: &mut Errors) -> Option<Metric> {
    let sector = errors.keyed(&m.key, "sector", &m.sector, Sector::parse);
    let unit = errors.keyed(&m.key, "unit", &m.unit, Unit::parse);
    let basis = errors.keyed(&m.key, "basis", &m.basis, Basis::parse);
    let label = errors.text3(&m.key, "label", m.en, m.fr, m.zh);
    for (field, pattern) in [("sentence_en", &m.sentence_en), ("sentence_fr", &m.sentence_fr), ("sentence_zh", &m.sentence_zh)] {
        if let Some(problem) = sentence_problem(pattern) {
            errors.0.push(format!("{}: {field} {problem}", m.key));
        }
    }
    let sentence = errors.text3(&m.key, "sentence", m.sentence_en, m.sentence_fr, m.sentence_zh);
    Some(Metric { key: leak(m.key), sector: sector?, unit: unit?, basis: basis?, label, sentence, share_of: leak_opt(m.share_of) })
}

fn convert_break(b: RawBreak, place_named: &dyn Fn(&str) -> Option<Entity>, errors: &mut Errors) -> Option<Break> {
    let o = b.id.clone();
    let entities = |errors: &mut Errors, field: &str, keys: &[String]| -> Vec<Entity> {
        keys.iter().filter_map(|k| errors.keyed(&o, field, k, place_named)).collect()
    };
    let places = match &b.places {
        RawPlaces::Word(w) if w == "all" => Some(Places::All { except: leak_slice(entities(errors, "except", &b.except)) }),
        RawPlaces::Word(w) => {
            errors.0.push(format!("{o}: places `{w}` is neither \"all\" nor a list of places"));
            None
        }
        RawPlaces::List(list) => Some(Places::Only(leak_slice(entities(errors, "places", list)))),
    };
    let from = errors.keyed(&o, "from", &b.from, Period::parse);
    let kind = errors.keyed(&o, "change", &b.change, BreakKind::parse);
    let note = errors.text3(&o, "note", b.note, b.note_fr, b.note_zh);
    Some(Break {
        id: leak(b.id),
        metrics: leak_slice(b.metrics.into_iter().map(leak).collect()),
        places: places?,
        from: from?,
        kind: kind?,
        source: leak(b.source),
        note,
    })
}

fn convert_source(index: usize, s: RawSource, errors: &mut Errors) -> Option<Source> {
    let owner = s.id.clone().unwrap_or_else(|| format!("source #{}", index + 1));
    let o = owner.as_str();
    let nonempty = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
    let id = errors.required(o, "id", nonempty(s.id));
    let publisher = errors.required(o, "publisher", nonempty(s.publisher));
    let published = errors.required(o, "published", nonempty(s.published)).and_then(|p| errors.keyed(o, "published", &p, Published::parse));
    let lang = nonempty(s.lang).map(|l| errors.keyed(o, "lang", &l, TextLang::parse));
    Some(Source {
        id: leak(id?),
        publisher: leak(publisher?),
        publisher_zh: leak_opt(s.publisher_zh),
        title: leak_opt(s.title),
        published: published?,
        url: leak_opt(s.url),
        mirror_of: leak_opt(s.mirror_of),
        mirror_of_zh: leak_opt(s.mirror_of_zh),
        lang: lang.map(|l| l.ok_or(())).transpose().ok()?,
    })
}

/// A quote with what it says in each of the app's languages: the original where the reader
/// reads its language, else the given translation (`quote_en`…), which must be there.
fn convert_quote(o: &str, quote: Option<String>, [given_en, given_fr, given_zh]: [Option<String>; 3], lang: TextLang, errors: &mut Errors) -> Option<Quote> {
    let text = quote.filter(|s| !s.trim().is_empty())?;
    let mut side = |code: &str, given: Option<String>, reads: bool| {
        if reads {
            Some(text.clone())
        } else {
            errors.required(o, &format!("quote_{code} (a translation of the {} quote)", lang.key()), given.filter(|s| !s.trim().is_empty()))
        }
    };
    let en = side("en", given_en, lang == TextLang::En);
    let fr = side("fr", given_fr, lang == TextLang::Fr);
    let zh = side("zh", given_zh, matches!(lang, TextLang::ZhHans | TextLang::ZhHant));
    let translation = errors.text3(o, "quote", en?, fr?, zh?);
    Some(Quote { text: leak(text), lang, translation })
}

/// An event of the data file: its source must have an address and the event its words.
fn convert_event(e: RawEvent, sources: &[Source], places: &[Place], errors: &mut Errors) -> Option<Event> {
    let o = format!("event {}", e.id);
    let date = errors.keyed(&o, "date (a day or a month)", &e.date, EventDate::parse);
    let entity = places.iter().position(|p| p.key == e.place).and_then(|i| u16::try_from(i).ok()).map(Entity);
    let entity = errors.required(&o, &format!("place `{}` (a place's key)", e.place), entity);
    let sectors: Vec<Sector> = e.sectors.iter().filter_map(|s| errors.keyed(&o, "sectors", s, Sector::parse)).collect();
    let source = sources.iter().find(|s| s.id == e.source);
    let source = errors.required(&o, &format!("source `{}` (a source's id)", e.source), source);
    let addressed = source.and_then(|s| errors.required(&o, &format!("an address for its source `{}`", e.source), s.url.map(|_| s)));
    let lang = match (e.quote_lang.as_deref(), addressed.and_then(|s| s.lang)) {
        (Some(l), _) => errors.keyed(&o, "quote_lang", l, TextLang::parse),
        (None, known) => errors.required(&o, "quote_lang (its source has no lang)", known),
    };
    let words = errors.required(&o, "quote (the source's own words)", e.quote.filter(|q| !q.trim().is_empty()));
    let quote = lang.and_then(|l| convert_quote(&o, words, [e.quote_en, e.quote_fr, e.quote_zh], l, errors));
    let (title, text) = (errors.text3(&o, "title", e.title, e.title_fr, e.title_zh), errors.text3(&o, "text", e.text, e.text_fr, e.text_zh));
    Some(Event { id: leak(e.id), date: date?, entity: entity?, sectors: leak_slice(sectors), title, text, source: addressed?.id, quote: quote? })
}

fn convert_figure(index: usize, mut f: RawFigure, sources: &[Source], place_named: &dyn Fn(&str) -> Option<Entity>, errors: &mut Errors) -> Option<Figure> {
    let owner = f.id.clone().unwrap_or_else(|| format!("figure #{}", index + 1));
    let o = owner.as_str();
    let nonempty = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
    let id = errors.required(o, "id", nonempty(f.id.take()));
    // A figure about no place (an exchange rate) names none.
    let entity = f.entity.take().map(|e| errors.keyed(o, "entity", &e, place_named));
    let metric = errors.required(o, "metric", nonempty(f.metric.take()));
    let value = errors.required(o, "value", f.value.filter(|v| v.is_finite()));
    let period = errors.required(o, "period", f.period.take()).and_then(|p| errors.keyed(o, "period", &p, Period::parse));
    let grade = errors.required(o, "grade", f.grade.take()).and_then(|g| errors.keyed(o, "grade", &g, Grade::parse));
    let source = errors.required(o, "source", nonempty(f.source.take()));
    let qualifier = match f.qualifier.take() {
        Some(q) => errors.keyed(o, "qualifier", &q, Qualifier::parse)?,
        None => Qualifier::Exact,
    };
    // The quote is in its source's language unless it says otherwise (a version of the text in
    // another language); an unknown source is reported by validation, by name.
    let known_source = source.as_deref().and_then(|id| sources.iter().find(|s| s.id == id));
    let quote_lang = match (f.quote_lang.take(), known_source) {
        (Some(l), _) => errors.keyed(o, "quote_lang", &l, TextLang::parse),
        (None, Some(s)) if f.quote.is_some() => errors.required(o, "quote_lang (its source has no lang)", s.lang),
        _ => None,
    };
    let quote = quote_lang.and_then(|lang| convert_quote(o, f.quote.take(), [f.quote_en.take(), f.quote_fr.take(), f.quote_zh.take()], lang, errors));
    Some(Figure {
        id: leak(id?),
        entity: entity.map(|e| e.ok_or(())).transpose().ok()?,
        metric: leak(metric?),
        value: value?,
        period: period?,
        yoy_pct: f.yoy_pct,
        yoy_source: leak_opt(f.yoy_source),
        qualifier,
        wording: errors.text3_opt(o, "wording", f.wording, f.wording_fr, f.wording_zh),
        quote,
        grade: grade?,
        source: leak(source?),
        note: errors.text3_opt(o, "note", f.note, f.note_fr, f.note_zh),
        formula: leak_opt(f.formula),
        derived_from: leak_slice(f.derived_from.into_iter().map(leak).collect()),
        headline: f.headline,
    })
}
