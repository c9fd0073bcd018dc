//! The plan itself, in the sections below: the tracker of its promises (every quantified target
//! with its status from the record, and its downloads), the ten areas' projects and investment
//! (chart and table), the delivery arithmetic, the 50 tasks, and the source audit. Part of the second wasm; reads the whole dataset from `Ctx`.

pub mod areas_table;
pub mod audit_report;
pub mod delivery_control;
pub mod plan_section;
pub mod promise_downloads;
pub mod promise_row;
pub mod promise_tracker;
pub mod record_glance;
pub mod task_browser;
