//! The page: Leptos components that wire the scenario's signals to the model and draw. One
//! component per file, named for what it shows.

pub mod app;
pub mod browser;
pub mod canvas;
pub mod change_control;
pub mod chart_canvas;
pub mod chart_legend;
pub mod chart_summary;
pub mod data_table;
pub mod embed_credit;
pub mod export_buttons;
pub mod gdp_controls;
pub mod header_bar;
pub mod notice_list;
pub mod number_control;
pub mod page_footer;
pub mod pathway_panel;
pub mod readout_list;
pub mod reality_card;
pub mod reality_check;
pub mod recorded_table;
pub mod share_panel;
pub mod shared_controls;
pub mod source_marker;
pub mod start_capacity;
pub mod state;
