//! Every word the page shows, in Chinese and English: the first view's in `words`, the sections'
//! in `sections` (structs rather than maps, so that a word missing in one language is a compile
//! error), and here the sentences built from numbers, as functions, so that they are tested
//! natively and read the same everywhere. The page's components hold no words of their own.

use super::dataset::{Reliability, Text};
use super::format::{self, Unit};
use super::scenario::{Indicator, Lang, Notice};

mod chart;
mod images;
mod math;
mod notices;
mod predict;
mod presets;
mod readouts;
mod sources;
mod verdicts;

pub use chart::*;
pub use images::*;
pub use math::*;
pub use notices::*;
pub use predict::*;
pub use presets::*;
pub use readouts::*;
pub use sources::*;
pub use verdicts::*;

mod promises;
mod sections;
mod words;

pub use promises::*;
pub use sections::*;
pub use words::{words, Words};

/// The side of a bilingual text for a language.
pub fn pick(t: &Text, lang: Lang) -> &str {
    match lang {
        Lang::Zh => &t.zh,
        Lang::En if t.en.is_empty() => &t.zh,
        Lang::En => &t.en,
    }
}

pub fn indicator_name(lang: Lang, i: Indicator) -> &'static str {
    match (lang, i) {
        (Lang::Zh, Indicator::Gdp) => "地区生产总值",
        (Lang::Zh, Indicator::Pop) => "常住人口",
        (Lang::Zh, Indicator::Re) => "可再生能源装机",
        (Lang::En, Indicator::Gdp) => "GDP",
        (Lang::En, Indicator::Pop) => "Resident population",
        (Lang::En, Indicator::Re) => "Renewable capacity",
    }
}

/// "Target: 1.5万亿元 (1.5 trillion yuan) by 2025".
pub fn target_line(lang: Lang, i: Indicator, target: f64, year: i32) -> String {
    let unit = i.unit();
    match lang {
        Lang::Zh => format!(
            "目标：{year}年达到{}",
            format::quantity(Lang::Zh, unit, target)
        ),
        Lang::En => format!(
            "Target: {} ({}) by {year}",
            format::quantity(Lang::Zh, unit, target),
            format::quantity(Lang::En, unit, target)
        ),
    }
}

pub fn reliability(lang: Lang, r: Reliability) -> &'static str {
    match (lang, r) {
        (Lang::Zh, Reliability::Official) => "官方文件",
        (Lang::Zh, Reliability::Bulletin) => "统计公报",
        (Lang::Zh, Reliability::OfficialNews) => "官方新闻",
        (Lang::Zh, Reliability::ThirdParty) => "第三方（引用官方数据）",
        (Lang::Zh, Reliability::Derived) => "推算",
        (Lang::Zh, Reliability::Unattributed) => "未注明来源",
        (Lang::Zh, Reliability::Missing) => "缺失",
        (Lang::En, Reliability::Official) => "official document",
        (Lang::En, Reliability::Bulletin) => "statistical bulletin",
        (Lang::En, Reliability::OfficialNews) => "official news",
        (Lang::En, Reliability::ThirdParty) => "third party (citing official data)",
        (Lang::En, Reliability::Derived) => "derived",
        (Lang::En, Reliability::Unattributed) => "source not named",
        (Lang::En, Reliability::Missing) => "missing",
    }
}

/// A target's value in words: "at least 300万人", "about 20%", "3–5家", "by 2023-12-31".
pub fn target_value(lang: Lang, t: &super::dataset::Target) -> String {
    use super::dataset::Comparator as C;
    let unit = pick(&t.unit, Lang::Zh);
    let v = t
        .value
        .map(|v| format!("{}{unit}", format::trim(v, 2)))
        .unwrap_or_default();
    let hi = t.value_high.map(|v| format::trim(v, 2)).unwrap_or_default();
    let lo = t.value.map(|v| format::trim(v, 2)).unwrap_or_default();
    let deadline = t.deadline.as_deref().unwrap_or("");
    match (lang, t.comparator) {
        (Lang::Zh, C::AtLeast) => format!("不少于{v}"),
        (Lang::Zh, C::Above) => format!("超过{v}"),
        (Lang::Zh, C::About) => format!("{v}左右"),
        (Lang::Zh, C::AtMost) => format!("不超过{v}"),
        (Lang::Zh, C::Exactly) => v,
        (Lang::Zh, C::Range) => format!("{lo}—{hi}{unit}"),
        (Lang::Zh, C::ByDate) => format!("{deadline}前完成"),
        (Lang::En, C::AtLeast) => format!("at least {v}"),
        (Lang::En, C::Above) => format!("above {v}"),
        (Lang::En, C::About) => format!("about {v}"),
        (Lang::En, C::AtMost) => format!("at most {v}"),
        (Lang::En, C::Exactly) => v,
        (Lang::En, C::Range) => format!("{lo}–{hi}{unit}"),
        (Lang::En, C::ByDate) => format!("done by {deadline}"),
    }
}

/// A target in a few words, for a tab: "target: 1.5 trillion yuan in 2025".
pub fn tab_target(lang: Lang, i: Indicator, target: f64, year: i32) -> String {
    let q = format::quantity(lang, i.unit(), target);
    match lang {
        Lang::Zh => format!("目标：{year}年{q}"),
        Lang::En => format!("target: {q} in {year}"),
    }
}

/// A short name for a tab: "GDP", "Population", "Renewables".
pub fn short_name(lang: Lang, i: Indicator) -> &'static str {
    match (lang, i) {
        (Lang::Zh, Indicator::Gdp) => "地区生产总值",
        (Lang::Zh, Indicator::Pop) => "常住人口",
        (Lang::Zh, Indicator::Re) => "可再生能源",
        (Lang::En, Indicator::Gdp) => "GDP",
        (Lang::En, Indicator::Pop) => "Population",
        (Lang::En, Indicator::Re) => "Renewables",
    }
}

/// Investment as the areas chart shows it: (factor from 亿元, unit). English in billion yuan.
pub fn investment_unit(lang: Lang) -> (f64, &'static str) {
    match lang {
        Lang::Zh => (1.0, "亿元"),
        Lang::En => (0.1, "billion yuan"),
    }
}

/// A name with its unit, as a table's caption: "地区生产总值（亿元）", "GDP (亿元)".
pub fn with_unit(lang: Lang, name: &str, unit: &str) -> String {
    match lang {
        Lang::Zh => format!("{name}（{unit}）"),
        Lang::En => format!("{name} ({unit})"),
    }
}

/// Each language's name for itself, for the switch: the same whatever the page's language.
pub const LANGUAGE_NAMES: [(Lang, &str); 2] = [(Lang::Zh, "中文"), (Lang::En, "EN")];
