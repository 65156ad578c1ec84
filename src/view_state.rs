//! The one typed view state: every control reads and writes it, and it is the only thing
//! written to and read from the URL. Only values that differ from the defaults are written,
//! so the plain address is the default view; anything unreadable falls back to the default
//! for that part and is reported, never a panic.

use crate::data::{Entity, Sector};

/// The URL format's version; `migrate` brings older links up to it.
pub const FORMAT_VERSION: u32 = 2;

/// Longest value read; no valid value comes near it, so a longer one is reported, not parsed.
const MAX_VALUE_LEN: usize = 200;
/// How many parts of a link are read; the rest is reported in one line.
const MAX_PAIRS: usize = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Growth,
    Trend,
    Cities,
}

impl View {
    pub const ALL: [View; 3] = [View::Growth, View::Trend, View::Cities];

    pub fn key(self) -> &'static str {
        match self {
            View::Growth => "growth",
            View::Trend => "trend",
            View::Cities => "cities",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    Linear,
    Log,
    /// Base year = 100.
    Index,
}

impl Scale {
    pub const ALL: [Scale; 3] = [Scale::Linear, Scale::Log, Scale::Index];

    pub fn key(self) -> &'static str {
        match self {
            Scale::Linear => "linear",
            Scale::Log => "log",
            Scale::Index => "index",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewState {
    pub view: View,
    /// Sectors shown, in the app's fixed order.
    pub sectors: Vec<Sector>,
    /// Cities compared in the cities view, in the app's fixed order.
    pub cities: Vec<Entity>,
    pub scale: Scale,
    pub base_year: u16,
    /// For the disputed Shenzhen 2022 NEV figure: plot HK01's value instead of CnEVPost's.
    pub alt_source: bool,
    /// Only the chart, its title and source line, and a link to the full view (for iframes).
    pub embed: bool,
}

pub const CITY_CHOICES: [Entity; 6] =
    [Entity::Shenzhen, Entity::Shanghai, Entity::Xian, Entity::Hefei, Entity::Guangdong, Entity::Anhui];
pub const BASE_YEARS: std::ops::RangeInclusive<u16> = 2021..=2023;

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            view: View::Growth,
            sectors: Sector::PRIORITY.to_vec(),
            cities: vec![Entity::Shenzhen, Entity::Shanghai, Entity::Xian],
            scale: Scale::Linear,
            base_year: 2021,
            alt_source: false,
            embed: false,
        }
    }
}

/// A part of a link that was not used, and why; shown to the user in a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    pub key: String,
    pub reason: String,
}

/// Old links keep working: each step rewrites a query of version N into version N + 1.
/// Version 1 called the views `compare` and `series` and the scale `logarithmic`.
const MIGRATIONS: &[fn(Vec<(String, String)>) -> Vec<(String, String)>] = &[migrate_v1_to_v2];

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
fn pairs(query: &str, ignored: &mut Vec<Ignored>) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut out = Vec::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        match (percent_decode(k), percent_decode(v)) {
            (Some(k), Some(v)) => out.push((k, v)),
            _ => ignored.push(Ignored { key: short(k), reason: "broken percent-encoding".into() }),
        }
    }
    out
}

fn parse_list<T: Copy + PartialEq>(value: &str, choices: &[T], key_of: impl Fn(T) -> &'static str) -> Option<Vec<T>> {
    let wanted: Vec<&str> = value.split('~').collect();
    if wanted.iter().any(|w| !choices.iter().any(|c| key_of(*c) == *w)) {
        return None;
    }
    // Kept in the app's fixed order, without repeats: one state, one URL.
    let list: Vec<T> = choices.iter().copied().filter(|c| wanted.contains(&key_of(*c))).collect();
    (!list.is_empty()).then_some(list)
}

/// Reads a query string into a view state; every part that cannot be used is listed.
pub fn parse(query: &str) -> (ViewState, Vec<Ignored>) {
    let mut state = ViewState::default();
    let mut ignored = Vec::new();
    let mut pairs = pairs(query, &mut ignored);
    if pairs.len() > MAX_PAIRS {
        ignored.push(Ignored { key: format!("({} more parts)", pairs.len() - MAX_PAIRS), reason: format!("only the first {MAX_PAIRS} parts of a link are read") });
        pairs.truncate(MAX_PAIRS);
    }
    let version = pairs.iter().find(|(k, _)| k == "v").and_then(|(_, v)| v.parse::<u32>().ok()).unwrap_or(FORMAT_VERSION);
    for step in MIGRATIONS.iter().skip(version.saturating_sub(1) as usize) {
        pairs = step(pairs);
    }
    let mut seen: Vec<String> = Vec::new();
    for (key, value) in pairs {
        if seen.contains(&key) {
            ignored.push(Ignored { key: short(&key), reason: "given more than once; the first is used".into() });
            continue;
        }
        seen.push(key.clone());
        if value.len() > MAX_VALUE_LEN {
            ignored.push(Ignored { key: short(&key), reason: format!("value longer than {MAX_VALUE_LEN} characters") });
            continue;
        }
        let ok = match key.as_str() {
            "v" => value.parse::<u32>().is_ok_and(|v| (1..=FORMAT_VERSION).contains(&v)),
            "view" => View::ALL.into_iter().find(|v| v.key() == value).map(|v| state.view = v).is_some(),
            "sectors" => parse_list(&value, &Sector::PRIORITY, Sector::key).map(|l| state.sectors = l).is_some(),
            "cities" => parse_list(&value, &CITY_CHOICES, Entity::key).map(|l| state.cities = l).is_some(),
            "scale" => Scale::ALL.into_iter().find(|s| s.key() == value).map(|s| state.scale = s).is_some(),
            "base" => value.parse::<u16>().ok().filter(|y| BASE_YEARS.contains(y)).map(|y| state.base_year = y).is_some(),
            "embed" => match value.as_str() {
                "1" => {
                    state.embed = true;
                    true
                }
                _ => false,
            },
            "alt" => match value.as_str() {
                "hk01" => {
                    state.alt_source = true;
                    true
                }
                _ => false,
            },
            _ => {
                ignored.push(Ignored { key: short(&key), reason: "not a setting of this explorer".into() });
                continue;
            }
        };
        if !ok {
            ignored.push(Ignored { key: short(&key), reason: format!("'{}' is not a valid value", short(&value)) });
        }
    }
    if let Some(reason) = scale_refusal(state.view, state.scale) {
        ignored.push(Ignored { key: "scale".into(), reason: reason.into() });
        state.scale = Scale::Linear;
    }
    (state, ignored)
}

/// Why a scale cannot be used in a view, if it cannot. The controls disable such options
/// with this reason, and a link asking for one gets the linear scale and the reason.
pub fn scale_refusal(view: View, scale: Scale) -> Option<&'static str> {
    match (view, scale) {
        (View::Growth, Scale::Log | Scale::Index) => Some("Growth rates can be zero or negative, and are already relative: no log or index."),
        (View::Cities, Scale::Index) => Some("Places start in different years, so no common base year exists."),
        _ => None,
    }
}

/// The query string for a state: only what differs from the default, in a fixed order;
/// empty for the default view.
pub fn to_query(state: &ViewState) -> String {
    let d = ViewState::default();
    let mut parts: Vec<String> = Vec::new();
    let join = |keys: Vec<&str>| keys.join("~");
    if state.view != d.view {
        parts.push(format!("view={}", state.view.key()));
    }
    if state.sectors != d.sectors {
        parts.push(format!("sectors={}", join(state.sectors.iter().map(|s| s.key()).collect())));
    }
    if state.cities != d.cities {
        parts.push(format!("cities={}", join(state.cities.iter().map(|c| c.key()).collect())));
    }
    if state.scale != d.scale {
        parts.push(format!("scale={}", state.scale.key()));
    }
    if state.base_year != d.base_year {
        parts.push(format!("base={}", state.base_year));
    }
    if state.alt_source {
        parts.push("alt=hk01".to_string());
    }
    if state.embed {
        parts.push("embed=1".to_string());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?v={FORMAT_VERSION}&{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests;
