//! Why a part of a link is not used, or an option is refused, as a value: the link reader and
//! `normalize` say what was refused and why; the words are written where the reason is shown,
//! in the reader's language of the moment (`Refused::words`). Tests check the values.

use super::{metric_name, view_name, MetricChoice, View, MAX_PLACES};
use crate::i18n::{fill, Lang};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// The path names no page of the explorer.
    NotAPage,
    BrokenEncoding,
    /// The query names a view or language the path already names otherwise.
    PathNamesAnother,
    /// Parts past the most a link is read for.
    TooManyParts,
    GivenTwice,
    /// A value longer than the longest one read (that length).
    TooLong(usize),
    NotASetting,
    /// A value the setting does not take (shortened for showing).
    NotAValue(String),
    /// Growth rates and ratios take no log or index scale.
    RelativeValues,
    /// The scale view's figures cover different periods: no index.
    DifferentPeriods,
    /// The cities' places start in different years: no index.
    PlacesStartApart,
    /// The view adds no figures.
    NoExtras(View),
    /// The view does not offer every figure asked for.
    NotAllExtras(View),
    MetricNotOffered(View, MetricChoice),
    /// A base year outside the trend's index scale.
    BaseOnlyForIndex,
    /// The series has no full-year value for the base year asked for.
    NoFullYear(MetricChoice, u16),
    /// Some places asked for lack the measure's data.
    NoDataForSome(MetricChoice),
    TooManyPlaces,
    FiguresNotEmbeddable,
    ThemeOnlyEmbedded,
    FiltersOnlyFigures,
    /// The texts of a language could not be loaded (the browser's reason).
    TextsNotLoaded(Lang, String),
}

impl Refused {
    pub fn words(&self, l: Lang) -> String {
        match self {
            Refused::NotAPage => l.tr("not a page of this explorer").into(),
            Refused::BrokenEncoding => l.tr("broken percent-encoding").into(),
            Refused::PathNamesAnother => l.tr("the address names another; its path is used").into(),
            Refused::TooManyParts => fill(l.tr("only the first {0} parts of a link are read"), &[&super::MAX_PAIRS.to_string()]),
            Refused::GivenTwice => l.tr("given more than once; the first is used").into(),
            Refused::TooLong(most) => fill(l.tr("value longer than {0} characters"), &[&most.to_string()]),
            Refused::NotASetting => l.tr("not a setting of this explorer").into(),
            Refused::NotAValue(value) => fill(l.tr("'{0}' is not a valid value"), &[value]),
            Refused::RelativeValues => l.tr("Growth rates and ratios can be zero or negative and are already relative: no log or index.").into(),
            Refused::DifferentPeriods => l.tr("The figures cover different periods, so no common base year exists.").into(),
            Refused::PlacesStartApart => l.tr("Places start in different years, so no common base year exists.").into(),
            Refused::NoExtras(view) => fill(l.tr("the {0} view has no figures to add"), &[view_name(*view, l)]),
            Refused::NotAllExtras(view) => fill(l.tr("the {0} view does not offer all of these"), &[view_name(*view, l)]),
            Refused::MetricNotOffered(view, metric) => fill(l.tr("the {0} view does not offer {1}"), &[view_name(*view, l), metric_name(*metric, l)]),
            Refused::BaseOnlyForIndex => l.tr("a base year is only used by the trend view's index scale").into(),
            Refused::NoFullYear(metric, year) => fill(l.tr("the {0} series has no full-year value for {1}"), &[metric_name(*metric, l), &year.to_string()]),
            Refused::NoDataForSome(metric) => fill(l.tr("not every place has {0} data"), &[metric_name(*metric, l)]),
            Refused::TooManyPlaces => fill(l.tr("a chart compares at most {0} places: the first {0} are shown"), &[&MAX_PLACES.to_string()]),
            Refused::FiguresNotEmbeddable => l.tr("the figures view is a table, not a chart to embed").into(),
            Refused::ThemeOnlyEmbedded => l.tr("a link sets the theme only for an embedded chart; the page follows yours").into(),
            Refused::FiltersOnlyFigures => l.tr("filters, search and sorting belong to the figures view").into(),
            // In English whatever `l` is: the texts that failed are the other language's.
            Refused::TextsNotLoaded(lang, why) => format!("the texts in {} could not be loaded ({why}), so the page is in English", lang.name()),
        }
    }
}

/// A part of a link that was not used, and why; shown to the reader in a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    /// The part's key as the link gives it (shortened for showing); for parts past the most
    /// read, how many there were.
    pub key: String,
    pub why: Refused,
}

impl Ignored {
    pub fn new(key: impl Into<String>, why: Refused) -> Ignored {
        Ignored { key: key.into(), why }
    }

    /// The part as the notice names it.
    pub fn label(&self, l: Lang) -> String {
        match self.why {
            Refused::TooManyParts => fill(l.tr("({0} more parts)"), &[&self.key]),
            _ => self.key.clone(),
        }
    }
}
