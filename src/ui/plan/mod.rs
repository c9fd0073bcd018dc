//! The plan itself, in the sections below: the ten areas' projects and investment (chart and
//! table), the delivery arithmetic, the 50 tasks, the register of every quantified target, and
//! the source audit. Part of the second wasm; reads the whole dataset from `Ctx`.

pub mod areas_table;
pub mod audit_report;
pub mod delivery_control;
pub mod plan_section;
pub mod target_register;
pub mod task_browser;
