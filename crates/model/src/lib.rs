//! The pure part of Jinan Pathways: the dataset, the engine, the scenario and its URL, the audit
//! and number formatting. Nothing here knows of Leptos, the DOM or plotters (a test checks), so
//! all of it is tested natively.

pub mod audit;
pub mod band;
pub mod dataset;
pub mod delivery;
pub mod engine;
pub mod export;
pub mod format;
pub mod history;
pub mod presets;
pub mod reality;
pub mod results;
pub mod scenario;
pub mod text;
