//! The one typed view state: every control reads and writes it, and it is the only thing
//! written to and read from the URL. Only values that differ from the defaults are written,
//! so the plain address is the default view; anything unreadable falls back to the default
//! for that part and is reported, never a panic.

use crate::data::{Entity, PlaceKind, Role, Sector};
use crate::i18n::{fill, Lang};
use std::sync::OnceLock;

mod link;
mod refused;
mod setting;

pub use refused::{Ignored, Refused};
pub use setting::{has_money, metric_label, next_sort, Group, Setting, Status};
pub use link::{ignored_in, names_language, page_path, page_paths, parse, parse_in, parse_sort, percent_decode, percent_encode, to_address, FORMAT_VERSION};

/// The most places one chart compares: each keeps a colour of its own
/// (`chart::spec::PLACE_PALETTE` has this many), and a picker or a link asking for more is told so.
pub const MAX_PLACES: usize = 10;

/// Longest value read; no valid value comes near it, so a longer one is reported, not parsed.
/// The list of places a chart compares can be longer, with the data's longest keys.
fn max_value_len() -> usize {
    static LONGEST: OnceLock<usize> = OnceLock::new();
    *LONGEST.get_or_init(|| {
        let longest_key = crate::data::DATASET.places.iter().map(|p| p.key.len()).max().unwrap_or(0);
        200.max(MAX_PLACES * (longest_key + 1))
    })
}
/// How many parts of a link are read; the rest is reported in one line.
const MAX_PAIRS: usize = 64;

crate::keyed_enum!(
    /// What the chart compares.
    View { Growth = "growth", Scale = "scale", Trend = "trend", Cities = "cities", Ratios = "ratios", Figures = "figures" }
);

crate::keyed_enum!(
    /// The value axis: linear, logarithmic, or an index with the base year = 100.
    Scale { Linear = "linear", Log = "log", Index = "index" }
);

crate::keyed_enum!(
    /// Figures a view can add to its default ones.
    Extra { Exports = "exports", Gdp = "gdp", Peers = "peers", Funds = "funds", AiCore = "ai-core" }
);

crate::keyed_enum!(
    /// The series of the trend view and the measure of the cities view.
    MetricChoice {
        NevProduction = "nev-production",
        AiOutput = "ai-output",
        Gdp = "gdp",
        NewThreeExports = "new-three-exports",
        BioVa = "bio-va",
        VehicleProduction = "vehicle-production",
    }
);

crate::keyed_enum!(
    /// An embedded chart's colours, chosen by the page that embeds it: the system's, light or
    /// dark. Elsewhere the theme is the reader's (the toggle, remembered), never a link's.
    Theme { Auto = "auto", Light = "light", Dark = "dark" }
);

crate::keyed_enum!(
    /// The currency of yuan figures.
    Currency { Cny = "cny", Usd = "usd" }
);

crate::keyed_enum!(
    /// The unit money axes are written in; `Auto` picks from the values.
    Magnitude { Auto = "auto", Million = "m", Yi = "yi", Billion = "bn", Trillion = "tn" }
);

crate::keyed_enum!(
    /// A column of the figures table, which it can be sorted by.
    Column {
        Place = "place",
        Sector = "sector",
        Metric = "metric",
        Value = "value",
        Period = "period",
        Basis = "basis",
        Reads = "reads",
        Grade = "grade",
        Source = "source",
        Conflict = "conflict",
    }
);

/// What the figures view shows of the dataset: filters, a text search and the sort order.
/// The default shows every figure in the dataset's order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct FigureFilter {
    pub sector: Option<crate::data::Sector>,
    pub place: Option<Entity>,
    pub year: Option<u16>,
    pub grade: Option<crate::data::Grade>,
    /// Words every row shown must contain (case-insensitive), as typed.
    pub search: String,
    /// The column sorted by, and whether descending; `None` is the dataset's order.
    pub sort: Option<(Column, bool)>,
}

/// The years the dataset has figures for, oldest first: the year filter's choices.
pub fn figure_years() -> Vec<u16> {
    let mut years: Vec<u16> = crate::data::DATASET.figures.iter().map(|f| f.period.year()).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The places that have figures, in the dataset's order of places.
pub fn figure_places() -> &'static [Entity] {
    static PLACES: OnceLock<Vec<Entity>> = OnceLock::new();
    PLACES.get_or_init(|| {
        let data = &crate::data::DATASET;
        let mut has = vec![false; data.places.len()];
        for e in data.figures.iter().filter_map(|f| f.entity) {
            has[usize::from(e.0)] = true;
        }
        data.entities().filter(|e| has[usize::from(e.0)]).collect()
    })
}

/// The sectors that have figures.
pub fn figure_sectors() -> Vec<Sector> {
    Sector::ALL.iter().copied().filter(|s| crate::data::DATASET.figures.iter().any(|f| crate::data::DATASET.metric_of(f).sector == *s)).collect()
}


#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewState {
    pub view: View,
    /// Sectors shown (growth and scale views), in the app's fixed order.
    pub sectors: Vec<Sector>,
    /// Figures added to the view's default ones, in the app's fixed order.
    pub extras: Vec<Extra>,
    pub metric: MetricChoice,
    /// Places compared in the cities view, in the app's fixed order.
    pub cities: Vec<Entity>,
    pub scale: Scale,
    /// The index's base year; `None` is the series' first full year.
    pub base_year: Option<u16>,
    pub currency: Currency,
    pub magnitude: Magnitude,
    /// For the disputed Shenzhen 2022 NEV figure: plot HK01's value instead of CnEVPost's.
    pub alt_source: bool,
    /// Events hidden from the time axis (`events=0`); they are drawn by default.
    pub hide_events: bool,
    /// Only the chart, its title and source line, and a link to the full view (for iframes).
    pub embed: bool,
    /// An embedded chart's theme (`theme=dark` in an embed link); `Auto` elsewhere.
    pub theme: Theme,
    /// The language of every text; a link without one opens in the reader's browser language.
    pub lang: Lang,
    /// The figures view's filters, search and sort.
    pub figures: FigureFilter,
}

/// The places the cities view compares, in the data file's order: cities and provinces.
/// Companies and the national total are never among them.
pub fn city_choices() -> &'static [Entity] {
    static CHOICES: OnceLock<Vec<Entity>> = OnceLock::new();
    CHOICES.get_or_init(|| {
        let data = &crate::data::DATASET;
        data.entities().filter(|e| matches!(data.place(*e).kind, PlaceKind::City | PlaceKind::Province)).collect()
    })
}

/// The places the cities view opens with, as the data file's roles name them (found once:
/// every default state asks).
pub fn generic_cities() -> &'static [Entity] {
    static DEFAULTS: OnceLock<Vec<Entity>> = OnceLock::new();
    DEFAULTS.get_or_init(|| {
        let data = &crate::data::DATASET;
        data.entities().filter(|e| data.place(*e).has(Role::Default)).collect()
    })
}

/// The full years of Shenzhen's series for a metric: the base years an index can use.
pub fn base_years(metric: MetricChoice) -> Vec<u16> {
    crate::data::DATASET.full_years(Entity::subject(), metric.key())
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            view: View::Growth,
            sectors: Sector::PRIORITY.to_vec(),
            extras: Vec::new(),
            metric: MetricChoice::NevProduction,
            cities: generic_cities().to_vec(),
            scale: Scale::Linear,
            base_year: None,
            currency: Currency::Cny,
            magnitude: Magnitude::Auto,
            alt_source: false,
            hide_events: false,
            embed: false,
            theme: Theme::Auto,
            lang: Lang::En,
            figures: FigureFilter::default(),
        }
    }
}

/// Which extras a view offers.
pub fn extras_for(view: View) -> &'static [Extra] {
    match view {
        View::Growth => &[Extra::Exports, Extra::Gdp, Extra::Peers],
        View::Scale => &[Extra::Funds, Extra::AiCore, Extra::Gdp, Extra::Exports],
        _ => &[],
    }
}

/// Which metrics a view offers (the first is its default).
pub fn metrics_for(view: View) -> &'static [MetricChoice] {
    match view {
        View::Trend => &[MetricChoice::NevProduction, MetricChoice::Gdp, MetricChoice::NewThreeExports, MetricChoice::BioVa],
        View::Cities => &[MetricChoice::NevProduction, MetricChoice::AiOutput, MetricChoice::VehicleProduction],
        _ => &[MetricChoice::NevProduction],
    }
}

/// The places that have data for a metric in the cities view, in the app's order (found once
/// per measure: every control's state asks).
pub fn cities_for(metric: MetricChoice) -> &'static [Entity] {
    static PER_METRIC: OnceLock<Vec<Vec<Entity>>> = OnceLock::new();
    let all = PER_METRIC.get_or_init(|| {
        let data = &crate::data::DATASET;
        MetricChoice::ALL
            .iter()
            .map(|m| {
                let mut has = vec![false; data.places.len()];
                for e in data.figures.iter().filter(|f| f.metric == m.key()).filter_map(|f| f.entity) {
                    has[usize::from(e.0)] = true;
                }
                city_choices().iter().copied().filter(|e| has[usize::from(e.0)]).collect()
            })
            .collect()
    });
    MetricChoice::ALL.iter().position(|m| *m == metric).map_or(&[], |i| &all[i])
}

/// The places the cities view opens with for a measure: the default three (Shenzhen,
/// Shanghai, Xi'an) where each has it, else those of them that do, with the next places in
/// the app's order that have it, up to three. A link that names no places, or the controls'
/// measure switch, brings these: `?view=cities&metric=vehicle-production` opens Shenzhen,
/// Shanghai and Beijing, with no notice about Xi'an, which has no such figure.
pub fn default_cities(metric: MetricChoice) -> Vec<Entity> {
    let generic = generic_cities();
    let available = cities_for(metric);
    let wanted = generic.len().min(available.len());
    let mut out: Vec<Entity> = available.iter().copied().filter(|c| generic.contains(c)).collect();
    for c in available {
        if out.len() >= wanted {
            break;
        }
        if !out.contains(c) {
            out.push(*c);
        }
    }
    available.iter().copied().filter(|c| out.contains(c)).collect()
}

/// The places a state opens with, as its link leaves them out: the measure's own in the
/// cities view, the generic default elsewhere (where no places are shown).
fn implied_cities(state: &ViewState) -> Vec<Entity> {
    match state.view {
        View::Cities => default_cities(state.metric),
        _ => generic_cities().to_vec(),
    }
}

/// Why a scale cannot be used in a view, if it cannot. The controls disable such options
/// with this reason, and a link asking for one gets the linear scale and the reason.
pub fn scale_refusal(view: View, scale: Scale) -> Option<Refused> {
    match (view, scale) {
        (_, Scale::Linear) => None,
        (View::Growth | View::Ratios, _) => Some(Refused::RelativeValues),
        (View::Scale, Scale::Index) => Some(Refused::DifferentPeriods),
        (View::Cities, Scale::Index) => Some(Refused::PlacesStartApart),
        _ => None,
    }
}

/// A view's name in a language.
pub fn view_name(view: View, lang: Lang) -> &'static str {
    match view {
        View::Growth => lang.tr("Growth"),
        View::Scale => lang.tr("Scale"),
        View::Trend => lang.tr("Trend"),
        View::Cities => lang.tr("Cities"),
        View::Ratios => lang.tr("Ratios"),
        View::Figures => lang.tr("Figures"),
    }
}

/// A measure as a notice names it: its label in the reader's language ("NEV production",
/// "production de VEN", "新能源汽车产量"), not the link's machine name.
fn metric_name(metric: MetricChoice, l: Lang) -> &'static str {
    crate::data::DATASET.metric(metric.key()).map_or(metric.key(), |m| m.label.get(l))
}

/// Brings a state the controls or a link produced into one the app can show: settings a
/// view does not offer fall back to the default, each with the reason.
pub fn normalize(state: &mut ViewState) -> Vec<Ignored> {
    let mut ignored = Vec::new();
    let view = state.view;
    if let Some(why) = scale_refusal(view, state.scale) {
        ignored.push(Ignored::new(Setting::Scale.key(), why));
        state.scale = Scale::Linear;
    }
    let offered = extras_for(view);
    if state.extras.iter().any(|e| !offered.contains(e)) {
        let why = if offered.is_empty() { Refused::NoExtras(view) } else { Refused::NotAllExtras(view) };
        ignored.push(Ignored::new(Setting::Extra.key(), why));
        state.extras.retain(|e| offered.contains(e));
    }
    let metrics = metrics_for(view);
    if !metrics.contains(&state.metric) {
        if metrics.len() > 1 {
            ignored.push(Ignored::new(Setting::Metric.key(), Refused::MetricNotOffered(view, state.metric)));
        }
        state.metric = metrics[0];
    }
    if let Some(y) = state.base_year {
        if !(view == View::Trend && state.scale == Scale::Index) {
            ignored.push(Ignored::new(Setting::Base.key(), Refused::BaseOnlyForIndex));
            state.base_year = None;
        } else if !base_years(state.metric).contains(&y) {
            ignored.push(Ignored::new(Setting::Base.key(), Refused::NoFullYear(state.metric, y)));
            state.base_year = None;
        }
    }
    if state.view == View::Cities {
        // Places left as the default (a link that names none) are the measure's own default.
        if state.cities == generic_cities() {
            state.cities = default_cities(state.metric);
        }
        let available = cities_for(state.metric);
        if state.cities.iter().any(|c| !available.contains(c)) {
            ignored.push(Ignored::new(Setting::Cities.key(), Refused::NoDataForSome(state.metric)));
            state.cities.retain(|c| available.contains(c));
        }
        if state.cities.is_empty() {
            state.cities = available.iter().copied().take(MAX_PLACES).collect();
        }
        if state.cities.len() > MAX_PLACES {
            ignored.push(Ignored::new(Setting::Cities.key(), Refused::TooManyPlaces));
            state.cities.truncate(MAX_PLACES);
        }
    }
    if state.view == View::Figures && state.embed {
        ignored.push(Ignored::new(Setting::Embed.key(), Refused::FiguresNotEmbeddable));
        state.embed = false;
    }
    if !state.embed && state.theme != Theme::Auto {
        ignored.push(Ignored::new(Setting::Theme.key(), Refused::ThemeOnlyEmbedded));
        state.theme = Theme::Auto;
    }
    if state.view != View::Figures && state.figures != FigureFilter::default() {
        ignored.push(Ignored::new(Setting::Sort.key(), Refused::FiltersOnlyFigures));
        state.figures = FigureFilter::default();
    }
    ignored
}



#[cfg(test)]
mod tests;
