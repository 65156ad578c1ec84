//! The French and Chinese catalogs, for build.rs: the messages the code asks for (every
//! `.tr("…")` under src/), checked against `i18n/fr.toml` and `i18n/zh.toml`, then written
//! with the dataset's own translations in the wire format (`src/i18n/wire.rs`) to
//! `$OUT_DIR/catalog_fr.txt` and `catalog_zh.txt`.

use crate::raw::Translation;
use crate::wire;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub const LANGS: [&str; 2] = ["fr", "zh"];

/// A message id and where the code uses it first.
pub struct Message {
    pub en: String,
    pub at: String,
}

/// Every message id in the Rust files under `dir`, in path order; errors for `.tr(` given a
/// raw string, which the scan does not read.
pub fn scan(dir: &Path) -> (Vec<Message>, Vec<String>) {
    let mut files = Vec::new();
    rust_files(dir, &mut files);
    files.sort();
    let (mut messages, mut problems) = (Vec::new(), Vec::new());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        let line = |at: usize| text[..at].matches('\n').count() + 1;
        let tokens = tokens(&text);
        for w in tokens.windows(4) {
            if !(w[0].1 == Token::Punct('.') && w[1].1 == Token::Ident("tr".into()) && w[2].1 == Token::Punct('(')) {
                continue;
            }
            match &w[3].1 {
                Token::Str(en) => messages.push(Message { en: en.clone(), at: format!("{}:{}", file.display(), line(w[3].0)) }),
                Token::RawStr => problems.push(format!("{}:{}: write the message of .tr( as a plain string literal, not a raw string", file.display(), line(w[3].0))),
                _ => {}
            }
        }
    }
    (messages, problems)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for path in entries.map(|e| e.expect("a readable directory entry").path()) {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

#[derive(Debug, PartialEq)]
enum Token {
    Ident(String),
    Punct(char),
    /// A string literal's value.
    Str(String),
    RawStr,
    Other,
}

/// Just enough of Rust's lexer to find string literals outside comments: identifiers,
/// punctuation, strings (with their escapes decoded), raw strings, chars and lifetimes.
fn tokens(text: &str) -> Vec<(usize, Token)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|c| c.1);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = at(i) {
        let start = chars[i].0;
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == Some('/') {
            while at(i).is_some_and(|c| c != '\n') {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == Some('*') {
            let mut depth = 0;
            while let Some(c) = at(i) {
                if c == '/' && at(i + 1) == Some('*') {
                    depth += 1;
                    i += 2;
                } else if c == '*' && at(i + 1) == Some('/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == '"' {
            let (value, next) = string(&chars, i + 1);
            out.push((start, Token::Str(value)));
            i = next;
        } else if c == '\'' {
            // A char literal ('a', '\n', '\u{a0}') or a lifetime ('static).
            if at(i + 1) == Some('\\') {
                i += 3;
                while at(i).is_some_and(|c| c != '\'') {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == Some('\'') {
                i += 3;
            } else {
                i += 1;
                while at(i).is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    i += 1;
                }
            }
            out.push((start, Token::Other));
        } else if c.is_alphanumeric() || c == '_' {
            let from = i;
            while at(i).is_some_and(|c| c.is_alphanumeric() || c == '_') {
                i += 1;
            }
            let word: String = chars[from..i].iter().map(|c| c.1).collect();
            let hashes = chars[i..].iter().take_while(|c| c.1 == '#').count();
            if matches!(word.as_str(), "r" | "br" | "cr") && at(i + hashes) == Some('"') {
                // A raw string: skipped whole, since its quotes and backslashes are text.
                let close: String = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
                let body = chars[i + hashes + 1].0;
                i = match text[body..].find(&close) {
                    Some(n) => chars.partition_point(|c| c.0 < body + n + close.len()),
                    None => chars.len(),
                };
                out.push((start, Token::RawStr));
            } else if matches!(word.as_str(), "b" | "c") && at(i) == Some('"') {
                let (value, next) = string(&chars, i + 1);
                out.push((start, Token::Str(value)));
                i = next;
            } else if c.is_ascii_digit() {
                out.push((start, Token::Other));
            } else {
                out.push((start, Token::Ident(word)));
            }
        } else {
            out.push((start, Token::Punct(c)));
            i += 1;
        }
    }
    out
}

/// The value of a string literal whose body starts at `i`, and the index after its quote.
fn string(chars: &[(usize, char)], mut i: usize) -> (String, usize) {
    let at = |i: usize| chars.get(i).map(|c| c.1);
    let mut value = String::new();
    while let Some(c) = at(i) {
        i += 1;
        match c {
            '"' => break,
            '\\' => {
                let e = at(i);
                i += 1;
                match e {
                    Some('n') => value.push('\n'),
                    Some('t') => value.push('\t'),
                    Some('r') => value.push('\r'),
                    Some('0') => value.push('\0'),
                    Some('x') => {
                        let hex: String = chars[i..i + 2].iter().map(|c| c.1).collect();
                        value.push(char::from(u8::from_str_radix(&hex, 16).unwrap_or(b'?')));
                        i += 2;
                    }
                    Some('u') => {
                        let hex: String = chars[i + 1..].iter().map(|c| c.1).take_while(|&c| c != '}').collect();
                        value.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('\u{fffd}'));
                        i += hex.chars().count() + 2;
                    }
                    // A line continuation: the line break and the next line's indent vanish.
                    Some('\n') | Some('\r') => {
                        while at(i).is_some_and(char::is_whitespace) {
                            i += 1;
                        }
                    }
                    Some(other) => value.push(other),
                    None => {}
                }
            }
            c => value.push(c),
        }
    }
    (value, i)
}

/// `{0}`, `{1}`… in a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = &rest[open..];
        match rest[1..].find('}') {
            Some(close) if close > 0 && rest[1..=close].bytes().all(|b| b.is_ascii_digit()) => {
                out.insert(&rest[..close + 2]);
                rest = &rest[close + 2..];
            }
            _ => rest = &rest[1..],
        }
    }
    out
}

fn list(set: &BTreeSet<&str>) -> String {
    if set.is_empty() {
        "none".into()
    } else {
        set.iter().copied().collect::<Vec<_>>().join(", ")
    }
}

/// Checks the messages against the catalogs (`files[i]` is `LANGS[i]`'s, name and text) and
/// adds the dataset's translations: every language's (English, translation) pairs, or every
/// problem found.
pub fn build(messages: &[Message], files: [(&str, &str); 2], dataset: &[Translation]) -> Result<[BTreeMap<String, String>; 2], Vec<String>> {
    let mut problems = Vec::new();
    let mut used: BTreeMap<&str, &str> = BTreeMap::new();
    for m in messages {
        used.entry(&m.en).or_insert(&m.at);
    }
    let mut out: [BTreeMap<String, String>; 2] = Default::default();
    for (lang, (name, text)) in files.iter().enumerate() {
        let catalog: BTreeMap<String, String> = match toml::from_str(text) {
            Ok(c) => c,
            Err(e) => {
                problems.push(format!("{name} is not a table of \"English\" = \"translation\" lines: {e}"));
                continue;
            }
        };
        for (en, at) in &used {
            if !catalog.contains_key(*en) {
                problems.push(format!("{name}: missing {en:?} (used at {at})"));
            }
        }
        for (en, translation) in &catalog {
            if !used.contains_key(en.as_str()) {
                problems.push(format!("{name}: {en:?} is not used by any .tr(\"…\") under src/; remove it"));
            }
            check_pair(&mut problems, name, en, translation);
        }
        out[lang] = catalog;
    }
    // The dataset's texts: one translation per English text, in the catalogs as in the data.
    let mut from_data: BTreeMap<&str, &Translation> = BTreeMap::new();
    for t in dataset {
        for (lang, translation) in [t.fr, t.zh].into_iter().enumerate() {
            check_pair(&mut problems, &format!("data/dataset.toml ({}, {})", t.place, LANGS[lang]), t.en, translation);
            match out[lang].get(t.en) {
                Some(other) if other != translation => {
                    let (earlier, place) = match from_data.get(t.en) {
                        Some(first) => ("data/dataset.toml", first.place.as_str()),
                        None => (files[lang].0, "the interface's message"),
                    };
                    problems.push(format!(
                        "{:?} is translated two ways in {}: {translation:?} (data/dataset.toml, {}) and {other:?} ({earlier}, {place}); give the texts the same translation or different English",
                        t.en, LANGS[lang], t.place
                    ));
                }
                _ => {
                    out[lang].insert(t.en.to_string(), translation.to_string());
                }
            }
        }
        from_data.entry(t.en).or_insert(t);
    }
    let mut keys: BTreeMap<u64, &str> = BTreeMap::new();
    for en in out.iter().flat_map(|c| c.keys()) {
        match keys.insert(wire::key(en), en) {
            Some(other) if other != en => problems.push(format!("{other:?} and {en:?} have the same key {:016x}: reword one", wire::key(en))),
            _ => {}
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// A translation is not empty and has exactly the English text's placeholders.
fn check_pair(problems: &mut Vec<String>, name: &str, en: &str, translation: &str) {
    if translation.trim().is_empty() {
        problems.push(format!("{name}: {en:?} has an empty translation"));
    }
    let (want, have) = (placeholders(en), placeholders(translation));
    if want != have {
        problems.push(format!("{name}: {en:?} has the placeholders {} but its translation {translation:?} has {}", list(&want), list(&have)));
    }
}

/// A language's pairs in the wire format, by key.
pub fn wire_text(pairs: &BTreeMap<String, String>) -> String {
    let mut entries: Vec<(u64, &str)> = pairs.iter().map(|(en, t)| (wire::key(en), t.as_str())).collect();
    entries.sort_unstable_by_key(|e| e.0);
    wire::encode(entries)
}
