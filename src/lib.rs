//! Shenzhen's priority industries explorer, in the order data flows: the dataset and its
//! checks, the comparisons it allows, the chart specifications and their drawing, the page
//! as text (what the build and the app share), and the app, which only the browser runs.

pub mod data;
pub mod i18n;
pub mod handshake;
pub mod escape;
pub mod format;
pub mod view_state;
pub mod compare;
pub mod chart;
pub mod cite;
pub mod export;
pub mod tables;
pub mod page;

pub mod app;
/// The WebAssembly's memory allocator.
pub mod alloc;

#[cfg(test)]
mod unlinked_sites;
