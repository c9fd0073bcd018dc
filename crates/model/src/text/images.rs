//! The words of the exported images and the widget: subtitles, the base line, the deflator.

use super::*;

/// The widget's line under its title: what the record says, and the setting in words.
pub fn widget_subtitle(
    lang: Lang,
    v: Option<&crate::verdict::TargetVerdict>,
    o: &crate::results::Outlook,
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
    v: Option<&crate::verdict::TargetVerdict>,
    o: &crate::results::Outlook,
    s: &crate::scenario::Scenario,
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
        use crate::status::Status as S;
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
