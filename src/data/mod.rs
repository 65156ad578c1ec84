//! The embedded dataset (generated from `data/dataset.toml` by build.rs) and lookups on it.
//! No Leptos, no DOM: everything here is tested natively.

pub mod bounds;
pub mod model;
#[cfg(test)]
pub mod raw;
pub mod validate;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

impl Dataset {
    pub fn figure(&self, id: &str) -> Option<&'static Figure> {
        self.figures.iter().find(|f| f.id == id)
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
        self.conflicts.iter().filter(move |c| c.figures.contains(&id))
    }

    pub fn office(&self, sector: Sector) -> Option<&'static Office> {
        self.offices.iter().find(|o| o.sector == sector)
    }

    /// Every source the dataset cites once, in first-use order, with a link where known.
    pub fn sources(&self) -> Vec<(&'static str, Option<&'static str>)> {
        let mut out: Vec<(&str, Option<&str>)> = Vec::new();
        for f in self.figures {
            match out.iter_mut().find(|(s, _)| *s == f.source) {
                Some(entry) => entry.1 = entry.1.or(f.url),
                None => out.push((f.source, f.url)),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
