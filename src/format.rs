//! How figures read on screen: numbers, units, qualifiers, periods and bases. Pure functions,
//! so every card, table, chart label and summary writes a figure the same way.

use crate::data::{Basis, DatePart, Entity, Figure, Period, Published, Qualifier, Sector, Source, TextLang, Unit, UNRECORDED, WITHHELD};
use crate::i18n::{fill, Lang};

/// `value` with `decimals` digits after the point, trailing zeros dropped, thousands grouped
/// the reader's way: "1,733,000.5", "1 733 000,5" (narrow no-break spaces), and in Chinese
/// like English except that four-digit numbers stay whole ("3000亿元").
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let (group, point) = lang.pick((",", "."), ("\u{202f}", ","), (",", "."));
    let grouping = !(lang == Lang::Zh && int.len() <= 4);
    let mut out = String::new();
    if value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if grouping && i > 0 && (int.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push_str(point);
        out.push_str(frac);
    }
    out
}

/// Up to three significant digits: 1.733 -> "1.73", 16.5 -> "16.5", 300 -> "300".
pub fn significant(value: f64, lang: Lang) -> String {
    let magnitude = value.abs();
    let decimals = if magnitude >= 100.0 {
        0
    } else if magnitude >= 10.0 {
        1
    } else {
        2
    };
    number(value, decimals, lang)
}

/// "21.1%", "21,1 %" (French puts a no-break space before the sign).
pub fn percent(value: f64, decimals: usize, lang: Lang) -> String {
    format!("{}{}", number(value, decimals, lang), lang.pick("%", "\u{a0}%", "%"))
}

/// A French count word: singular below two ("1,73 million"), plural from two.
fn fr_plural(value: f64, singular: &'static str, plural: &'static str) -> &'static str {
    if value.abs() < 2.0 {
        singular
    } else {
        plural
    }
}

/// A scale word for large values of a unit, chosen from the value's size: "300 bn yuan",
/// "300 milliards de yuans", "3000亿元"; "1.73 million vehicles", "173万辆".
pub fn scaled(value: f64, unit: Unit, lang: Lang) -> String {
    let v = value.abs();
    let sig = |divisor: f64| significant(value / divisor, lang);
    match (lang, unit) {
        (Lang::En, Unit::Cny) if v >= 1e12 => format!("{} tn yuan", sig(1e12)),
        (Lang::En, Unit::Cny) if v >= 1e9 => format!("{} bn yuan", sig(1e9)),
        (Lang::En, Unit::Cny) if v >= 1e6 => format!("{} m yuan", sig(1e6)),
        (Lang::En, Unit::Vehicles) if v >= 1e6 => format!("{} million vehicles", sig(1e6)),
        // French billions are 10^12, which readers misread: milliards up to the largest value.
        (Lang::Fr, Unit::Cny) if v >= 1e9 => format!("{} {} de yuans", sig(1e9), fr_plural(v / 1e9, "milliard", "milliards")),
        (Lang::Fr, Unit::Cny) if v >= 1e6 => format!("{} {} de yuans", sig(1e6), fr_plural(v / 1e6, "million", "millions")),
        (Lang::Fr, Unit::Vehicles) if v >= 1e6 => format!("{} {} de véhicules", sig(1e6), fr_plural(v / 1e6, "million", "millions")),
        (Lang::Zh, Unit::Cny) if v >= 1e12 => format!("{}万亿元", sig(1e12)),
        (Lang::Zh, Unit::Cny) if v >= 1e8 => format!("{}亿元", sig(1e8)),
        (Lang::Zh, Unit::Cny) if v >= 1e4 => format!("{}万元", sig(1e4)),
        (Lang::Zh, Unit::Vehicles) if v >= 1e4 => format!("{}万辆", sig(1e4)),
        _ => exact(value, unit, lang),
    }
}

/// The exact value, all published digits: "1,733,000 vehicles", "300,000,000,000 yuan".
pub fn exact(value: f64, unit: Unit, lang: Lang) -> String {
    let digits = if value.fract() == 0.0 { 0 } else { 4 };
    let n = number(value, digits, lang);
    let template = match unit {
        Unit::Cny => lang.tr("{0} yuan"),
        Unit::Vehicles => lang.tr("{0} vehicles"),
        Unit::Percent => return percent(value, digits, lang),
        Unit::Firms => lang.tr("{0} firms"),
        Unit::CnyPerUsd => lang.tr("{0} yuan per US dollar"),
    };
    fill(template, &[&n])
}

/// The sign a qualifier puts before a value: "> 300 bn yuan" is a lower bound.
pub fn qualifier_prefix(q: Qualifier, lang: Lang) -> &'static str {
    match q {
        Qualifier::LowerBound => "> ",
        Qualifier::Approx => "≈ ",
        Qualifier::Target => lang.tr("target "),
        Qualifier::Estimate => lang.tr("est. "),
        Qualifier::Exact | Qualifier::Derived => "",
    }
}

pub fn qualifier_words(q: Qualifier, lang: Lang) -> &'static str {
    match q {
        Qualifier::Exact => lang.tr("as published"),
        Qualifier::LowerBound => lang.tr("a lower bound: the true value is higher"),
        Qualifier::Approx => lang.tr("an approximation"),
        Qualifier::Target => lang.tr("a target, not an outcome"),
        Qualifier::Estimate => lang.tr("an estimate"),
        Qualifier::Derived => lang.tr("derived from other figures"),
    }
}

/// A figure's value in words, the way its source qualifies it, for a sentence: "more than 1.73
/// million vehicles", "about 22.3%", "a target of 1 tn yuan".
pub fn qualified(figure: &Figure, unit: Unit, lang: Lang) -> String {
    let template = match figure.qualifier {
        Qualifier::LowerBound => lang.tr("more than {0}"),
        Qualifier::Approx => lang.tr("about {0}"),
        Qualifier::Target => lang.tr("a target of {0}"),
        Qualifier::Estimate => lang.tr("an estimated {0}"),
        Qualifier::Exact | Qualifier::Derived => "{0}",
    };
    fill(template, &[&scaled(figure.value, unit, lang)])
}

/// A figure's value the way its source qualifies it: "> 1.73 million vehicles".
pub fn figure_value(figure: &Figure, unit: Unit, lang: Lang) -> String {
    format!("{}{}", qualifier_prefix(figure.qualifier, lang), scaled(figure.value, unit, lang))
}

/// "+104.2%", "-3.1%", "+104,2 %".
pub fn growth(pct: f64, lang: Lang) -> String {
    let sign = if pct > 0.0 { "+" } else { "" };
    format!("{sign}{}", percent(pct, 2, lang))
}

/// A month's abbreviation: "Oct", "oct.", "10月".
fn month(m: u8, lang: Lang) -> String {
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const FR: [&str; 12] = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    let i = usize::from(m.clamp(1, 12) - 1);
    match lang {
        Lang::En => EN[i].to_string(),
        Lang::Fr => FR[i].to_string(),
        Lang::Zh => format!("{}月", i + 1),
    }
}

/// The part of the year a period covers, without its year: "H1", "Jan-Sep", "Jan-Nov", "Oct";
/// "1er semestre", "janv.-sept.", "janv.-nov."; "上半年", "1-9月", "1-11月", "10月". `None`
/// for a whole year.
pub fn part_of_year(p: Period, lang: Lang) -> Option<String> {
    let half = |h: u8, first: &'static str, second: &'static str| if h == 1 { first } else { second }.to_string();
    Some(match (lang, p) {
        (_, Period::Year(_)) => return None,
        (Lang::En, Period::Half(_, h)) => format!("H{h}"),
        (Lang::Fr, Period::Half(_, h)) => half(h, "1er semestre", "2e semestre"),
        (Lang::Zh, Period::Half(_, h)) => half(h, "上半年", "下半年"),
        (Lang::Zh, Period::Quarters { from, to, .. }) => format!("{}-{}月", from * 3 - 2, to * 3),
        (_, Period::Quarters { from, to, .. }) => format!("{}-{}", month(from * 3 - 2, lang), month(to * 3, lang)),
        (Lang::Zh, Period::Months { from, to, .. }) => format!("{from}-{to}月"),
        (_, Period::Months { from, to, .. }) => format!("{}-{}", month(from, lang), month(to, lang)),
        (_, Period::Month(_, m)) => month(m, lang),
    })
}

/// "2023", "H1 2024", "Jan-Sep 2024", "Oct 2024"; "1er semestre 2024"; "2024年上半年".
pub fn period(p: Period, lang: Lang) -> String {
    let year = p.year();
    match (lang, part_of_year(p, lang)) {
        (Lang::Zh, part) => format!("{year}年{}", part.unwrap_or_default()),
        (_, Some(part)) => format!("{part} {year}"),
        (_, None) => year.to_string(),
    }
}

/// A period as the end of a sentence says it: "in 2023", "in H1 2024"; "en 2023", "au 1er
/// semestre 2024", "en oct. 2024"; "2023年".
pub fn in_period(p: Period, lang: Lang) -> String {
    let words = period(p, lang);
    match (lang, p) {
        (Lang::En, _) => format!("in {words}"),
        (Lang::Fr, Period::Half(..)) => format!("au {words}"),
        (Lang::Fr, _) => format!("en {words}"),
        (Lang::Zh, _) => words,
    }
}

/// When a source was published, as precisely as it is known: "2025-02-25" (the same in every
/// language), "Feb 2025", "2025", "early 2026" / "début 2026" / "2026年初", "date unknown".
pub fn published(p: Published, lang: Lang) -> String {
    let year = |y: u16| y.to_string();
    match p {
        Published::Day(y, m, d) => format!("{y}-{m:02}-{d:02}"),
        Published::Month(y, m) => period(Period::Month(y, m), lang),
        Published::Year(y) => period(Period::Year(y), lang),
        Published::Part(DatePart::Early, y) => fill(lang.tr("early {0}"), &[&year(y)]),
        Published::Part(DatePart::Mid, y) => fill(lang.tr("mid-{0}"), &[&year(y)]),
        Published::Part(DatePart::Late, y) => fill(lang.tr("late {0}"), &[&year(y)]),
        Published::Unknown => lang.tr("date unknown").to_string(),
    }
}

/// A source in a line: the outlet (marked when the text is read on a copy) and its date.
pub fn source(s: &Source, l: Lang) -> String {
    let outlet = outlet(s, l);
    let name = match s.mirror_of {
        Some(_) => fill(l.tr("{0} (copy)"), &[outlet]),
        None => outlet.to_string(),
    };
    fill(l.pick("{0}, {1}", "{0}, {1}", "{0}，{1}"), &[&name, &published(s.published, l)])
}

/// A source in a cell of the downloads: the outlet, the site the text was read on where it is a
/// copy, and the date: "China News Service (copy on igo9go.com), 2025-02-25", "HK01, date
/// inconnue" (the outlets' names as they are, the app's words in the reader's language).
pub fn source_record(s: &Source, l: Lang) -> String {
    let who = match s.mirror_of {
        Some(_) => fill(l.tr("{0} (copy on {1})"), &[outlet(s, l), publisher(s, l)]),
        None => publisher(s, l).to_string(),
    };
    fill(l.pick("{0}, {1}", "{0}, {1}", "{0}，{1}"), &[&who, &published(s.published, l)])
}

/// The outlet a source is known by (the original, for a copy), in Chinese where it has a
/// Chinese name and the reader reads Chinese.
pub fn outlet(s: &Source, lang: Lang) -> &'static str {
    s.outlet(lang == Lang::Zh)
}

/// Who published the text where it was read: the site, or for a copy whose site was not
/// noted, words saying so.
pub fn publisher(s: &Source, lang: Lang) -> &'static str {
    match s.publisher {
        UNRECORDED => lang.tr("a site not recorded"),
        WITHHELD => lang.tr("a site not linked (it carries spam)"),
        name if lang == Lang::Zh => s.publisher_zh.unwrap_or(name),
        name => name,
    }
}

/// Items of a list in a sentence: "2024 and 2025", "2024 et 2025", "2024年和2025年"; with more,
/// commas (Chinese: 、) before the last pair.
pub fn and_list(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => fill(lang.tr("{0} and {1}"), &[&init.join(lang.pick(", ", ", ", "、")), last]),
    }
}

/// A text's language, as the reader names it: "Chinese", "chinois", "中文".
pub fn text_lang(t: TextLang, lang: Lang) -> &'static str {
    match t {
        TextLang::En => lang.tr("English"),
        TextLang::Fr => lang.tr("French"),
        TextLang::ZhHans | TextLang::ZhHant => lang.tr("Chinese"),
    }
}

pub fn basis(b: Basis, lang: Lang) -> &'static str {
    match b {
        Basis::Volume => lang.tr("volume (vehicles)"),
        Basis::GrossOutput => lang.tr("gross output"),
        Basis::ValueAdded => lang.tr("value added"),
        Basis::ExportValue => lang.tr("export value"),
        Basis::FundSize => lang.tr("fund size"),
        Basis::CoreIndustry => lang.tr("core industry scale"),
        Basis::Target => lang.tr("target"),
        Basis::Share => lang.tr("share"),
        Basis::Count => lang.tr("count"),
        Basis::AnnualAverage => lang.tr("annual average"),
        Basis::Sales => lang.tr("sales (vehicles sold)"),
        Basis::Revenue => lang.tr("revenue"),
        Basis::IndustryScale => lang.tr("industry scale"),
    }
}

pub fn sector(s: Sector, lang: Lang) -> &'static str {
    match s {
        Sector::Ai => lang.tr("Artificial intelligence"),
        Sector::Nev => lang.tr("New-energy vehicles"),
        Sector::Biomed => lang.tr("Biomedicine and medical devices"),
        Sector::Economy => lang.tr("Economy"),
        Sector::Fx => lang.tr("Exchange rates"),
    }
}

pub fn sector_short(s: Sector, lang: Lang) -> &'static str {
    match s {
        Sector::Ai => lang.tr("AI"),
        Sector::Nev => lang.tr("NEV"),
        Sector::Biomed => lang.tr("Biomedicine"),
        Sector::Economy => lang.tr("Economy"),
        Sector::Fx => lang.tr("Exchange rate"),
    }
}

/// A place's name in a language, as the data file gives it.
pub fn entity(e: Entity, lang: Lang) -> &'static str {
    crate::data::DATASET.place(e).name.get(lang)
}

/// The place a figure is about, or none (an exchange rate is about no place).
pub fn place_of(f: &Figure, lang: Lang) -> &'static str {
    f.entity.map_or("", |e| entity(e, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    use Lang::{En, Fr, Zh};

    #[test]
    fn numbers_group_thousands_and_drop_trailing_zeros() {
        assert_eq!(number(1_733_000.0, 0, En), "1,733,000");
        assert_eq!(number(104.20, 2, En), "104.2");
        assert_eq!(number(-0.001, 1, En), "0");
        assert_eq!(number(-12.5, 1, En), "-12.5");
        assert_eq!(significant(1.733, En), "1.73");
    }

    #[test]
    fn numbers_follow_the_readers_locale() {
        assert_eq!(number(1_733_000.5, 1, Fr), "1\u{202f}733\u{202f}000,5");
        assert_eq!(number(3000.0, 0, Zh), "3000");
        assert_eq!(number(1_733_000.0, 0, Zh), "1,733,000");
        assert_eq!(growth(104.2, Fr), "+104,2\u{a0}%");
        assert_eq!(growth(-3.1, Zh), "-3.1%");
    }

    #[test]
    fn values_read_with_their_unit_and_scale() {
        assert_eq!(scaled(1.73e6, Unit::Vehicles, En), "1.73 million vehicles");
        assert_eq!(scaled(300e9, Unit::Cny, En), "300 bn yuan");
        assert_eq!(scaled(3.68e12, Unit::Cny, En), "3.68 tn yuan");
        assert_eq!(scaled(848_800.0, Unit::Vehicles, En), "848,800 vehicles");
    }

    #[test]
    fn french_and_chinese_scale_words() {
        assert_eq!(scaled(1.73e6, Unit::Vehicles, Fr), "1,73 million de véhicules");
        assert_eq!(scaled(2.9353e6, Unit::Vehicles, Fr), "2,94 millions de véhicules");
        assert_eq!(scaled(300e9, Unit::Cny, Fr), "300 milliards de yuans");
        assert_eq!(scaled(3.68e12, Unit::Cny, Fr), "3\u{202f}680 milliards de yuans");
        assert_eq!(scaled(1.73e6, Unit::Vehicles, Zh), "173万辆");
        assert_eq!(scaled(848_800.0, Unit::Vehicles, Zh), "84.9万辆");
        assert_eq!(scaled(300e9, Unit::Cny, Zh), "3000亿元");
        assert_eq!(scaled(16.5e9, Unit::Cny, Zh), "165亿元");
        assert_eq!(scaled(3.68e12, Unit::Cny, Zh), "3.68万亿元");
        assert_eq!(scaled(22.3, Unit::Percent, Fr), "22,3\u{a0}%");
    }

    #[test]
    fn periods_read_naturally() {
        assert_eq!(period(Period::Half(2024, 1), En), "H1 2024");
        assert_eq!(period(Period::Quarters { year: 2024, from: 1, to: 3 }, En), "Jan-Sep 2024");
        assert_eq!(period(Period::Month(2024, 10), En), "Oct 2024");
        assert_eq!(period(Period::Half(2024, 1), Fr), "1er semestre 2024");
        assert_eq!(period(Period::Quarters { year: 2024, from: 1, to: 3 }, Fr), "janv.-sept. 2024");
        assert_eq!(period(Period::Half(2024, 1), Zh), "2024年上半年");
        assert_eq!(period(Period::Quarters { year: 2024, from: 1, to: 3 }, Zh), "2024年1-9月");
        assert_eq!(period(Period::Month(2024, 10), Zh), "2024年10月");
        assert_eq!(period(Period::Year(2023), Zh), "2023年");
    }

    #[test]
    fn year_to_date_months_read_in_each_language() {
        let jan_nov = Period::Months { year: 2025, from: 1, to: 11 };
        assert_eq!(period(jan_nov, En), "Jan-Nov 2025");
        assert_eq!(period(jan_nov, Fr), "janv.-nov. 2025");
        assert_eq!(period(jan_nov, Zh), "2025年1-11月");
        assert_eq!(period(Period::Months { year: 2025, from: 1, to: 7 }, Fr), "janv.-juil. 2025");
    }

    #[test]
    fn publication_dates_say_how_precisely_they_are_known() {
        let p = |t: &str| Published::parse(t).expect(t);
        assert_eq!(published(p("2025-02-25"), Zh), "2025-02-25");
        assert_eq!(published(p("2025-02"), Fr), "févr. 2025");
        assert_eq!(published(p("2025"), Zh), "2025年");
        assert_eq!(published(p("early 2026"), En), "early 2026");
        assert_eq!(published(p("early 2026"), Fr), "début 2026");
        assert_eq!(published(p("late 2025"), Zh), "2025年底");
        assert_eq!(published(p("unknown"), Fr), "date inconnue");
        for bad in ["2025-13", "2025-2-5", "soon 2025", "Early 2026", "", "2025-02-25-01"] {
            assert_eq!(Published::parse(bad), None, "{bad}");
        }
    }
}
