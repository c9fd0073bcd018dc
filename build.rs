//! Turns the data and the colour tokens into Rust, so that the page starts with both in place
//! and so that a missing name fails the build, not the page:
//!
//! - `data/jinan.json` is read into `jinan_model::dataset` types with serde and checked with
//!   `Dataset::check` (every fact, target and source the code or the data names must exist), then
//!   written out as Rust expressions for two `static`s, the whole and the part the first view
//!   needs (`Dataset::core`): no JSON parser in the wasm, no parsing at start-up. Also the
//!   SHA-256 of the canonical JSON, for the stamp on exports, and the count of the plan's
//!   targets by status (`status::counts`), which the first view shows without carrying them.
//! - `style/tokens.css` becomes a `Tokens` struct with one field per token and a constant for
//!   each theme. A token missing from a theme fails here; a token the charts read but the file
//!   does not define is a missing field, a compile error that names it.

use jinan_model::dataset::{self, Dataset};
use serde::ser::{self, Impossible, Serialize};
use sha2::{Digest, Sha256};
use std::fmt::{self, Display, Write as _};
use std::{env, fs, path::PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=data/jinan.json");
    println!("cargo:rerun-if-changed=style/tokens.css");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|_| fail("cargo sets OUT_DIR")));
    embed_dataset(&out);
    embed_tokens(&out);
}

fn embed_dataset(out: &std::path::Path) {
    let text = fs::read_to_string("data/jinan.json")
        .unwrap_or_else(|e| fail(&format!("read data/jinan.json: {e}")));
    let data: Dataset = dataset::parse(&text).unwrap_or_else(|e| {
        fail(&format!(
            "data/jinan.json does not fit the model's types: {e}"
        ))
    });
    let problems = data.check();
    if !problems.is_empty() {
        fail(&format!(
            "data/jinan.json lacks what the code needs:\n  - {}",
            problems.join("\n  - ")
        ));
    }
    let canonical = serde_json::to_string(&data)
        .unwrap_or_else(|e| fail(&format!("re-serialise the dataset: {e}")));
    let hash: String = Sha256::digest(canonical.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    for (name, value) in [
        ("dataset.rs", data.clone()),
        ("dataset_core.rs", data.core()),
    ] {
        let mut rust = RustExpr::default();
        value
            .serialize(&mut rust)
            .unwrap_or_else(|e| fail(&format!("write the dataset as Rust: {e}")));
        write(&out.join(name), &rust.out);
    }
    write(&out.join("jinan.sha256"), &hash);
    write(&out.join("jinan.min.json"), &canonical);
    // The counts of the plan's promises by status, for the first view's line that links to
    // the tracker: the first view carries only the headline targets, not the other 28.
    let all = jinan_model::status::assess_all(&data);
    let counts = jinan_model::status::counts(all.iter().map(|a| a.assessment.status));
    let items: Vec<String> = counts
        .iter()
        .map(|(s, n)| format!("(Status::{s:?}, {n})"))
        .collect();
    write(
        &out.join("promise_counts.rs"),
        &format!("[{}]", items.join(", ")),
    );
}

/// The `--name: #rrggbb[aa];` lines of one theme's block.
fn theme_tokens(css: &str, marker: &str) -> Vec<(String, String)> {
    let Some(start) = css.find(marker) else {
        fail(&format!("style/tokens.css has no `{marker}` block"));
    };
    let body = &css[start..];
    let body = &body[..body.find('}').unwrap_or(body.len())];
    body.lines()
        .filter_map(|line| {
            let (name, value) = line.trim().strip_prefix("--")?.split_once(':')?;
            Some((
                name.trim().to_string(),
                value.trim().trim_end_matches(';').trim().to_string(),
            ))
        })
        .collect()
}

/// `#rrggbb` or `#rrggbbaa` as plotters' `RGBAColor(r, g, b, alpha)`.
fn rgba(value: &str) -> Option<String> {
    let h = value.strip_prefix('#')?;
    if !(h.len() == 6 || h.len() == 8) || !h.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    let alpha = if h.len() == 8 {
        f64::from(byte(6)?) / 255.0
    } else {
        1.0
    };
    Some(format!(
        "RGBAColor({}, {}, {}, {alpha:?})",
        byte(0)?,
        byte(2)?,
        byte(4)?
    ))
}

fn embed_tokens(out: &std::path::Path) {
    let css = fs::read_to_string("style/tokens.css")
        .unwrap_or_else(|e| fail(&format!("read style/tokens.css: {e}")));
    let light = theme_tokens(&css, ":root {");
    let dark = theme_tokens(&css, ":root[data-theme=\"dark\"]");
    let names = |t: &[(String, String)]| t.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    if names(&light) != names(&dark) {
        fail(&format!(
            "style/tokens.css: the light and dark themes must define the same tokens in the same order\n  light: {:?}\n  dark:  {:?}",
            names(&light),
            names(&dark)
        ));
    }
    let field = |n: &str| n.replace('-', "_");
    let mut rust = String::from(
        "/// Every colour token of `style/tokens.css`, one field each (`--accent-fg` is `accent_fg`).\n\
         #[derive(Debug, Clone, Copy, PartialEq)]\npub struct Tokens {\n",
    );
    for (n, _) in &light {
        let _ = writeln!(rust, "    pub {}: RGBAColor,", field(n));
    }
    rust.push_str("}\n\nimpl Tokens {\n");
    for (name, theme) in [("LIGHT", &light), ("DARK", &dark)] {
        let _ = writeln!(rust, "    pub const {name}: Tokens = Tokens {{");
        for (n, v) in theme.iter() {
            let c = rgba(v).unwrap_or_else(|| {
                fail(&format!(
                    "style/tokens.css: --{n}: `{v}` is not #rrggbb or #rrggbbaa"
                ))
            });
            let _ = writeln!(rust, "        {}: {c},", field(n));
        }
        rust.push_str("    };\n");
    }
    // The first screen's charts are SVG in the page, coloured by the page's tokens (so that the
    // theme reaches them): drawn with each token a colour of its own that names it (red 254,
    // green 1, blue its index; alpha the light theme's), then written as a class of that name.
    if light.len() > 255 {
        fail("style/tokens.css: more than 255 tokens");
    }
    let _ = writeln!(
        rust,
        "    /// Each token's name, in the order of the fields.\n    pub const NAMES: [&'static str; {}] = [{}];",
        light.len(),
        light
            .iter()
            .map(|(n, _)| format!("{n:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    rust.push_str("    /// Every token a colour that names it: red 254, green 1, blue its index in [`Tokens::NAMES`].\n");
    rust.push_str("    pub const MARKED: Tokens = Tokens {\n");
    for (i, (n, v)) in light.iter().enumerate() {
        let alpha = rgba(v)
            .and_then(|c| {
                c.rsplit(", ")
                    .next()
                    .map(|a| a.trim_end_matches(')').to_string())
            })
            .unwrap_or_else(|| "1.0".into());
        let _ = writeln!(
            rust,
            "        {}: RGBAColor(254, 1, {i}, {alpha}),",
            field(n)
        );
    }
    rust.push_str("    };\n");
    let classes: String = light
        .iter()
        .map(|(n, _)| format!(".s-{n}{{stroke:var(--{n})}}.f-{n}{{fill:var(--{n})}}"))
        .collect();
    let _ = writeln!(
        rust,
        "    /// A stroke class and a fill class for every token (`.s-grid`, `.f-grid`).\n    pub const CLASSES: &'static str = {classes:?};"
    );
    rust.push_str("}\n");
    write(&out.join("tokens.rs"), &rust);
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

/// A serde serializer that writes a value as a constant Rust expression: structs as struct
/// literals, strings as `Cow::Borrowed("…")`, sequences as `Cow::Borrowed(&[…])`, unit enum
/// variants by their Rust name (the snake_case serde name, camel-cased back).
#[derive(Default)]
struct RustExpr {
    out: String,
}

#[derive(Debug)]
struct Error(String);
impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Error {}
impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

fn unsupported<T>(what: &str) -> Result<T, Error> {
    Err(Error(format!(
        "the dataset has a {what}, which build.rs does not write"
    )))
}

fn camel(snake: &str) -> String {
    snake
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

impl RustExpr {
    fn put(&mut self, s: &str) -> Result<(), Error> {
        self.out.push_str(s);
        Ok(())
    }
}

macro_rules! ints {
    ($($f:ident: $t:ty),*) => {$(
        fn $f(self, v: $t) -> Result<(), Error> { self.put(&v.to_string()) }
    )*};
}

impl ser::Serializer for &mut RustExpr {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), Error>;

    ints!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
          serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.put(if v { "true" } else { "false" })
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if !v.is_finite() {
            return unsupported("non-finite number");
        }
        // Debug keeps a decimal point ("1301.0"), so the literal is a float.
        self.put(&format!("{v:?}"))
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.put(&format!("{v:?}"))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.put(&format!("Cow::Borrowed({v:?})"))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        unsupported("byte string")
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.put("None")
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), Error> {
        self.put("Some(")?;
        v.serialize(&mut *self)?;
        self.put(")")
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.put("()")
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Error> {
        self.put(name)
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.put(&format!("{name}::{}", camel(variant)))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        unsupported("newtype struct")
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        unsupported("newtype variant")
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Error> {
        self.put("Cow::Borrowed(&[")?;
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        unsupported("tuple")
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        unsupported("tuple struct")
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        unsupported("tuple variant")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        unsupported("map")
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Self, Error> {
        self.put(&format!("{name} {{"))?;
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        unsupported("struct variant")
    }
}

impl ser::SerializeSeq for &mut RustExpr {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        v.serialize(&mut **self)?;
        self.put(",")
    }
    fn end(self) -> Result<(), Error> {
        self.put("])")
    }
}

impl ser::SerializeStruct for &mut RustExpr {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.put(&format!("{key}: "))?;
        v.serialize(&mut **self)?;
        self.put(",")
    }
    fn end(self) -> Result<(), Error> {
        self.put("}")
    }
}
