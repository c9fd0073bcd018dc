//! The instrument: the indicator in front, with its headline readouts, its chart and what
//! belongs to the chart (its words, its key, its numbers), and predict mode. Components here
//! read one indicator's memos from `Ctx`; the controls they hold write the scenario.

pub mod chart_canvas;
pub mod chart_key;
pub mod chart_legend;
pub mod chart_summary;
pub mod data_table;
pub mod draw_surface;
pub mod front_panel;
pub mod guess;
pub mod guess_controls;
pub mod indicator_panel;
pub mod more_readouts;
pub mod predict_panel;
pub mod readouts;
