//! Charts as a pipeline: a specification built from (dataset, view) as plain data
//! (`spec`, one builder per view), laid out in pixels (`layout`), drawn by plotters (`render`).

pub mod growth;
pub mod layout;
pub mod render;
pub mod spec;

pub use spec::ChartSpec;
