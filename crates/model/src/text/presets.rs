//! The named scenarios' names and descriptions, from their basis in the data.

use super::*;

/// A preset's name; the years come from the data.
pub fn preset_name(lang: Lang, p: crate::presets::Preset, b: &crate::presets::Basis) -> String {
    use crate::presets::Preset as P;
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
    p: crate::presets::Preset,
    b: &crate::presets::Basis,
) -> String {
    use crate::presets::Preset as P;
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
