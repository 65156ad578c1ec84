//! Shenzhen's priority industries explorer. Pure modules first (data, formatting, chart
//! specifications), then the rendering module and the Leptos app.

pub mod chart;
pub mod cite;
pub mod compare;
pub mod controls_model;
pub mod data;
pub mod escape;
pub mod export;
pub mod figures;
pub mod format;
pub mod i18n;
pub mod page;
pub mod panic_panel;
pub mod static_html;

pub mod app;
pub mod catalog;
pub mod components;
pub mod url;
pub mod view_state;
