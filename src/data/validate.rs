//! The rules every version of the dataset must keep. build.rs runs them on every build (a
//! broken edit fails with the list of problems) and `cargo test` runs them again.

use super::bounds::{growth_range, share_range, stated_growth_range, value_range};
use super::model::{ConflictKind, Dataset, Figure, Grade, PlaceKind, Role, Sector, UNRECORDED, WITHHELD};

/// A broken rule, with the figures involved, as data so tests can ask which rule broke.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub rule: Rule,
    pub ids: Vec<&'static str>,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    DuplicateId,
    UnknownReference,
    EmptyField,
    /// A stated growth rate the series does not reproduce, not listed as a conflict.
    UnmarkedGrowthMismatch,
    /// Two figures for the same entity, metric and period that cannot both be true, not listed.
    UnmarkedDisagreement,
    HeadlinePerSector,
    /// A figure whose only copy is a mirror or reprint, graded above C.
    MirrorAboveC,
    /// A source no figure or break cites.
    UnusedSource,
    /// A derived value whose inputs (or itself) lie on both sides of a break in a series.
    DerivedAcrossBreak,
    /// A figure whose period begins before a break in its series and ends after it.
    StraddlesBreak,
    /// A period listed as searched for and not found, while the dataset has a figure for it.
    GapHasFigure,
    /// A place whose roles do not fit: not exactly one subject city and one national total,
    /// a default place that is not a city or province, two places of one colour.
    PlaceRoles,
    /// A conflict's note that says the values' ratio runs above (or below) a stated rate,
    /// where the numbers of some pair it lists say the other.
    WrongDirection,
    /// A stated share that no total of the nation reproduces from the place's figure, not
    /// listed as a conflict with that total.
    UnmarkedShareMismatch,
}

pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_unique_ids(data, &mut problems);
    check_references(data, &mut problems);
    check_growth_against_series(data, &mut problems);
    check_same_period_agreement(data, &mut problems);
    check_conflict_directions(data, &mut problems);
    check_shares(data, &mut problems);
    check_headlines(data, &mut problems);
    check_sources(data, &mut problems);
    check_breaks(data, &mut problems);
    check_places(data, &mut problems);
    problems
}

/// The roles the app relies on, and colours that tell places apart.
fn check_places(data: &Dataset, problems: &mut Vec<Problem>) {
    for (role, kind) in [(Role::Subject, PlaceKind::City), (Role::Nation, PlaceKind::Nation)] {
        let with: Vec<&'static str> = data.places.iter().filter(|p| p.has(role)).map(|p| p.key).collect();
        if with.len() != 1 {
            let msg = format!("exactly one place must have the role `{}`; these have it: [{}]", role.key(), with.join(", "));
            problem(problems, Rule::PlaceRoles, with.clone(), msg);
        }
        for p in data.places.iter().filter(|p| p.has(role) && p.kind != kind) {
            let msg = format!("place `{}` has the role `{}`, which only a place of kind `{}` can have", p.key, role.key(), kind.key());
            problem(problems, Rule::PlaceRoles, vec![p.key], msg);
        }
    }
    for p in data.places.iter().filter(|p| p.has(Role::Default) && !matches!(p.kind, PlaceKind::City | PlaceKind::Province)) {
        let msg = format!("place `{}` is a default of the cities view, which compares only cities and provinces", p.key);
        problem(problems, Rule::PlaceRoles, vec![p.key], msg);
    }
    for (i, p) in data.places.iter().enumerate() {
        if data.places[..i].iter().any(|q| q.key == p.key) {
            problem(problems, Rule::DuplicateId, vec![p.key], format!("place key `{}` is used more than once", p.key));
        }
        if let Some(q) = data.places[..i].iter().find(|q| q.colour.is_some() && q.colour == p.colour) {
            let msg = format!("places `{}` and `{}` have the same colour: give one another, or none for a palette colour", q.key, p.key);
            problem(problems, Rule::PlaceRoles, vec![q.key, p.key], msg);
        }
    }
}

fn problem(problems: &mut Vec<Problem>, rule: Rule, ids: Vec<&'static str>, message: String) {
    problems.push(Problem { rule, ids, message });
}

fn check_unique_ids(data: &Dataset, problems: &mut Vec<Problem>) {
    let figure_ids = data.figures.iter().map(|f| f.id);
    let metric_keys = data.metrics.iter().map(|m| m.key);
    let conflict_ids = data.conflicts.iter().map(|c| c.id);
    let source_ids = data.sources.iter().map(|s| s.id);
    for (what, ids) in [
        ("figure id", figure_ids.collect::<Vec<_>>()),
        ("metric key", metric_keys.collect()),
        ("conflict id", conflict_ids.collect()),
        ("source id", source_ids.collect()),
        ("break id", data.breaks.iter().map(|b| b.id).collect()),
    ] {
        for (i, id) in ids.iter().enumerate() {
            if ids[..i].contains(id) {
                problem(problems, Rule::DuplicateId, vec![id], format!("{what} `{id}` is used more than once"));
            }
        }
    }
}

fn check_references(data: &Dataset, problems: &mut Vec<Problem>) {
    for f in data.figures {
        match data.metrics.iter().find(|m| m.key == f.metric) {
            None => {
                let msg = format!("figure `{}` names unknown metric `{}`", f.id, f.metric);
                problem(problems, Rule::UnknownReference, vec![f.id], msg);
            }
            // Every figure is about a place but an exchange rate, which is about none.
            Some(m) if f.entity.is_none() != (m.sector == Sector::Fx) => {
                let msg = match f.entity {
                    None => format!("figure `{}`: missing entity (the place it is about)", f.id),
                    Some(_) => format!("figure `{}` is an exchange rate, which is about no place: remove its entity", f.id),
                };
                problem(problems, Rule::EmptyField, vec![f.id], msg);
            }
            Some(_) => {}
        }
        for (field, text) in [("id", f.id), ("source", f.source)] {
            if text.trim().is_empty() {
                problem(problems, Rule::EmptyField, vec![f.id], format!("figure `{}` has an empty {field}", f.id));
            }
        }
        for (field, id) in std::iter::once(("source", f.source)).chain(f.yoy_source.map(|s| ("yoy_source", s))) {
            if data.sources.iter().all(|s| s.id != id) {
                let msg = format!("figure `{}` names unknown {field} `{id}`; add it under [[source]]", f.id);
                problem(problems, Rule::UnknownReference, vec![f.id], msg);
            }
        }
        for id in f.derived_from {
            if data.figures.iter().all(|o| o.id != *id) {
                let msg = format!("figure `{}` is derived from unknown figure `{id}`", f.id);
                problem(problems, Rule::UnknownReference, vec![f.id], msg);
            }
        }
        if f.formula.is_some() && f.derived_from.is_empty() {
            let msg = format!("figure `{}` has a formula but no derived_from: name the figures it is computed from", f.id);
            problem(problems, Rule::EmptyField, vec![f.id], msg);
        }
    }
    for c in data.conflicts {
        for id in c.figures {
            if data.figures.iter().all(|f| f.id != *id) {
                let msg = format!("conflict `{}` names unknown figure `{id}`", c.id);
                problem(problems, Rule::UnknownReference, vec![c.id], msg);
            }
        }
    }
}

/// Whether a listed conflict of one of `kinds` names both figures: a conflict declares one
/// difference (two sources that disagree, a stated rate the values do not reproduce, a real
/// rate beside nominal values) and silences the check of that difference only.
pub fn declared(data: &Dataset, kinds: &[ConflictKind], a: &str, b: &str) -> bool {
    data.conflicts.iter().any(|c| kinds.contains(&c.kind) && c.figures.contains(&a) && c.figures.contains(&b))
}

/// The conflicts that declare a stated rate the values do not reproduce.
const RATE_DIFFERENCES: &[ConflictKind] = &[ConflictKind::GrowthMismatch, ConflictKind::RealVsNominal];
/// The conflicts that declare two sources disagreeing on one value (a share and a total
/// included).
const DISAGREEMENTS: &[ConflictKind] = &[ConflictKind::SourcesDisagree];

/// A stated rate must be reproduced by at least one figure for the year before (when two
/// sources disagree on that year, the other one's mismatch is that disagreement), or the
/// mismatch must be listed as a conflict.
fn check_growth_against_series(data: &Dataset, problems: &mut Vec<Problem>) {
    for current in data.figures {
        let Some(stated) = current.yoy_pct else { continue };
        let before = current.period.year_before();
        // Across a break the year before was counted another way: the source's rate is its own
        // statement, which the old series can neither confirm nor refute.
        if data.break_between(current.entity, current.metric, before, current.period).is_some() {
            continue;
        }
        let previous: Vec<&Figure> = data.figures.iter().filter(|p| same_series(p, current) && p.period == before).collect();
        let reconciles = |p: &&Figure| growth_range(value_range(current), value_range(p)).overlaps(stated_growth_range(stated));
        if previous.is_empty() || previous.iter().any(reconciles) || previous.iter().any(|p| declared(data, RATE_DIFFERENCES, current.id, p.id)) {
            continue;
        }
        let p = previous[0];
        let msg = format!(
            "`{}` states {stated:+}% but `{}` -> `{}` gives {:+.1}%; list them under [[conflict]]",
            current.id,
            p.id,
            current.id,
            (current.value / p.value - 1.0) * 100.0
        );
        problem(problems, Rule::UnmarkedGrowthMismatch, vec![current.id, p.id], msg);
    }
}

/// Where the ratio of two values runs beside the rate a source states for the later one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Above,
    Below,
}

/// For each figure of a conflict with a stated rate and its year before in the conflict, where
/// the ratio of their values runs beside that rate: `None` where rounding allows either.
pub fn ratio_directions(data: &Dataset, figures: &[&'static str]) -> Vec<(&'static Figure, &'static Figure, Option<Direction>)> {
    let listed: Vec<&'static Figure> = figures.iter().filter_map(|id| data.figures.iter().find(|f| f.id == *id)).collect();
    let mut out = Vec::new();
    for current in &listed {
        let Some(stated) = current.yoy_pct else { continue };
        let before = current.period.year_before();
        for previous in listed.iter().filter(|p| same_series(p, current) && p.period == before) {
            let (ratio, rate) = (growth_range(value_range(current), value_range(previous)), stated_growth_range(stated));
            let direction = if ratio.lo > rate.hi {
                Some(Direction::Above)
            } else if ratio.hi < rate.lo {
                Some(Direction::Below)
            } else {
                None
            };
            out.push((*current, *previous, direction));
        }
    }
    out
}

/// A conflict's note that says which way the values' ratio runs beside the stated rates
/// ("higher", "above"; "lower", "below") says what every pair it lists shows: a note written
/// for some years is wrong for another.
fn check_conflict_directions(data: &Dataset, problems: &mut Vec<Problem>) {
    for c in data.conflicts {
        let note = c.note.en.to_ascii_lowercase();
        let says = |words: [&str; 2]| words.iter().any(|w| note.split(|ch: char| !ch.is_ascii_alphabetic()).any(|x| x == *w));
        let claimed = match (says(["higher", "above"]), says(["lower", "below"])) {
            (true, false) => Direction::Above,
            (false, true) => Direction::Below,
            _ => continue,
        };
        for (current, previous, direction) in ratio_directions(data, c.figures) {
            if direction.is_some_and(|d| d != claimed) {
                let ratio = (current.value / previous.value - 1.0) * 100.0;
                let msg = format!(
                    "conflict `{}` says the values' ratio runs {claimed:?} the stated rates, but `{}` -> `{}` gives {ratio:+.2}% against the stated {:+}%",
                    c.id,
                    previous.id,
                    current.id,
                    current.yoy_pct.unwrap_or_default()
                );
                problem(problems, Rule::WrongDirection, vec![c.id, current.id], msg.replace("Above", "above").replace("Below", "below"));
            }
        }
    }
}

/// A stated share (a figure of a metric that is a `share_of` another) must be reproduced by
/// the place's figure of that metric over one of the nation's totals for the same period,
/// within what their published digits allow; a total it does not fit is declared by a conflict
/// that lists both. Without a part or a total in the data, there is nothing to recompute.
fn check_shares(data: &Dataset, problems: &mut Vec<Problem>) {
    for share in data.figures {
        let Some(of) = data.metrics.iter().find(|m| m.key == share.metric).and_then(|m| m.share_of) else { continue };
        let same = |f: &&Figure| f.metric == of && f.period == share.period;
        let parts: Vec<&Figure> = data.figures.iter().filter(|f| same(f) && f.entity == share.entity).collect();
        let totals: Vec<&Figure> = data.figures.iter().filter(|f| same(f) && f.entity.is_some_and(|e| data.place(e).kind == PlaceKind::Nation)).collect();
        let stated = value_range(share);
        let fits = |part: &&Figure, total: &&Figure| share_range(value_range(part), value_range(total)).overlaps(stated) || declared(data, DISAGREEMENTS, share.id, total.id);
        for part in &parts {
            if totals.is_empty() || totals.iter().any(|total| fits(part, total)) {
                continue;
            }
            let total = totals[0];
            let msg = format!(
                "`{}` states {}% but `{}` / `{}` gives {:.2}%; list them under [[conflict]]",
                share.id,
                share.value,
                part.id,
                total.id,
                part.value / total.value * 100.0
            );
            problem(problems, Rule::UnmarkedShareMismatch, vec![share.id, part.id, total.id], msg);
        }
    }
}

fn same_series(a: &Figure, b: &Figure) -> bool {
    a.entity == b.entity && a.metric == b.metric
}

fn check_same_period_agreement(data: &Dataset, problems: &mut Vec<Problem>) {
    for (i, a) in data.figures.iter().enumerate() {
        for b in &data.figures[i + 1..] {
            let comparable = same_series(a, b) && a.period == b.period;
            if !comparable || value_range(a).overlaps(value_range(b)) || declared(data, DISAGREEMENTS, a.id, b.id) {
                continue;
            }
            let msg = format!("`{}` ({}) and `{}` ({}) disagree; list them under [[conflict]]", a.id, a.value, b.id, b.value);
            problem(problems, Rule::UnmarkedDisagreement, vec![a.id, b.id], msg);
        }
    }
}

fn check_headlines(data: &Dataset, problems: &mut Vec<Problem>) {
    for sector in super::model::Sector::PRIORITY {
        let count = data
            .figures
            .iter()
            .filter(|f| f.headline && data.metrics.iter().any(|m| m.key == f.metric && m.sector == sector))
            .count();
        if count != 1 {
            let msg = format!("sector `{}` has {count} headline figures; it needs exactly one", sector.key());
            problem(problems, Rule::HeadlinePerSector, vec![], msg);
        }
    }
}

/// Every source names its publisher and is cited; a figure read only on a mirror or reprint
/// is graded C, whatever the original's standing, since the copy may differ from it.
fn check_sources(data: &Dataset, problems: &mut Vec<Problem>) {
    for s in data.sources {
        if s.publisher.trim().is_empty() {
            problem(problems, Rule::EmptyField, vec![s.id], format!("source `{}` has an empty publisher", s.id));
        }
        if s.publisher == WITHHELD && (s.mirror_of.is_none() || s.url.is_some()) {
            let msg = format!("source `{}`: a withheld site is only for a copy, unlinked: name its original in mirror_of and give no url", s.id);
            problem(problems, Rule::EmptyField, vec![s.id], msg);
        }
        if s.publisher == UNRECORDED && s.mirror_of.is_none() {
            let msg = format!("source `{}`: an unrecorded publisher is only for a copy; name its original in mirror_of", s.id);
            problem(problems, Rule::EmptyField, vec![s.id], msg);
        }
        let cited = data.figures.iter().any(|f| f.source == s.id || f.yoy_source == Some(s.id)) || data.breaks.iter().any(|b| b.source == s.id) || data.events.iter().any(|e| e.source == s.id);
        if !cited {
            problem(problems, Rule::UnusedSource, vec![s.id], format!("source `{}` is cited by nothing; remove it", s.id));
        }
    }
    for f in data.figures {
        let Some(source) = data.sources.iter().find(|s| s.id == f.source) else { continue };
        if source.mirror_of.is_some() && f.grade != Grade::C {
            let msg = format!(
                "figure `{}` is graded {} but its only copy is a mirror ({}) of {}: grade it C",
                f.id,
                f.grade.key(),
                source.publisher,
                source.mirror_of.unwrap_or_default()
            );
            problem(problems, Rule::MirrorAboveC, vec![f.id], msg);
        }
    }
}

/// Breaks and gaps name what exists; no figure's period and no derived value spans a break; a
/// period searched for and not found has no figure.
fn check_breaks(data: &Dataset, problems: &mut Vec<Problem>) {
    let known_metric = |m: &str| data.metrics.iter().any(|x| x.key == m);
    for b in data.breaks {
        for m in b.metrics.iter().filter(|m| !known_metric(m)) {
            problem(problems, Rule::UnknownReference, vec![b.id], format!("break `{}` names unknown metric `{m}`", b.id));
        }
        if data.sources.iter().all(|s| s.id != b.source) {
            problem(problems, Rule::UnknownReference, vec![b.id], format!("break `{}` names unknown source `{}`", b.id, b.source));
        }
    }
    for f in data.figures {
        for b in data.breaks.iter().filter(|b| b.applies(f.entity, f.metric) && b.straddled_by(f.period)) {
            let msg = format!("figure `{}` ({}) begins before break `{}` ({}) and ends after it: it mixes two ways of counting", f.id, f.period.key(), b.id, b.from.key());
            problem(problems, Rule::StraddlesBreak, vec![f.id], msg);
        }
    }
    for f in data.figures.iter().filter(|f| f.formula.is_some()) {
        let inputs: Vec<&Figure> = f.derived_from.iter().filter_map(|id| data.figures.iter().find(|o| o.id == *id)).collect();
        for b in data.breaks {
            let in_scope: Vec<&Figure> = std::iter::once(f).chain(inputs.iter().copied()).filter(|x| b.applies(x.entity, x.metric)).collect();
            let spans = in_scope.iter().any(|x| b.after(x.period)) && in_scope.iter().any(|x| !b.after(x.period));
            if spans {
                let ids: Vec<&'static str> = in_scope.iter().map(|x| x.id).collect();
                let msg = format!("derived figure `{}` spans break `{}` ({}): its values are counted two ways", f.id, b.id, ids.join(", "));
                problem(problems, Rule::DerivedAcrossBreak, vec![f.id], msg);
            }
        }
    }
    for g in data.gaps {
        if !known_metric(g.metric) {
            let msg = format!("gap for `{}` names unknown metric `{}`", data.place(g.entity).key, g.metric);
            problem(problems, Rule::UnknownReference, vec![], msg);
        }
        for f in data.figures.iter().filter(|f| f.entity == Some(g.entity) && f.metric == g.metric && g.periods.contains(&f.period)) {
            let msg = format!("`{}` is listed under [[gap]] as not found, but figure `{}` has it", f.period.key(), f.id);
            problem(problems, Rule::GapHasFigure, vec![f.id], msg);
        }
    }
}
