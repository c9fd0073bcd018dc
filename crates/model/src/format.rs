//! Numbers in the reader's units. The dataset keeps 亿元, 万人 and 万千瓦; Chinese shows them as
//! 万/亿/万亿 (15000亿元 → 1.5万亿元), English as yuan trillion/billion, million people and GW/MW
//! (430万千瓦 = 4.3 GW). Rounding happens before the unit is chosen, so a value that rounds up
//! across a unit boundary is shown in the larger unit.

use super::scenario::{Indicator, Lang};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// 亿元 (100 million yuan)
    Yi,
    /// 万人 (10 thousand people)
    WanRen,
    /// 万千瓦 (10 MW)
    WanKw,
}

impl Indicator {
    pub fn unit(self) -> Unit {
        match self {
            Indicator::Gdp => Unit::Yi,
            Indicator::Pop => Unit::WanRen,
            Indicator::Re => Unit::WanKw,
        }
    }
}

const MINUS: char = '\u{2212}';

/// Rounds to `dp` decimals and drops trailing zeros: 1.50 → "1.5", 430.0 → "430".
pub fn trim(x: f64, dp: usize) -> String {
    let s = format!("{:.*}", dp, x);
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

fn round(x: f64, dp: i32) -> f64 {
    let f = 10f64.powi(dp);
    (x * f).round() / f
}

/// Groups thousands with commas: 485000 → "485,000".
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A magnitude (no sign) in the reader's unit.
fn magnitude(lang: Lang, unit: Unit, v: f64) -> String {
    match (lang, unit) {
        (Lang::Zh, Unit::Yi) => {
            if round(v, 1) >= 10_000.0 {
                format!("{}万亿元", trim(v / 10_000.0, 2))
            } else {
                format!("{}亿元", trim(v, 1))
            }
        }
        (Lang::Zh, Unit::WanRen) => {
            if round(v, 1) >= 10_000.0 {
                format!("{}亿人", trim(v / 10_000.0, 2))
            } else {
                format!("{}万人", trim(v, 1))
            }
        }
        (Lang::Zh, Unit::WanKw) => {
            if round(v, 1) >= 10_000.0 {
                format!("{}亿千瓦", trim(v / 10_000.0, 2))
            } else {
                format!("{}万千瓦", trim(v, 1))
            }
        }
        (Lang::En, Unit::Yi) => {
            let yuan = v * 1e8;
            if round(yuan / 1e9, 1) >= 1000.0 {
                format!("{} trillion yuan", trim(yuan / 1e12, 2))
            } else if round(yuan / 1e6, 1) >= 1000.0 {
                format!("{} billion yuan", trim(yuan / 1e9, 1))
            } else {
                format!("{} million yuan", trim(yuan / 1e6, 1))
            }
        }
        (Lang::En, Unit::WanRen) => {
            let people = v * 1e4;
            if round(people, -2) >= 1e6 {
                format!("{} million people", trim(people / 1e6, 2))
            } else {
                format!("{} people", group(round(people, -2) as u64))
            }
        }
        (Lang::En, Unit::WanKw) => {
            let mw = v * 10.0;
            if round(mw, 0) >= 1000.0 {
                format!("{} GW", trim(mw / 1000.0, 2))
            } else {
                format!("{} MW", trim(mw, 0))
            }
        }
    }
}

/// Whether a value shows as zero once rounded for display.
fn shows_as_zero(lang: Lang, unit: Unit, v: f64) -> bool {
    magnitude(lang, unit, v.abs())
        .chars()
        .filter(char::is_ascii_digit)
        .all(|c| c == '0')
}

/// A quantity: "1.5万亿元", "1.5 trillion yuan". Negative values carry a minus sign.
pub fn quantity(lang: Lang, unit: Unit, v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let m = magnitude(lang, unit, v.abs());
    if v < 0.0 && !shows_as_zero(lang, unit, v) {
        format!("{MINUS}{m}")
    } else {
        m
    }
}

/// A change or gap, always signed: "+694.4亿元", "−48.5万人".
pub fn signed(lang: Lang, unit: Unit, v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let m = magnitude(lang, unit, v.abs());
    if shows_as_zero(lang, unit, v) {
        m
    } else if v < 0.0 {
        format!("{MINUS}{m}")
    } else {
        format!("+{m}")
    }
}

/// A percentage with one decimal: "7.6%", "−4.6%".
pub fn percent(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let s = format!("{:.1}", v);
    if s == "-0.0" {
        "0.0%".into()
    } else if let Some(rest) = s.strip_prefix('-') {
        format!("{MINUS}{rest}%")
    } else {
        format!("{s}%")
    }
}

/// A signed percentage: "+2.0%", "−4.6%".
pub fn signed_percent(v: f64) -> String {
    let p = percent(v);
    if v.is_finite() && !p.starts_with(MINUS) && p != "0.0%" {
        format!("+{p}")
    } else {
        p
    }
}

/// A yearly rate: "7.6% a year", "每年7.6%".
pub fn rate(lang: Lang, v: f64) -> String {
    match lang {
        Lang::Zh => format!("每年{}", percent(v)),
        Lang::En => format!("{} a year", percent(v)),
    }
}

/// A yearly addition: "+19.5万人 a year" reads badly, so: "每年增加19.5万人", "+195,000 people a year".
pub fn addition(lang: Lang, unit: Unit, v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let m = magnitude(lang, unit, v.abs());
    match lang {
        Lang::Zh if shows_as_zero(lang, unit, v) => format!("每年不变（{m}）"),
        Lang::Zh if v < 0.0 => format!("每年减少{m}"),
        Lang::Zh => format!("每年增加{m}"),
        Lang::En => format!("{} a year", signed(lang, unit, v)),
    }
}

/// The unit a chart axis is labelled in, and the factor from the dataset's unit to it.
pub fn axis_unit(lang: Lang, unit: Unit) -> (&'static str, f64) {
    match (lang, unit) {
        (Lang::Zh, Unit::Yi) => ("万亿元", 1e-4),
        (Lang::Zh, Unit::WanRen) => ("万人", 1.0),
        (Lang::Zh, Unit::WanKw) => ("万千瓦", 1.0),
        (Lang::En, Unit::Yi) => ("trillion yuan", 1e-4),
        (Lang::En, Unit::WanRen) => ("million people", 1e-2),
        (Lang::En, Unit::WanKw) => ("GW", 1e-2),
    }
}

/// The dataset's unit, as the data attributes and CSV headers name it.
pub fn data_unit(unit: Unit) -> &'static str {
    match unit {
        Unit::Yi => "亿元",
        Unit::WanRen => "万人",
        Unit::WanKw => "万千瓦",
    }
}

/// A number as the page's `data-value` carries it (the testing contract): the raw value in the
/// dataset's unit, rates in percent, a probability as a fraction; empty where there is none or
/// it is not a finite number.
pub fn data_value(v: Option<f64>) -> String {
    v.filter(|x| x.is_finite())
        .map(|x| x.to_string())
        .unwrap_or_default()
}
