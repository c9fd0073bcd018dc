//! The dataset compiled into the binary.

use super::dataset::{parse, Dataset};
use std::sync::OnceLock;

/// `data/jinan.json`, minified by `build.rs`.
pub const DATASET_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/jinan.min.json"));
/// SHA-256 of [`DATASET_JSON`] in hex, for the reproducibility stamp on exports.
pub const DATASET_SHA256: &str = include_str!(concat!(env!("OUT_DIR"), "/jinan.sha256"));

/// The embedded dataset, parsed on first use (JSON with serde_json: measured in `make bench`).
pub fn dataset() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| {
        // ok: build.rs deserialises this same JSON into these same types and fails the build if it can't.
        parse(DATASET_JSON).expect("embedded dataset is checked by build.rs")
    })
}
