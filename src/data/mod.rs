//! The dataset (`data/dataset.toml`, validated by build.rs and written as the data file the
//! app fetches, `wire.rs`) and lookups on it. No Leptos, no DOM: everything here is tested
//! natively.

pub mod bounds;
pub mod checked;
#[cfg(test)]
pub mod checks;
#[cfg(test)]
pub mod revisions;
pub mod model;
#[cfg(test)]
pub mod raw;
pub mod validate;
pub mod wire;

pub use model::*;

/// The dataset, as the data file build.rs wrote (`dist/data.txt`). Natively it is compiled in
/// and read on first use; on the web the app reads the fetched file once, before anything
/// else ([`load`]), so the WebAssembly's size does not depend on the data's.
pub static DATASET: Loaded = Loaded;

pub struct Loaded;

static DATA: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();

/// What the dataset is before it is loaded (or should loading fail): no figures, so every
/// view says it has no data rather than stop.
#[cfg(target_arch = "wasm32")]
static EMPTY: Dataset = Dataset {
    meta: Meta { title: Text3 { en: "" }, reviewed: "", seed_article: "", seed_url: "", offices: Text3 { en: "" } },
    places: &[],
    metrics: &[],
    sources: &[],
    figures: &[],
    breaks: &[],
    gaps: &[],
    conflicts: &[],
    offices: &[],
    companies: &[],
    events: &[],
    lookup: Lookup::EMPTY,
};

/// The data file's text as the build wrote it: what native code reads, and what the build
/// copies into the site.
#[cfg(not(target_arch = "wasm32"))]
pub fn wire_text() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/dataset.txt"))
}

impl std::ops::Deref for Loaded {
    type Target = Dataset;

    #[cfg(not(target_arch = "wasm32"))]
    fn deref(&self) -> &Dataset {
        // build.rs validated the data and wrote this text from it, so it reads.
        DATA.get_or_init(|| wire::read(wire_text()).expect("build.rs writes a data file its own reader reads"))
    }

    // Not inlined: the dataset is read at hundreds of places, each a call, not a copy of this.
    #[cfg(target_arch = "wasm32")]
    #[inline(never)]
    fn deref(&self) -> &Dataset {
        DATA.get().unwrap_or(&EMPTY)
    }
}

/// Reads the fetched data file, once; says why it cannot be read.
pub fn load(text: String) -> Result<(), String> {
    if DATA.get().is_some() {
        return Ok(());
    }
    let data = wire::read(Box::leak(text.into_boxed_str()))?;
    let _ = DATA.set(data);
    Ok(())
}

/// The place a key names, for tests that name places; a key the data does not have is a
/// mistake in the test.
#[cfg(test)]
pub fn place(key: &str) -> Entity {
    DATASET.place_named(key).unwrap_or_else(|| panic!("no place `{key}` in the data"))
}

/// A place by the embedded dataset's places: its key, its kind, its roles.
impl Entity {
    pub fn key(self) -> &'static str {
        DATASET.place(self).key
    }

    pub fn parse(key: &str) -> Option<Entity> {
        DATASET.place_named(key)
    }

    /// Provinces are not cities: comparisons flag them.
    pub fn is_province(self) -> bool {
        DATASET.place(self).kind == PlaceKind::Province
    }

    /// A company is context for a place, never a place itself: no chart compares it with one.
    pub fn is_company(self) -> bool {
        DATASET.place(self).kind == PlaceKind::Company
    }

    /// The city the growth and trend views are about (Shenzhen).
    pub fn subject() -> Entity {
        DATASET.the(Role::Subject)
    }

    /// The national total shares divide by.
    pub fn nation() -> Entity {
        DATASET.the(Role::Nation)
    }
}

impl Dataset {
    pub fn figure(&self, id: &str) -> Option<&'static Figure> {
        Lookup::first(self.lookup.figures, id).and_then(|i| self.figures.get(i))
    }

    pub fn metric(&self, key: &str) -> Option<&'static Metric> {
        self.metrics.iter().find(|m| m.key == key)
    }

    /// The metric of a figure. Validation guarantees every figure names a known metric.
    pub fn metric_of(&self, figure: &Figure) -> &'static Metric {
        self.metric(figure.metric).unwrap_or(&self.metrics[0])
    }

    /// The sector's headline figure in the article (validation guarantees exactly one).
    pub fn headline(&self, sector: Sector) -> Option<&'static Figure> {
        self.figures.iter().find(|f| f.headline && self.metric_of(f).sector == sector)
    }

    /// The known conflicts a figure takes part in.
    pub fn conflicts_of<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'static Conflict> + 'a {
        let mut at: Vec<usize> = Lookup::all(self.lookup.conflicts, id).collect();
        at.sort_unstable();
        at.dedup();
        at.into_iter().filter_map(|i| self.conflicts.get(i))
    }

    /// The full years an entity has a figure for on a metric, in order, each once (whichever
    /// side of a disagreement a chart plots, it plots one figure for each of them).
    pub fn full_years(&self, entity: Entity, metric: &str) -> Vec<u16> {
        let mut years: Vec<u16> = Vec::new();
        for f in self.figures.iter().filter(|f| f.entity == Some(entity) && f.metric == metric && f.period.is_full_year()) {
            let y = f.period.year();
            if let Err(at) = years.binary_search(&y) {
                years.insert(at, y);
            }
        }
        years
    }

    /// The periods of an entity's series of a metric that were searched for and not found.
    pub fn gaps_of(&self, entity: Entity, metric: &str) -> Vec<Period> {
        let gaps = self.gaps.iter().filter(|g| g.entity == entity && g.metric == metric);
        gaps.flat_map(|g| g.periods.iter().copied()).collect()
    }

    pub fn office(&self, sector: Sector) -> Option<&'static Office> {
        self.offices.iter().find(|o| o.sector == sector)
    }

    pub fn source(&self, id: &str) -> Option<&'static Source> {
        Lookup::first(self.lookup.sources, id).and_then(|i| self.sources.get(i))
    }

    /// The source of a figure. Validation guarantees every figure names a known source.
    pub fn source_of(&self, figure: &Figure) -> &'static Source {
        self.source(figure.source).unwrap_or(&self.sources[0])
    }

    /// The events of `sector` at one of `places`, or the nation's (a national event concerns
    /// every place of its sector).
    pub fn events_about<'a>(&'a self, sector: Sector, places: &'a [Entity]) -> impl Iterator<Item = &'static Event> + 'a {
        let nation = self.the(Role::Nation);
        self.events.iter().filter(move |e| e.sectors.contains(&sector) && (places.contains(&e.entity) || e.entity == nation))
    }

    /// Every source the figures, breaks and events cite, once, in the order they first cite them.
    pub fn cited_sources(&self) -> Vec<&'static Source> {
        let mut out: Vec<&'static Source> = Vec::new();
        let by_figures = self.figures.iter().flat_map(|f| std::iter::once(f.source).chain(f.yoy_source));
        let ids = by_figures.chain(self.breaks.iter().map(|b| b.source)).chain(self.events.iter().map(|e| e.source));
        for s in ids.filter_map(|id| self.source(id)) {
            if !out.iter().any(|o| o.id == s.id) {
                out.push(s);
            }
        }
        out
    }

    /// The publication date of the newest figure's source (a figure is as new as the text
    /// it is read in); dates known only roughly count from their earliest day.
    pub fn newest_publication(&self) -> Option<Published> {
        let dated = self.figures.iter().map(|f| self.source_of(f).published).filter_map(|p| p.earliest().map(|d| (d, p)));
        dated.fold(None, |newest: Option<((u16, u8, u8), Published)>, (d, p)| match newest {
            Some((n, _)) if n >= d => newest,
            _ => Some((d, p)),
        })
        .map(|(_, p)| p)
    }
}

#[cfg(test)]
mod tests;
