//! The readouts' sentences: a change in the reader's units, the pace needed against the
//! record's, where today's defaults come from.

use super::*;

/// A yearly change in the mode's form: "7.6% a year" or "+195,000 people a year".
pub fn change(lang: Lang, unit: Unit, is_rate: bool, v: f64) -> String {
    if is_rate {
        format::rate(lang, v)
    } else {
        format::addition(lang, unit, v)
    }
}

/// "needed 7.6% a year; 2019–2024 averaged 7.5%".
pub fn needed_vs_history(lang: Lang, needed: &str, avg: Option<(i32, i32, String)>) -> String {
    match (lang, avg) {
        (Lang::Zh, Some((a, b, v))) => format!("需要{needed}；{a}—{b}年平均{v}"),
        (Lang::Zh, None) => format!("需要{needed}；没有可比较的历史记录"),
        (Lang::En, Some((a, b, v))) => format!("needed {needed}; {a}–{b} averaged {v}"),
        (Lang::En, None) => format!("needed {needed}; no recorded history to compare"),
    }
}

/// A growth in words, in its own form: "7.6% a year" or "+195,000 people a year".
pub fn growth_words(lang: Lang, unit: Unit, g: crate::engine::Growth) -> String {
    match g {
        crate::engine::Growth::Rate(r) => change(lang, unit, true, r),
        crate::engine::Growth::Add(a) => change(lang, unit, false, a),
    }
}

/// How the current defaults were derived, in a sentence with their numbers.
pub fn defaults_note(lang: Lang, d: &crate::defaults::Derived) -> String {
    let s = &d.defaults.settings;
    let pc = format::percent;
    let (g0, g1) = (d.gdp.first_year, d.gdp.last_year);
    let b = &d.deflator;
    let (lo, hi) = (format!("{:.2}%", b.low), format!("{:.2}%", b.high));
    let (from, to) = (d.defaults.from, d.defaults.to);
    let py = d.pop.year;
    let pop_raw = format!("{:+.2}%", d.pop.rate);
    // Where the year's real growth is recorded the deflator is a point; where only its range is
    // known, the deflator's range is given and its middle taken.
    let ranged = (b.high - b.low).abs() > 1e-9;
    let defl = match (lang, ranged) {
        (Lang::Zh, true) => format!("{}，即{}年的隐含平减指数，在{lo}至{hi}之间（推算：该年实际增速只知道范围），取中间值", pc(s.defl), b.year),
        (Lang::Zh, false) => format!("{}，即{}年的隐含平减指数（推算：由该年名义GDP与记录的实际增速算出）", pc(s.defl), b.year),
        (Lang::En, true) => format!("a deflator of {}, the {} implied deflator, between {lo} and {hi} (derived: that year's real growth is known only as a range), taken at the middle", pc(s.defl), b.year),
        (Lang::En, false) => format!("a deflator of {}, the {} implied deflator (derived from that year's nominal GDP and its recorded real growth)", pc(s.defl), b.year),
    };
    match lang {
        Lang::Zh => format!(
            "打开页面时的设置由最近的记录推算：实际增速{}，即{g0}—{g1}年的官方年均增速；平减指数{defl}；常住人口每年{}，即{py}年的变化（{pop_raw}，推算）。从{from}年（计划基准年）到{to}年。你改动后，链接会写明每个数值。",
            pc(s.gdp), pc(s.pop)
        ),
        Lang::En => format!(
            "The page opens with settings derived from the latest records: real growth {}, the official {g0}–{g1} average; {defl}; population {} a year, the {py} change ({pop_raw}, derived). From {from} (the plan's base year) to {to}. Once you change anything, the link spells out every value.",
            pc(s.gdp), pc(s.pop)
        ),
    }
}
