//! The scripts read against `NAMES`, and the reader's language rule against its cases.

use super::*;
use std::collections::BTreeSet;

const FIRST_SCREEN_JS: &str = include_str!("../../public/first-screen.js");
const BOOT_JS: &str = include_str!("../../public/boot.js");
const READER_LANGUAGES: &str = include_str!("../../tests/reader-languages.txt");

fn source(script: Script) -> &'static str {
    match script {
        Script::FirstScreen => FIRST_SCREEN_JS,
        Script::Boot => BOOT_JS,
    }
}

/// The script's code without its comments (a `//` at a line's start or after a space: the
/// scripts hold no such text in a string).
fn code(script: &str) -> String {
    script.lines().map(|line| match line.find("//").filter(|&at| at == 0 || line[..at].ends_with(' ')) {
        Some(at) => &line[..at],
        None => line,
    }).collect::<Vec<_>>().join("\n")
}

/// The double-quoted or backquoted string literals in `code`, in order.
fn literals(code: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(open) = rest.find(['"', '`']) {
        let quote = rest.as_bytes()[open] as char;
        let after = &rest[open + 1..];
        let Some(close) = after.find(quote) else { break };
        found.push(&after[..close]);
        rest = &after[close + 1..];
    }
    found
}

/// The first string literal argument of each call of `function(` in `code`, and whether it is
/// followed by `+` (a prefix).
fn first_arguments<'a>(code: &'a str, function: &str) -> Vec<(&'a str, bool)> {
    let call = format!("{function}(");
    code.match_indices(&call).filter_map(|(at, _)| {
        let rest = &code[at + call.len()..];
        let inner = rest.strip_prefix('"')?;
        let end = inner.find('"')?;
        Some((&inner[..end], inner[end + 1..].trim_start().starts_with('+')))
    }).collect()
}

/// The ids (`#x`), classes (`.x`) and attributes (`[x`) a CSS selector names.
fn selector_names(selector: &str, names: &mut BTreeSet<(Kind, String)>) {
    let word = |s: &str| s.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect::<String>();
    for (at, c) in selector.char_indices() {
        let kind = match c {
            '#' => Kind::Id,
            '.' => Kind::Class,
            '[' => Kind::Attribute,
            _ => continue,
        };
        let name = word(&selector[at + 1..]);
        if !name.is_empty() {
            names.insert((kind, name));
        }
    }
}

/// `openedForPrint` -> `data-opened-for-print`.
fn dataset_attribute(camel: &str) -> String {
    camel.chars().fold("data-".to_string(), |mut out, c| {
        if c.is_ascii_uppercase() {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
        out
    })
}

/// Every handshake name a script uses: the globals it reads or sets, the attributes (`data-*`,
/// `aria-*`, `lang`), classes and element ids it names.
fn names_used(script: &str) -> BTreeSet<(Kind, String)> {
    let code = code(script);
    let mut names = BTreeSet::new();
    for (at, _) in code.match_indices("window.__") {
        let name: String = code[at + "window.".len()..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        names.insert((Kind::Global, name));
    }
    for function in ["querySelector", "querySelectorAll", "closest"] {
        for (selector, _) in first_arguments(&code, function) {
            selector_names(selector, &mut names);
        }
    }
    for (id, prefix) in first_arguments(&code, "getElementById") {
        names.insert((Kind::Id, if prefix { id.to_string() } else { id.trim_end_matches('-').to_string() }));
    }
    for function in ["getAttribute", "setAttribute", "removeAttribute", "hasAttribute"] {
        for (attribute, _) in first_arguments(&code, function) {
            names.insert((Kind::Attribute, attribute.to_string()));
        }
    }
    for function in ["getItem", "setItem", "removeItem"] {
        for (key, _) in first_arguments(&code, function) {
            names.insert((Kind::Storage, key.to_string()));
        }
    }
    for (key, _) in first_arguments(&code, "query.get") {
        names.insert((Kind::Query, key.to_string()));
    }
    for literal in literals(&code).into_iter().filter(|l| l.starts_with("data-")) {
        names.insert((Kind::Attribute, literal.to_string()));
    }
    for (at, _) in code.match_indices(".dataset.") {
        let camel: String = code[at + ".dataset.".len()..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        names.insert((Kind::Attribute, dataset_attribute(&camel)));
    }
    if code.contains("documentElement.lang") {
        names.insert((Kind::Attribute, LANG.to_string()));
    }
    // A class is named after `className` (`+= " x"`, `= "x"`, `.replace(" x", "")`), or in a
    // regular expression tested against it (`/x/.test(root.className)`).
    for line in code.lines().filter(|l| l.contains("className")) {
        let after = &line[line.find("className").unwrap_or(0)..];
        let tested = line.find(".test(").and_then(|at| line[..at].strip_suffix('/')).and_then(|s| s.rsplit('/').next());
        for class in literals(after).into_iter().chain(tested).flat_map(str::split_whitespace) {
            names.insert((Kind::Class, class.to_string()));
        }
    }
    names.retain(|(kind, name)| *kind != Kind::Attribute || name.starts_with("data-") || name.starts_with("aria-") || name == LANG);
    names
}

fn listed(script: Script) -> BTreeSet<(Kind, String)> {
    NAMES.iter().filter(|n| n.scripts.contains(&script)).map(|n| (n.kind, n.name.to_string())).collect()
}

#[test]
fn every_name_a_script_uses_is_listed_and_every_listed_name_is_used() {
    for script in [Script::FirstScreen, Script::Boot] {
        let (used, listed) = (names_used(source(script)), listed(script));
        let unlisted: Vec<_> = used.difference(&listed).collect();
        let unused: Vec<_> = listed.difference(&used).collect();
        assert!(unlisted.is_empty(), "{script:?} uses names handshake::NAMES lacks: {unlisted:?}");
        assert!(unused.is_empty(), "handshake::NAMES says {script:?} uses names it does not: {unused:?}");
    }
}

#[test]
fn the_reader_finds_a_scripts_names_of_every_kind() {
    let script = "var a = window.__one; el.closest(\"#two .three[data-four=x]\"); // window.__comment\n\
                  document.getElementById(\"five-\" + v); x.dataset.sixSeven = 1; root.className += \" eight\";\n query.get(\"nine\");";
    let used: Vec<_> = names_used(script).into_iter().map(|(k, n)| format!("{k:?} {n}")).collect();
    assert_eq!(used, ["Global __one", "Attribute data-four", "Attribute data-six-seven", "Class eight", "Class three", "Id five-", "Id two", "Query nine"]);
}

/// The script reads the link's query only for settings the app reads the same way.
#[test]
fn the_query_keys_a_script_reads_are_settings() {
    for n in NAMES.iter().filter(|n| n.kind == Kind::Query) {
        assert!(crate::view_state::Setting::parse(n.name).is_some(), "{} is not a setting's key", n.name);
    }
}

/// The first-screen script's list of the app's languages (`var langs = [...]`) is `Lang::ALL`.
#[test]
fn the_first_screen_script_knows_the_apps_languages() {
    let code = code(FIRST_SCREEN_JS);
    let line = code.lines().find(|l| l.trim_start().starts_with("var langs = [")).expect("var langs in first-screen.js");
    let keys: Vec<&str> = Lang::ALL.iter().map(|l| l.key()).collect();
    assert_eq!(literals(line), keys);
}

#[test]
fn no_name_is_listed_twice() {
    let names: BTreeSet<_> = NAMES.iter().map(|n| (n.kind, n.name)).collect();
    assert_eq!(names.len(), NAMES.len());
}

/// `languages ; language ; lang`, one case a line (`#` starts a comment).
fn reader_language_cases() -> Vec<(Vec<&'static str>, &'static str, Lang)> {
    READER_LANGUAGES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(|line| {
        let parts: Vec<&str> = line.split(';').map(str::trim).collect();
        assert_eq!(parts.len(), 3, "tests/reader-languages.txt: {line}");
        let lang = Lang::parse(parts[2]).unwrap_or_else(|| panic!("tests/reader-languages.txt: no language {}", parts[2]));
        (parts[0].split_whitespace().collect(), parts[1], lang)
    }).collect()
}

#[test]
fn the_reader_language_follows_one_rule() {
    let cases = reader_language_cases();
    assert!(cases.len() >= 6 && cases.iter().any(|(languages, _, _)| languages.is_empty()));
    for (languages, language, lang) in cases {
        assert_eq!(reader_lang(&languages, language), lang, "{languages:?} / {language:?}");
    }
}
