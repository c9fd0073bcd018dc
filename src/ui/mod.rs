//! The page: Leptos components that wire the scenario's signals to the model and draw. One
//! component per file, named for what it shows, in folders by role:
//!
//! - `shell`: what frames the first view (header, the targets' tabs, notices, links below);
//! - `instrument`: the indicator in front (readouts, chart, its key and numbers, predict mode);
//! - `controls`: the inputs, each writing the scenario through what it is given;
//! - `widget`: the compact card of `embed=1`;
//! - `sections` and `plan`: what follows the first screen, built by the second wasm;
//! - `platform`: the browser, reached only through here.
//!
//! `state` holds `Ctx`, the state both halves of the page share (see its comment for what and
//! why).

pub mod controls;
pub mod instrument;
pub mod plan;
pub mod platform;
pub mod sections;
pub mod shell;
pub mod state;
pub mod widget;
