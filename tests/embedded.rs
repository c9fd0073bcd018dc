//! The dataset as compiled into the app: the same as `data/jinan.json`, and stamped with the
//! SHA-256 of exactly what it holds.

use jinan_pathways::data::{dataset, DATASET_JSON, DATASET_SHA256};
use sha2::{Digest, Sha256};

#[test]
fn the_compiled_copy_is_the_json_file() {
    let from_file = jinan_model::dataset::parse(include_str!("../data/jinan.json")).unwrap();
    assert_eq!(*dataset(), from_file);
    // The canonical form is the file's content re-serialised, minified.
    assert_eq!(DATASET_JSON, serde_json::to_string(&from_file).unwrap());
    assert!(!DATASET_JSON.contains("\n "), "minified");
}

#[test]
fn the_stamp_s_hash_is_the_sha256_of_the_compiled_copy() {
    let hex: String = Sha256::digest(DATASET_JSON.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(DATASET_SHA256, hex);
    // And it changes with the data: one figure different gives another hash.
    let other = DATASET_JSON.replacen("12027.5", "12027.6", 1);
    assert_ne!(other, DATASET_JSON);
    let other_hex: String = Sha256::digest(other.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_ne!(other_hex, DATASET_SHA256);
}
