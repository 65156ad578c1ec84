//! What a published number allows: "exceeded 1.73 million" is any value from 1.73 million up,
//! "1,733,000" anything that rounds to it. Consistency checks compare these ranges, never
//! the bare numbers, so rounding and lower bounds are not mistaken for conflicts.

use super::model::{Figure, Qualifier};

/// A closed range of values; `hi` may be infinite (a lower bound).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub lo: f64,
    pub hi: f64,
}

impl Range {
    pub fn overlaps(self, other: Range) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }
}

/// An "approx" figure ("about", "nearly") is taken to be within this share of its value.
const APPROX_SHARE: f64 = 0.05;

/// The rounding step a number was published with, read from its digits: 1733000 -> 1000,
/// 2935300 -> 100, 7.0467 -> 0.0001, 104.2 -> 0.1.
pub fn rounding_step(value: f64) -> f64 {
    let v = value.abs();
    if v == 0.0 {
        return 1.0;
    }
    if v.fract() == 0.0 {
        let mut step = 1.0;
        while step < 1e15 && (v / (step * 10.0)).fract() == 0.0 {
            step *= 10.0;
        }
        return step;
    }
    let mut step = 1.0;
    for _ in 0..8 {
        step /= 10.0;
        let scaled = v / step;
        if (scaled - scaled.round()).abs() < 1e-6 {
            break;
        }
    }
    step
}

/// The values a published figure allows.
pub fn value_range(figure: &Figure) -> Range {
    let v = figure.value;
    let half = rounding_step(v) / 2.0;
    match figure.qualifier {
        Qualifier::LowerBound => Range { lo: v, hi: f64::INFINITY },
        Qualifier::Approx => Range { lo: v * (1.0 - APPROX_SHARE), hi: v * (1.0 + APPROX_SHARE) },
        _ => Range { lo: v - half, hi: v + half },
    }
}

/// The growth rates, in percent, a stated rate allows: 104.2 means 104.15 to 104.25.
/// Whole numbers are taken as rounded to the unit (35 -> 34.5..35.5), never coarser.
pub fn stated_growth_range(pct: f64) -> Range {
    let half = rounding_step(pct).min(1.0) / 2.0;
    Range { lo: pct - half, hi: pct + half }
}

/// The shares, in percent, of a whole that a part and a whole allow: 2,935,300 of more than
/// 13 million is 0 to 22.58%.
pub fn share_range(part: Range, whole: Range) -> Range {
    let q = |a: f64, b: f64| if b > 0.0 { a / b * 100.0 } else { f64::INFINITY };
    Range { lo: q(part.lo, whole.hi), hi: q(part.hi, whole.lo) }
}

/// The quotients `a / b * 100` two ranges allow (a part and its share in percent give the
/// whole): 2,935,300 vehicles at 22.3% allow 13.13 to 13.19 million.
pub fn whole_from_share(part: Range, share_pct: Range) -> Range {
    let q = |a: f64, b: f64| if b > 0.0 { a / b * 100.0 } else { f64::INFINITY };
    Range { lo: q(part.lo, share_pct.hi), hi: q(part.hi, share_pct.lo) }
}

/// The growth rates, in percent, from a figure to the one a year before it.
pub fn growth_range(current: Range, previous: Range) -> Range {
    let pct = |a: f64, b: f64| if b > 0.0 { (a / b - 1.0) * 100.0 } else { f64::INFINITY };
    Range { lo: pct(current.lo, previous.hi), hi: pct(current.hi, previous.lo) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_step_reads_the_published_digits() {
        assert_eq!(rounding_step(1_733_000.0), 1000.0);
        assert_eq!(rounding_step(2_935_300.0), 100.0);
        assert_eq!(rounding_step(35.0), 1.0);
        assert!((rounding_step(104.2) - 0.1).abs() < 1e-12);
        assert!((rounding_step(7.0467) - 0.0001).abs() < 1e-12);
    }

    #[test]
    fn shenzhen_2023_growth_reconciles_and_shanghai_does_not() {
        let sz = growth_range(
            Range { lo: 1_732_500.0, hi: 1_733_500.0 },
            Range { lo: 848_750.0, hi: 848_850.0 },
        );
        assert!(sz.overlaps(stated_growth_range(104.2)));
        let sh = growth_range(
            Range { lo: 1_286_750.0, hi: 1_286_850.0 },
            Range { lo: 988_550.0, hi: 988_650.0 },
        );
        assert!(!sh.overlaps(stated_growth_range(35.0)));
    }

    #[test]
    fn a_lower_bound_allows_any_larger_growth() {
        let g = growth_range(Range { lo: 1_730_000.0, hi: f64::INFINITY }, Range { lo: 848_750.0, hi: 848_850.0 });
        assert!(g.overlaps(stated_growth_range(104.2)));
        assert!(!g.overlaps(stated_growth_range(90.0)));
    }
}
