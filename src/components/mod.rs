//! Thin view components, one concern per file.

pub mod chart;
pub mod cite;
pub mod controls;
pub mod figures;
pub mod language;
pub mod notice;
pub mod share;
pub mod static_parts;
pub mod theme;
