//! Yuan, US dollars and the unit money is written in. A conversion always names its rate and
//! the rate's source: the annual average of the figure's year, or the rate the article itself
//! implies for its month; without either, the figure stays in yuan and says why.

use crate::data::{Dataset, Figure, Period};
use crate::view_state::{Currency, Magnitude};

const FX_METRIC: &str = "fx-cnyusd";

/// The CNY-per-USD rate figure to convert a figure of this period with.
pub fn rate_for(data: &Dataset, period: Period) -> Result<&'static Figure, String> {
    let rates = || data.figures.iter().filter(|f| f.metric == FX_METRIC);
    rates()
        .find(|f| f.period == period)
        .or_else(|| rates().find(|f| f.period == Period::Year(period.year())))
        .ok_or_else(|| format!("the dataset has no yuan-dollar rate for {}", period.year()))
}

/// A value in the chosen currency, with the rate used (none for yuan).
pub struct Converted {
    pub value: f64,
    pub rate: Option<&'static Figure>,
}

/// Converts a yuan value; `Err` says why it stays in yuan.
pub fn convert(data: &Dataset, yuan: f64, period: Period, currency: Currency) -> Result<Converted, String> {
    match currency {
        Currency::Cny => Ok(Converted { value: yuan, rate: None }),
        Currency::Usd => rate_for(data, period).map(|r| Converted { value: yuan / r.value, rate: Some(r) }),
    }
}

/// The divisor and words of a money axis: ("bn", 1e9) and so on.
pub fn magnitude(values: impl Iterator<Item = f64>, chosen: Magnitude) -> (f64, &'static str) {
    let largest = values.fold(0.0f64, |m, v| m.max(v.abs()));
    let pick = match chosen {
        Magnitude::Auto if largest >= 1e12 => Magnitude::Trillion,
        Magnitude::Auto if largest >= 1e9 => Magnitude::Billion,
        Magnitude::Auto => Magnitude::Million,
        other => other,
    };
    match pick {
        Magnitude::Trillion => (1e12, "tn"),
        Magnitude::Billion => (1e9, "bn"),
        _ => (1e6, "m"),
    }
}

pub fn currency_words(c: Currency) -> &'static str {
    match c {
        Currency::Cny => "yuan",
        Currency::Usd => "US dollars",
    }
}

/// The note that states the rates a chart used.
pub fn rates_note(rates: &[&'static Figure]) -> Option<String> {
    let mut seen: Vec<&str> = Vec::new();
    let parts: Vec<String> = rates
        .iter()
        .filter(|r| {
            let new = !seen.contains(&r.id);
            seen.push(r.id);
            new
        })
        .map(|r| format!("{} for {} ({}, grade {})", crate::format::number(r.value, 4), crate::format::period(r.period), r.source, r.grade.key()))
        .collect();
    (!parts.is_empty()).then(|| format!("Converted to US dollars at yuan per dollar: {}.", parts.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::DATASET;

    #[test]
    fn a_year_uses_its_annual_average_and_the_articles_month_its_implied_rate() {
        assert_eq!(rate_for(&DATASET, Period::Year(2023)).map(|r| r.value), Ok(7.0467));
        assert_eq!(rate_for(&DATASET, Period::Month(2024, 10)).map(|r| r.value), Ok(7.112));
        assert_eq!(rate_for(&DATASET, Period::Half(2024, 1)).map(|r| r.value), Ok(7.189));
    }

    #[test]
    fn without_a_rate_the_value_stays_in_yuan_and_says_why() {
        let err = convert(&DATASET, 1e9, Period::Year(2021), Currency::Usd).err().unwrap_or_default();
        assert!(err.contains("no yuan-dollar rate for 2021"), "{err}");
    }

    #[test]
    fn the_funds_convert_to_the_articles_2_32_bn_dollars() {
        let usd = convert(&DATASET, 16.5e9, Period::Month(2024, 10), Currency::Usd).map(|c| c.value).unwrap_or(0.0);
        assert!((usd / 1e9 - 2.32).abs() < 0.005, "{usd}");
    }

    #[test]
    fn magnitude_follows_the_largest_value_unless_chosen() {
        assert_eq!(magnitude([3.68e12, 1e9].into_iter(), Magnitude::Auto), (1e12, "tn"));
        assert_eq!(magnitude([300e9].into_iter(), Magnitude::Auto), (1e9, "bn"));
        assert_eq!(magnitude([300e9].into_iter(), Magnitude::Million), (1e6, "m"));
    }
}
