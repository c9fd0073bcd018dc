//! The math panel's working: each step's formula with the outlook's numbers in it, and its
//! result, the outlook's own value.

use super::*;
use crate::engine::{years_to_target, Growth, Reach};
use crate::format::{data_unit, data_value, quantity, trim};
use crate::results::{Outlook, Reached};
use crate::scenario::Indicator;

/// The math panel's lines with numbers in them.
pub fn math_projected(lang: Lang, year: i32, unit: &str) -> String {
    match lang {
        Lang::Zh => format!("{year}年路径值 V = V₀ × (1 + g)ⁿ（按增量：V₀ + n·a），{unit}"),
        Lang::En => format!(
            "The path's value in {year}: V = V₀ × (1 + g)ⁿ (by additions: V₀ + n·a), {unit}"
        ),
    }
}

pub fn math_needed(lang: Lang, n: i32) -> String {
    match lang {
        Lang::Zh => format!("达标所需：g* = (T / V₀)^(1/n) − 1（按增量：(T − V₀) / n），n = {n}"),
        Lang::En => {
            format!("Needed: g* = (T / V₀)^(1/n) − 1 (by additions: (T − V₀) / n), with n = {n}")
        }
    }
}

pub fn math_years_result(lang: Lang, k: &str, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{k}年，即{year}年"),
        Lang::En => format!("{k} years, so in {year}"),
    }
}

/// The conditioned chance's line: where it starts, the spread, the horizon.
pub fn math_chance(
    lang: Lang,
    sd: &str,
    sd_words: &str,
    start: (i32, String),
    year: i32,
) -> String {
    let (sy, sv) = start;
    match lang {
        Lang::Zh => format!(
            "{year}年达到或超过目标的概率：从{sy}年的记录值{sv}出发（σ = {sd}，{sd_words}，推算），受此后记录的范围约束"
        ),
        Lang::En => format!(
            "The chance of at least the target in {year}: from the {sy} record of {sv} (σ = {sd}, the {sd_words}, derived), held within what is recorded after it"
        ),
    }
}

pub fn math_from_base(lang: Lang, base_year: i32) -> String {
    match lang {
        Lang::Zh => format!("作为对照：若从{base_year}年起、不看此后的记录，概率为"),
        Lang::En => format!("For comparison: from {base_year}, ignoring everything recorded since, the chance would be"),
    }
}

pub fn math_percentiles(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year}年5%与95%分位（给定记录）"),
        Lang::En => format!("5th and 95th percentiles in {year}, given the record"),
    }
}

/// One line of the working: what is computed, the formula with the numbers in it, and the
/// result, which is the outlook's own value; `key` names it in the page's `data-testid`
/// (`math-<key>-<indicator>`), and `value` is its `data-value`.
#[derive(Debug, Clone, PartialEq)]
pub struct MathStep {
    pub label: String,
    pub working: String,
    pub result: String,
    pub key: &'static str,
    pub value: String,
}

/// The working of an outlook, line by line, with `gdp` and `defl` the setting's real growth and
/// deflator (GDP's nominal growth is made of them); and whether the chance's lines are there
/// (they come with the band). None where the outlook has no base value to start from.
pub fn math_steps(lang: Lang, o: &Outlook, gdp: f64, defl: f64) -> Option<(Vec<MathStep>, bool)> {
    let w = section_words(lang);
    let indicator = o.indicator;
    let unit_name = data_unit(indicator.unit());
    let pct = |x: f64| format!("{}%", trim(x, 2));
    let base = o.base.as_ref()?;
    let (v0, y0, target, ty) = (base.value, base.year, o.target, o.target_year);
    let n = ty - y0;
    let (v0s, ts) = (trim(v0, 2), trim(target, 2));
    let mut steps = Vec::new();
    let mut step = |label: String, working: String, result: String, key, value: String| {
        steps.push(MathStep {
            label,
            working,
            result,
            key,
            value,
        })
    };
    if let (Indicator::Gdp, Growth::Rate(g)) = (indicator, o.growth) {
        step(
            w.math_nominal.to_string(),
            format!("(1 + {})(1 + {}) − 1", pct(gdp), pct(defl)),
            pct(g),
            "nominal",
            data_value(Some(g)),
        );
    }
    let (projection, needed, years) = match o.growth {
        Growth::Rate(g) => (
            format!("{v0s} × (1 + {})^{n}", pct(g)),
            format!("({ts} / {v0s})^(1/{n}) − 1"),
            format!("ln({ts} / {v0s}) / ln(1 + {})", pct(g)),
        ),
        Growth::Add(a) => (
            format!("{v0s} + {n} × {}", trim(a, 2)),
            format!("({ts} − {v0s}) / {n}"),
            format!("({ts} − {v0s}) / {}", trim(a, 2)),
        ),
    };
    step(
        math_projected(lang, ty, unit_name),
        projection,
        o.from_base
            .projected
            .map_or_else(|| "—".into(), |p| trim(p, 2)),
        "projected",
        data_value(o.from_base.projected),
    );
    let needed_value = o.from_base.required.map(|g| match g {
        Growth::Rate(r) | Growth::Add(r) => r,
    });
    step(
        math_needed(lang, n),
        needed,
        match o.from_base.required {
            Some(Growth::Rate(r)) => pct(r),
            Some(Growth::Add(a)) => format!("{} {unit_name}", trim(a, 2)),
            None => "—".into(),
        },
        "required",
        data_value(needed_value),
    );
    if let (Some(real), Some(Growth::Rate(r))) = (o.from_base.required_real, o.from_base.required) {
        step(
            w.math_real_needed.to_string(),
            format!("(1 + {}) / (1 + {}) − 1", pct(r), pct(defl)),
            pct(real),
            "required-real",
            data_value(Some(real)),
        );
    }
    let (k_text, k_value) = match years_to_target(v0, o.growth, target).ok() {
        Some(Reach::After(k)) => (trim(k, 2), data_value(Some(k))),
        Some(Reach::Already) => ("0".to_string(), "0".to_string()),
        _ => ("∞".to_string(), String::new()),
    };
    let reached = match o.from_base.reached {
        Some(Reached::Year(y)) => math_years_result(lang, &k_text, y),
        _ => w.math_never.to_string(),
    };
    step(w.math_years.to_string(), years, reached, "years", k_value);
    let conditioned = match (
        o.from_record.probability,
        o.from_record.spread,
        o.from_record.band.as_ref(),
        o.from_record.record.as_ref(),
    ) {
        (Some(p), Some(sd), Some(band), Some(record)) => {
            let q = band
                .at(o.from_record.probability_year)
                .unwrap_or([f64::NAN; 5]);
            let (sd_text, sd_words) = match o.growth {
                Growth::Rate(_) => (trim(sd, 4), w.math_sd_log),
                Growth::Add(_) => (trim(sd, 2), w.math_sd_add),
            };
            let start = (
                record.latest.0,
                quantity(lang, indicator.unit(), record.latest.1),
            );
            let bound = |b: Option<(f64, bool)>| b.map_or_else(|| "—".into(), |(v, _)| trim(v, 2));
            let windows: Vec<String> = record
                .windows
                .iter()
                .map(|win| format!("{}: ({}, {})", win.year, bound(win.low), bound(win.high)))
                .collect();
            let given = format!("V_{} = {}", record.latest.0, trim(record.latest.1, 2));
            let working = if windows.is_empty() {
                format!("P(V_{} ≥ {ts} | {given})", o.from_record.probability_year)
            } else {
                format!(
                    "P(V_{} ≥ {ts} | {given}; {})",
                    o.from_record.probability_year,
                    windows.join("; ")
                )
            };
            step(
                math_chance(
                    lang,
                    &sd_text,
                    sd_words,
                    start,
                    o.from_record.probability_year,
                ),
                working,
                chance_words_of(lang, p, o.from_record.probability_unconfirmed),
                "probability",
                data_value(Some(p)),
            );
            if let Some(pb) = o.from_base.probability_from_base {
                step(
                    math_from_base(lang, y0),
                    format!(
                        "P(V_{} ≥ {ts} | V_{y0} = {v0s})",
                        o.from_record.probability_year
                    ),
                    chance_words(lang, pb),
                    "probability-from-base",
                    data_value(Some(pb)),
                );
            }
            step(
                math_percentiles(lang, o.from_record.probability_year),
                "p5 … p95".to_string(),
                format!("{} … {}", trim(q[0], 1), trim(q[4], 1)),
                "band",
                format!("{},{}", q[0], q[4]),
            );
            true
        }
        _ => false,
    };
    Some((steps, conditioned))
}
