//! Comparisons the data allows, and the ones it does not: series selection where sources
//! disagree, index numbers, computed growth, and the reasons a pairing or scale is refused.
//! Pure functions, tested natively.

pub mod axes;
pub mod breaks;
pub mod derived;
pub mod latest;
pub mod money;
pub mod series;
