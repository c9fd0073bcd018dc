//! The dataset compiled into the binary, as a `static` written by `build.rs` from
//! `data/jinan.json` after the model has checked it.

use jinan_model::dataset::*;
use std::borrow::Cow;

/// `data/jinan.json`, compiled in: no parsing at start-up. Only the sections below the first
/// view (the second wasm) refer to it.
pub static DATASET: Dataset = include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The part of it the first view needs (`Dataset::core`): what the first wasm carries.
pub static CORE: Dataset = include!(concat!(env!("OUT_DIR"), "/dataset_core.rs"));

/// `data/jinan.json` in canonical (minified) form: what [`DATASET_SHA256`] hashes. Only tests
/// and the benchmark use it; nothing on the page does, so it is not in the wasm.
pub const DATASET_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/jinan.min.json"));
/// SHA-256 of [`DATASET_JSON`] in hex, for the reproducibility stamp on exports.
pub const DATASET_SHA256: &str = include_str!(concat!(env!("OUT_DIR"), "/jinan.sha256"));

/// How many of the plan's quantified targets have each status, counted at build time from the
/// whole dataset (the first view carries only the three headline targets).
pub static PROMISE_COUNTS: [(jinan_model::status::Status, usize); 7] = {
    use jinan_model::status::Status;
    include!(concat!(env!("OUT_DIR"), "/promise_counts.rs"))
};

/// The whole dataset: for the sections below the first view, the exports and the tests.
pub fn dataset() -> &'static Dataset {
    &DATASET
}

/// What the first view reads: the series, the facts, the sources and the headline targets.
pub fn core() -> &'static Dataset {
    &CORE
}
