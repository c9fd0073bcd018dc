//! The sections below the first screen, in the order of the story: what was recorded, the
//! scenarios, how it is calculated, the plan itself (`plan`), share and download. They are the
//! second wasm: built when the reader comes near them or asks for one, in slices that yield to
//! the browser, and they reach the first view's state only through `platform::bridge`.

pub mod compare_controls;
pub mod compare_table;
pub mod export_buttons;
pub mod math_panel;
pub mod page_footer;
pub mod preset_picker;
pub mod reality_card;
pub mod recorded_section;
pub mod recorded_table;
pub mod scenarios_section;
pub mod sections_app;
pub mod share_panel;
