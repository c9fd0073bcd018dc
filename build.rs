//! Checks `data/jinan.json` against the model's types, then writes a minified copy and its
//! SHA-256 for the binary to embed. A dataset that does not fit the types fails the build.

#[allow(dead_code)]
#[path = "src/model/dataset.rs"]
mod dataset;

use sha2::{Digest, Sha256};
use std::{env, fs, path::PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=data/jinan.json");
    println!("cargo:rerun-if-changed=src/model/dataset.rs");
    let text = fs::read_to_string("data/jinan.json")
        .unwrap_or_else(|e| fail(&format!("read data/jinan.json: {e}")));
    let data = dataset::parse(&text).unwrap_or_else(|e| {
        fail(&format!(
            "data/jinan.json does not fit the model's types: {e}"
        ))
    });
    let min = serde_json::to_string(&data)
        .unwrap_or_else(|e| fail(&format!("re-serialise the dataset: {e}")));
    let out = PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|_| fail("cargo sets OUT_DIR")));
    let hash = Sha256::digest(min.as_bytes());
    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    write(&out.join("jinan.min.json"), &min);
    write(&out.join("jinan.sha256"), &hex);
}

fn write(path: &std::path::Path, text: &str) {
    if let Err(e) = fs::write(path, text) {
        fail(&format!("write {}: {e}", path.display()));
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("build.rs: {msg}");
    std::process::exit(1)
}
