//! Each parameter's documentation, and the README's table made from it (a test holds the
//! README to it).

use super::*;

/// What a parameter means and its default, in the README's words (for a pinned parameter, the
/// README shows its value under the current defaults and under [`Defaults::V1`] instead). Apart
/// from [`PARAMS`], which the page reads, so that these words are not in the page's wasm: only
/// the README's table (and its test) reads them.
pub struct Doc {
    pub key: &'static str,
    pub meaning: &'static str,
    pub default: &'static str,
}

/// One [`Doc`] per parameter, in [`PARAMS`]'s order.
pub static DOCS: &[Doc] = &[
    Doc {
        key: "v",
        meaning: "the form of the link: `2` (written by the app since 0.2.0) carries every model parameter; a link without `v` that has model parameters reads the absent ones with the defaults of the links written before (see below)",
        default: "none",
    },
    Doc {
        key: "lang",
        meaning: "`zh` or `en`",
        default: "the browser's language",
    },
    Doc {
        key: "theme",
        meaning: "`auto`, `light`, `dark`",
        default: "`auto`",
    },
    Doc {
        key: "embed",
        meaning: "`1`: the compact widget for an iframe",
        default: "`0`",
    },
    Doc {
        key: "lock",
        meaning: "`1`: a published scenario, values shown but not editable",
        default: "`0`",
    },
    Doc {
        key: "show",
        meaning: "which indicators, e.g. `gdp,pop`",
        default: "`gdp,pop,re`",
    },
    Doc {
        key: "focus",
        meaning: "the indicator in front: `gdp`, `pop` or `re`",
        default: "`gdp`",
    },
    Doc {
        key: "from",
        meaning: "base year, 2022–2024",
        default: "",
    },
    Doc {
        key: "to",
        meaning: "last projected year, 2025–2035",
        default: "",
    },
    Doc {
        key: "gdp",
        meaning: "real GDP growth, % a year",
        default: "",
    },
    Doc {
        key: "defl",
        meaning: "the GDP deflator, % a year",
        default: "",
    },
    Doc {
        key: "pop_mode",
        meaning: "population change as `rate` (% a year) or `add` (万人 a year)",
        default: "",
    },
    Doc {
        key: "pop",
        meaning: "population change, in `pop_mode`'s unit",
        default: "",
    },
    Doc {
        key: "re_mode",
        meaning: "renewable capacity change as `rate` (% a year) or `add` (万千瓦 a year)",
        default: "",
    },
    Doc {
        key: "re",
        meaning: "renewable capacity change, in `re_mode`'s unit",
        default: "",
    },
    Doc {
        key: "re_base",
        meaning: "starting renewable capacity, 万千瓦 (your assumption: there is no official figure)",
        default: "none",
    },
    Doc {
        key: "band",
        meaning: "`1`: the range of likely outcomes",
        default: "`0`",
    },
    Doc {
        key: "seed",
        meaning: "kept for sampled extensions (the band is exact)",
        default: "`0`",
    },
    Doc {
        key: "b_gdp",
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
    },
    Doc {
        key: "b_defl",
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
    },
    Doc {
        key: "b_pop_mode",
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
    },
    Doc {
        key: "b_pop",
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
    },
    Doc {
        key: "b_re_mode",
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
    },
    Doc {
        key: "b_re",
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
    },
    Doc {
        key: "predict",
        meaning: "`1`: predict, then reveal (for class use)",
        default: "`0`",
    },
    Doc {
        key: "guess_gdp",
        meaning: "predict mode: the line a reader drew, as the first year, then a value (in the dataset's unit) for it and each year after, joined by `_`: `2023_12600_13300_14000`",
        default: "none",
    },
    Doc {
        key: "guess_pop",
        meaning: "predict mode: the line a reader drew, as the first year, then a value (in the dataset's unit) for it and each year after, joined by `_`: `2023_12600_13300_14000`",
        default: "none",
    },
    Doc {
        key: "guess_re",
        meaning: "predict mode: the line a reader drew, as the first year, then a value (in the dataset's unit) for it and each year after, joined by `_`: `2023_12600_13300_14000`",
        default: "none",
    },
    Doc {
        key: "delivery",
        meaning: "share of the planned investment carried out, %",
        default: "`100`",
    },
];

/// A parameter's words.
pub fn doc(key: &str) -> Option<&'static Doc> {
    DOCS.iter().find(|d| d.key == key)
}

/// A pinned parameter's value under some defaults, as a link writes it.
pub(super) fn pinned_value(p: &Param, d: &Defaults) -> String {
    (p.write)(&Scenario::with_defaults(d)).unwrap_or_default()
}

/// The README's table of parameters, written from [`PARAMS`]: adjacent parameters with the
/// same meaning and default share a row. A pinned parameter's default is shown under `current`
/// and under [`Defaults::V1`].
pub fn params_markdown(current: &Defaults) -> String {
    let mut rows: Vec<(Vec<&str>, &str, String)> = Vec::new();
    for p in PARAMS.iter() {
        let (meaning, default) = doc(p.key).map_or(("", ""), |d| (d.meaning, d.default));
        let default = match p.role {
            Role::Pinned => format!(
                "`{}`; `{}` in a link without `v`",
                pinned_value(p, current),
                pinned_value(p, &Defaults::V1)
            ),
            _ => default.to_string(),
        };
        match rows.last_mut() {
            Some((keys, m, d)) if *m == meaning && *d == default => keys.push(p.key),
            _ => rows.push((vec![p.key], meaning, default)),
        }
    }
    let mut out = String::from("| parameter | meaning | default |\n|---|---|---|\n");
    for (keys, meaning, default) in rows {
        let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
        let _ = writeln!(out, "| {} | {meaning} | {default} |", keys.join(", "));
    }
    out
}
