//! The app's three languages. English is written in the code, where it is used, and is the
//! message id: `lang.tr("Copy link to this view")`. French and Chinese live in one catalog per
//! language (`i18n/fr.toml`, `i18n/zh.toml`, checked and turned into the wire format of
//! `wire` by build.rs, with the dataset's own translations), looked up by the hash of the
//! English text. Natively both catalogs are compiled in; the WebAssembly carries neither and
//! loads the reader's language's at run time (`load`). Strings with values use numbered
//! placeholders (`fill`), since word order differs between the languages. Locale rules that
//! are not words (number separators, punctuation templates) stay as `pick`.

use crate::data::Text3;
use std::sync::OnceLock;

mod wire;

pub use wire::key;

crate::keyed_enum!(
    /// English, French (the seed article's language) and Simplified Chinese.
    Lang { En = "en", Fr = "fr", Zh = "zh" }
);

impl Lang {
    /// The language for a browser language tag ("fr-CA" → French, "zh-Hans-CN" → Chinese);
    /// anything else reads English.
    pub fn from_tag(tag: &str) -> Lang {
        Lang::known(tag).unwrap_or(Lang::En)
    }

    fn known(tag: &str) -> Option<Lang> {
        Lang::parse(&tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase())
    }

    /// The first of the browser's preferred languages the app has, else English.
    pub fn from_tags<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::known).unwrap_or(Lang::En)
    }

    /// The message `en` in this language: `en` itself in English, else its translation from
    /// the language's catalog, or `en` if the catalog is not loaded (which the app avoids).
    pub fn tr(self, en: &'static str) -> &'static str {
        translate(catalog(self), en)
    }

    /// One of three values by language: for locale rules that are not words.
    pub fn pick<T>(self, en: T, fr: T, zh: T) -> T {
        match self {
            Lang::En => en,
            Lang::Fr => fr,
            Lang::Zh => zh,
        }
    }

    /// Between the items of a list: French puts a space before the semicolon, Chinese has
    /// its own full-width one.
    pub fn list_separator(self) -> &'static str {
        self.pick("; ", " ; ", "；")
    }

    /// "label: text", punctuated the language's way.
    pub fn labelled(self, label: &str, text: &str) -> String {
        fill(self.pick("{0}: {1}", "{0} : {1}", "{0}：{1}"), &[label, text])
    }

    /// The language as `<html lang>`, `hreflang` and RIS name it.
    pub fn html_tag(self) -> &'static str {
        self.pick("en", "fr", "zh-Hans")
    }

    /// The language's own name, for the language switch: written in the code, since every
    /// button shows its language's name whichever catalog is loaded.
    pub fn name(self) -> &'static str {
        self.pick("English", "Français", "中文")
    }
}

impl Text3 {
    /// The dataset's text in `lang`; its translations are in the catalogs, from dataset.toml.
    pub fn get(&self, lang: Lang) -> &'static str {
        lang.tr(self.en)
    }
}

/// A catalog: (key, translation), sorted by key.
type Catalog = Vec<(u64, &'static str)>;

static CATALOGS: [OnceLock<Catalog>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> Option<&'static OnceLock<Catalog>> {
    match lang {
        Lang::En => None,
        Lang::Fr => Some(&CATALOGS[0]),
        Lang::Zh => Some(&CATALOGS[1]),
    }
}

/// The language's catalog if it is loaded; natively the compiled-in one, loaded on first use.
fn catalog(lang: Lang) -> Option<&'static [(u64, &'static str)]> {
    let slot = slot(lang)?;
    #[cfg(not(target_arch = "wasm32"))]
    let catalog = slot.get_or_init(|| leak(wire::parse(catalog_text(lang)).expect("build.rs writes valid catalogs")));
    #[cfg(target_arch = "wasm32")]
    let catalog = slot.get()?;
    Some(catalog)
}

/// `en` translated by `catalog`; `en` itself without a catalog or without that message.
fn translate(catalog: Option<&[(u64, &'static str)]>, en: &'static str) -> &'static str {
    let Some(catalog) = catalog else { return en };
    catalog.binary_search_by_key(&key(en), |e| e.0).map_or(en, |i| catalog[i].1)
}

/// A catalog lives as long as the program, so its texts are leaked into `'static` ones.
fn leak(entries: Vec<(u64, String)>) -> Catalog {
    entries.into_iter().map(|(k, text)| (k, &*Box::leak(text.into_boxed_str()))).collect()
}

/// Checks a catalog in the wire format and installs it as `lang`'s, unless `lang` already has
/// one (then nothing changes: a second load is a no-op, and natively the compiled-in catalog
/// is always there). English needs none.
pub fn load(lang: Lang, text: &str) -> Result<(), String> {
    let entries = wire::parse(text)?;
    if let Some(slot) = slot(lang).filter(|_| !is_loaded(lang)) {
        let _ = slot.set(leak(entries));
    }
    Ok(())
}

/// Whether `tr` can translate into `lang` (always for English, and natively).
pub fn is_loaded(lang: Lang) -> bool {
    lang == Lang::En || catalog(lang).is_some()
}

/// The catalog of `lang` in the wire format, as the web app fetches it (`dist/i18n/fr.txt`,
/// `zh.txt`); empty for English. Native only: the WebAssembly carries no catalog.
#[cfg(not(target_arch = "wasm32"))]
pub fn catalog_text(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::Fr => include_str!(concat!(env!("OUT_DIR"), "/catalog_fr.txt")),
        Lang::Zh => include_str!(concat!(env!("OUT_DIR"), "/catalog_zh.txt")),
    }
}

/// `template` with `{0}`, `{1}`… replaced by `args`; an unknown placeholder is kept as is.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let arg = after.as_bytes().first().filter(|_| after.as_bytes().get(1) == Some(&b'}')).and_then(|d| args.get(usize::from(d.wrapping_sub(b'0'))));
        match arg {
            Some(a) => {
                out.push_str(a);
                rest = &after[2..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_choose_the_language() {
        assert_eq!(Lang::from_tag("fr-CA"), Lang::Fr);
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Lang::Zh);
        assert_eq!(Lang::from_tag("ZH_tw"), Lang::Zh);
        assert_eq!(Lang::from_tag("de-DE"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
        assert_eq!(Lang::from_tags(["de", "fr-FR", "en"]), Lang::Fr);
        assert_eq!(Lang::from_tags(["en-GB", "zh"]), Lang::En, "the first language the app has wins");
    }

    #[test]
    fn the_wire_format_round_trips_backslashes_and_line_breaks() {
        let texts = ["plain", "a \\ b", "two\nlines", "\\n is no line break", "tab\tstays", "«\u{a0}x\u{a0}» 1\u{202f}000", "ends with \\"];
        let text = wire::encode(texts.iter().map(|t| (key(t), *t)));
        assert_eq!(text.lines().count(), texts.len(), "{text}");
        let mut expected: Vec<(u64, String)> = texts.iter().map(|t| (key(t), t.to_string())).collect();
        expected.sort();
        assert_eq!(wire::parse(&text), Ok(expected));
    }

    #[test]
    fn a_bad_catalog_is_an_error_not_a_panic() {
        let bad = [
            "no tab",
            "0123\tshort key",
            "0123456789ABCDEF\tupper-case key",
            "+123456789abcdef\tsigned key",
            "0123456789abcdef\ta \\t escape",
            "0123456789abcdef\ttrailing \\",
            "0123456789abcdef\ta\n0123456789abcdef\tthe same key",
        ];
        for text in bad {
            assert!(load(Lang::Fr, text).is_err(), "{text:?}");
        }
        assert_eq!(load(Lang::Zh, "0123456789abcdef\tx\n"), Ok(()), "a good catalog, once Chinese has one: no change");
        assert_eq!(Lang::Zh.tr("Explore"), "探索");
    }

    #[test]
    fn without_its_catalog_a_language_reads_english() {
        let catalog = leak(wire::parse(&wire::encode([(key("Dismiss"), "Fermer")])).expect("valid"));
        assert_eq!(translate(Some(&catalog), "Dismiss"), "Fermer");
        assert_eq!(translate(Some(&catalog), "Explore"), "Explore", "a message the catalog lacks");
        assert_eq!(translate(None, "Dismiss"), "Dismiss", "no catalog loaded");
    }

    #[test]
    fn every_catalog_entry_is_translated() {
        for lang in [Lang::Fr, Lang::Zh] {
            assert!(is_loaded(lang), "natively the catalogs are compiled in");
            let entries = wire::parse(catalog_text(lang)).expect("build.rs writes valid catalogs");
            assert!(entries.len() > 200, "{lang:?}: {} entries", entries.len());
            for (k, text) in &entries {
                assert!(!text.trim().is_empty(), "{lang:?}: {k:016x} is empty");
            }
        }
        assert!(is_loaded(Lang::En) && catalog_text(Lang::En).is_empty());
    }

    #[test]
    fn messages_and_dataset_texts_come_back_translated() {
        const EXPLORE: u64 = key("Explore");
        assert_eq!(EXPLORE, key(&String::from("Explore")), "the same key at compile and run time");
        assert_eq!((key(""), key("a")), (0xcbf2_9ce4_8422_2325, 0xaf63_dc4c_8601_ec8c), "FNV-1a's published values");
        assert_eq!((Lang::En.tr("Explore"), Lang::Fr.tr("Explore"), Lang::Zh.tr("Explore")), ("Explore", "Explorer", "探索"));
        assert_eq!(Lang::Fr.tr("'New three' exports"), "Exportations des «\u{a0}trois nouveaux\u{a0}»");
        let label = crate::data::DATASET.metric("nev-production").expect("a metric").label;
        assert_eq!([Lang::En, Lang::Fr, Lang::Zh].map(|l| label.get(l)), ["NEV production", "Production de VEN", "新能源汽车产量"]);
    }

    #[test]
    fn placeholders_are_filled_in_any_order() {
        assert_eq!(fill("{1} après {0}", &["a", "b"]), "b après a");
        assert_eq!(fill("{0}年{1}", &["2024", "上半年"]), "2024年上半年");
        assert_eq!(fill("{9} {x} {", &["a"]), "{9} {x} {");
    }
}
