//! A language's catalog as it travels: plain UTF-8 text, one message a line, the key (16
//! lowercase hex digits of the English text's hash), a tab, then the translation with `\`
//! written `\\` and line breaks `\n`. No dependencies, so that build.rs, which writes the
//! catalogs, includes this file and hashes exactly as the app does.

/// The key of a message: the 64-bit FNV-1a hash of its English text.
pub const fn key(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    hash
}

/// The catalog text of `(key, translation)` pairs, in the order given.
#[cfg_attr(not(test), allow(dead_code))] // written by build.rs; the app only reads
pub fn encode<'a>(entries: impl IntoIterator<Item = (u64, &'a str)>) -> String {
    let mut out = String::new();
    for (key, text) in entries {
        out.push_str(&format!("{key:016x}\t"));
        for c in text.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c => out.push(c),
            }
        }
        out.push('\n');
    }
    out
}

/// The pairs of a catalog text, sorted by key; an error names the first bad line.
pub fn parse(text: &str) -> Result<Vec<(u64, String)>, String> {
    let mut entries = Vec::new();
    for (i, line) in text.split('\n').enumerate().filter(|(_, l)| !l.is_empty()) {
        let bad = |why: &str| format!("catalog line {}: {why}", i + 1);
        let (hex, escaped) = line.split_once('\t').ok_or_else(|| bad("no tab after the key"))?;
        let lowercase_hex = hex.len() == 16 && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        let key = u64::from_str_radix(hex, 16).ok().filter(|_| lowercase_hex).ok_or_else(|| bad("the key is not 16 lowercase hex digits"))?;
        let mut text = String::with_capacity(escaped.len());
        let mut chars = escaped.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                text.push(c);
                continue;
            }
            match chars.next() {
                Some('\\') => text.push('\\'),
                Some('n') => text.push('\n'),
                _ => return Err(bad("a backslash not followed by \\ or n")),
            }
        }
        entries.push((key, text));
    }
    entries.sort_unstable_by_key(|e| e.0);
    if let Some(pair) = entries.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(format!("catalog: key {:016x} is given twice", pair[0].0));
    }
    Ok(entries)
}
