//! Jinan Pathways: can Jinan reach the targets of its 2023–2025 plan, and what would it take?
//!
//! The app: the dataset compiled in (`data`), the charts (`chart`) and the page (`ui`). The pure
//! part, everything the page computes and says, is the `jinan-model` crate.

// The components' view types are deep; natively (the first screen's render) their types are not
// erased as they are in the wasm (`erase_components`, .cargo/config.toml).
#![recursion_limit = "256"]

pub mod chart;
pub mod data;
/// Build time only: the first screen, rendered by the app's own components.
#[cfg(not(target_arch = "wasm32"))]
pub mod first_screen;
pub mod ui;
