//! Jinan Pathways: can Jinan reach the targets of its 2023–2025 plan, and what would it take?
//!
//! The app: the dataset compiled in (`data`), the charts (`chart`) and the page (`ui`). The pure
//! part, everything the page computes and says, is the `jinan-model` crate.

pub mod chart;
pub mod data;
/// Build time only: the first screen as HTML.
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod ui;
