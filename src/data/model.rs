//! The dataset's vocabulary: plain types with no dependencies, so that build.rs can include
//! this file to parse `data/dataset.toml` with exactly the types the app uses.

/// Defines a field-less enum whose variants have a stable key, used in the data file and in
/// URLs. `parse` is the only way from text to the type, so a typo in the data fails the build.
#[macro_export]
macro_rules! keyed_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            /// The variant with this key. A search of `ALL` rather than a match of every key:
            /// the same answer in less WebAssembly (docs/decisions.md, "WebAssembly size").
            pub fn parse(key: &str) -> Option<Self> {
                $name::ALL.iter().copied().find(|x| x.key() == key)
            }
        }
    };
}

keyed_enum!(
    /// A topic of the dataset: the three priority sectors, then context figures.
    Sector { Ai = "ai", Nev = "nev", Biomed = "biomed", Economy = "economy", Fx = "fx" }
);

impl Sector {
    /// The three priority sectors of the article, in the order the app shows them.
    pub const PRIORITY: [Sector; 3] = [Sector::Ai, Sector::Nev, Sector::Biomed];
}

/// Who a figure is about: a row of the data file's `[[place]]` table, by its position there,
/// which is also the order links and pickers list places in. No code lists the places: the
/// data does, with each one's kind, names, colour and roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Entity(pub u16);

keyed_enum!(
    /// What kind of place a place is. Provinces are not cities (comparisons flag them); a
    /// company is context for a place, never compared with one; the nation is the total that
    /// shares divide by.
    PlaceKind { City = "city", Province = "province", Company = "company", Nation = "nation" }
);

keyed_enum!(
    /// What a place is to the app. `subject`: the city the growth and trend views are about
    /// (exactly one); `nation`: the national total the ratios divide by (exactly one);
    /// `default`: a place the cities view opens with.
    Role { Subject = "subject", Nation = "nation", Default = "default" }
);

/// A place of the data file: its key (in the data file and links), kind, names, colour and
/// roles.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    pub key: &'static str,
    pub kind: PlaceKind,
    pub name: Text3,
    /// Its colour in charts, as red, green, blue; without one a chart gives it a palette
    /// colour no other place in that chart has.
    pub colour: Option<[u8; 3]>,
    pub roles: &'static [Role],
}

/// What [`Dataset::place`] answers for an index no place has, which validation rules out.
const NO_PLACE: Place = Place { key: "", kind: PlaceKind::City, name: Text3 { en: "" }, colour: None, roles: &[] };

impl Place {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

keyed_enum!(
    /// What a value counts. Values of different units never share an axis.
    Unit { Vehicles = "vehicles", Cny = "cny", Percent = "percent", Firms = "firms", CnyPerUsd = "cny-per-usd" }
);

keyed_enum!(
    /// What kind of quantity a value is. Gross output, value added and fund size are
    /// different things even in the same currency.
    Basis {
        Volume = "volume",
        GrossOutput = "gross-output",
        ValueAdded = "value-added",
        ExportValue = "export-value",
        FundSize = "fund-size",
        CoreIndustry = "core-industry",
        Target = "target",
        Share = "share",
        Count = "count",
        AnnualAverage = "annual-average",
        Sales = "sales",
        Revenue = "revenue",
        IndustryScale = "industry-scale",
    }
);

keyed_enum!(
    /// How the source qualifies a value: data, not prose, so charts can draw it.
    Qualifier {
        Exact = "exact",
        LowerBound = "lower-bound",
        Approx = "approx",
        Target = "target",
        Estimate = "estimate",
        Derived = "derived",
    }
);

keyed_enum!(
    /// A = the article or an official release; B = a named reputable outlet;
    /// C = a reworded copy, a mirror or one weak source (shown as "reported").
    Grade { A = "A", B = "B", C = "C" }
);

keyed_enum!(
    /// Why figures are listed together as a known conflict.
    ConflictKind {
        SourcesDisagree = "sources-disagree",
        GrowthMismatch = "growth-mismatch",
        RealVsNominal = "real-vs-nominal",
        DifferentMeasures = "different-measures",
    }
);

/// The time a figure covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Year(u16),
    /// Half `1` or `2` of a year.
    Half(u16, u8),
    /// Quarters `from..=to` of a year (`2024Q1-Q3`: January to September).
    Quarters { year: u16, from: u8, to: u8 },
    Month(u16, u8),
    /// Months `from..=to` of a year that are not whole quarters (`2025M01-M11`: January to
    /// November), for the year-to-date totals sources publish.
    Months { year: u16, from: u8, to: u8 },
}

impl Period {
    /// Reads "2023", "2024H1", "2024Q1-Q3", "2024-10" or "2025M01-M11". Each stretch of time
    /// has one spelling: a month range that is whole quarters (or a half, or the year) is
    /// refused, to be written in that form, so that equal periods compare equal.
    pub fn parse(text: &str) -> Option<Period> {
        let year = |s: &str| s.parse::<u16>().ok().filter(|y| (1900..=2100).contains(y));
        if text.len() == 4 {
            return year(text).map(Period::Year);
        }
        let (head, tail) = text.split_at_checked(4)?;
        let y = year(head)?;
        if let Some(h) = tail.strip_prefix('H') {
            return match h {
                "1" => Some(Period::Half(y, 1)),
                "2" => Some(Period::Half(y, 2)),
                _ => None,
            };
        }
        if let Some(q) = tail.strip_prefix('Q') {
            let (from, to) = q.split_once("-Q")?;
            let (from, to) = (from.parse::<u8>().ok()?, to.parse::<u8>().ok()?);
            return (1 <= from && from <= to && to <= 4).then_some(Period::Quarters { year: y, from, to });
        }
        if let Some(m) = tail.strip_prefix('M') {
            let (from, to) = m.split_once("-M")?;
            let two_digits = |s: &str| (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u8>().ok()).flatten();
            let (from, to) = (two_digits(from)?, two_digits(to)?);
            let whole_quarters = from % 3 == 1 && to % 3 == 0;
            return (1 <= from && from < to && to <= 12 && !whole_quarters).then_some(Period::Months { year: y, from, to });
        }
        let m = tail.strip_prefix('-')?.parse::<u8>().ok()?;
        (1..=12).contains(&m).then_some(Period::Month(y, m))
    }

    pub fn year(self) -> u16 {
        match self {
            Period::Year(y) | Period::Half(y, _) | Period::Month(y, _) => y,
            Period::Quarters { year, .. } | Period::Months { year, .. } => year,
        }
    }

    /// The first and last month the period covers (1 to 12).
    pub fn months(self) -> (u8, u8) {
        match self {
            Period::Year(_) => (1, 12),
            Period::Half(_, h) => (h * 6 - 5, h * 6),
            Period::Quarters { from, to, .. } => (from * 3 - 2, to * 3),
            Period::Month(_, m) => (m, m),
            Period::Months { from, to, .. } => (from, to),
        }
    }

    /// Orders periods in time: by year, then by the month they end, then the month they
    /// start; a year's parts (H1, Jan-Nov) come before the full year they are part of.
    pub fn chrono_key(self) -> (u16, u8, u8) {
        let (start, end) = self.months();
        (self.year(), end, start)
    }

    /// The month the period starts, as (year, month): what a change of method from a date
    /// applies to.
    pub fn start(self) -> (u16, u8) {
        (self.year(), self.months().0)
    }

    pub fn is_full_year(self) -> bool {
        matches!(self, Period::Year(_)) || matches!(self, Period::Quarters { from: 1, to: 4, .. })
    }

    /// The same stretch of time one year earlier: what a year-on-year rate compares with.
    pub fn year_before(self) -> Period {
        match self {
            Period::Year(y) => Period::Year(y - 1),
            Period::Half(y, h) => Period::Half(y - 1, h),
            Period::Quarters { year, from, to } => Period::Quarters { year: year - 1, from, to },
            Period::Month(y, m) => Period::Month(y - 1, m),
            Period::Months { year, from, to } => Period::Months { year: year - 1, from, to },
        }
    }

    /// The key used in the data file and URLs.
    pub fn key(self) -> String {
        match self {
            Period::Year(y) => format!("{y}"),
            Period::Half(y, h) => format!("{y}H{h}"),
            Period::Quarters { year, from, to } => format!("{year}Q{from}-Q{to}"),
            Period::Month(y, m) => format!("{y}-{m:02}"),
            Period::Months { year, from, to } => format!("{year}M{from:02}-M{to:02}"),
        }
    }
}

/// A text of the dataset in the app's three languages: the English, which is also the id of
/// its French and Chinese translations in the catalogs (build.rs puts them there from
/// dataset.toml's `_fr` and `_zh` fields).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Text3 {
    pub en: &'static str,
}

/// The slots of a metric's sentence pattern ([`Metric::sentence`]).
pub const SENTENCE_SLOTS: [&str; 4] = ["{place}", "{value}", "{when}", "{period}"];

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metric {
    pub key: &'static str,
    pub sector: Sector,
    pub unit: Unit,
    pub basis: Basis,
    pub label: Text3,
    /// A figure of the metric as a sentence, for quoting it (`cite::sourced_sentence`): words
    /// around `{place}`, `{value}` (as qualified: "more than 1.73 million vehicles") and
    /// `{when}` ("in H1 2024") or `{period}` ("H1 2024").
    pub sentence: Text3,
    /// For a share: the metric it is a share of, whose place's figure over the nation's total
    /// gives it (the build checks stated shares with it).
    pub share_of: Option<&'static str>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub id: &'static str,
    /// The place the figure is about; `None` for a figure about no place (an exchange rate).
    pub entity: Option<Entity>,
    pub metric: &'static str,
    pub value: f64,
    pub period: Period,
    /// The year-on-year growth the source states, in percent.
    pub yoy_pct: Option<f64>,
    /// The source of the stated growth rate, when it is not the figure's own source.
    pub yoy_source: Option<&'static str>,
    pub qualifier: Qualifier,
    /// The source's own qualifying words, e.g. "exceeded 1.73 million".
    pub wording: Option<Text3>,
    /// The source's sentence, as published.
    pub quote: Option<Quote>,
    pub grade: Grade,
    /// The id of the figure's [`Source`].
    pub source: &'static str,
    pub note: Option<Text3>,
    /// How a derived value was computed from other figures.
    pub formula: Option<&'static str>,
    /// The figures a derived value is computed from.
    pub derived_from: &'static [&'static str],
    /// The sector's headline figure in the article.
    pub headline: bool,
}

/// A source's own sentence in its own language, and what it says in each of the app's
/// languages: the original itself where the reader reads that language, else a translation
/// (which the app marks as one).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quote {
    pub text: &'static str,
    pub lang: TextLang,
    pub translation: Text3,
}

keyed_enum!(
    /// The language a source's text is written in (a BCP 47 tag, as HTML's `lang` takes it).
    TextLang { En = "en", Fr = "fr", ZhHans = "zh-Hans", ZhHant = "zh-Hant" }
);

keyed_enum!(
    /// How approximately a date is known, when it is not a day, a month or a year.
    DatePart { Early = "early", Mid = "mid", Late = "late" }
);

/// When a source was published, as precisely as it is known: never more precisely.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Published {
    Day(u16, u8, u8),
    Month(u16, u8),
    Year(u16),
    /// "early 2026", "mid 2025", "late 2025".
    Part(DatePart, u16),
    Unknown,
}

impl Published {
    /// Reads "2025-02-25", "2025-02", "2025", "early 2026", "mid 2025", "late 2025" or
    /// "unknown".
    pub fn parse(text: &str) -> Option<Published> {
        let year = |s: &str| (s.len() == 4).then(|| s.parse::<u16>().ok()).flatten().filter(|y| (1900..=2100).contains(y));
        let two = |s: &str, max: u8| (s.len() == 2).then(|| s.parse::<u8>().ok()).flatten().filter(|n| (1..=max).contains(n));
        if text == "unknown" {
            return Some(Published::Unknown);
        }
        if let Some((part, y)) = text.split_once(' ') {
            return Some(Published::Part(DatePart::parse(part)?, year(y)?));
        }
        let mut parts = text.split('-');
        let y = year(parts.next()?)?;
        match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => Some(Published::Year(y)),
            (Some(m), None, _) => Some(Published::Month(y, two(m, 12)?)),
            (Some(m), Some(d), None) => Some(Published::Day(y, two(m, 12)?, two(d, 31)?)),
            _ => None,
        }
    }

    /// The date as the data file writes it: "2025-02-25", "early 2026", "unknown".
    pub fn key(self) -> String {
        match self {
            Published::Day(y, m, d) => format!("{y}-{m:02}-{d:02}"),
            Published::Month(y, m) => format!("{y}-{m:02}"),
            Published::Year(y) => y.to_string(),
            Published::Part(part, y) => format!("{} {y}", part.key()),
            Published::Unknown => "unknown".to_string(),
        }
    }

    /// The earliest day the date allows, for ordering; `None` when unknown.
    pub fn earliest(self) -> Option<(u16, u8, u8)> {
        match self {
            Published::Day(y, m, d) => Some((y, m, d)),
            Published::Month(y, m) => Some((y, m, 1)),
            Published::Year(y) | Published::Part(DatePart::Early, y) => Some((y, 1, 1)),
            Published::Part(DatePart::Mid, y) => Some((y, 5, 1)),
            Published::Part(DatePart::Late, y) => Some((y, 9, 1)),
            Published::Unknown => None,
        }
    }
}

/// Where a figure comes from: who published the text, when, and where it can be read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    /// Who published the text at `url` (for a copy, the copying site); "unrecorded" for a
    /// copy whose site was not noted.
    pub publisher: &'static str,
    /// The publisher's own Chinese name, shown to Chinese readers.
    pub publisher_zh: Option<&'static str>,
    pub title: Option<&'static str>,
    pub published: Published,
    /// Where the text can be read.
    pub url: Option<&'static str>,
    /// For a mirror or reprint: the original outlet whose text it copies.
    pub mirror_of: Option<&'static str>,
    pub mirror_of_zh: Option<&'static str>,
    /// The language of the text, where known.
    pub lang: Option<TextLang>,
}

/// The publisher name for the site of a copy that was not noted.
pub const UNRECORDED: &str = "unrecorded";

/// The publisher name for the site of a copy that is not linked nor named, for what it
/// carries (the data file's `unlinked_domain`): the copy is named by the outlet it copies.
pub const WITHHELD: &str = "withheld";

impl Source {
    /// The outlet a reader knows the text by: the original for a copy.
    pub fn outlet(&self, zh: bool) -> &'static str {
        let (name, name_zh) = match self.mirror_of {
            Some(original) => (original, self.mirror_of_zh),
            None => (self.publisher, self.publisher_zh),
        };
        name_zh.filter(|_| zh).unwrap_or(name)
    }
}

keyed_enum!(
    /// What a break in a series changes: how the quantity is counted, or what it covers.
    BreakKind { Method = "method", Scope = "scope" }
);

/// The places a break applies to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Places {
    /// Every place but these (a national rule: the national total itself is not re-attributed).
    All { except: &'static [Entity] },
    Only(&'static [Entity]),
}

/// A change of method or scope from a period on: figures before and after it measure
/// different things, so no chart joins them, computes growth across them or indexes one to
/// the other, and no derived value spans it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Break {
    pub id: &'static str,
    pub metrics: &'static [&'static str],
    pub places: Places,
    /// The first period counted the new way.
    pub from: Period,
    pub kind: BreakKind,
    /// The id of the [`Source`] that reports the change.
    pub source: &'static str,
    /// What changed and why it matters, for the chart's note.
    pub note: Text3,
}

impl Break {
    /// Whether the break applies to a place's series of a metric; a figure about no place
    /// (`None`) has no series a break could change.
    pub fn applies(&self, entity: impl Into<Option<Entity>>, metric: &str) -> bool {
        let place = match (self.places, entity.into()) {
            (_, None) => false,
            (Places::All { except }, Some(e)) => !except.contains(&e),
            (Places::Only(list), Some(e)) => list.contains(&e),
        };
        place && self.metrics.contains(&metric)
    }

    /// Whether a period is counted the new way (it starts on or after the change).
    pub fn after(&self, p: Period) -> bool {
        p.start() >= self.from.start()
    }

    /// Whether two periods lie on either side of the change.
    pub fn separates(&self, a: Period, b: Period) -> bool {
        self.after(a) != self.after(b)
    }

    /// Whether a period begins before the change and ends after it: a figure for it would
    /// mix the two ways of counting (a year, say, when the change came in July).
    pub fn straddled_by(&self, p: Period) -> bool {
        !self.after(p) && (p.year(), p.months().1) >= self.from.start()
    }
}

/// Figures searched for and not found: the view that would hold them says so, dated by the
/// dataset's review, rather than leave a silent hole or invent a value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gap {
    pub entity: Entity,
    pub metric: &'static str,
    pub periods: &'static [Period],
    /// What was searched for, where that helps the reader.
    pub note: Option<Text3>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conflict {
    pub id: &'static str,
    pub kind: ConflictKind,
    pub figures: &'static [&'static str],
    pub note: Text3,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Office {
    pub sector: Sector,
    pub name: Text3,
    pub remit: Text3,
    pub person: Option<Text3>,
}

/// When something happened, as precisely as its source gives it: a day or a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventDate {
    Day(u16, u8, u8),
    Month(u16, u8),
}

impl EventDate {
    /// Reads "2022-08-01" or "2022-08".
    pub fn parse(text: &str) -> Option<EventDate> {
        match Published::parse(text)? {
            Published::Day(y, m, d) => Some(EventDate::Day(y, m, d)),
            Published::Month(y, m) => Some(EventDate::Month(y, m)),
            _ => None,
        }
    }

    pub fn key(self) -> String {
        match self {
            EventDate::Day(y, m, d) => format!("{y}-{m:02}-{d:02}"),
            EventDate::Month(y, m) => format!("{y}-{m:02}"),
        }
    }

    pub fn year(self) -> u16 {
        match self {
            EventDate::Day(y, ..) | EventDate::Month(y, _) => y,
        }
    }

    /// How far into its year the date is, from 0 to 1: a month-dated event at its month's
    /// middle.
    pub fn fraction_of_year(self) -> f64 {
        match self {
            EventDate::Day(_, m, d) => (f64::from(m - 1) + (f64::from(d) - 0.5) / 31.0) / 12.0,
            EventDate::Month(_, m) => (f64::from(m) - 0.5) / 12.0,
        }
    }
}

/// Something that happened, drawn where time is an axis: its date, place (the nation for a
/// national event) and sectors, a short title and a sentence, and the source that says so,
/// with its address and its own words (stricter than a figure's).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Event {
    pub id: &'static str,
    pub date: EventDate,
    pub entity: Entity,
    pub sectors: &'static [Sector],
    pub title: Text3,
    pub text: Text3,
    pub source: &'static str,
    pub quote: Quote,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Company {
    pub name: &'static str,
    pub name_zh: &'static str,
    pub sector: Option<Sector>,
    pub role: Text3,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Meta {
    pub title: Text3,
    /// When the figures were last checked against their sources (YYYY-MM-DD).
    pub reviewed: &'static str,
    pub seed_article: &'static str,
    pub seed_url: &'static str,
    pub offices: Text3,
}

/// Where each id is: ids sorted with their positions, so that finding a figure, a source or a
/// figure's conflicts costs a binary search, not a scan of the dataset (ten times the data,
/// and every row of the figures table looks up its source and conflicts).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lookup {
    pub figures: &'static [(&'static str, u32)],
    pub sources: &'static [(&'static str, u32)],
    /// A figure's id with the position of a conflict that lists it, sorted by the id.
    pub conflicts: &'static [(&'static str, u32)],
}

impl Lookup {
    pub const EMPTY: Lookup = Lookup { figures: &[], sources: &[], conflicts: &[] };

    /// The lookup of these tables (made once, when the data is read: it lives as long).
    pub fn of(figures: &[Figure], sources: &[Source], conflicts: &[Conflict]) -> Lookup {
        fn sorted(mut pairs: Vec<(&'static str, u32)>) -> &'static [(&'static str, u32)] {
            pairs.sort_unstable();
            Box::leak(pairs.into_boxed_slice())
        }
        let at = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
        Lookup {
            figures: sorted(figures.iter().enumerate().map(|(i, f)| (f.id, at(i))).collect()),
            sources: sorted(sources.iter().enumerate().map(|(i, s)| (s.id, at(i))).collect()),
            conflicts: sorted(conflicts.iter().enumerate().flat_map(|(i, c)| c.figures.iter().map(move |f| (*f, at(i)))).collect()),
        }
    }

    /// The positions listed under an id, in the order of the table they point into.
    pub fn all<'a>(table: &'a [(&'static str, u32)], id: &str) -> impl Iterator<Item = usize> + 'a {
        let from = table.partition_point(|(k, _)| *k < id);
        let to = from + table[from..].partition_point(|(k, _)| *k == id);
        table[from..to].iter().map(|(_, i)| *i as usize)
    }

    /// The first position listed under an id.
    pub fn first(table: &[(&'static str, u32)], id: &str) -> Option<usize> {
        Lookup::all(table, id).min()
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dataset {
    pub meta: Meta,
    pub places: &'static [Place],
    pub metrics: &'static [Metric],
    pub sources: &'static [Source],
    pub figures: &'static [Figure],
    pub breaks: &'static [Break],
    pub gaps: &'static [Gap],
    pub conflicts: &'static [Conflict],
    pub offices: &'static [Office],
    pub companies: &'static [Company],
    pub events: &'static [Event],
    pub lookup: Lookup,
}

impl Dataset {
    /// The place an entity is; validation guarantees every entity is one of the places.
    pub fn place(&self, e: Entity) -> &'static Place {
        self.places.get(usize::from(e.0)).unwrap_or(&NO_PLACE)
    }

    /// The place a key in the data file or a link names.
    pub fn place_named(&self, key: &str) -> Option<Entity> {
        self.places.iter().position(|p| p.key == key).and_then(|i| u16::try_from(i).ok()).map(Entity)
    }

    /// Every place, in the data file's order.
    pub fn entities(&self) -> impl Iterator<Item = Entity> {
        (0..self.places.len()).filter_map(|i| u16::try_from(i).ok()).map(Entity)
    }

    /// The one place with a role the data gives exactly one place (validation checks it).
    pub fn the(&self, role: Role) -> Entity {
        self.entities().find(|e| self.place(*e).has(role)).unwrap_or(Entity(0))
    }

    /// The break in an entity's series of a metric that lies between two periods, if any.
    pub fn break_between(&self, entity: impl Into<Option<Entity>>, metric: &str, a: Period, b: Period) -> Option<&'static Break> {
        let entity = entity.into();
        self.breaks.iter().find(|br| br.applies(entity, metric) && br.separates(a, b))
    }
}
