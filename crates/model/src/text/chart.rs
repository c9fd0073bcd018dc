//! The pathway chart's words: its title, its lines' names, its text alternative, the readouts'
//! labels beside it.

use super::*;

/// The chart's text alternative: what it shows, from the same numbers, in a sentence or two.
/// `gdp_inputs` (real growth, deflator) are used for GDP only.
pub fn chart_summary(
    lang: Lang,
    o: &crate::results::Outlook,
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
    let Some(projected) = o.from_base.projected else {
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
    let needed = o.from_base.required.map(|g| growth_words(lang, unit, g));
    // The path from the base year is what the setting would have given, not a forecast: where
    // it meets the target in a year the record says fell short, the sentence says so.
    let contradicted = match (o.from_base.contradicted, lang) {
        (Some(y), Lang::Zh) => format!("（记录显示{y}年并未达到，这条路径只是假设。）"),
        (Some(y), Lang::En) => format!(" (The record says {y} fell short: this path is what it would have taken, not what happened.)"),
        _ => String::new(),
    };
    let pace = o
        .from_record
        .pace
        .as_ref()
        .zip(o.from_record.record.as_ref());
    // A third-party latest figure is named as such.
    let third = |r: &crate::conditioned::Record| r.latest_grade < crate::dataset::Grade::Settles;
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
    let chance = match (o.from_record.probability, lang) {
        (Some(p), Lang::Zh) => format!(
            "{}年达到或超过目标的概率{}。",
            o.from_record.probability_year,
            chance_words_of(lang, p, o.from_record.probability_unconfirmed)
        ),
        (Some(p), Lang::En) => format!(
            " The chance of being at or above it in {} is {}.",
            o.from_record.probability_year,
            chance_words_of(lang, p, o.from_record.probability_unconfirmed)
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
