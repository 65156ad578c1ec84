//! Thin view components, one concern per file.

pub mod cards;
pub mod chart;
pub mod context;
pub mod controls;
pub mod notice;
pub mod share;
pub mod sources;
