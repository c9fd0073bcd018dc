//! The pure part of Jinan Pathways: the dataset's types, the engine, what is known (verdicts,
//! the outlook conditioned on the record), the scenario and its URL, the audit, and every word
//! of the page. Nothing here knows of Leptos, the DOM or plotters (its dependencies have none of
//! them), so all of it is tested natively.
//!
//! Its logarithms and exponentials are `libm`'s, not the platform's: the first screen is
//! computed natively at build time and must equal, to the bit, what the wasm computes in the
//! browser (clippy's `disallowed-methods` in `clippy.toml` keeps the platform's out).

pub mod audit;
pub mod change_mode;
pub mod dataset;
pub mod defaults;
pub mod delivery;
pub mod engine;
pub mod export;
pub mod format;
pub mod glance;
pub mod history;
pub mod known;
pub mod page;
pub mod predict;
pub mod presets;
pub mod results;
pub mod scenario;
pub mod text;

pub use known::{band, conditioned, reality, status, verdict};
