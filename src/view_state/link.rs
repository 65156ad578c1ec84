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

pub(super) fn sort_key(sort: (Column, bool)) -> String {
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
pub(super) fn parse_list<T: Copy + PartialEq>(value: &str, choices: &[T], key_of: impl Fn(T) -> &'static str) -> Option<Vec<T>> {
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

/// What the link's path could not name, and its parts whose percent-encoding is broken.
fn ignored_at_start(path: &PathParts, broken: Vec<String>) -> Vec<Ignored> {
    let mut ignored: Vec<Ignored> = path.unknown.iter().map(|key| Ignored::new(key.clone(), Refused::NotAPage)).collect();
    ignored.extend(broken.into_iter().map(|key| Ignored::new(key, Refused::BrokenEncoding)));
    ignored
}

/// The query in this version's words (an older link's view names read as they meant).
fn migrated(mut pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    let version = pairs.iter().find(|(k, _)| k == "v").and_then(|(_, v)| v.parse::<u32>().ok()).unwrap_or(FORMAT_VERSION);
    for step in MIGRATIONS.iter().skip(version.saturating_sub(1) as usize) {
        pairs = step(pairs);
    }
    pairs
}

/// The path's view and language come first, as the link's own; the query's say nothing more,
/// and are reported where they disagree.
fn path_first(mut pairs: Vec<(String, String)>, path: &PathParts, ignored: &mut Vec<Ignored>) -> Vec<(String, String)> {
    let named: Vec<(String, String)> = [("lang", path.lang.map(Lang::key)), ("view", path.view.map(View::key))]
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_string(), v.to_string())))
        .collect();
    pairs.retain(|(k, v)| match named.iter().find(|(nk, _)| nk == k) {
        Some((_, nv)) => {
            if nv != v {
                ignored.push(Ignored::new(short(k), Refused::PathNamesAnother));
            }
            false
        }
        None => true,
    });
    pairs.splice(0..0, named);
    pairs
}

/// At most `MAX_PAIRS` parts are read; the rest are counted.
fn at_most(mut pairs: Vec<(String, String)>, ignored: &mut Vec<Ignored>) -> Vec<(String, String)> {
    if pairs.len() > MAX_PAIRS {
        ignored.push(Ignored::new((pairs.len() - MAX_PAIRS).to_string(), Refused::TooManyParts));
        pairs.truncate(MAX_PAIRS);
    }
    pairs
}

/// Each part read into the state by its setting, once; what cannot be is listed.
fn read_settings(state: &mut ViewState, pairs: Vec<(String, String)>, ignored: &mut Vec<Ignored>) {
    let mut seen: Vec<String> = Vec::new();
    for (key, value) in pairs {
        let why = if seen.contains(&key) {
            Some(Refused::GivenTwice)
        } else if value.len() > max_value_len() {
            Some(Refused::TooLong(max_value_len()))
        } else {
            match Setting::parse(&key) {
                None => Some(Refused::NotASetting),
                Some(setting) => (!setting.read(state, &value)).then(|| Refused::NotAValue(short(&value))),
            }
        };
        if let Some(why) = why {
            ignored.push(Ignored::new(short(&key), why));
        }
        if !seen.contains(&key) {
            seen.push(key);
        }
    }
}

fn parse_with(link: &str, reader_lang: Lang, force_lang: bool) -> (ViewState, Vec<Ignored>) {
    let (path, query) = link.split_once('?').unwrap_or((link, ""));
    let path = path_parts(path);
    let (pairs, broken) = pairs(query);
    let linked = path.lang.or_else(|| pairs.iter().find(|(k, _)| k == "lang").and_then(|(_, v)| Lang::parse(v)));
    let lang = if force_lang { reader_lang } else { linked.unwrap_or(reader_lang) };
    let mut state = ViewState { lang, ..ViewState::default() };
    let mut ignored = ignored_at_start(&path, broken);
    let pairs = path_first(migrated(pairs), &path, &mut ignored);
    let pairs = at_most(pairs, &mut ignored);
    read_settings(&mut state, pairs, &mut ignored);
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
    let default = ViewState::default();
    let parts: Vec<String> = Setting::ALL.iter().filter_map(|s| s.written(state, &default).map(|value| format!("{}={value}", s.key()))).collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?v={FORMAT_VERSION}&{}", parts.join("&"))
    }
}
