//! The words of the sections below the first view (the second wasm), in Chinese and English,
//! and the sentences they build from numbers.

use super::{indicator_name, pick};
use crate::dataset::{Dataset, Target};
use crate::delivery::Delivery;
use crate::format::{self, Unit};
use crate::reality::{Pace, RealityItem};
use crate::scenario::{Indicator, Lang};

pub struct SectionWords {
    pub recorded_title: &'static str,
    pub recorded_intro: &'static str,
    pub recorded_values: &'static str,
    pub nominal_kind: &'static str,
    pub pace_on: &'static str,
    pub pace_behind: &'static str,
    pub pace_none: &'static str,
    pub scenarios_title: &'static str,
    pub presets_title: &'static str,
    pub presets_intro: &'static str,
    pub as_b: &'static str,
    pub compare_title: &'static str,
    pub compare_toggle: &'static str,
    pub compare_note: &'static str,
    pub b_real: &'static str,
    pub b_defl: &'static str,
    pub b_pop: &'static str,
    pub b_re: &'static str,
    pub compare_caption: &'static str,
    pub compare_heads: [&'static str; 6],
    pub math_title: &'static str,
    pub math_intro: &'static str,
    pub math_no_base: &'static str,
    pub math_nominal: &'static str,
    pub math_real_needed: &'static str,
    pub math_years: &'static str,
    pub math_never: &'static str,
    pub math_sd_log: &'static str,
    pub math_sd_add: &'static str,
    pub math_conditioned: &'static str,
    pub plan_title: &'static str,
    pub plan_chart_label: &'static str,
    pub plan_chart_summary: &'static str,
    pub stages: [&'static str; 3],
    pub areas_caption: &'static str,
    pub areas_heads: [&'static str; 7],
    pub total: &'static str,
    pub delivery_label: &'static str,
    pub delivery_note: &'static str,
    pub tasks_title: &'static str,
    pub audit_title: &'static str,
    pub unresolved: &'static str,
    pub differs_resolved: &'static str,
    pub agrees: &'static str,
    pub corrections_caption: &'static str,
    pub corrections_heads: [&'static str; 4],
    pub share_title: &'static str,
    pub share_link: &'static str,
    pub share_embed: &'static str,
    pub share_embed_note: &'static str,
    pub embed_title: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub download: &'static str,
    pub download_json: &'static str,
    pub image_size: &'static str,
    pub image_presets: [&'static str; 3],
    pub image_for: &'static str,
    pub footer_data: &'static str,
    pub footer_privacy: &'static str,
}

pub static ZH: SectionWords = SectionWords {
    recorded_title: "实际记录",
    recorded_intro: "计划所需的增速，与此后记录的数据。",
    recorded_values: "记录数据",
    nominal_kind: "（名义，现价）",
    pace_on: "记录的增长跟上了所需速度",
    pace_behind: "记录的增长慢于所需速度",
    pace_none: "没有记录数据，无法判断",
    scenarios_title: "方案与比较",
    presets_title: "预设方案",
    presets_intro: "每个预设都由引擎根据数据计算，并说明数字的来源。",
    as_b: "用于方案B",
    compare_title: "比较两个方案",
    compare_toggle: "与方案B比较",
    compare_note: "方案B在图中以细虚线加叉号表示；下面的表格并列两个方案并给出差值。",
    b_real: "方案B：实际增速",
    b_defl: "方案B：价格平减指数",
    b_pop: "方案B：常住人口每年变化",
    b_re: "方案B：可再生能源每年变化",
    compare_caption: "方案A与方案B",
    compare_heads: ["指标", "方案A：2025年", "方案B：2025年", "差值（B−A）", "A达标年份", "B达标年份"],
    math_title: "计算方法",
    math_intro: "V₀为基准年记录值，T为目标，n为年数，g为每年增速。以下结果与上方读数来自同一次计算。",
    math_no_base: "先输入起始装机（你的假设），这里才有计算。",
    math_nominal: "名义增速（目标按现价计）",
    math_real_needed: "所需实际增速 (1 + g*) / (1 + 平减指数) − 1",
    math_years: "达到目标需要的年数 k = ln(T / V₀) / ln(1 + g)（按增量：(T − V₀) / a）",
    math_never: "到不了：2035年前达不到",
    math_sd_log: "历年对数增速的标准差",
    math_sd_add: "历年增量的标准差",
    math_conditioned: "概率与区间从最新记录出发，并受此后记录的范围约束：在有范围的年份，分布被截断在该范围内，此后每年再按同样的波动增长。数值积分的结果与条件蒙特卡罗模拟一致（原生测试核对）。",
    plan_title: "计划：十大领域、50项任务",
    plan_chart_label: "十大领域投资图",
    plan_chart_summary: "十大领域各阶段投资：深色为续建，中间色为2023年新开工，浅色为2024—2025年谋划储备；数字为合计。下表给出同样的数字。",
    stages: ["续建", "2023年新开工", "谋划储备"],
    areas_caption: "十大领域：项目数与投资（项目数 · 亿元）",
    areas_heads: ["领域", "项目数", "总投资（亿元）", "续建", "2023年新开工", "2024—2025年谋划储备", "按落实比例（亿元）"],
    total: "合计",
    delivery_label: "计划投资的落实比例",
    delivery_note: "这只是对计划数字的算术：本工具不对投资如何影响地区生产总值作任何判断。",
    tasks_title: "50项重点工作",
    audit_title: "我们如何核对数字",
    unresolved: "未处理",
    differs_resolved: "不一致（已处理）",
    agrees: "相符",
    corrections_caption: "扫描错字更正",
    corrections_heads: ["扫描原文", "更正为", "次数", "原因"],
    share_title: "分享与下载",
    share_link: "此方案的链接",
    share_embed: "嵌入代码",
    share_embed_note: "可选的 embed.js 让框架自动适应内容高度；使用 pym.js 的网站无需它。没有它，框架以固定高度显示并可在内部滚动。",
    embed_title: "济南路径：2025年目标能否实现？",
    copy: "复制",
    copied: "已复制",
    copy_failed: "无法访问剪贴板：文字已选中，请按 Ctrl+C（⌘C）复制",
    download: "下载",
    download_json: "下载方案与结果（JSON）",
    image_size: "图片尺寸",
    image_presets: ["文章配图（宽800像素）", "社交媒体卡片（1200×675）", "正方形（1080×1080）"],
    image_for: "下载图表与数据",
    footer_data: "数据：计划原文及公开统计资料，每个数字均注明来源；推算值均已标注。",
    footer_privacy: "本页面不收集任何信息：无登录、无统计、无外部请求。",
};

pub static EN: SectionWords = SectionWords {
    recorded_title: "What was recorded",
    recorded_intro: "The growth the plan needed, and what was recorded since.",
    recorded_values: "Recorded figures",
    nominal_kind: " (nominal, current prices)",
    pace_on: "recorded growth kept pace with what was needed",
    pace_behind: "recorded growth fell short of the pace needed",
    pace_none: "nothing recorded to judge by",
    scenarios_title: "Scenarios and comparison",
    presets_title: "Presets",
    presets_intro: "Each preset is computed by the engine from the data, and says where its numbers come from.",
    as_b: "as B",
    compare_title: "Compare two scenarios",
    compare_toggle: "Compare with a scenario B",
    compare_note: "B is drawn on the chart as a fine dashed line with crosses; the table below puts the two side by side with the difference.",
    b_real: "B: real growth",
    b_defl: "B: deflator",
    b_pop: "B: population, yearly change",
    b_re: "B: renewables, yearly change",
    compare_caption: "Scenario A and scenario B",
    compare_heads: ["Indicator", "A: 2025", "B: 2025", "Difference (B − A)", "A reaches the target", "B reaches the target"],
    math_title: "How it's calculated",
    math_intro: "V₀ is the recorded base-year value, T the target, n the number of years, g the yearly growth. The results below are the same computation as the readouts above.",
    math_no_base: "Enter a starting capacity (your assumption) to see the working here.",
    math_nominal: "Nominal growth (the target is in current prices)",
    math_real_needed: "Real growth needed: (1 + g*) / (1 + deflator) − 1",
    math_years: "Years to the target: k = ln(T / V₀) / ln(1 + g) (by additions: (T − V₀) / a)",
    math_never: "never at this setting: not by 2035",
    math_sd_log: "standard deviation of recorded yearly log-growth",
    math_sd_add: "standard deviation of recorded yearly additions",
    math_conditioned: "The chance and the range start from the latest record and are held within what is recorded after it: in a year with a recorded range the distribution is cut to that range, and grows on from there with the same spread. The numerical integral agrees with a Monte Carlo conditioned on the same record (a native test checks).",
    plan_title: "The plan: 10 areas, 50 tasks",
    plan_chart_label: "Chart of investment by area",
    plan_chart_summary: "Investment by area and stage: the darkest part is continuing projects, the middle new in 2023, the lightest the reserve for 2024–2025; the number is the total. The table below has the same figures.",
    stages: ["continuing", "new in 2023", "reserve 2024–2025"],
    areas_caption: "The ten areas: projects and investment (projects · 亿元)",
    areas_heads: ["Area", "Projects", "Investment (亿元)", "Continuing", "New in 2023", "Reserve for 2024–2025", "At the delivery share (亿元)"],
    total: "Total",
    delivery_label: "Share of the planned investment carried out",
    delivery_note: "This is arithmetic on the plan's figures only: the app makes no claim about what investment does to GDP.",
    tasks_title: "The 50 tasks",
    audit_title: "How we checked the numbers",
    unresolved: "unresolved",
    differs_resolved: "differs (resolved)",
    agrees: "agrees",
    corrections_caption: "Scan misprints corrected",
    corrections_heads: ["Scanned", "Corrected", "Times", "Why"],
    share_title: "Share and download",
    share_link: "Link to this scenario",
    share_embed: "Embed code",
    share_embed_note: "The optional embed.js makes the frame fit its content; sites that use pym.js need not add it. Without either, the frame keeps a fixed height and scrolls inside.",
    embed_title: "Jinan Pathways: can Jinan reach its 2025 targets?",
    copy: "Copy",
    copied: "Copied",
    copy_failed: "The clipboard is not available: the text is selected, press Ctrl+C (⌘C) to copy",
    download: "Download",
    download_json: "Download the scenario and results (JSON)",
    image_size: "Image size",
    image_presets: ["Article (800 px wide)", "Social card (1200×675)", "Square (1080×1080)"],
    image_for: "Download charts and data",
    footer_data: "Data: the plan's text and public statistics, each figure with its source; derived figures are marked.",
    footer_privacy: "This page collects nothing: no sign-in, no analytics, no outside requests.",
};

pub fn section_words(lang: Lang) -> &'static SectionWords {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// The pace verdict's words.
pub fn pace_words(lang: Lang, p: Pace) -> &'static str {
    let w = section_words(lang);
    match p {
        Pace::OnPace => w.pace_on,
        Pace::BehindPace => w.pace_behind,
        Pace::NoData => w.pace_none,
    }
}

/// "Needed from 2022: 7.6% a year (nominal, current prices)".
pub fn reality_needed(lang: Lang, item: &RealityItem, base_year: i32) -> String {
    let i = item.indicator;
    let unit = i.unit();
    let rate = item
        .needed_rate
        .map(|r| format::rate(lang, r))
        .unwrap_or_default();
    let add = match (i, item.needed_addition) {
        (Indicator::Pop, Some(a)) => format!(" ({})", format::addition(lang, unit, a)),
        _ => String::new(),
    };
    let kind = if i == Indicator::Gdp {
        section_words(lang).nominal_kind
    } else {
        ""
    };
    match (lang, item.needed_rate) {
        (Lang::Zh, None) => format!("没有{base_year}年的记录值，无法计算所需速度"),
        (Lang::En, None) => {
            format!("No recorded value for {base_year}, so the pace needed cannot be computed")
        }
        (Lang::Zh, Some(_)) => format!("从{base_year}年起需要{rate}{kind}{add}"),
        (Lang::En, Some(_)) => format!("Needed from {base_year}: {rate}{kind}{add}"),
    }
}

/// One recorded year's change: GDP's nominal change from its levels beside its published real
/// growth; others' change from their levels.
pub fn recorded_change(
    lang: Lang,
    i: Indicator,
    c: &crate::history::Change,
    real: Option<f64>,
) -> String {
    let change = match i {
        Indicator::Gdp => {
            let nominal = format::signed_percent(c.rate);
            match (lang, real) {
                (Lang::Zh, Some(r)) => format!(
                    "名义{nominal}（由记录值推算），实际{}（公布）",
                    format::signed_percent(r)
                ),
                (Lang::Zh, None) => format!("名义{nominal}（由记录值推算），实际增速未找到"),
                (Lang::En, Some(r)) => format!(
                    "{nominal} nominal (derived from the recorded levels), {} real (published)",
                    format::signed_percent(r)
                ),
                (Lang::En, None) => format!(
                    "{nominal} nominal (derived from the recorded levels); real growth not found"
                ),
            }
        }
        _ => format!(
            "{} ({}){}",
            format::signed(lang, i.unit(), c.addition),
            format::signed_percent(c.rate),
            match lang {
                Lang::Zh => "，由记录值推算",
                Lang::En => ", derived from recorded values",
            }
        ),
    };
    format!("{}: {change}", c.year)
}

/// A year's recorded figure in a table: the value, or what its bounds say, or "missing".
pub fn recorded_value(lang: Lang, unit: Unit, p: &crate::dataset::Point) -> String {
    let q = |v: f64| format::quantity(lang, unit, v);
    let lo = p.lower.as_ref().map(|b| b.value);
    let hi = p.upper.as_ref().map(|b| b.value);
    match (lang, p.value, lo, hi) {
        (_, Some(v), _, _) => q(v),
        (Lang::Zh, None, Some(l), Some(h)) => format!("{}至{}（预计）", q(l), q(h)),
        (Lang::En, None, Some(l), Some(h)) => format!("{} to {} (estimate)", q(l), q(h)),
        (Lang::Zh, None, Some(l), None) => format!("超过{}（预计）", q(l)),
        (Lang::En, None, Some(l), None) => format!("above {} (estimate)", q(l)),
        (Lang::Zh, None, None, Some(h)) => format!("低于{}（预计）", q(h)),
        (Lang::En, None, None, Some(h)) => format!("below {} (estimate)", q(h)),
        (Lang::Zh, None, None, None) => "缺失".into(),
        (Lang::En, None, None, None) => "missing".into(),
    }
}

/// B's chart of a comparison reaches the target: the year, or not by 2035.
pub fn year_or_never(lang: Lang, y: Option<i32>) -> String {
    match (lang, y) {
        (_, Some(y)) => y.to_string(),
        (Lang::Zh, None) => "2035年前达不到".into(),
        (Lang::En, None) => "not by 2035".into(),
    }
}

/// The plan section's opening sentence, from the plan's own totals.
pub fn plan_intro(lang: Lang, data: &Dataset) -> String {
    let total: f64 = data.areas.iter().map(|a| a.total.investment).sum();
    let projects = data.plan.stated.projects.value;
    let q = format::quantity(lang, Unit::Yi, total);
    let stated = &data.plan.stated.investment.quote;
    match lang {
        Lang::Zh => format!(
            "计划列出十大领域第一批{projects}个重点项目，总投资{q}（文件称“{stated}”），分为续建、2023年新开工和2024—2025年谋划储备三类。"
        ),
        Lang::En => format!(
            "The plan lists a first batch of {} key projects in ten areas, {q} of investment in all (the document says “{stated}”), in three stages: continuing, new in 2023, and held in reserve for 2024–2025.",
            format::group(projects as u64)
        ),
    }
}

/// The delivery slider's sentence.
pub fn delivery_summary(lang: Lang, d: &Delivery) -> String {
    let q = |v: f64| format::quantity(lang, Unit::Yi, v);
    let t = |v: f64| format::trim(v, 1);
    match lang {
        Lang::Zh => format!(
            "按{}%落实：总投资{}（计划{}）；其中2023年新开工项目{}（计划{}，占总投资的{}%）。",
            t(d.share), q(d.delivered), q(d.planned), q(d.new_2023_delivered), q(d.new_2023_planned), t(d.new_2023_share)
        ),
        Lang::En => format!(
            "At {}% delivery: {} of investment (planned {}); of it, projects new in 2023: {} (planned {}, {}% of the total).",
            t(d.share), q(d.delivered), q(d.planned), q(d.new_2023_delivered), q(d.new_2023_planned), t(d.new_2023_share)
        ),
    }
}

/// A target's year, saying when the plan does not state it.
pub fn target_year(lang: Lang, g: &Target) -> String {
    match (lang, g.year_stated) {
        (_, true) => g.year.to_string(),
        (Lang::Zh, false) => format!("{}（计划期末，文中未写明）", g.year),
        (Lang::En, false) => format!("{} (the plan's end; not stated)", g.year),
    }
}

/// An area's heading in the task browser.
pub fn area_heading(lang: Lang, a: &crate::dataset::Area, tasks: usize) -> String {
    let inv = format::trim(a.total.investment, 2);
    match lang {
        Lang::Zh => format!(
            "重点{}：{}（{tasks}项重点工作，{}个项目，{inv}亿元）",
            a.numeral, a.short.zh, a.total.projects
        ),
        Lang::En => format!(
            "Area {}: {} ({tasks} tasks, {} projects, {inv}亿元)",
            a.no, a.short.en, a.total.projects
        ),
    }
}

/// The audit's headline.
pub fn audit_headline(lang: Lang, checks: usize, differ: usize) -> String {
    match lang {
        Lang::Zh => format!("我们核对了计划中所述的每一个合计，共{checks}项：各领域三类项目之和与领域总数、十大领域与文件总数、各部分重点工作数与所称数量、开篇摘要与全文逐项。发现{differ}处不一致，均已按下述方式处理。"),
        Lang::En => format!("We reconciled every total the plan states, {checks} checks in all: each area's three stages against its total, the ten areas against the document's totals, the tasks listed against the number each area announces, and the opening summary against the full text, field by field. We found {differ} discrepancies, each resolved as below."),
    }
}

pub fn all_checks(lang: Lang, checks: usize) -> String {
    match lang {
        Lang::Zh => format!("全部{checks}项核对"),
        Lang::En => format!("All {checks} checks"),
    }
}

/// A download button's accessible name: "Download GDP as PNG".
pub fn download_label(lang: Lang, i: Indicator, what: &str) -> String {
    match lang {
        Lang::Zh => format!("下载{}：{what}", indicator_name(lang, i)),
        Lang::En => format!("Download {} as {what}", indicator_name(lang, i)),
    }
}

/// The plan's title, issuers and date, for the footer.
pub fn plan_credit(lang: Lang, data: &Dataset) -> String {
    let plan = &data.plan;
    let sep = if lang == Lang::Zh { "、" } else { ", " };
    let issuers: Vec<&str> = plan.issuers.iter().map(|i| pick(i, lang)).collect();
    format!(
        "{} · {} · {}",
        pick(&plan.title, lang),
        issuers.join(sep),
        plan.issued
    )
}
