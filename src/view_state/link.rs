//! A view state as a link, and a link as a view state. Version 3 puts the view and the
//! language in the path, relative to the site's root (`fr/cities/?v=3&scale=log`): each is
//! an address the build wrote a page for, with its own title and preview, and the query
//! holds only the options. Every older link (a query at the root: `?v=2&view=cities&lang=fr`,
//! version 1, no `v`) reads as it did. Where the path and the query both name the view or
//! the language, the path wins (it is the page that was opened and previewed), and a query
//! part that disagrees is reported; the query fills in only what the path leaves out.

use super::*;

/// The link format's version; `MIGRATIONS` bring older links up to it.
pub const FORMAT_VERSION: u32 = 3;

/// A view's page address relative to the site's root, with its language when `named`
/// (else it opens in the reader's): "", "cities/", "fr/", "fr/cities/". The default view is
/// the folder itself, so the plain address stays the site's.
pub fn page_path(named: Option<Lang>, view: View) -> String {
    let lang = named.map_or(String::new(), |l| format!("{}/", l.key()));
    let view = if view == ViewState::default().view { String::new() } else { format!("{}/", view.key()) };
    format!("{lang}{view}")
}

/// Every address the build writes a page for: each view with no language named (the
/// reader's), and in each language.
pub fn page_paths() -> Vec<(Option<Lang>, View)> {
    let langs = std::iter::once(None).chain(Lang::ALL.iter().copied().map(Some));
    langs.flat_map(|lang| View::ALL.iter().map(move |view| (lang, *view))).collect()
}

/// What a link's path names: a language, then a view, each at most once; anything else is
/// not one of the build's pages (only a host that answers every path with the site reaches
/// the app with one).
struct PathParts {
    lang: Option<Lang>,
    view: Option<View>,
    unknown: Vec<String>,
}

/// How many segments of a path are read.
const MAX_SEGMENTS: usize = 4;

/// Whether a link names its language, in its path or its query: the address bar then keeps
/// naming it (`src/app/url.rs`).
pub fn names_language(link: &str) -> bool {
    let (path, query) = link.split_once('?').unwrap_or((link, ""));
    path_parts(path).lang.is_some() || pairs(query).0.iter().any(|(k, v)| k == "lang" && Lang::parse(v).is_some())
}

fn path_parts(path: &str) -> PathParts {
    let mut parts = PathParts { lang: None, view: None, unknown: Vec::new() };
    let default_view = ViewState::default().view;
    // A page's address has two segments at most; a longer path is only ever a host's answer
    // to any path, reported in a few lines, not one per segment.
    for segment in path.split('/').filter(|s| !s.is_empty() && *s != "index.html").take(MAX_SEGMENTS) {
        // In a path, `+` is itself; hosts may match folders without regard to case.
        let word = percent_decode(&segment.replace('+', "%2B")).unwrap_or_else(|| segment.to_string()).to_lowercase();
        let first = parts.lang.is_none() && parts.view.is_none() && parts.unknown.is_empty();
        match (Lang::parse(&word), View::parse(&word).filter(|v| *v != default_view)) {
            (Some(lang), _) if first => parts.lang = Some(lang),
            (_, Some(view)) if parts.view.is_none() && parts.unknown.is_empty() => parts.view = Some(view),
            _ => parts.unknown.push(short(&word)),
        }
    }
    parts
}

/// `sort=value` ascending, `sort=-value` descending.
pub fn parse_sort(value: &str) -> Option<(Column, bool)> {
    match value.strip_prefix('-') {
        Some(key) => Column::parse(key).map(|c| (c, true)),
        None => Column::parse(value).map(|c| (c, false)),
    }
}

fn sort_key(sort: (Column, bool)) -> String {
    format!("{}{}", if sort.1 { "-" } else { "" }, sort.0.key())
}

/// Encodes a value for a query string: everything but unreserved characters as `%XX`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Old links keep working: each step rewrites a query of version N into version N + 1.
/// Version 1 called the views `compare` and `series` and the scale `logarithmic`; version 3
/// moved the view and the language into the path, and reads them in the query where the
/// path says nothing, so its step changes no pair.
/// One step of a link's upgrade: its key-value pairs in one format version to the next.
type Migration = fn(Vec<(String, String)>) -> Vec<(String, String)>;

const MIGRATIONS: &[Migration] = &[migrate_v1_to_v2, |pairs| pairs];

fn migrate_v1_to_v2(pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    pairs
        .into_iter()
        .map(|(k, v)| {
            let v = match (k.as_str(), v.as_str()) {
                ("view", "compare") => "growth".to_string(),
                ("view", "series") => "trend".to_string(),
                ("scale", "logarithmic") => "log".to_string(),
                _ => v,
            };
            (k, v)
        })
        .collect()
}

/// A part of a link as the notice shows it: at most 40 characters, control characters
/// replaced by U+FFFD so they are visible and harmless.
fn short(text: &str) -> String {
    let mut s: String = text.chars().take(40).map(|c| if c.is_control() { '\u{fffd}' } else { c }).collect();
    if text.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// Decodes `%XX` and `+`; `None` for broken escapes or bytes that are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Splits a query string (with or without `?`) into decoded pairs, reporting broken ones.
/// The decoded key-value pairs, and the (shortened) keys of parts whose percent-encoding is
/// broken: their reason is written once the link's language is known.
fn pairs(query: &str) -> (Vec<(String, String)>, Vec<String>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let (mut out, mut broken) = (Vec::new(), Vec::new());
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        match (percent_decode(k), percent_decode(v)) {
            (Some(k), Some(v)) => out.push((k, v)),
            _ => broken.push(short(k)),
        }
    }
    (out, broken)
}

/// A non-empty `~`-separated list of known keys.
fn parse_list<T: Copy + PartialEq>(value: &str, choices: &[T], key_of: impl Fn(T) -> &'static str) -> Option<Vec<T>> {
    let wanted: Vec<&str> = value.split('~').collect();
    if wanted.iter().any(|w| !choices.iter().any(|c| key_of(*c) == *w)) {
        return None;
    }
    // Kept in the app's fixed order, without repeats: one state, one URL.
    let list: Vec<T> = choices.iter().copied().filter(|c| wanted.contains(&key_of(*c))).collect();
    (!list.is_empty()).then_some(list)
}

/// Reads a link (an address relative to the site's root, or a query) into a view state;
/// every part that cannot be used is listed.
pub fn parse(link: &str) -> (ViewState, Vec<Ignored>) {
    parse_in(link, Lang::En)
}

/// Reads a link; when it names no language the state is in `reader_lang` (the browser's).
/// What is ignored is explained in the state's language.
pub fn parse_in(link: &str, reader_lang: Lang) -> (ViewState, Vec<Ignored>) {
    parse_with(link, reader_lang, false)
}

/// What a link had that could not be used, explained in `lang` whatever the link says: for
/// the notice, when the reader switches language while it is shown.
pub fn ignored_in(link: &str, lang: Lang) -> Vec<Ignored> {
    parse_with(link, lang, true).1
}

fn parse_with(link: &str, reader_lang: Lang, force_lang: bool) -> (ViewState, Vec<Ignored>) {
    let (path, query) = link.split_once('?').unwrap_or((link, ""));
    let path = path_parts(path);
    let (mut pairs, broken) = pairs(query);
    let linked = path.lang.or_else(|| pairs.iter().find(|(k, _)| k == "lang").and_then(|(_, v)| Lang::parse(v)));
    let lang = if force_lang { reader_lang } else { linked.unwrap_or(reader_lang) };
    let l = lang;
    let mut state = ViewState { lang, ..ViewState::default() };
    let broken_reason = l.tr("broken percent-encoding");
    let mut ignored: Vec<Ignored> = path.unknown.iter().map(|key| Ignored { key: key.clone(), reason: l.tr("not a page of this explorer").into() }).collect();
    ignored.extend(broken.into_iter().map(|key| Ignored { key, reason: broken_reason.into() }));
    // The query in this version's words (an older link's view names read as they meant).
    let version = pairs.iter().find(|(k, _)| k == "v").and_then(|(_, v)| v.parse::<u32>().ok()).unwrap_or(FORMAT_VERSION);
    for step in MIGRATIONS.iter().skip(version.saturating_sub(1) as usize) {
        pairs = step(pairs);
    }
    // The path's view and language come first, as the link's own; the query's say nothing
    // more, and are reported where they disagree.
    let named: Vec<(String, String)> = [("lang", path.lang.map(Lang::key)), ("view", path.view.map(View::key))]
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_string(), v.to_string())))
        .collect();
    pairs.retain(|(k, v)| match named.iter().find(|(nk, _)| nk == k) {
        Some((_, nv)) => {
            if nv != v {
                ignored.push(Ignored { key: short(k), reason: l.tr("the address names another; its path is used").into() });
            }
            false
        }
        None => true,
    });
    pairs.splice(0..0, named);
    if pairs.len() > MAX_PAIRS {
        let more = (pairs.len() - MAX_PAIRS).to_string();
        ignored.push(Ignored {
            key: fill(l.tr("({0} more parts)"), &[&more]),
            reason: fill(l.tr("only the first {0} parts of a link are read"), &[&MAX_PAIRS.to_string()]),
        });
        pairs.truncate(MAX_PAIRS);
    }
    let mut seen: Vec<String> = Vec::new();
    for (key, value) in pairs {
        if seen.contains(&key) {
            ignored.push(Ignored { key: short(&key), reason: l.tr("given more than once; the first is used").into() });
            continue;
        }
        seen.push(key.clone());
        if value.len() > max_value_len() {
            ignored.push(Ignored { key: short(&key), reason: fill(l.tr("value longer than {0} characters"), &[&max_value_len().to_string()]) });
            continue;
        }
        let ok = match key.as_str() {
            "v" => value.parse::<u32>().is_ok_and(|v| (1..=FORMAT_VERSION).contains(&v)),
            "lang" => Lang::parse(&value).is_some(),
            "view" => View::parse(&value).map(|v| state.view = v).is_some(),
            "sectors" => parse_list(&value, &Sector::PRIORITY, Sector::key).map(|l| state.sectors = l).is_some(),
            "extra" => parse_list(&value, Extra::ALL, Extra::key).map(|l| state.extras = l).is_some(),
            "metric" => MetricChoice::parse(&value).map(|m| state.metric = m).is_some(),
            "cities" => parse_list(&value, city_choices(), Entity::key).map(|l| state.cities = l).is_some(),
            "scale" => Scale::parse(&value).map(|s| state.scale = s).is_some(),
            "cur" => Currency::parse(&value).map(|c| state.currency = c).is_some(),
            "mag" => Magnitude::parse(&value).map(|m| state.magnitude = m).is_some(),
            "base" => value.parse::<u16>().ok().map(|y| state.base_year = Some(y)).is_some(),
            "sector" => Sector::parse(&value).filter(|s| figure_sectors().contains(s)).map(|s| state.figures.sector = Some(s)).is_some(),
            "place" => Entity::parse(&value).filter(|e| figure_places().contains(e)).map(|e| state.figures.place = Some(e)).is_some(),
            "year" => value.parse::<u16>().ok().filter(|y| figure_years().contains(y)).map(|y| state.figures.year = Some(y)).is_some(),
            "grade" => crate::data::Grade::parse(&value).map(|g| state.figures.grade = Some(g)).is_some(),
            "q" => {
                state.figures.search = value.trim().to_string();
                true
            }
            "sort" => parse_sort(&value).map(|s| state.figures.sort = Some(s)).is_some(),
            "embed" => match value.as_str() {
                "1" => {
                    state.embed = true;
                    true
                }
                _ => false,
            },
            "theme" => Theme::parse(&value).map(|t| state.theme = t).is_some(),
            "alt" => match value.as_str() {
                "hk01" => {
                    state.alt_source = true;
                    true
                }
                _ => false,
            },
            _ => {
                ignored.push(Ignored { key: short(&key), reason: l.tr("not a setting of this explorer").into() });
                continue;
            }
        };
        if !ok {
            ignored.push(Ignored { key: short(&key), reason: fill(l.tr("'{0}' is not a valid value"), &[&short(&value)]) });
        }
    }
    ignored.extend(normalize(&mut state));
    (state, ignored)
}

/// A state's link, relative to the site's root: its page's address and, after it, a query
/// with only the options that differ from the defaults, in a fixed order. The language is
/// left out when it is `implied` (the reader's browser language, for the address bar); a
/// link for someone else (`None`) always names it.
pub fn to_address(state: &ViewState, implied: Option<Lang>) -> String {
    let named = (implied != Some(state.lang)).then_some(state.lang);
    format!("{}{}", page_path(named, state.view), options_query(state))
}

/// The query of a state's options (not its view nor its language, which the path holds):
/// empty when every option is the default.
fn options_query(state: &ViewState) -> String {
    let d = ViewState::default();
    let mut parts: Vec<String> = Vec::new();
    let join = |keys: Vec<&str>| keys.join("~");
    if state.sectors != d.sectors {
        parts.push(format!("sectors={}", join(state.sectors.iter().map(|s| s.key()).collect())));
    }
    if state.extras != d.extras {
        parts.push(format!("extra={}", join(state.extras.iter().map(|e| e.key()).collect())));
    }
    if state.metric != d.metric {
        parts.push(format!("metric={}", state.metric.key()));
    }
    if state.cities != implied_cities(state) {
        parts.push(format!("cities={}", join(state.cities.iter().map(|c| c.key()).collect())));
    }
    if state.scale != d.scale {
        parts.push(format!("scale={}", state.scale.key()));
    }
    if let Some(y) = state.base_year {
        parts.push(format!("base={y}"));
    }
    if state.currency != d.currency {
        parts.push(format!("cur={}", state.currency.key()));
    }
    if state.magnitude != d.magnitude {
        parts.push(format!("mag={}", state.magnitude.key()));
    }
    if state.alt_source {
        parts.push("alt=hk01".to_string());
    }
    let f = &state.figures;
    if let Some(s) = f.sector {
        parts.push(format!("sector={}", s.key()));
    }
    if let Some(e) = f.place {
        parts.push(format!("place={}", e.key()));
    }
    if let Some(y) = f.year {
        parts.push(format!("year={y}"));
    }
    if let Some(g) = f.grade {
        parts.push(format!("grade={}", g.key()));
    }
    if !f.search.is_empty() {
        parts.push(format!("q={}", percent_encode(&f.search)));
    }
    if let Some(s) = f.sort {
        parts.push(format!("sort={}", sort_key(s)));
    }
    if state.embed {
        parts.push("embed=1".to_string());
    }
    if state.theme != d.theme {
        parts.push(format!("theme={}", state.theme.key()));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?v={FORMAT_VERSION}&{}", parts.join("&"))
    }
}
