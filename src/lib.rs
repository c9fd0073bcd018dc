//! Jinan Pathways: can Jinan reach the targets of its 2023–2025 plan, and what would it take?

pub mod chart;
pub mod model;
pub mod ui;
