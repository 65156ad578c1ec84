//! How figures read on screen: numbers, units, qualifiers, periods and bases. Pure functions,
//! so every card, table, chart label and summary writes a figure the same way.

use crate::data::{Basis, Entity, Figure, Period, Qualifier, Sector, Unit};

/// `value` with `decimals` digits after the point, trailing zeros dropped, thousands grouped.
pub fn number(value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// Up to three significant digits: 1.733 -> "1.73", 16.5 -> "16.5", 300 -> "300".
pub fn significant(value: f64) -> String {
    let magnitude = value.abs();
    let decimals = if magnitude >= 100.0 {
        0
    } else if magnitude >= 10.0 {
        1
    } else {
        2
    };
    number(value, decimals)
}

/// A scale word for large values of a unit, chosen from the value's size.
pub fn scaled(value: f64, unit: Unit) -> String {
    let v = value.abs();
    match unit {
        Unit::Cny if v >= 1e12 => format!("{} tn yuan", significant(value / 1e12)),
        Unit::Cny if v >= 1e9 => format!("{} bn yuan", significant(value / 1e9)),
        Unit::Cny if v >= 1e6 => format!("{} m yuan", significant(value / 1e6)),
        Unit::Cny => format!("{} yuan", number(value, 0)),
        Unit::Vehicles if v >= 1e6 => format!("{} million vehicles", significant(value / 1e6)),
        Unit::Vehicles => format!("{} vehicles", number(value, 0)),
        Unit::Percent => format!("{}%", number(value, 1)),
        Unit::Firms => format!("{} firms", number(value, 0)),
        Unit::CnyPerUsd => format!("{} yuan per US dollar", number(value, 4)),
    }
}

/// The exact value, all published digits: "1,733,000 vehicles", "300,000,000,000 yuan".
pub fn exact(value: f64, unit: Unit) -> String {
    let digits = if value.fract() == 0.0 { 0 } else { 4 };
    let n = number(value, digits);
    match unit {
        Unit::Cny => format!("{n} yuan"),
        Unit::Vehicles => format!("{n} vehicles"),
        Unit::Percent => format!("{n}%"),
        Unit::Firms => format!("{n} firms"),
        Unit::CnyPerUsd => format!("{n} yuan per US dollar"),
    }
}

/// The sign a qualifier puts before a value: "> 300 bn yuan" is a lower bound.
pub fn qualifier_prefix(q: Qualifier) -> &'static str {
    match q {
        Qualifier::LowerBound => "> ",
        Qualifier::Approx => "≈ ",
        Qualifier::Target => "target ",
        Qualifier::Estimate => "est. ",
        Qualifier::Exact | Qualifier::Derived => "",
    }
}

pub fn qualifier_words(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "as published",
        Qualifier::LowerBound => "a lower bound: the true value is higher",
        Qualifier::Approx => "an approximation",
        Qualifier::Target => "a target, not an outcome",
        Qualifier::Estimate => "an estimate",
        Qualifier::Derived => "derived from other figures",
    }
}

/// A figure's value the way its source qualifies it: "> 1.73 million vehicles".
pub fn figure_value(figure: &Figure, unit: Unit) -> String {
    format!("{}{}", qualifier_prefix(figure.qualifier), scaled(figure.value, unit))
}

/// "+104.2%", "-3.1%".
pub fn growth(pct: f64) -> String {
    let sign = if pct > 0.0 { "+" } else { "" };
    format!("{sign}{}%", number(pct, 2))
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// "2023", "H1 2024", "Jan-Sep 2024", "Oct 2024".
pub fn period(p: Period) -> String {
    match p {
        Period::Year(y) => format!("{y}"),
        Period::Half(y, h) => format!("H{h} {y}"),
        Period::Quarters { year, from, to } => {
            format!("{}-{} {year}", MONTHS[usize::from(from - 1) * 3], MONTHS[usize::from(to) * 3 - 1])
        }
        Period::Month(y, m) => format!("{} {y}", MONTHS[usize::from(m.clamp(1, 12) - 1)]),
    }
}

pub fn basis(b: Basis) -> &'static str {
    match b {
        Basis::Volume => "volume (vehicles)",
        Basis::GrossOutput => "gross output",
        Basis::ValueAdded => "value added",
        Basis::ExportValue => "export value",
        Basis::FundSize => "fund size",
        Basis::CoreIndustry => "core industry scale",
        Basis::Target => "target",
        Basis::Share => "share",
        Basis::Count => "count",
        Basis::AnnualAverage => "annual average",
    }
}

pub fn sector(s: Sector) -> &'static str {
    match s {
        Sector::Ai => "Artificial intelligence",
        Sector::Nev => "New-energy vehicles",
        Sector::Biomed => "Biomedicine and medical devices",
        Sector::Economy => "Economy",
        Sector::Fx => "Exchange rates",
    }
}

pub fn sector_short(s: Sector) -> &'static str {
    match s {
        Sector::Ai => "AI",
        Sector::Nev => "NEV",
        Sector::Biomed => "Biomedicine",
        Sector::Economy => "Economy",
        Sector::Fx => "Exchange rate",
    }
}

pub fn entity(e: Entity) -> &'static str {
    match e {
        Entity::Shenzhen => "Shenzhen",
        Entity::Shanghai => "Shanghai",
        Entity::Xian => "Xi'an",
        Entity::Hefei => "Hefei",
        Entity::Beijing => "Beijing",
        Entity::Guangdong => "Guangdong (province)",
        Entity::Anhui => "Anhui (province)",
        Entity::China => "China",
        Entity::CnyUsd => "CNY/USD",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_thousands_and_drop_trailing_zeros() {
        assert_eq!(number(1_733_000.0, 0), "1,733,000");
        assert_eq!(number(104.20, 2), "104.2");
        assert_eq!(number(-0.001, 1), "0");
        assert_eq!(number(-12.5, 1), "-12.5");
        assert_eq!(significant(1.733), "1.73");
    }

    #[test]
    fn values_read_with_their_unit_and_scale() {
        assert_eq!(scaled(1.73e6, Unit::Vehicles), "1.73 million vehicles");
        assert_eq!(scaled(300e9, Unit::Cny), "300 bn yuan");
        assert_eq!(scaled(3.68e12, Unit::Cny), "3.68 tn yuan");
        assert_eq!(scaled(848_800.0, Unit::Vehicles), "848,800 vehicles");
    }

    #[test]
    fn periods_read_naturally() {
        assert_eq!(period(Period::Half(2024, 1)), "H1 2024");
        assert_eq!(period(Period::Quarters { year: 2024, from: 1, to: 3 }), "Jan-Sep 2024");
        assert_eq!(period(Period::Month(2024, 10)), "Oct 2024");
    }
}
