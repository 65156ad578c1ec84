//! Every setting a link or a control can carry, each written once: its key (in a link's query
//! and in the page's `data-key` attributes), how a link's value is read into the view state
//! and how the state writes it back, what a press on one of its controls does, and what each
//! of its controls shows for a state (checked, disabled, hidden). The groups of controls say
//! when they are hidden and why an option is refused. The link (`link.rs`), the controls'
//! markup (`page::controls`) and the app's handler all go through these: a press is read from
//! the page into a typed `Setting` once, and no code elsewhere matches a setting by its name.

use super::link::{parse_list, parse_sort, percent_encode, sort_key};
use super::*;
use crate::format;

crate::keyed_enum!(
    /// A setting, by its key. In the order a link writes them: `v`, `lang` and `view` are read
    /// but written as the link's version and its path.
    Setting {
        Version = "v",
        Lang = "lang",
        View = "view",
        Sectors = "sectors",
        Extra = "extra",
        Metric = "metric",
        Cities = "cities",
        Scale = "scale",
        Base = "base",
        Cur = "cur",
        Mag = "mag",
        Alt = "alt",
        Events = "events",
        Sector = "sector",
        Place = "place",
        Year = "year",
        Grade = "grade",
        Search = "q",
        Sort = "sort",
        Embed = "embed",
        Theme = "theme",
    }
);

crate::keyed_enum!(
    /// A group of the chart's options that shows and hides as one (a fieldset, or a select of
    /// its own), with a line under it that says why an option is refused.
    Group { Sectors = "sectors", Extra = "extra", Metric = "metric", Cities = "cities", Scale = "scale", Base = "base", Money = "money", Alt = "alt", Events = "events" }
);

/// What one control shows for a state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Status {
    pub checked: bool,
    pub disabled: bool,
    pub hidden: bool,
}

fn keys<T>(items: &[T], key: impl Fn(&T) -> &'static str) -> String {
    items.iter().map(key).collect::<Vec<_>>().join("~")
}

/// `Some(value)` where the state's differs from the default's.
fn unless_default<T: PartialEq>(value: T, default: T, key: impl Fn(T) -> String) -> Option<String> {
    (value != default).then(|| key(value))
}

impl Setting {
    /// The name its controls' test ids start with (`city-xian`, `base-year`): the key, but
    /// where a figures filter has the key's singular (`sector`) or a name reads better.
    pub fn test_name(self) -> &'static str {
        match self {
            Setting::Cities => "city",
            Setting::Sectors => "sector",
            Setting::Base => "base-year",
            Setting::Mag => "magnitude",
            other => other.key(),
        }
    }

    /// Reads a link's value into the state: false when the value is not one it takes.
    pub fn read(self, s: &mut ViewState, v: &str) -> bool {
        match self {
            Setting::Version => v.parse::<u32>().is_ok_and(|v| (1..=FORMAT_VERSION).contains(&v)),
            Setting::Lang => Lang::parse(v).is_some(),
            Setting::View => View::parse(v).map(|v| s.view = v).is_some(),
            Setting::Sectors => parse_list(v, &Sector::PRIORITY, Sector::key).map(|l| s.sectors = l).is_some(),
            Setting::Extra => parse_list(v, Extra::ALL, Extra::key).map(|l| s.extras = l).is_some(),
            Setting::Metric => MetricChoice::parse(v).map(|m| s.metric = m).is_some(),
            Setting::Cities => parse_list(v, city_choices(), Entity::key).map(|l| s.cities = l).is_some(),
            Setting::Scale => Scale::parse(v).map(|x| s.scale = x).is_some(),
            Setting::Base => v.parse::<u16>().ok().map(|y| s.base_year = Some(y)).is_some(),
            Setting::Cur => Currency::parse(v).map(|c| s.currency = c).is_some(),
            Setting::Mag => Magnitude::parse(v).map(|m| s.magnitude = m).is_some(),
            Setting::Alt => (v == "hk01").then(|| s.alt_source = true).is_some(),
            Setting::Events => (v == "0").then(|| s.hide_events = true).is_some(),
            Setting::Sector => Sector::parse(v).filter(|x| figure_sectors().contains(x)).map(|x| s.figures.sector = Some(x)).is_some(),
            Setting::Place => Entity::parse(v).filter(|e| figure_places().contains(e)).map(|e| s.figures.place = Some(e)).is_some(),
            Setting::Year => v.parse::<u16>().ok().filter(|y| figure_years().contains(y)).map(|y| s.figures.year = Some(y)).is_some(),
            Setting::Grade => crate::data::Grade::parse(v).map(|g| s.figures.grade = Some(g)).is_some(),
            Setting::Search => {
                s.figures.search = v.trim().to_string();
                true
            }
            Setting::Sort => parse_sort(v).map(|x| s.figures.sort = Some(x)).is_some(),
            Setting::Embed => (v == "1").then(|| s.embed = true).is_some(),
            Setting::Theme => Theme::parse(v).map(|t| s.theme = t).is_some(),
        }
    }

    /// The value a link writes for the state: none where it is what the link implies (`d`, the
    /// default state, made once by the caller, or, for the places, the measure's own).
    pub fn written(self, s: &ViewState, d: &ViewState) -> Option<String> {
        match self {
            Setting::Version | Setting::Lang | Setting::View => None,
            Setting::Sectors => unless_default(&s.sectors, &d.sectors, |l| keys(l, |x| x.key())),
            Setting::Extra => unless_default(&s.extras, &d.extras, |l| keys(l, |x| x.key())),
            Setting::Metric => unless_default(s.metric, d.metric, |m| m.key().into()),
            Setting::Cities => unless_default(s.cities.clone(), implied_cities(s), |l| keys(&l, |x| x.key())),
            Setting::Scale => unless_default(s.scale, d.scale, |x| x.key().into()),
            Setting::Base => s.base_year.map(|y| y.to_string()),
            Setting::Cur => unless_default(s.currency, d.currency, |x| x.key().into()),
            Setting::Mag => unless_default(s.magnitude, d.magnitude, |x| x.key().into()),
            Setting::Alt => s.alt_source.then(|| "hk01".into()),
            Setting::Events => s.hide_events.then(|| "0".into()),
            Setting::Sector => s.figures.sector.map(|x| x.key().into()),
            Setting::Place => s.figures.place.map(|e| e.key().into()),
            Setting::Year => s.figures.year.map(|y| y.to_string()),
            Setting::Grade => s.figures.grade.map(|g| g.key().into()),
            Setting::Search => (!s.figures.search.is_empty()).then(|| percent_encode(&s.figures.search)),
            Setting::Sort => s.figures.sort.map(sort_key),
            Setting::Embed => s.embed.then(|| "1".into()),
            Setting::Theme => unless_default(s.theme, d.theme, |x| x.key().into()),
        }
    }

    /// A press on this setting's control with `value`, then the state kept valid. A value it
    /// does not take changes nothing.
    pub fn apply(self, s: &mut ViewState, value: &str) {
        match self {
            Setting::View => s.view = View::parse(value).unwrap_or(s.view),
            Setting::Sectors => {
                if let Some(x) = Sector::PRIORITY.iter().find(|x| x.key() == value) {
                    toggle(&mut s.sectors, *x, &Sector::PRIORITY, true);
                }
            }
            Setting::Extra => {
                if let Some(x) = Extra::parse(value) {
                    toggle(&mut s.extras, x, Extra::ALL, false);
                }
            }
            Setting::Cities => {
                if let Some(x) = city_choices().iter().find(|x| x.key() == value) {
                    if s.cities.contains(x) || s.cities.len() < MAX_PLACES {
                        toggle(&mut s.cities, *x, city_choices(), true);
                    }
                }
            }
            Setting::Metric => choose_metric(s, MetricChoice::parse(value).unwrap_or(s.metric)),
            Setting::Scale => s.scale = Scale::parse(value).unwrap_or(s.scale),
            Setting::Base => s.base_year = value.parse().ok().or(s.base_year),
            Setting::Cur => s.currency = Currency::parse(value).unwrap_or(s.currency),
            Setting::Mag => s.magnitude = Magnitude::parse(value).unwrap_or(s.magnitude),
            Setting::Alt => s.alt_source = !s.alt_source,
            Setting::Events => s.hide_events = !s.hide_events,
            // The figures view's filters: an empty value is "all".
            Setting::Sector => s.figures.sector = Sector::parse(value),
            Setting::Place => s.figures.place = Entity::parse(value),
            Setting::Year => s.figures.year = value.parse().ok(),
            Setting::Grade => s.figures.grade = crate::data::Grade::parse(value),
            Setting::Search => s.figures.search = value.trim().to_string(),
            Setting::Sort => {
                if let Some(c) = Column::parse(value) {
                    s.figures.sort = next_sort(s.figures.sort, c);
                }
            }
            Setting::Version | Setting::Lang | Setting::Embed | Setting::Theme => {}
        }
        normalize(s);
    }

    /// What this setting's control with `value` shows for a state (a select's own status is
    /// its status for the empty value).
    pub fn status(self, s: &ViewState, value: &str) -> Status {
        let on = |checked: bool| Status { checked, ..Status::default() };
        // An extra or a measure the view does not offer is hidden.
        let offered = |checked: bool, offered: bool| Status { checked, hidden: !offered, disabled: false };
        match self {
            Setting::View => on(s.view.key() == value),
            Setting::Sectors => on(s.sectors.iter().any(|x| x.key() == value)),
            Setting::Extra => offered(s.extras.iter().any(|x| x.key() == value), extras_for(s.view).iter().any(|x| x.key() == value)),
            Setting::Metric => offered(s.metric.key() == value, metrics_for(s.view).iter().any(|x| x.key() == value)),
            Setting::Cities => Status {
                checked: s.cities.iter().any(|x| x.key() == value),
                // A place without the measure's data, or one more than a chart compares.
                disabled: !cities_for(s.metric).iter().any(|x| x.key() == value) || (s.cities.len() >= MAX_PLACES && !s.cities.iter().any(|x| x.key() == value)),
                hidden: false,
            },
            Setting::Scale => Status {
                checked: s.scale.key() == value,
                disabled: Scale::parse(value).is_some_and(|sc| scale_refusal(s.view, sc).is_some()),
                hidden: false,
            },
            Setting::Base => {
                let years = base_years(s.metric);
                let chosen = s.base_year.or(years.first().copied());
                Status { checked: chosen.map(|y| y.to_string()).as_deref() == Some(value), hidden: !years.iter().any(|y| y.to_string() == value), disabled: false }
            }
            Setting::Cur => Status { checked: s.currency.key() == value, disabled: !has_money(s), hidden: false },
            // 亿 (10^8) is how Chinese counts money; the other languages count in billions.
            Setting::Mag => Status { checked: s.magnitude.key() == value, disabled: !has_money(s), hidden: value == Magnitude::Yi.key() && s.lang != Lang::Zh && s.magnitude != Magnitude::Yi },
            Setting::Alt => on(s.alt_source),
            Setting::Events => on(!s.hide_events),
            _ => Status::default(),
        }
    }
}

/// Another measure. Places left as the measure's default follow it: another measure brings
/// the places that have it.
fn choose_metric(s: &mut ViewState, metric: MetricChoice) {
    if s.view == View::Cities && s.cities == default_cities(s.metric) {
        s.cities = default_cities(metric);
    }
    s.metric = metric;
}

/// Adds or removes an item, keeping the app's order (and at least one item if `keep_one`).
fn toggle<T: Copy + PartialEq>(list: &mut Vec<T>, item: T, order: &[T], keep_one: bool) {
    if list.contains(&item) {
        if !keep_one || list.len() > 1 {
            list.retain(|x| *x != item);
        }
    } else {
        *list = order.iter().copied().filter(|x| *x == item || list.contains(x)).collect();
    }
}

/// The sort a header's button asks for: ascending first, then the other way.
pub fn next_sort(current: Option<(Column, bool)>, c: Column) -> Option<(Column, bool)> {
    match current {
        Some((now, descending)) if now == c => Some((c, !descending)),
        _ => Some((c, false)),
    }
}

/// Whether the current chart has yuan values, which currency and unit apply to.
pub fn has_money(s: &ViewState) -> bool {
    let yuan = || crate::data::DATASET.metric(s.metric.key()).is_some_and(|m| m.unit == crate::data::Unit::Cny);
    match s.view {
        View::Scale | View::Figures => true,
        View::Trend | View::Cities => yuan(),
        View::Growth | View::Ratios => false,
    }
}

/// A measure as its control names it.
pub fn metric_label(m: MetricChoice, l: Lang) -> &'static str {
    match m {
        MetricChoice::NevProduction => l.tr("NEV production"),
        MetricChoice::AiOutput => l.tr("AI output value"),
        MetricChoice::Gdp => l.tr("GDP"),
        MetricChoice::NewThreeExports => l.tr("'New three' exports"),
        MetricChoice::BioVa => l.tr("Biomedical value added"),
        MetricChoice::VehicleProduction => l.tr("Vehicle production (all vehicles)"),
    }
}

/// The views each group of controls belongs to.
fn group_views(group: Group) -> &'static [View] {
    match group {
        Group::Sectors | Group::Extra => &[View::Growth, View::Scale],
        Group::Metric => &[View::Trend, View::Cities],
        Group::Cities => &[View::Cities],
        Group::Scale => &[View::Scale, View::Trend, View::Cities],
        Group::Money => &[View::Scale, View::Trend, View::Cities, View::Figures],
        Group::Events => &[View::Trend, View::Cities],
        Group::Base | Group::Alt => &[],
    }
}

/// The most places the reason under the place picker names; more are counted.
const MISSING_NAMED: usize = 8;

impl Group {
    /// Whether the group is hidden for a state.
    pub fn hidden(self, s: &ViewState) -> bool {
        match self {
            Group::Base => !(s.view == View::Trend && s.scale == Scale::Index),
            Group::Alt => !(matches!(s.view, View::Trend | View::Cities) && s.metric == MetricChoice::NevProduction),
            g => !group_views(g).contains(&s.view),
        }
    }

    /// The visible reason under the group, when some of its options are refused.
    pub fn why(self, s: &ViewState) -> String {
        let l = s.lang;
        match self {
            Group::Scale => Scale::ALL.iter().find_map(|sc| scale_refusal(s.view, *sc)).map_or(String::new(), |why| why.words(l)),
            Group::Cities => places_refused(s),
            Group::Money if !has_money(s) => l.tr("This chart counts vehicles, not yuan.").to_string(),
            _ => String::new(),
        }
    }
}

/// Why places are greyed out: the measure's missing places, named while they can be read at
/// a glance and counted past that, and a full chart.
fn places_refused(s: &ViewState) -> String {
    let l = s.lang;
    let available = cities_for(s.metric);
    let missing: Vec<&str> = city_choices().iter().filter(|e| !available.contains(e)).map(|e| format::entity(*e, l)).collect();
    let mut why = String::new();
    if missing.len() > MISSING_NAMED {
        why = fill(l.tr("No {0} data for {1} of the places, which are greyed out."), &[metric_label(s.metric, l), &missing.len().to_string()]);
    } else if !missing.is_empty() {
        why = fill(l.tr("No {0} data for {1}."), &[metric_label(s.metric, l), &missing.join(l.pick(", ", ", ", "、"))]);
    }
    if s.cities.len() >= MAX_PLACES {
        let full = fill(l.tr("A chart compares at most {0} places, each in a colour of its own: uncheck one to add another."), &[&MAX_PLACES.to_string()]);
        why = if why.is_empty() { full } else { format!("{why} {full}") };
    }
    why
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The setting names the scripts use (`[data-key=view]`, `key === "view"`).
    fn script_setting_names(script: &str) -> Vec<String> {
        let after = |marker: &str| -> Vec<String> {
            script.match_indices(marker).map(|(at, _)| script[at + marker.len()..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect()).collect()
        };
        [after("[data-key="), after("key === \""), after("key !== \"")].concat()
    }

    #[test]
    fn every_setting_the_first_screen_script_names_is_one() {
        let names = script_setting_names(include_str!("../../public/first-screen.js"));
        assert!(names.contains(&"view".to_string()), "{names:?}");
        for name in names {
            assert!(Setting::parse(&name).is_some(), "public/first-screen.js names a setting `{name}` that view_state::Setting lacks");
        }
    }

    /// No code of the page, the app or the view state outside this definition matches a setting
    /// or a group by its name: a string arm (`"cities" =>`) naming one, tests aside.
    #[test]
    fn no_code_elsewhere_matches_a_setting_by_its_name() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files: Vec<_> = ["page", "app", "view_state", "view_state.rs"].iter().map(|p| src.join(p)).collect();
        let mut found = Vec::new();
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).into_iter().flatten().flatten().map(|e| e.path()));
                continue;
            }
            let name = path.to_string_lossy().to_string();
            if !name.ends_with(".rs") || name.ends_with("setting.rs") || name.ends_with("tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let keys = Setting::ALL.iter().map(|s| s.key()).chain(Group::ALL.iter().map(|g| g.key()));
            for key in keys {
                if code.contains(&format!("\"{key}\" =>")) || code.contains(&format!("\"{key}\" |")) {
                    found.push(format!("{name}: \"{key}\""));
                }
            }
        }
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_link_writes_what_it_reads_for_every_setting() {
        let link = "?view=cities&metric=ai-output&cities=shenzhen~beijing&scale=log&cur=usd&mag=bn&embed=1&theme=dark";
        let (state, ignored) = parse(link);
        assert!(ignored.is_empty(), "{ignored:?}");
        let mut again = ViewState { lang: state.lang, ..ViewState::default() };
        for setting in Setting::ALL {
            if let Some(value) = setting.written(&state, &ViewState::default()) {
                assert!(setting.read(&mut again, &value), "{setting:?} reads back {value}");
            }
        }
        again.view = state.view;
        assert_eq!(again, state);
    }
}
