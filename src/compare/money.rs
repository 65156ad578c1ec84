//! Yuan, US dollars and the unit money is written in. A conversion always names its rate and
//! the rate's source: the annual average of the figure's year, or the rate the article itself
//! implies for its month; without either, the figure stays in yuan and says why.

use crate::data::{Dataset, Figure, Period};
use crate::i18n::{fill, Lang};
use crate::view_state::{Currency, Magnitude};

const FX_METRIC: &str = "fx-cnyusd";

/// Why a yuan value stays in yuan: the dataset has no yuan-dollar rate for its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoRate {
    pub year: u16,
}

impl NoRate {
    pub fn words(self, l: Lang) -> String {
        fill(l.tr("the dataset has no yuan-dollar rate for {0}"), &[&self.year.to_string()])
    }
}

/// The CNY-per-USD rate figure to convert a figure of this period with.
pub fn rate_for(data: &Dataset, period: Period) -> Result<&'static Figure, NoRate> {
    let rates = || data.figures.iter().filter(|f| f.metric == FX_METRIC);
    rates()
        .find(|f| f.period == period)
        .or_else(|| rates().find(|f| f.period == Period::Year(period.year())))
        .ok_or(NoRate { year: period.year() })
}

/// A value in the chosen currency, with the rate used (none for yuan).
pub struct Converted {
    pub value: f64,
    pub rate: Option<&'static Figure>,
}

/// Converts a yuan value; `Err` says why it stays in yuan.
pub fn convert(data: &Dataset, yuan: f64, period: Period, currency: Currency) -> Result<Converted, NoRate> {
    match currency {
        Currency::Cny => Ok(Converted { value: yuan, rate: None }),
        Currency::Usd => rate_for(data, period).map(|r| Converted { value: yuan / r.value, rate: Some(r) }),
    }
}

/// The divisor and words of a money axis: ("bn", 1e9) and so on.
pub fn magnitude(values: impl Iterator<Item = f64>, chosen: Magnitude, l: Lang) -> (f64, Magnitude) {
    let largest = values.fold(0.0f64, |m, v| m.max(v.abs()));
    let pick = match chosen {
        Magnitude::Auto if largest >= 1e12 => Magnitude::Trillion,
        // Chinese counts in 亿 (10^8), so "auto" reads 3000亿元 rather than 300 billion.
        Magnitude::Auto if l == Lang::Zh && largest >= 1e8 => Magnitude::Yi,
        Magnitude::Auto if largest >= 1e9 => Magnitude::Billion,
        Magnitude::Auto => Magnitude::Million,
        other => other,
    };
    let divisor = match pick {
        Magnitude::Trillion => 1e12,
        Magnitude::Billion => 1e9,
        Magnitude::Yi => 1e8,
        _ => 1e6,
    };
    (divisor, pick)
}

/// An axis's unit words: "bn yuan", "milliards de dollars US", "亿元".
pub fn currency_words(m: Magnitude, c: Currency, l: Lang) -> String {
    let template = match m {
        Magnitude::Trillion => l.tr("tn {0}"),
        Magnitude::Billion => l.tr("bn {0}"),
        Magnitude::Yi => l.tr("100 m {0}"),
        _ => l.tr("m {0}"),
    };
    fill(template, &[money_name(c, l)])
}

/// The currency alone: "yuan", "dollars US", "美元".
pub fn money_name(c: Currency, l: Lang) -> &'static str {
    match c {
        Currency::Cny => l.tr("yuan"),
        Currency::Usd => l.tr("US dollars"),
    }
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
        let err = convert(&DATASET, 1e9, Period::Year(2021), Currency::Usd).err();
        assert_eq!(err, Some(NoRate { year: 2021 }));
        assert_eq!(err.map(|e| e.words(Lang::En)).unwrap_or_default(), "the dataset has no yuan-dollar rate for 2021");
    }

    #[test]
    fn the_funds_convert_to_the_articles_2_32_bn_dollars() {
        let usd = convert(&DATASET, 16.5e9, Period::Month(2024, 10), Currency::Usd).map(|c| c.value).unwrap_or(0.0);
        assert!((usd / 1e9 - 2.32).abs() < 0.005, "{usd}");
    }

    #[test]
    fn magnitude_follows_the_largest_value_unless_chosen() {
        assert_eq!(magnitude([3.68e12, 1e9].into_iter(), Magnitude::Auto, Lang::En), (1e12, Magnitude::Trillion));
        assert_eq!(magnitude([300e9].into_iter(), Magnitude::Auto, Lang::En), (1e9, Magnitude::Billion));
        assert_eq!(magnitude([300e9].into_iter(), Magnitude::Million, Lang::En), (1e6, Magnitude::Million));
    }

    #[test]
    fn chinese_money_axes_count_in_yi() {
        let (divisor, m) = magnitude([300e9, 13e9].into_iter(), Magnitude::Auto, Lang::Zh);
        assert_eq!((divisor, currency_words(m, Currency::Cny, Lang::Zh)), (1e8, "亿元".to_string()));
        assert_eq!(currency_words(Magnitude::Billion, Currency::Usd, Lang::Fr), "milliards de dollars US");
        assert_eq!(currency_words(Magnitude::Billion, Currency::Cny, Lang::En), "bn yuan");
    }
}
