//! Moving along a chart's marks from the keyboard: a chart is one Tab stop (its first mark),
//! and the arrow keys move along a series (left, right) and between series (up, down), Home
//! and End to a series' ends, as Highcharts' keyboard navigation does; Escape goes back to
//! the chart's own stop, its first mark. The marks are given as
//! they are drawn, each with its panel, series and category; no DOM here.

/// Where a key moves the focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    NextSeries,
    PreviousSeries,
    First,
    Last,
    /// Back to the chart's first mark.
    Start,
}

impl Move {
    /// The move a key makes (`KeyboardEvent.key`), if any.
    pub fn of_key(key: &str) -> Option<Move> {
        match key {
            "ArrowRight" => Some(Move::Next),
            "ArrowLeft" => Some(Move::Previous),
            "ArrowDown" => Some(Move::NextSeries),
            "ArrowUp" => Some(Move::PreviousSeries),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            "Escape" => Some(Move::Start),
            _ => None,
        }
    }
}

/// A mark's place in its chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub panel: usize,
    pub series: usize,
    pub category: usize,
}

/// The mark a move from `marks[from]` reaches (itself at an end). Along a series, marks go
/// by category; to another series of the same panel (then the next panel's), the mark at the
/// nearest category. By scans, not sorts: the few marks of a chart need no more, and a sort
/// would bring its code into the WebAssembly.
pub fn target(marks: &[Place], from: usize, m: Move) -> usize {
    let Some(at) = marks.get(from).copied() else { return from };
    let order = |i: usize| (marks[i].category, i);
    let series = (0..marks.len()).filter(|&i| marks[i].panel == at.panel && marks[i].series == at.series);
    let found = match m {
        Move::Next => series.filter(|&i| order(i) > order(from)).min_by_key(|&i| order(i)),
        Move::Previous => series.filter(|&i| order(i) < order(from)).max_by_key(|&i| order(i)),
        Move::First => series.min_by_key(|&i| order(i)),
        Move::Last => series.max_by_key(|&i| order(i)),
        Move::NextSeries | Move::PreviousSeries => other_series(marks, at, m == Move::NextSeries),
        Move::Start => Some(0),
    };
    found.unwrap_or(from)
}

/// The nearest mark, by category, of the series after (or before) `at`'s, in the order of
/// panels then series.
fn other_series(marks: &[Place], at: Place, forward: bool) -> Option<usize> {
    let key = |p: &Place| (p.panel, p.series);
    let here = key(&at);
    let others = marks.iter().map(key).filter(|k| if forward { *k > here } else { *k < here });
    let next = if forward { others.min()? } else { others.max()? };
    (0..marks.len()).filter(|&i| key(&marks[i]) == next).min_by_key(|&i| marks[i].category.abs_diff(at.category))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(panel: usize, series: usize, category: usize) -> Place {
        Place { panel, series, category }
    }

    /// Two places over three years, drawn place by place, then a second panel of one mark.
    fn marks() -> Vec<Place> {
        vec![place(0, 0, 0), place(0, 0, 1), place(0, 0, 2), place(0, 1, 1), place(0, 1, 2), place(1, 0, 0)]
    }

    #[test]
    fn the_arrows_move_along_a_series_and_stop_at_its_ends() {
        let m = marks();
        assert_eq!(target(&m, 0, Move::Next), 1);
        assert_eq!(target(&m, 2, Move::Next), 2, "the series' end");
        assert_eq!(target(&m, 1, Move::Previous), 0);
        assert_eq!(target(&m, 0, Move::Previous), 0);
        assert_eq!((target(&m, 1, Move::First), target(&m, 0, Move::Last)), (0, 2));
        assert_eq!(target(&m, 4, Move::Start), 0, "Escape: the chart's own stop");
    }

    #[test]
    fn up_and_down_move_to_the_nearest_mark_of_the_next_series_then_panel() {
        let m = marks();
        assert_eq!(target(&m, 0, Move::NextSeries), 3, "the second place has no year 0: its nearest");
        assert_eq!(target(&m, 2, Move::NextSeries), 4);
        assert_eq!(target(&m, 4, Move::NextSeries), 5, "then the next panel");
        assert_eq!(target(&m, 5, Move::NextSeries), 5);
        assert_eq!(target(&m, 4, Move::PreviousSeries), 2);
        assert_eq!(Move::of_key("ArrowDown"), Some(Move::NextSeries));
        assert_eq!(Move::of_key("Tab"), None);
    }
}
