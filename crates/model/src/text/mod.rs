//! Every word the page shows, in Chinese and English: the first view's in `words`, the sections'
//! in `sections` (structs rather than maps, so that a word missing in one language is a compile
//! error), and here the sentences built from numbers, as functions, so that they are tested
//! natively and read the same everywhere. The page's components hold no words of their own.

use super::dataset::{Reliability, Text};
use super::format::{self, Unit};
use super::scenario::{Indicator, Lang, Notice};

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

/// What a URL notice says, as plain text: "`gdp=abc` was not a number; using 5.4".
pub fn notice(lang: Lang, n: &Notice) -> String {
    match (lang, n) {
        (Lang::Zh, Notice::Unknown { key }) => format!("不认识参数“{key}”，已忽略"),
        (Lang::Zh, Notice::Repeated { key }) => format!("参数“{key}”出现多次，使用第一个"),
        (Lang::Zh, Notice::Malformed { key, raw, used }) => {
            format!("“{key}={raw}”无法识别，改用 {used}")
        }
        (Lang::Zh, Notice::Clamped { key, raw, used }) => {
            format!("“{key}={raw}”超出范围，改用 {used}")
        }
        (Lang::Zh, Notice::Truncated { bytes }) => {
            format!("链接参数过长（{bytes}字节），只读取了前一部分")
        }
        (Lang::Zh, Notice::More { count }) => format!("另有{count}处更正未列出"),
        (Lang::En, Notice::Unknown { key }) => format!("`{key}` is not a setting we know; ignored"),
        (Lang::En, Notice::Repeated { key }) => {
            format!("`{key}` was given more than once; using the first")
        }
        (Lang::En, Notice::Malformed { key, raw, used }) => {
            let numeric = super::scenario::params::param(key).is_some_and(|p| p.kind.is_numeric());
            let what = if numeric {
                "was not a number"
            } else {
                "is not an allowed value"
            };
            format!("`{key}={raw}` {what}; using {used}")
        }
        (Lang::En, Notice::Clamped { key, raw, used }) => {
            format!("`{key}={raw}` is out of range; using {used}")
        }
        (Lang::En, Notice::Truncated { bytes }) => format!(
            "The link's settings were too long ({bytes} bytes); only the first part was read"
        ),
        (Lang::En, Notice::More { count: 1 }) => "1 more correction not listed".into(),
        (Lang::En, Notice::More { count }) => format!("{count} more corrections not listed"),
    }
}

/// An engine error in words.
pub fn engine_error(lang: Lang, e: &super::engine::EngineError) -> String {
    use super::engine::EngineError as E;
    match (lang, e) {
        (Lang::En, _) => e.to_string(),
        (Lang::Zh, E::RateTooLow { rate }) => format!("每年{rate}%的变化不可能：不能低于−100%"),
        (Lang::Zh, E::NotFinite { .. }) => "输入不是有效数字".into(),
        (Lang::Zh, E::BaseNotPositive { base }) => {
            format!("按百分比增长需要大于零的起点，而不是{base}")
        }
        (Lang::Zh, E::BaseNegative { base }) => format!("起点不能为负（{base}）"),
        (Lang::Zh, E::TargetNotPositive { target }) => format!("目标必须大于零，而不是{target}"),
        (
            Lang::Zh,
            E::YearsOutOfOrder {
                base_year,
                end_year,
            },
        ) => format!("{end_year}年不在基准年{base_year}年之后"),
        (Lang::Zh, E::YearOutOfRange { year }) => format!("{year}年超出可计算的范围"),
        (Lang::Zh, E::Overflow) => "结果太大，无法计算".into(),
    }
}

/// The chart's text alternative: what it shows, from the same numbers, in a sentence or two.
/// `gdp_inputs` (real growth, deflator) are used for GDP only.
pub fn chart_summary(
    lang: Lang,
    o: &super::results::Outlook,
    gdp_inputs: (f64, f64),
    base_year: i32,
) -> String {
    let (real, defl) = gdp_inputs;
    let i = o.indicator;
    let unit = i.unit();
    let q = |v: f64| format::quantity(lang, unit, v);
    let target = q(o.target);
    let Some(base) = &o.base else {
        // Renewables before a start is given.
        let from = |start: f64| (o.target - start) / (o.target_year - base_year).max(1) as f64;
        return match lang {
            Lang::Zh => format!(
                "可再生能源装机：没有官方起始数据。从0出发，2025年达到{target}每年需新增{}；从{}出发，每年需新增{}。",
                q(from(0.0)),
                q(o.target / 2.0),
                q(from(o.target / 2.0))
            ),
            Lang::En => format!(
                "Renewable capacity: there is no official starting figure. From zero, reaching {target} in 2025 needs {} a year; from {}, {} a year.",
                q(from(0.0)),
                q(o.target / 2.0),
                q(from(o.target / 2.0))
            ),
        };
    };
    let Some(projected) = o.projected else {
        return o
            .error
            .as_ref()
            .map(|e| engine_error(lang, e))
            .unwrap_or_default();
    };
    let gap = q((projected - o.target).abs());
    let setting = match (i, lang) {
        (Indicator::Gdp, Lang::Zh) => format!(
            "按实际增速{}、通胀（平减指数）{}",
            format::percent(real),
            format::percent(defl)
        ),
        (Indicator::Gdp, Lang::En) => format!(
            "At {} real growth and {} inflation",
            format::percent(real),
            format::percent(defl)
        ),
        (_, Lang::Zh) => format!("按{}", growth_words(lang, unit, o.growth)),
        (_, Lang::En) => format!("At {}", growth_words(lang, unit, o.growth)),
    };
    let name = indicator_name(lang, i);
    let assumed = match (i, lang) {
        (Indicator::Re, Lang::Zh) => format!("（起点{}为你的假设）", q(base.value)),
        (Indicator::Re, Lang::En) => format!(" (starting from your assumed {})", q(base.value)),
        _ => String::new(),
    };
    let needed = o.required.map(|g| growth_words(lang, unit, g));
    // The path from the base year is what the setting would have given, not a forecast: where
    // it meets the target in a year the record says fell short, the sentence says so.
    let contradicted = match (o.contradicted, lang) {
        (Some(y), Lang::Zh) => format!("（记录显示{y}年并未达到，这条路径只是假设。）"),
        (Some(y), Lang::En) => format!(" (The record says {y} fell short: this path is what it would have taken, not what happened.)"),
        _ => String::new(),
    };
    let pace = o.pace.as_ref().zip(o.record.as_ref());
    // A third-party latest figure is named as such.
    let third = |r: &super::conditioned::Record| r.latest_grade < super::dataset::Grade::Settles;
    let from_record = match (pace, o.base.as_ref().and_then(|b| b.point.as_ref()), lang) {
        (Some((p, r)), Some(_), Lang::Zh) => {
            let label = if third(r) { "第三方" } else { "" };
            match p.reached {
                Some(y) => format!(
                    "从{}年的{label}记录值{}出发，按此速度{y}年达到目标。",
                    r.latest.0,
                    q(r.latest.1)
                ),
                None => format!(
                    "从{}年的{label}记录值{}出发，按此速度2035年前达不到目标。",
                    r.latest.0,
                    q(r.latest.1)
                ),
            }
        }
        (Some((p, r)), Some(_), Lang::En) => {
            let label = if third(r) {
                ", a third-party figure"
            } else {
                ""
            };
            match p.reached {
                Some(y) => format!(" From the latest record ({}: {}{label}), at this setting the target is reached in {y}.", r.latest.0, q(r.latest.1)),
                None => format!(" From the latest record ({}: {}{label}), at this setting the target is not reached by 2035.", r.latest.0, q(r.latest.1)),
            }
        }
        (Some((p, _)), None, Lang::Zh) => match p.reached {
            Some(y) => format!("按此速度{y}年达到目标。"),
            None => "按此速度2035年前达不到目标。".into(),
        },
        (Some((p, _)), None, Lang::En) => match p.reached {
            Some(y) => format!(" At this setting the target is reached in {y}."),
            None => " At this setting the target is not reached by 2035.".into(),
        },
        (None, _, _) => String::new(),
    };
    let chance = match (o.probability, lang) {
        (Some(p), Lang::Zh) => format!(
            "{}年达到或超过目标的概率{}。",
            o.probability_year,
            chance_words_of(lang, p, o.probability_unconfirmed)
        ),
        (Some(p), Lang::En) => format!(
            " The chance of being at or above it in {} is {}.",
            o.probability_year,
            chance_words_of(lang, p, o.probability_unconfirmed)
        ),
        _ => String::new(),
    };
    let short = projected < o.target;
    match lang {
        Lang::Zh => format!(
            "{setting}，从{}年起的路径2025年{name}为{}{assumed}，比{target}的目标{}{gap}；{}。{contradicted}{from_record}{chance}",
            base.year,
            q(projected),
            if short { "少" } else { "多" },
            needed.map(|n| format!("从{}年起需要{n}", base.year)).unwrap_or_else(|| "无法计算所需速度".into()),
        ),
        Lang::En => format!(
            "{setting}, the path from {} takes {} to {} in 2025{assumed}, {gap} {} the {target} target; {}.{contradicted}{from_record}{chance}",
            base.year,
            // English names are ASCII: no Unicode case tables in the page for one word.
            if i == Indicator::Gdp { name.to_string() } else { format!("the {}", name.to_ascii_lowercase()) },
            q(projected),
            if short { "short of" } else { "above" },
            needed.map(|n| format!("{n} would have been needed from {}", base.year)).unwrap_or_else(|| "the pace needed cannot be computed".into()),
        ),
    }
}

/// A chance in words that do not overstate it: "about 44%", "less than 1%", "more than 99%",
/// "none" (exactly 0: the record rules it out), "certain".
pub fn chance_words(lang: Lang, p: f64) -> String {
    chance_words_of(lang, p, false)
}

/// The chance in words, where it may rest on a recorded figure that settles nothing (a
/// third-party one): none or certain then holds only if that figure does.
pub fn chance_words_of(lang: Lang, p: f64, unconfirmed: bool) -> String {
    match (lang, p) {
        (Lang::Zh, p) if unconfirmed && p <= 0.0 => "为零（第三方数字在目标之下，未经证实）".into(),
        (Lang::Zh, p) if unconfirmed && p >= 1.0 => {
            "为百分之百（第三方数字达到目标，未经证实）".into()
        }
        (Lang::En, p) if unconfirmed && p <= 0.0 => {
            "none, if the third-party figure below it holds (unconfirmed)".into()
        }
        (Lang::En, p) if unconfirmed && p >= 1.0 => {
            "certain, if the third-party figure at or above it holds (unconfirmed)".into()
        }
        (Lang::Zh, p) if p <= 0.0 => "为零（记录已排除）".into(),
        (Lang::Zh, p) if p >= 1.0 => "为百分之百".into(),
        (Lang::Zh, p) if p < 0.01 => "不到1%".into(),
        (Lang::Zh, p) if p > 0.99 => "超过99%".into(),
        (Lang::Zh, p) => format!("约{:.0}%", p * 100.0),
        (Lang::En, p) if p <= 0.0 => "none (the record rules it out)".into(),
        (Lang::En, p) if p >= 1.0 => "certain".into(),
        (Lang::En, p) if p < 0.01 => "less than 1%".into(),
        (Lang::En, p) if p > 0.99 => "more than 99%".into(),
        (Lang::En, p) => format!("about {:.0}%", p * 100.0),
    }
}

/// A growth in words, in its own form: "7.6% a year" or "+195,000 people a year".
pub fn growth_words(lang: Lang, unit: Unit, g: super::engine::Growth) -> String {
    match g {
        super::engine::Growth::Rate(r) => change(lang, unit, true, r),
        super::engine::Growth::Add(a) => change(lang, unit, false, a),
    }
}

/// A preset's name; the years come from the data.
pub fn preset_name(lang: Lang, p: super::presets::Preset, b: &super::presets::Basis) -> String {
    use super::presets::Preset as P;
    let (g0, g1) = (b.gdp_trend.first_year, b.gdp_trend.last_year);
    let year = b.target.map(|(_, y)| y);
    match (lang, p, year) {
        (Lang::Zh, P::PlanNeeded, _) => "计划所需".into(),
        (Lang::Zh, P::Trend, _) => format!("{g0}—{g1}年趋势"),
        (Lang::Zh, P::Target2025 | P::Target2026, Some(y)) => format!("{y}年增长目标"),
        (Lang::Zh, P::Target2025 | P::Target2026, None) => "增长目标".into(),
        (Lang::Zh, P::RecordedSoFar, _) => "已记录，此后按趋势".into(),
        (Lang::En, P::PlanNeeded, _) => "What the plan needed".into(),
        (Lang::En, P::Trend, _) => format!("The {g0}–{g1} trend"),
        (Lang::En, P::Target2025 | P::Target2026, Some(y)) => format!("The {y} growth target"),
        (Lang::En, P::Target2025 | P::Target2026, None) => "The growth target".into(),
        (Lang::En, P::RecordedSoFar, _) => "Recorded so far".into(),
    }
}

/// Where a preset's numbers come from, in a sentence, with the numbers and their years.
pub fn preset_description(
    lang: Lang,
    p: super::presets::Preset,
    b: &super::presets::Basis,
) -> String {
    use super::presets::Preset as P;
    let pc = |x: f64| format!("{:.2}%", x);
    let s = &b.settings;
    let (gdp, real, pop) = (pc(b.nominal), pc(s.gdp), pc(s.pop));
    let (g0, g1) = (b.gdp_trend.first_year, b.gdp_trend.last_year);
    let (p0, p1) = (b.pop_trend.first_year, b.pop_trend.last_year);
    let from = b.from;
    let census = match (lang, b.pop_from_census) {
        (Lang::Zh, true) => format!("（{p0}年为普查数）"),
        (Lang::En, true) => format!(" ({p0} is the census count)"),
        _ => String::new(),
    };
    // "the 2024 implied deflator of 0.80%" or "the 2020–2024 mean implied deflator of 2.07%".
    let d = &b.deflator;
    let defl = match (lang, d.first_year == d.last_year) {
        (Lang::Zh, true) => format!("{}年隐含平减指数{}（推算）", d.last_year, pc(d.value)),
        (Lang::Zh, false) => format!(
            "{}—{}年平均隐含平减指数{}（推算）",
            d.first_year,
            d.last_year,
            pc(d.value)
        ),
        (Lang::En, true) => format!(
            "the {} implied deflator of {} (derived)",
            d.last_year,
            pc(d.value)
        ),
        (Lang::En, false) => format!(
            "the {}–{} mean implied deflator of {} (derived)",
            d.first_year,
            d.last_year,
            pc(d.value)
        ),
    };
    let target_year = b.target.map_or(from + 1, |(_, y)| y);
    let quoted = b.target_quote.as_deref().unwrap_or_default();
    match (lang, p) {
        (Lang::Zh, P::PlanNeeded) => format!("从计划基准年{from}年起、2025年恰好达到各目标的不变增速：地区生产总值每年{gdp}（现价；按{defl}折合实际{real}），常住人口每年{pop}。可再生能源没有记录的起点，保持你的设置。"),
        (Lang::En, P::PlanNeeded) => format!("The constant growth that reaches each target exactly in 2025 from the plan's base year {from}: GDP {gdp} a year in current prices ({real} real at {defl}), population {pop} a year. Renewables have no recorded start, so they keep your setting."),
        (Lang::Zh, P::Trend) => format!("记录的平均增速：地区生产总值{g0}—{g1}年每年{gdp}（现价；扣除{defl}后实际{real}），常住人口{p0}—{p1}年每年{pop}{census}。从{from}年起。"),
        (Lang::En, P::Trend) => format!("The recorded averages: GDP {gdp} a year in current prices over {g0}–{g1} ({real} real after {defl}), population {pop} a year over {p0}–{p1}{census}. From {from}."),
        (Lang::Zh, P::Target2025) => format!("{target_year}年全年经济增长目标{real}左右（实际），从最后一个记录年份{from}年起，按{defl}即现价每年{gdp}；常住人口按{p0}—{p1}年平均每年{pop}。"),
        (Lang::En, P::Target2025) => format!("The annual target for {target_year}: about {real} real growth, from the last recorded year {from}, at {defl}, so {gdp} a year in current prices; population at its {p0}–{p1} average of {pop} a year."),
        (Lang::Zh, P::Target2026) => format!("{target_year}年的增长目标“{quoted}”：取其下限，实际{real}，从最后一个记录年份{from}年起，按{defl}即现价每年{gdp}；常住人口按{p0}—{p1}年平均每年{pop}。"),
        (Lang::En, P::Target2026) => format!("The city's growth target for {target_year}, “{quoted}”: its floor, {real} real, from the last recorded year {from}, at {defl}, so {gdp} a year in current prices; population at its {p0}–{p1} average of {pop} a year."),
        (Lang::Zh, P::RecordedSoFar) => format!("截至{from}年按记录值（图中为历史记录），此后按{g0}—{g1}年趋势：地区生产总值每年{gdp}（现价；扣除{defl}后实际{real}），常住人口每年{pop}。"),
        (Lang::En, P::RecordedSoFar) => format!("The recorded values up to {from} (drawn as history), then the {g0}–{g1} trend: GDP {gdp} a year in current prices ({real} real after {defl}), population {pop} a year."),
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

/// The question an indicator's chart answers, as a title: "Can Jinan's GDP reach 1.5万亿元
/// (1.5 trillion yuan) by 2025?"
pub fn chart_title(lang: Lang, i: Indicator, target: f64, year: i32) -> String {
    let unit = i.unit();
    let zh = format::quantity(Lang::Zh, unit, target);
    match (lang, i) {
        (Lang::Zh, Indicator::Gdp) => format!("济南GDP能否在{year}年达到{zh}？"),
        (Lang::Zh, Indicator::Pop) => format!("济南常住人口能否在{year}年达到{zh}？"),
        (Lang::Zh, Indicator::Re) => format!("济南可再生能源装机能否在{year}年达到{zh}？"),
        (Lang::En, _) => {
            let en = format::quantity(Lang::En, unit, target);
            let what = match i {
                Indicator::Gdp => "Jinan's GDP",
                Indicator::Pop => "Jinan's resident population",
                Indicator::Re => "Jinan's renewable capacity",
            };
            format!("Can {what} reach {en} by {year}?")
        }
    }
}

/// The verdict in a badge: "✗ missed in 2025", "✗ likely missed", "? no 2025 figure". A
/// "likely" verdict has its chance beside it ([`verdict_chance`]).
pub fn verdict_badge(lang: Lang, v: &super::verdict::TargetVerdict) -> String {
    use super::status::Status as S;
    let y = v.year;
    match (lang, v.verdict, v.latest.is_some()) {
        (Lang::Zh, S::Met, _) => format!("✓ {y}年已实现"),
        (Lang::Zh, S::MetUnconfirmed, _) => format!("✓ {y}年已实现（未经证实）"),
        (Lang::Zh, S::Missed, _) => format!("✗ {y}年未实现"),
        (Lang::Zh, S::MissedUnconfirmed, _) => format!("✗ {y}年未实现（未经证实）"),
        (Lang::Zh, S::LikelyMet, _) => "✓ 很可能已实现".into(),
        (Lang::Zh, S::LikelyMissed, _) => "✗ 很可能未实现".into(),
        (Lang::Zh, S::Unknown, true) => format!("？未找到{y}年数据"),
        (Lang::Zh, S::Unknown, false) => "？没有全市记录".into(),
        (Lang::En, S::Met, _) => format!("✓ met in {y}"),
        (Lang::En, S::MetUnconfirmed, _) => format!("✓ met in {y} (unconfirmed)"),
        (Lang::En, S::Missed, _) => format!("✗ missed in {y}"),
        (Lang::En, S::MissedUnconfirmed, _) => format!("✗ missed in {y} (unconfirmed)"),
        (Lang::En, S::LikelyMet, _) => "✓ likely met".into(),
        (Lang::En, S::LikelyMissed, _) => "✗ likely missed".into(),
        (Lang::En, S::Unknown, true) => format!("? no {y} figure"),
        (Lang::En, S::Unknown, false) => "? no city-wide record".into(),
    }
}

/// The chance behind a "likely" verdict, in words: "chance less than 1%". None for any other.
pub fn verdict_chance(lang: Lang, v: &super::verdict::TargetVerdict) -> Option<String> {
    use super::status::Status as S;
    let c = v.assessment.chance?;
    matches!(v.verdict, S::LikelyMet | S::LikelyMissed).then(|| match lang {
        Lang::Zh => format!("可能性{}", chance_words(lang, c.p)),
        Lang::En => format!("chance {}", chance_words(lang, c.p)),
    })
}

/// What the record says in a few words, for a tab: "2025: 1.4–1.5万亿元 (est.)", "2024:
/// 951.5万人", "no city-wide record".
pub fn record_line(lang: Lang, v: &super::verdict::TargetVerdict) -> String {
    let unit = v.indicator.unit();
    let q = |x: f64| format::quantity(lang, unit, x);
    if let Some(p) = &v.point {
        let y = p.year;
        let lo = p.lower.as_ref().map(|b| b.value);
        let hi = p.upper.as_ref().map(|b| b.value);
        // A third-party figure says so; where an official range is known too, the range comes
        // first and the figure after it.
        let third = p.reliability.grade(p.basis) < super::dataset::Grade::Settles;
        return match (lang, p.value, lo, hi) {
            (Lang::Zh, Some(x), Some(lo), Some(hi)) if third => {
                format!("{y}年：预计{}至{}；第三方{}", q(lo), q(hi), q(x))
            }
            (Lang::En, Some(x), Some(lo), Some(hi)) if third => {
                format!("{y}: {} to {} (est.); third-party {}", q(lo), q(hi), q(x))
            }
            (Lang::Zh, Some(x), _, _) if third => format!("{y}年：{}（第三方）", q(x)),
            (Lang::En, Some(x), _, _) if third => format!("{y}: {} (third-party)", q(x)),
            (Lang::Zh, Some(x), _, _) => format!("{y}年：{}", q(x)),
            (Lang::En, Some(x), _, _) => format!("{y}: {}", q(x)),
            (Lang::Zh, None, Some(lo), Some(hi)) => format!("{y}年：预计{}至{}", q(lo), q(hi)),
            (Lang::En, None, Some(lo), Some(hi)) => format!("{y}: {} to {} (est.)", q(lo), q(hi)),
            (Lang::Zh, None, Some(lo), None) => format!("{y}年：预计超过{}", q(lo)),
            (Lang::En, None, Some(lo), None) => format!("{y}: above {} (est.)", q(lo)),
            (Lang::Zh, None, None, Some(hi)) => format!("{y}年：预计低于{}", q(hi)),
            (Lang::En, None, None, Some(hi)) => format!("{y}: below {} (est.)", q(hi)),
            (_, None, None, None) => String::new(),
        };
    }
    match (lang, v.latest) {
        (Lang::Zh, Some((y, x))) => format!("{y}年：{}", q(x)),
        (Lang::En, Some((y, x))) => format!("{y}: {}", q(x)),
        (Lang::Zh, None) => "没有全市记录".into(),
        (Lang::En, None) => "no city-wide record".into(),
    }
}

/// Why the verdict is what it is, in a sentence from the record's own figures.
pub fn verdict_reason(lang: Lang, v: &super::verdict::TargetVerdict) -> String {
    use super::status::Status as S;
    let unit = v.indicator.unit();
    let q = |x: f64| format::quantity(lang, unit, x);
    let (t, y) = (q(v.target), v.year);
    let bounds = v.point.as_ref().map(|p| {
        (
            p.value,
            p.lower.as_ref().map(|b| b.value),
            p.upper.as_ref().map(|b| b.value),
        )
    });
    // An unconfirmed verdict reads as its settled form, and then says why it is not settled.
    let settled = match v.verdict {
        S::MetUnconfirmed => S::Met,
        S::MissedUnconfirmed => S::Missed,
        s => s,
    };
    // What decided: the year's value, or one of its bounds (a third-party value inside an
    // official range decides nothing, and is named after the range).
    let by_value = matches!(
        v.assessment.decision,
        super::status::Decision::Record {
            part: super::status::Part::Value,
            ..
        }
    );
    let inside = match (by_value, bounds) {
        (false, Some((Some(x), _, _))) => match lang {
            Lang::Zh => format!("第三方数字{}在这一范围内，不作定论。", q(x)),
            Lang::En => format!(
                " A third-party figure, {}, lies inside the range; it settles nothing.",
                q(x)
            ),
        },
        _ => String::new(),
    };
    let bounds = bounds.map(|(x, lo, hi)| (x.filter(|_| by_value), lo, hi));
    let reason = match (lang, settled, bounds, v.latest) {
        (Lang::Zh, S::Met | S::Missed, Some((Some(x), _, _)), _) => {
            let how = if settled == S::Met { "达到" } else { "未达到" };
            format!("{y}年记录值为{}，{how}{t}的目标。", q(x))
        }
        (Lang::En, S::Met | S::Missed, Some((Some(x), _, _)), _) => {
            let how = if settled == S::Met { "at or above" } else { "short of" };
            format!("{y}: {} recorded, {how} the {t} target.", q(x))
        }
        (Lang::Zh, S::Missed, Some((None, lo, Some(hi))), _) => {
            let lo = lo.map(|l| format!("在{}以上、", q(l))).unwrap_or_default();
            format!("记录显示{y}年{lo}低于{}，因此{t}的目标未实现。下面是每个界限的依据。", q(hi))
        }
        (Lang::En, S::Missed, Some((None, lo, Some(hi))), _) => {
            let lo = lo.map(|l| format!("above {} and ", q(l))).unwrap_or_default();
            format!("The record puts {y} {lo}below {}, so the {t} target was missed. Each bound's evidence is below.", q(hi))
        }
        (Lang::Zh, S::Met, Some((None, Some(lo), _)), _) => {
            format!("记录显示{y}年超过{}，达到{t}的目标。", q(lo))
        }
        (Lang::En, S::Met, Some((None, Some(lo), _)), _) => {
            format!("The record puts {y} above {}, meeting the {t} target.", q(lo))
        }
        (Lang::Zh, _, _, Some((ly, lx))) => {
            let need = v.needed_from_latest.map(format::percent).unwrap_or_else(|| "—".into());
            let judged = if settled == S::Unknown { "无法判断。" } else { "" };
            format!("未找到{y}年的数据，{judged}{ly}年为{}；要在{y}年达到{t}，此后每年需增长{need}。", q(lx))
        }
        (Lang::En, _, _, Some((ly, lx))) => {
            let need = v.needed_from_latest.map(format::percent).unwrap_or_else(|| "—".into());
            let span = if y == ly + 1 { format!("in {y} alone") } else { format!("a year from {ly} to {y}") };
            let judged = if settled == S::Unknown { ", so it cannot be judged" } else { "" };
            format!("No {y} figure has been found{judged}. In {ly} it was {}; {t} would have needed {need} {span}.", q(lx))
        }
        (Lang::Zh, _, _, None) => "任何年份都没有找到全市数据，无法判断。下面的数字是相关的目标或局部数据，不是全市记录。".into(),
        (Lang::En, _, _, None) => "No city-wide figure has been found for any year, so it cannot be judged. The figures below are related aims or partial figures, not city-wide records.".into(),
    };
    let after = match (lang, v.verdict, v.assessment.chance) {
        (_, S::MetUnconfirmed | S::MissedUnconfirmed, _) => match lang {
            Lang::Zh => "只有第三方数据这样说，未经官方数据证实。".to_string(),
            Lang::En => " Only a third-party figure says so: no official figure confirms it.".to_string(),
        },
        (Lang::Zh, S::LikelyMet | S::LikelyMissed, Some(c)) => format!(
            "按{}—{}年记录的平均速度（每年{}）和波动，展望模型给出的可能性{}：{}。",
            c.years.0,
            c.years.1,
            format::percent(c.pace),
            chance_words(lang, c.p),
            status_name(lang, v.verdict)
        ),
        (Lang::En, S::LikelyMet | S::LikelyMissed, Some(c)) => format!(
            " At the recorded pace ({} a year, {}–{}) and spread, the outlook model gives a chance of {}: {}.",
            format::percent(c.pace),
            c.years.0,
            c.years.1,
            chance_words(lang, c.p),
            status_name(lang, v.verdict)
        ),
        _ => String::new(),
    };
    format!("{reason}{inside}{after}")
}

/// A related fact in a few words, saying what kind of figure it is: "An aim, not a record:
/// new-energy capacity above 480万千瓦 by the end of 2024".
pub fn related_fact(lang: Lang, f: &super::dataset::Fact) -> String {
    let what = pick(&f.what, lang);
    let v = match (f.value, f.above) {
        (_, Some(a)) if lang == Lang::Zh => format!("超过{}{}", format::trim(a, 2), f.unit),
        (_, Some(a)) => format!("above {}{}", format::trim(a, 2), f.unit),
        (Some(v), None) => format!("{}{}", format::trim(v, 2), f.unit),
        (None, None) => String::new(),
    };
    match lang {
        Lang::Zh => format!("{what}：{v}"),
        Lang::En => format!("{what}: {v}"),
    }
}

/// How the current defaults were derived, in a sentence with their numbers.
pub fn defaults_note(lang: Lang, d: &super::defaults::Derived) -> String {
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

/// Readout labels with their years.
pub fn path_label(lang: Lang, from: i32, year: i32) -> String {
    match lang {
        Lang::Zh => format!("从{from}年起的路径，{year}年"),
        Lang::En => format!("Path from {from}, {year}"),
    }
}

pub fn needed_label(lang: Lang, from: i32) -> String {
    match lang {
        Lang::Zh => format!("从{from}年起所需"),
        Lang::En => format!("Needed from {from}"),
    }
}

pub fn pace_label(lang: Lang, latest: Option<i32>) -> String {
    match (lang, latest) {
        (Lang::Zh, Some(y)) => format!("按此速度（自{y}年记录）达标于"),
        (Lang::En, Some(y)) => format!("At this pace from the {y} record, reached in"),
        (Lang::Zh, None) => "按此速度达标于".into(),
        (Lang::En, None) => "At this pace, reached in".into(),
    }
}

pub fn path_reached_label(lang: Lang, from: i32) -> String {
    match lang {
        Lang::Zh => format!("从{from}年起的路径达标于"),
        Lang::En => format!("The path from {from} reaches it in"),
    }
}

pub fn chance_label(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year}年达到或超过目标的概率"),
        Lang::En => format!("Chance of at least the target in {year}"),
    }
}

/// Said beside a readout of the path from the base year when the record says otherwise.
pub fn contradicted_note(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("假设路径：记录显示{year}年并未达到"),
        Lang::En => format!("what-if only: the record says {year} fell short"),
    }
}

/// The source line under a chart: the plan, the statistical sources of the plotted history, each
/// named once, and the maker.
pub fn source_line(lang: Lang, data: &super::dataset::Dataset, i: Indicator) -> String {
    let names = source_names(lang, data, i);
    let plan = format!("《{}》({})", data.plan.title.zh, data.plan.issued);
    match lang {
        Lang::Zh => {
            let rest = if names.is_empty() {
                String::new()
            } else {
                format!("；{}", names.join("；"))
            };
            format!("来源：{plan}{rest}。制作：济南路径")
        }
        Lang::En => {
            let rest = if names.is_empty() {
                String::new()
            } else {
                format!("; {}", names.join("; "))
            };
            format!("Sources: the plan, {plan}{rest}. Made with Jinan Pathways")
        }
    }
}

/// The sources of an indicator's plotted history (values and bounds), each named once.
pub fn source_names(lang: Lang, data: &super::dataset::Dataset, i: Indicator) -> Vec<String> {
    let series = i.series(data);
    let mut names: Vec<String> = Vec::new();
    let ids = series.points.iter().flat_map(|p| {
        p.source
            .iter()
            .chain(p.lower.iter().map(|b| &b.source))
            .chain(p.upper.iter().map(|b| &b.source))
    });
    for id in ids {
        if let Some(src) = data.source(id) {
            let name = pick(&src.title, lang).to_string();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// The widget's source line in a few words, its full list one click away: "Sources: the plan
/// (2023-01-28) and 8 published figures' sources".
pub fn source_brief(lang: Lang, data: &super::dataset::Dataset, i: Indicator) -> String {
    let n = source_names(lang, data, i).len();
    let issued = &data.plan.issued;
    match (lang, n) {
        (Lang::Zh, 0) => format!("来源：三年行动计划（{issued}）"),
        (Lang::Zh, n) => format!("来源：三年行动计划（{issued}）及{n}个统计与新闻来源"),
        (Lang::En, 0) => format!("Source: the plan ({issued})"),
        (Lang::En, 1) => format!("Sources: the plan ({issued}) and 1 statistical or news source"),
        (Lang::En, n) => {
            format!("Sources: the plan ({issued}) and {n} statistical and news sources")
        }
    }
}

/// What a drawn line comes to once revealed: each drawn year against the record, the average
/// gap, and whether the reader expected the target to be met, beside what the record says.
pub fn drawn_result(lang: Lang, i: Indicator, c: &super::predict::Comparison) -> String {
    use super::status::Status as S;
    let unit = i.unit();
    let q = |v: f64| format::quantity(lang, unit, v);
    let zh = lang == Lang::Zh;
    if c.years.is_empty() {
        return if zh {
            "你还没有画出这条线。".into()
        } else {
            "You drew no line for this target.".into()
        };
    }
    let years: Vec<String> = c
        .years
        .iter()
        .map(|y| match (y.record, y.gap_pct, zh) {
            (Some((v, third)), Some(g), true) => format!(
                "{}年：你画{}，记录{}{}（{}）",
                y.year,
                q(y.guess),
                q(v),
                if third { "（第三方）" } else { "" },
                format::signed_percent(g)
            ),
            (Some((v, third)), Some(g), false) => format!(
                "{}: you drew {}, recorded {}{} ({})",
                y.year,
                q(y.guess),
                q(v),
                if third { ", third-party" } else { "" },
                format::signed_percent(g)
            ),
            (_, _, true) => format!("{}年：你画{}，没有记录值", y.year, q(y.guess)),
            (_, _, false) => format!("{}: you drew {}, no recorded figure", y.year, q(y.guess)),
        } + &bounds_words(lang, unit, y))
        .collect();
    let mean = match (c.mean_abs_pct, zh) {
        (Some(m), true) => format!("平均相差{}。", format::percent(m)),
        (Some(m), false) => format!(" On average you were {} off.", format::percent(m)),
        (None, true) => "没有记录可以核对你的线。".into(),
        (None, false) => " There is no record to check your line against.".into(),
    };
    let t = q(c.target);
    let record = match (c.status.and_then(S::met), c.status, zh) {
        (Some(true), Some(s), true) => format!("记录显示已实现{}。", unconfirmed_zh(s)),
        (Some(false), Some(s), true) => format!("记录显示未实现{}。", unconfirmed_zh(s)),
        (Some(true), Some(s), false) => format!("the record says it was met{}.", unconfirmed_en(s)),
        (Some(false), Some(s), false) => {
            format!("the record says it was missed{}.", unconfirmed_en(s))
        }
        (_, _, true) => "记录无法判断。".into(),
        (_, _, false) => "the record cannot say.".into(),
    };
    let expected = match (c.expected_met, zh) {
        (Some(true), true) => format!("你预计{}年达到{t}的目标；{record}", c.target_year),
        (Some(false), true) => format!("你预计{}年达不到{t}的目标；{record}", c.target_year),
        (None, true) => format!("你没有画{}年，没有说是否达到目标；{record}", c.target_year),
        (Some(true), false) => format!(
            " You expected the {t} target to be met in {}; {record}",
            c.target_year
        ),
        (Some(false), false) => format!(
            " You expected the {t} target to be missed in {}; {record}",
            c.target_year
        ),
        (None, false) => format!(
            " You did not draw {}, so did not say whether the target would be met; {record}",
            c.target_year
        ),
    };
    if zh {
        format!("逐年对比：{}。{mean}{expected}", years.join("；"))
    } else {
        format!("Year by year: {}.{mean}{expected}", years.join("; "))
    }
}

/// Where the official record gives only a range for a drawn year: the range, and whether the
/// line is inside it.
fn bounds_words(lang: Lang, unit: format::Unit, y: &super::predict::YearGap) -> String {
    let q = |v: f64| format::quantity(lang, unit, v);
    let (lo, hi) = y.bounds;
    if lo.is_none() && hi.is_none() {
        return String::new();
    }
    let inside = lo.is_none_or(|l| y.guess >= l) && hi.is_none_or(|h| y.guess <= h);
    let zh = lang == Lang::Zh;
    let range = match (lo, hi, zh) {
        (Some(l), Some(h), true) => format!("{}至{}之间", q(l), q(h)),
        (Some(l), Some(h), false) => format!("between {} and {}", q(l), q(h)),
        (Some(l), None, true) => format!("超过{}", q(l)),
        (Some(l), None, false) => format!("above {}", q(l)),
        (None, Some(h), true) => format!("低于{}", q(h)),
        (None, Some(h), false) => format!("below {}", q(h)),
        (None, None, _) => String::new(),
    };
    match (zh, inside) {
        (true, true) => format!("；官方记录只说在{range}，你的线在其中"),
        (true, false) => format!("；官方记录只说在{range}，你的线在此之外"),
        (false, true) => {
            format!("; the official record says only {range}, and your line is inside")
        }
        (false, false) => {
            format!("; the official record says only {range}, and your line is outside")
        }
    }
}

fn unconfirmed_zh(s: super::status::Status) -> &'static str {
    use super::status::Status as S;
    match s {
        S::MetUnconfirmed | S::MissedUnconfirmed => "（仅第三方数据，未经证实）",
        S::LikelyMet | S::LikelyMissed => "（很可能）",
        _ => "",
    }
}

fn unconfirmed_en(s: super::status::Status) -> &'static str {
    use super::status::Status as S;
    match s {
        S::MetUnconfirmed | S::MissedUnconfirmed => " (a third-party figure only, unconfirmed)",
        S::LikelyMet | S::LikelyMissed => " (likely)",
        _ => "",
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

/// The widget's line under its title: what the record says, and the setting in words.
pub fn widget_subtitle(
    lang: Lang,
    v: Option<&super::verdict::TargetVerdict>,
    o: &super::results::Outlook,
    gdp_inputs: (f64, f64),
) -> String {
    let record = v.map(|v| record_line(lang, v)).unwrap_or_default();
    let unit = o.indicator.unit();
    let setting = match (o.indicator, lang) {
        (Indicator::Gdp, Lang::Zh) => format!(
            "按实际增速{}、平减指数{}测算",
            format::percent(gdp_inputs.0),
            format::percent(gdp_inputs.1)
        ),
        (Indicator::Gdp, Lang::En) => format!(
            "at {} real growth and {} inflation",
            format::percent(gdp_inputs.0),
            format::percent(gdp_inputs.1)
        ),
        (_, Lang::Zh) => format!("按{}测算", growth_words(lang, unit, o.growth)),
        (_, Lang::En) => format!("at {}", growth_words(lang, unit, o.growth)),
    };
    match (lang, record.is_empty()) {
        (Lang::Zh, false) => format!("{record}；{setting}"),
        (Lang::En, false) => format!("{record}; {setting}"),
        (_, true) => setting,
    }
}

/// The deflator's note under the real growth a needed rate means: "at 0.8% inflation".
pub fn at_inflation(lang: Lang, defl: f64) -> String {
    match lang {
        Lang::Zh => format!("（平减指数{}时）", format::percent(defl)),
        Lang::En => format!(" at {} inflation", format::percent(defl)),
    }
}

/// Where a path starts: "From 1.2 trillion yuan (12027.5亿元) in 2022", or the user's own start.
pub fn base_line(lang: Lang, i: Indicator, year: i32, value: f64) -> String {
    let unit = i.unit();
    let exact = format!("{}{}", format::trim(value, 2), format::data_unit(unit));
    match lang {
        Lang::Zh => format!("起点：{year}年 {exact}"),
        Lang::En => format!(
            "Starting from {} ({exact}) in {year}",
            format::quantity(lang, unit, value)
        ),
    }
}

/// An exported image's subtitle: the scenario in words, and what the record says.
pub fn poster_subtitle(
    lang: Lang,
    v: Option<&super::verdict::TargetVerdict>,
    o: &super::results::Outlook,
    s: &super::scenario::Scenario,
) -> String {
    let unit = o.indicator.unit();
    let setting = match (o.indicator, lang) {
        (Indicator::Gdp, Lang::Zh) => format!(
            "实际增速{}、平减指数{}",
            format::percent(s.a.gdp),
            format::percent(s.a.defl)
        ),
        (Indicator::Gdp, Lang::En) => format!(
            "{} real growth and {} inflation a year",
            format::percent(s.a.gdp),
            format::percent(s.a.defl)
        ),
        (_, _) => growth_words(lang, unit, o.growth),
    };
    let assumed = match (o.indicator, s.re_base, lang) {
        (Indicator::Re, Some(b), Lang::Zh) => {
            format!("，起始装机{}为假设", format::quantity(lang, unit, b))
        }
        (Indicator::Re, Some(b), Lang::En) => {
            format!(", from an assumed {}", format::quantity(lang, unit, b))
        }
        _ => String::new(),
    };
    let band = match (s.band, lang) {
        (true, Lang::Zh) => "，显示可能结果区间",
        (true, Lang::En) => ", with the range of likely outcomes",
        (false, _) => "",
    };
    let (from, to) = (s.from, s.to);
    // Renewables before a starting capacity is given: the chart is of what is needed, and the
    // scenario has no path of its own to describe.
    let no_base = o.indicator == Indicator::Re && s.re_base.is_none();
    let scenario = match (lang, no_base) {
        (Lang::Zh, true) => format!(
            "{}：从{from}年任一起始装机出发，{}年达到目标每年需新增的装机（无官方起始数据）。",
            words(lang).re_required_chart,
            o.target_year
        ),
        (Lang::En, true) => format!(
            "{} in {from}, to reach the target in {} (there is no official starting figure).",
            words(lang).re_required_chart,
            o.target_year
        ),
        (Lang::Zh, false) => {
            format!("方案：从{from}年起，{setting}{assumed}，预测至{to}年{band}。")
        }
        (Lang::En, false) => format!("Scenario: {setting} from {from}{assumed}, to {to}{band}."),
    };
    let record = v.map(|v| {
        use super::status::Status as S;
        let line = record_line(lang, v);
        let chance = v
            .assessment
            .chance
            .map(|c| chance_words(lang, c.p))
            .unwrap_or_default();
        match (lang, v.verdict) {
            (Lang::Zh, S::Met) => format!("记录：{line}，目标已实现。"),
            (Lang::Zh, S::MetUnconfirmed) => format!("记录：{line}，目标已实现（仅第三方数据，未经证实）。"),
            (Lang::Zh, S::Missed) => format!("记录：{line}，目标未实现。"),
            (Lang::Zh, S::MissedUnconfirmed) => format!("记录：{line}，目标未实现（仅第三方数据，未经证实）。"),
            (Lang::Zh, S::LikelyMet) => format!("记录：{line}，目标很可能已实现（可能性{chance}）。"),
            (Lang::Zh, S::LikelyMissed) => format!("记录：{line}，目标很可能未实现（可能性{chance}）。"),
            (Lang::Zh, S::Unknown) => format!("记录：{line}，尚无从判断。"),
            (Lang::En, S::Met) => format!(" The record: {line}; the target was met."),
            (Lang::En, S::MetUnconfirmed) => format!(" The record: {line}; the target was met (a third-party figure only: unconfirmed)."),
            (Lang::En, S::Missed) => format!(" The record: {line}; the target was missed."),
            (Lang::En, S::MissedUnconfirmed) => format!(" The record: {line}; the target was missed (a third-party figure only: unconfirmed)."),
            (Lang::En, S::LikelyMet) => format!(" The record: {line}; the target was likely met (chance {chance})."),
            (Lang::En, S::LikelyMissed) => format!(" The record: {line}; the target was likely missed (chance {chance})."),
            (Lang::En, S::Unknown) => format!(" The record: {line}; no verdict yet."),
        }
    });
    format!("{scenario}{}", record.unwrap_or_default())
}

/// The chart's labels by the target line and the estimate's bar: "target 1.5 trillion yuan",
/// "2025 est. 1.4–1.5". `f` formats a value in the axis unit `name`.
pub fn chart_labels(
    lang: Lang,
    target: &str,
    name: &str,
    estimate: Option<(i32, Option<String>, Option<String>)>,
) -> (String, String) {
    let est = match (lang, estimate) {
        (Lang::Zh, Some((y, Some(lo), Some(hi)))) => format!("{y}年预计{lo}—{hi}{name}"),
        (Lang::Zh, Some((y, Some(lo), None))) => format!("{y}年预计超过{lo}{name}"),
        (Lang::Zh, Some((y, None, Some(hi)))) => format!("{y}年预计低于{hi}{name}"),
        (Lang::En, Some((y, Some(lo), Some(hi)))) => format!("{y} est. {lo}–{hi}"),
        (Lang::En, Some((y, Some(lo), None))) => format!("{y} est. above {lo}"),
        (Lang::En, Some((y, None, Some(hi)))) => format!("{y} est. below {hi}"),
        _ => String::new(),
    };
    match lang {
        Lang::Zh => (format!("目标 {target}{name}"), est),
        Lang::En => (format!("target {target} {name}"), est),
    }
}

/// The chart's name for a target year's third-party figure: what it is, beside its mark.
pub fn third_party_label(lang: Lang, year: i32, value: &str) -> String {
    match lang {
        Lang::Zh => format!("{year}年第三方数字 {value}"),
        Lang::En => format!("{year}: {value}, third-party"),
    }
}

/// A line a chart names where it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineName {
    History,
    Outcome,
    Required,
    PathBase,
    Pace,
    ProjectionB,
    Band,
    Guess,
}

/// What a chart writes beside a line, longest first: a shorter form follows where the longer
/// may not fit. `from` is the base year, `latest` the latest record's year.
pub fn line_names(lang: Lang, n: LineName, from: i32, latest: Option<i32>) -> Vec<String> {
    let latest = latest.unwrap_or(from);
    let v = |xs: &[String]| xs.to_vec();
    match (lang, n) {
        (Lang::Zh, LineName::History) => v(&["记录".into()]),
        (Lang::Zh, LineName::Outcome) => v(&[format!("{from}年后的记录"), "此后记录".into()]),
        (Lang::Zh, LineName::Required) => {
            v(&[format!("达标所需（自{from}年）"), "达标所需".into()])
        }
        (Lang::Zh, LineName::PathBase) => {
            v(&[format!("你的设置（自{from}年）"), format!("自{from}年")])
        }
        (Lang::Zh, LineName::Pace) => v(&[
            format!("你的设置（自{latest}年记录）"),
            format!("自{latest}年记录"),
        ]),
        (Lang::Zh, LineName::ProjectionB) => v(&[format!("方案B（自{from}年）"), "方案B".into()]),
        (Lang::Zh, LineName::Band) => v(&["可能区间（90%）".into(), "可能区间".into()]),
        (Lang::Zh, LineName::Guess) => v(&["你的猜测".into(), "猜测".into()]),
        (Lang::En, LineName::History) => v(&["recorded".into()]),
        (Lang::En, LineName::Outcome) => {
            v(&[format!("recorded since {from}"), format!("since {from}")])
        }
        (Lang::En, LineName::Required) => v(&[format!("needed from {from}"), "needed".into()]),
        (Lang::En, LineName::PathBase) => {
            v(&[format!("your setting, from {from}"), format!("from {from}")])
        }
        (Lang::En, LineName::Pace) => v(&[
            format!("your setting, from the {latest} record"),
            format!("from {latest} record"),
        ]),
        (Lang::En, LineName::ProjectionB) => v(&[format!("scenario B, from {from}"), "B".into()]),
        (Lang::En, LineName::Band) => v(&["likely range (90%)".into(), "likely range".into()]),
        (Lang::En, LineName::Guess) => v(&["your guess".into(), "guess".into()]),
    }
}

/// The axes of the chart of additions needed: (x, y) in the axis unit `unit`.
pub fn required_axes(lang: Lang, unit: &str) -> (String, String) {
    match lang {
        Lang::Zh => (
            format!("起始装机（{unit}，你的假设）"),
            format!("每年需新增（{unit}）"),
        ),
        Lang::En => (
            format!("starting capacity ({unit}, your assumption)"),
            format!("needed each year ({unit})"),
        ),
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
