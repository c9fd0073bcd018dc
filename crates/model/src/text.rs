//! Every word the page shows, in Chinese and English. A struct rather than a map, so that a
//! string missing in one language is a compile error; sentences with numbers are functions
//! here too, so they are tested natively and read the same everywhere.

use super::dataset::{Reliability, Text};
use super::format::{self, Unit};
use super::scenario::{Indicator, Lang, Notice};

pub struct Words {
    pub app_name: &'static str,
    pub question: &'static str,
    pub language: &'static str,
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub notices_title: &'static str,
    pub reality_title: &'static str,
    pub reality_intro: &'static str,
    pub shared_controls: &'static str,
    pub base_year: &'static str,
    pub base_year_plan: &'static str,
    pub horizon: &'static str,
    pub band: &'static str,
    pub band_note: &'static str,
    pub real_growth: &'static str,
    pub deflator: &'static str,
    pub nominal_growth: &'static str,
    pub yearly_change: &'static str,
    pub mode: &'static str,
    pub mode_rate: &'static str,
    pub mode_add: &'static str,
    pub per_year: &'static str,
    pub projected: &'static str,
    pub gap: &'static str,
    pub required: &'static str,
    pub required_real: &'static str,
    pub reached: &'static str,
    pub probability: &'static str,
    pub not_reached: &'static str,
    pub already: &'static str,
    pub none: &'static str,
    pub your_assumption: &'static str,
    pub source: &'static str,
    pub quoted: &'static str,
    pub reliability: &'static str,
    pub open_source: &'static str,
    pub no_url: &'static str,
    pub plan_sentence: &'static str,
    pub recorded_values: &'static str,
    pub year: &'static str,
    pub value: &'static str,
    pub re_no_base: &'static str,
    pub re_start_label: &'static str,
    pub re_start_clear: &'static str,
    pub re_required_chart: &'static str,
    pub chart_label: &'static str,
    pub legend_history: &'static str,
    pub legend_projection: &'static str,
    pub legend_projection_b: &'static str,
    pub legend_required: &'static str,
    pub legend_target: &'static str,
    pub legend_outcome: &'static str,
    pub legend_estimate: &'static str,
    pub legend_band: &'static str,
    pub input_invalid: &'static str,
    pub input_clamped: &'static str,
    pub missing: &'static str,
    pub verdict_on_pace: &'static str,
    pub verdict_behind: &'static str,
    pub verdict_no_data: &'static str,
    pub task: &'static str,
    pub footer_data: &'static str,
    pub footer_privacy: &'static str,
    pub download: &'static str,
    pub share_title: &'static str,
    pub share_link: &'static str,
    pub share_embed: &'static str,
    pub share_embed_note: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub download_json: &'static str,
    pub embed_credit: &'static str,
    pub change_scenario: &'static str,
    pub locked_note: &'static str,
}

pub static ZH: Words = Words {
    app_name: "济南路径",
    question: "济南能否实现2023—2025年三年行动计划的目标？需要怎样的增长？",
    language: "语言",
    theme: "配色",
    theme_auto: "跟随系统",
    theme_light: "浅色",
    theme_dark: "深色",
    notices_title: "链接中的部分参数有误，已更正：",
    reality_title: "现实对照",
    reality_intro: "计划所需的增速，与此后记录的数据。",
    shared_controls: "共同设置",
    base_year: "基准年",
    base_year_plan: "计划基准年",
    horizon: "预测至",
    band: "显示可能结果区间",
    band_note: "区间假设每年增速围绕所选值波动，波动幅度取该指标历年增速的标准差（推算）。",
    real_growth: "实际增速",
    deflator: "价格平减指数（通胀）",
    nominal_growth: "名义增速（现价）",
    yearly_change: "每年变化",
    mode: "变化方式",
    mode_rate: "按百分比",
    mode_add: "按固定增量",
    per_year: "每年",
    projected: "2025年预测值",
    gap: "与目标差距",
    required: "所需速度",
    required_real: "折合实际增速",
    reached: "达到目标的年份",
    probability: "达到目标的概率",
    not_reached: "2035年前达不到",
    already: "基准年已达到",
    none: "—",
    your_assumption: "你的假设",
    source: "来源",
    quoted: "原文",
    reliability: "可靠性",
    open_source: "打开来源网页",
    no_url: "（无网址）",
    plan_sentence: "计划原文",
    recorded_values: "记录数据",
    year: "年份",
    value: "数值",
    re_no_base: "济南没有官方的可再生能源装机数据。请输入基准年的起始装机（你的假设），即可像其他两项一样预测。在此之前，下图给出从任一起始装机出发，2025年达到430万千瓦每年需新增的装机。",
    re_start_label: "起始装机（万千瓦，你的假设）",
    re_start_clear: "清除起始值",
    re_required_chart: "每年需新增装机与起始装机的关系",
    chart_label: "路径图",
    legend_history: "历史记录",
    legend_projection: "按所选速度预测",
    legend_projection_b: "方案B预测",
    legend_required: "达标所需路径",
    legend_target: "计划目标",
    legend_outcome: "基准年后的实际记录",
    legend_estimate: "2025年预计值（下限）",
    legend_band: "可能结果区间（50%与90%）",
    input_invalid: "不是有效数字，保留原值",
    input_clamped: "超出范围，已调整为",
    missing: "缺失",
    verdict_on_pace: "记录的增长跟上了所需速度",
    verdict_behind: "记录的增长慢于所需速度",
    verdict_no_data: "没有记录数据，无法判断",
    task: "任务",
    footer_data: "数据：计划原文及公开统计资料，每个数字均注明来源；推算值均已标注。",
    footer_privacy: "本页面不收集任何信息：无登录、无统计、无外部请求。",
    download: "下载",
    share_title: "分享与下载",
    share_link: "此方案的链接",
    share_embed: "嵌入代码",
    share_embed_note: "可选的 embed.js 让框架自动适应内容高度；没有它，框架以固定高度显示并可在内部滚动。",
    copy: "复制",
    copied: "已复制",
    copy_failed: "无法访问剪贴板：文字已选中，请按 Ctrl+C（⌘C）复制",
    download_json: "下载方案与结果（JSON）",
    embed_credit: "济南路径：打开完整计算器",
    change_scenario: "修改这个方案",
    locked_note: "这是已发布的方案，数值不可修改。",
};

pub static EN: Words = Words {
    app_name: "Jinan Pathways",
    question: "Can Jinan reach the targets of its 2023–2025 plan, and what would it take?",
    language: "Language",
    theme: "Colours",
    theme_auto: "System",
    theme_light: "Light",
    theme_dark: "Dark",
    notices_title: "Some settings in the link could not be used as given, so we corrected them:",
    reality_title: "Reality check",
    reality_intro: "The growth the plan needed, and what was recorded since.",
    shared_controls: "Shared settings",
    base_year: "Base year",
    base_year_plan: "the plan's base year",
    horizon: "Project to",
    band: "Show the range of likely outcomes",
    band_note: "The range assumes yearly growth varies around your setting by the standard deviation of the indicator's recorded yearly growth (derived).",
    real_growth: "Real growth",
    deflator: "Deflator (inflation)",
    nominal_growth: "Nominal growth (current prices)",
    yearly_change: "Yearly change",
    mode: "Change as",
    mode_rate: "a percentage",
    mode_add: "a fixed amount",
    per_year: "a year",
    projected: "Projected for 2025",
    gap: "Gap to the target",
    required: "Needed",
    required_real: "Real growth that means",
    reached: "Target reached in",
    probability: "Chance of reaching the target",
    not_reached: "not by 2035",
    already: "already in the base year",
    none: "—",
    your_assumption: "your assumption",
    source: "Source",
    quoted: "Quoted",
    reliability: "Reliability",
    open_source: "Open the source page",
    no_url: "(no web address)",
    plan_sentence: "The plan's words",
    recorded_values: "Recorded figures",
    year: "Year",
    value: "Value",
    re_no_base: "There is no official figure for Jinan's renewable capacity. Enter a starting capacity for the base year (your assumption) to project it like the other two. Until then, the chart shows the capacity that must be added each year to reach 430万千瓦 (4.3 GW) in 2025 from any starting point.",
    re_start_label: "Starting capacity (万千瓦, your assumption)",
    re_start_clear: "Clear the start",
    re_required_chart: "Yearly addition needed against the starting capacity",
    chart_label: "Pathway chart",
    legend_history: "recorded",
    legend_projection: "projection at your setting",
    legend_projection_b: "scenario B",
    legend_required: "path the target needs",
    legend_target: "the plan's target",
    legend_outcome: "recorded after the base year",
    legend_estimate: "2025 estimate (a lower bound)",
    legend_band: "range of likely outcomes (50% and 90%)",
    input_invalid: "is not a number; kept the previous value",
    input_clamped: "is out of range; using",
    missing: "missing",
    verdict_on_pace: "recorded growth kept pace with what was needed",
    verdict_behind: "recorded growth fell short of the pace needed",
    verdict_no_data: "nothing recorded to judge by",
    task: "Task",
    footer_data: "Data: the plan's text and public statistics, each figure with its source; derived figures are marked.",
    footer_privacy: "This page collects nothing: no sign-in, no analytics, no outside requests.",
    download: "Download",
    share_title: "Share and download",
    share_link: "Link to this scenario",
    share_embed: "Embed code",
    share_embed_note: "The optional embed.js makes the frame fit its content; without it the frame keeps a fixed height and scrolls inside.",
    copy: "Copy",
    copied: "Copied",
    copy_failed: "The clipboard is not available: the text is selected, press Ctrl+C (⌘C) to copy",
    download_json: "Download the scenario and results (JSON)",
    embed_credit: "Jinan Pathways: open the full calculator",
    change_scenario: "Change this scenario",
    locked_note: "A published scenario: the values are fixed.",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

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
    let from_record = match (pace, o.base.as_ref().and_then(|b| b.point.as_ref()), lang) {
        (Some((p, r)), Some(_), Lang::Zh) => match p.reached {
            Some(y) => format!("从{}年的记录值{}出发，按此速度{y}年达到目标。", r.latest.0, q(r.latest.1)),
            None => format!("从{}年的记录值{}出发，按此速度2035年前达不到目标。", r.latest.0, q(r.latest.1)),
        },
        (Some((p, r)), Some(_), Lang::En) => match p.reached {
            Some(y) => format!(" From the latest record ({}: {}), at this setting the target is reached in {y}.", r.latest.0, q(r.latest.1)),
            None => format!(" From the latest record ({}: {}), at this setting the target is not reached by 2035.", r.latest.0, q(r.latest.1)),
        },
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
            chance_words(lang, p)
        ),
        (Some(p), Lang::En) => format!(
            " The chance of being at or above it in {} is {}.",
            o.probability_year,
            chance_words(lang, p)
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
            if i == Indicator::Gdp { name.to_string() } else { format!("the {}", name.to_lowercase()) },
            q(projected),
            if short { "short of" } else { "above" },
            needed.map(|n| format!("{n} would have been needed from {}", base.year)).unwrap_or_else(|| "the pace needed cannot be computed".into()),
        ),
    }
}

/// A chance in words that do not overstate it: "about 44%", "less than 1%", "more than 99%",
/// "none" (exactly 0: the record rules it out), "certain".
pub fn chance_words(lang: Lang, p: f64) -> String {
    match (lang, p) {
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
