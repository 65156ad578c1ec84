//! The app's three languages. Every string a reader sees is written at its call site in all
//! three, `lang.pick("…", "…", "…")`, so a translation sits next to the text it translates
//! and a missing one does not compile. Strings with values use numbered placeholders
//! (`fill`), since word order differs between the languages.

use crate::data::Text3;

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

    /// The language's own name, for the language switch.
    pub fn name(self) -> &'static str {
        self.pick("English", "Français", "中文")
    }
}

impl Text3 {
    pub fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.en, self.fr, self.zh)
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
    fn placeholders_are_filled_in_any_order() {
        assert_eq!(fill("{1} après {0}", &["a", "b"]), "b après a");
        assert_eq!(fill("{0}年{1}", &["2024", "上半年"]), "2024年上半年");
        assert_eq!(fill("{9} {x} {", &["a"]), "{9} {x} {");
    }
}
