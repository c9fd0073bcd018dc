//! The words of the plan's tracker: each status in words (never colour alone), the summary line,
//! a record in a few words, and why a target has its status, from the assessment's own figures.

use super::{chance_words, pick, reliability, target_value};
use crate::dataset::{Comparator, Point, Reliability, Target};
use crate::format::{self, trim};
use crate::scenario::Lang;
use crate::status::{Assessment, Decision, Part, Status};

/// A status in words.
pub fn status_name(lang: Lang, s: Status) -> &'static str {
    match (lang, s) {
        (Lang::Zh, Status::Met) => "已实现",
        (Lang::Zh, Status::MetUnconfirmed) => "已实现（未经证实）",
        (Lang::Zh, Status::Missed) => "未实现",
        (Lang::Zh, Status::MissedUnconfirmed) => "未实现（未经证实）",
        (Lang::Zh, Status::LikelyMet) => "很可能实现",
        (Lang::Zh, Status::LikelyMissed) => "很可能未实现",
        (Lang::Zh, Status::Unknown) => "未知",
        (Lang::En, Status::Met) => "met",
        (Lang::En, Status::MetUnconfirmed) => "met, unconfirmed",
        (Lang::En, Status::Missed) => "missed",
        (Lang::En, Status::MissedUnconfirmed) => "missed, unconfirmed",
        (Lang::En, Status::LikelyMet) => "likely met",
        (Lang::En, Status::LikelyMissed) => "likely missed",
        (Lang::En, Status::Unknown) => "unknown",
    }
}

/// A mark that says the same as the words, for a glance (beside the words, never instead).
pub fn status_mark(s: Status) -> &'static str {
    match s.met() {
        Some(true) => "✓",
        Some(false) => "✗",
        None => "?",
    }
}

/// "Of the plan's 31 quantified targets: 1 met, 3 missed, 1 likely missed, 25 unknown." Only
/// the statuses some target has are named.
pub fn promises_summary(lang: Lang, counts: &[(Status, usize)]) -> String {
    let total: usize = counts.iter().map(|c| c.1).sum();
    let parts: Vec<String> = counts
        .iter()
        .filter(|c| c.1 > 0)
        .map(|(s, n)| match lang {
            Lang::Zh => format!("{}{n}项", status_name(lang, *s)),
            Lang::En => format!("{n} {}", status_name(lang, *s)),
        })
        .collect();
    match lang {
        Lang::Zh => format!("计划的{total}项量化目标中：{}。", parts.join("，")),
        Lang::En => format!(
            "Of the plan's {total} quantified targets: {}.",
            parts.join("; ")
        ),
    }
}

/// The lead-in of the summary line, for a page that puts each count in its own element.
pub fn promises_lead(lang: Lang, total: usize) -> String {
    match lang {
        Lang::Zh => format!("计划的{total}项量化目标中："),
        Lang::En => format!("Of the plan's {total} quantified targets: "),
    }
}

/// One count of the summary line: "3 missed", "未实现3项".
pub fn promises_count(lang: Lang, s: Status, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{}{n}项", status_name(lang, s)),
        Lang::En => format!("{n} {}", status_name(lang, s)),
    }
}

/// A figure in the target's own unit, as the plan writes it: "310万人", "851处".
pub fn figure(t: &Target, v: f64) -> String {
    format!("{}{}", trim(v, 2), pick(&t.unit, Lang::Zh))
}

/// A change in the target's unit, always signed: "+48.5万人", "−3处".
fn signed_figure(t: &Target, v: f64) -> String {
    let sign = if v < 0.0 { "\u{2212}" } else { "+" };
    format!("{sign}{}", figure(t, v.abs()))
}

/// A year's record in a few words: "2025: 310万人", "2024: above 287.5万人", "2025: 14000亿元
/// to 15000亿元", with the day it stands at where it is not the year's end.
pub fn record_words(lang: Lang, t: &Target, p: &Point) -> String {
    let f = |v: f64| figure(t, v);
    let (lo, hi) = (
        p.lower.as_ref().map(|b| b.value),
        p.upper.as_ref().map(|b| b.value),
    );
    let what = match (lang, p.value, lo, hi) {
        (_, Some(v), _, _) => f(v),
        (Lang::Zh, None, Some(l), Some(h)) => format!("{}至{}之间", f(l), f(h)),
        (Lang::En, None, Some(l), Some(h)) => format!("between {} and {}", f(l), f(h)),
        (Lang::Zh, None, Some(l), None) => format!("超过{}", f(l)),
        (Lang::En, None, Some(l), None) => format!("above {}", f(l)),
        (Lang::Zh, None, None, Some(h)) => format!("低于{}", f(h)),
        (Lang::En, None, None, Some(h)) => format!("below {}", f(h)),
        (Lang::Zh, None, None, None) => "无数据".into(),
        (Lang::En, None, None, None) => "no figure".into(),
    };
    let y = p.year;
    match (lang, &p.as_of) {
        (Lang::Zh, Some(d)) => format!("{y}年（截至{d}）：{what}"),
        (Lang::En, Some(d)) => format!("{y} (as of {d}): {what}"),
        (Lang::Zh, None) => format!("{y}年：{what}"),
        (Lang::En, None) => format!("{y}: {what}"),
    }
}

/// The reliability of the part of a record that decided, in words; a derived figure says what
/// it was derived from.
pub fn part_reliability(lang: Lang, p: &Point, part: Part) -> String {
    let (r, basis) = match part {
        Part::Value => (p.reliability, p.basis),
        Part::Lower => p
            .lower
            .as_ref()
            .map_or((p.reliability, p.basis), |b| (b.reliability, b.basis)),
        Part::Upper => p
            .upper
            .as_ref()
            .map_or((p.reliability, p.basis), |b| (b.reliability, b.basis)),
    };
    match (lang, r, basis) {
        (Lang::Zh, Reliability::Derived, Some(b)) => format!("推算自{}", reliability(lang, b)),
        (Lang::En, Reliability::Derived, Some(b)) => {
            format!("derived from {}", reliability(lang, b))
        }
        _ => reliability(lang, r).to_string(),
    }
}

/// What would settle a target that nothing settles yet.
pub fn settle_words(lang: Lang, t: &Target, a: &Assessment) -> String {
    if let Some(s) = &a.settle_by {
        return pick(s, lang).to_string();
    }
    let y = a.year;
    match (lang, t.comparator) {
        (Lang::Zh, Comparator::ByDate) => format!(
            "官方关于在{}前完成的报道。",
            t.deadline.as_deref().unwrap_or("期限")
        ),
        (Lang::En, Comparator::ByDate) => format!(
            "An official report that it was done by {}.",
            t.deadline.as_deref().unwrap_or("the deadline")
        ),
        (Lang::Zh, _) => format!("{y}年的官方数据（例如{y}年统计公报）。"),
        (Lang::En, _) => {
            format!("An official figure for {y} (for example in the {y} statistical bulletin).")
        }
    }
}

/// Why a target has its status, in sentences from the assessment's own figures.
pub fn status_reason(lang: Lang, t: &Target, a: &Assessment) -> String {
    let target = target_value(lang, t);
    let y = a.year;
    let mut out = Vec::new();
    if !a.year_stated {
        out.push(match lang {
            Lang::Zh => format!("计划没有写明年份：按计划期末（{y}年）判断。"),
            Lang::En => {
                format!("The plan states no year: judged at the end of the plan period, {y}.")
            }
        });
    }
    match &a.decision {
        Decision::Record { point, part } => {
            let rec = record_words(lang, t, point);
            let rel = part_reliability(lang, point, *part);
            let met = a.status.met() == Some(true);
            out.push(match (lang, met) {
                (Lang::Zh, true) => format!("记录：{rec}（{rel}），达到{target}的目标。"),
                (Lang::Zh, false) => format!("记录：{rec}（{rel}），未达到{target}的目标。"),
                (Lang::En, true) => {
                    format!("The record: {rec} ({rel}), meeting the target of {target}.")
                }
                (Lang::En, false) => {
                    format!("The record: {rec} ({rel}), short of the target of {target}.")
                }
            });
            if t.comparator == Comparator::About {
                out.push(match lang {
                    Lang::Zh => "（“左右”按不低于该数的95%理解。）".into(),
                    Lang::En => "(“About” is read as no more than 5% below it.)".into(),
                });
            }
            if matches!(a.status, Status::MetUnconfirmed | Status::MissedUnconfirmed) {
                out.push(match lang {
                    Lang::Zh => "只有第三方数据这样说，未经官方数据证实。".into(),
                    Lang::En => {
                        "Only a third-party figure says so: no official figure confirms it.".into()
                    }
                });
            }
        }
        Decision::Statement(s) => out.push(match lang {
            Lang::Zh => format!("官方表述点明了这一目标：“{}”", s.quote),
            Lang::En => format!("An official statement names this target: “{}”", s.quote),
        }),
        Decision::Outlook(_) | Decision::Nothing => {
            out.push(match (lang, a.latest.as_ref()) {
                (Lang::Zh, Some(p)) if p.year < y => format!(
                    "未找到{y}年的数据。最近的记录：{}。",
                    record_words(lang, t, p)
                ),
                (Lang::En, Some(p)) if p.year < y => format!(
                    "No {y} figure has been found. The latest record: {}.",
                    record_words(lang, t, p)
                ),
                (Lang::Zh, Some(p)) => {
                    format!("{y}年的记录（{}）不足以判断。", record_words(lang, t, p))
                }
                (Lang::En, Some(p)) => format!(
                    "The {y} record ({}) does not settle it.",
                    record_words(lang, t, p)
                ),
                (Lang::Zh, None) => "任何年份都没有找到数据。".into(),
                (Lang::En, None) => "No figure has been found for any year.".into(),
            });
            if let Some(n) = &a.needed {
                let rate = n.rate.map(format::percent).unwrap_or_else(|| "—".into());
                let add = n.addition.map(|x| signed_figure(t, x)).unwrap_or_default();
                let span = y - n.from.0;
                let then = n.last_change.map(|(cy, _, ca)| (cy, signed_figure(t, ca)));
                out.push(match (lang, span, then) {
                    (Lang::Zh, 1, Some((cy, c))) => format!("要达到{target}，{y}年一年需增加{add}（{rate}），而{cy}年增加{c}。"),
                    (Lang::Zh, _, Some((cy, c))) => format!("要达到{target}，此后每年需增加{add}（{rate}），而{cy}年增加{c}。"),
                    (Lang::Zh, 1, None) => format!("要达到{target}，{y}年一年需增加{add}（{rate}）。"),
                    (Lang::Zh, _, None) => format!("要达到{target}，此后每年需增加{add}（{rate}）。"),
                    (Lang::En, 1, Some((cy, c))) => format!("Reaching {target} needed {add} ({rate}) in {y} alone, against {c} in {cy}."),
                    (Lang::En, _, Some((cy, c))) => format!("Reaching {target} needed {add} ({rate}) a year from then, against {c} in {cy}."),
                    (Lang::En, 1, None) => format!("Reaching {target} needed {add} ({rate}) in {y} alone."),
                    (Lang::En, _, None) => format!("Reaching {target} needed {add} ({rate}) a year from then."),
                });
            }
            if let Some(c) = &a.chance {
                let (y0, y1) = c.years;
                let pace = format::percent(c.pace);
                let chance = chance_words(lang, c.p);
                out.push(match (lang, a.status) {
                    (Lang::Zh, Status::LikelyMet | Status::LikelyMissed) => format!(
                        "按其记录的速度（{y0}—{y1}年平均每年{pace}）和波动，本工具的展望模型给出{y}年达标的可能性{chance}：{}。",
                        status_name(lang, a.status)
                    ),
                    (Lang::En, Status::LikelyMet | Status::LikelyMissed) => format!(
                        "At its recorded pace ({pace} a year, {y0}–{y1}) and spread, the outlook model gives a chance of {chance} that {y} met it: {}.",
                        status_name(lang, a.status)
                    ),
                    (Lang::Zh, _) => format!(
                        "按其记录的速度（{y0}—{y1}年平均每年{pace}）和波动，展望模型给出的可能性{chance}，不足以判断。"
                    ),
                    (Lang::En, _) => format!(
                        "At its recorded pace ({pace} a year, {y0}–{y1}) and spread, the outlook model gives a chance of {chance}: not enough to call it."
                    ),
                });
            }
            if a.status == Status::Unknown {
                out.push(match lang {
                    Lang::Zh => format!("能判断它的是：{}", settle_words(lang, t, a)),
                    Lang::En => format!("What would settle it: {}", settle_words(lang, t, a)),
                });
            }
        }
    }
    out.join(if lang == Lang::Zh { "" } else { " " })
}

/// A statement that does not settle a target, with why.
pub fn context_words(lang: Lang, s: &crate::dataset::Statement) -> String {
    match lang {
        Lang::Zh => format!(
            "{}年的官方表述：“{}”。{}",
            s.year,
            s.quote,
            pick(&s.note, lang)
        ),
        Lang::En => format!(
            "An official statement of {}: “{}”. {}",
            s.year,
            s.quote,
            pick(&s.note, lang)
        ),
    }
}

/// The tracker's fixed words, on the page and in its image.
pub struct TrackerWords {
    pub title: &'static str,
    /// The rule of evidence, in a few sentences.
    pub intro: &'static str,
    pub caption: &'static str,
    pub heads: [&'static str; 5],
    pub filter_status: &'static str,
    pub filter_area: &'static str,
    pub all: &'static str,
    pub order: &'static str,
    pub order_plan: &'static str,
    pub order_status: &'static str,
    pub evidence: &'static str,
    pub none_match: &'static str,
    pub downloads: &'static str,
    pub image: &'static str,
    pub as_of: &'static str,
    pub sep: &'static str,
    pub image_title: &'static str,
    pub image_heads: [&'static str; 3],
    /// The rule, in one sentence, for the image's foot.
    pub rule: &'static str,
    pub sources: &'static str,
    pub list_sep: &'static str,
    pub colon: &'static str,
    pub no_record: &'static str,
    pub year_not_stated: &'static str,
    pub context: &'static str,
    pub related: &'static str,
    pub record: &'static str,
    /// The first view's link to the tracker, after the counts.
    pub see_each: &'static str,
}

pub static TRACKER_ZH: TrackerWords = TrackerWords {
    title: "计划的承诺兑现了吗",
    intro: "每项的状态只来自记录：官方数据（统计公报、官方新闻或据此推算）可以判定“已实现”或“未实现”；只有第三方数据时，状态注明“未经证实”；记录止于目标年份之前、且至少有三年数据时，由本工具的展望模型（与图表相同，以该目标记录的速度和波动、以记录为条件）给出可能性：高于95%为“很可能实现”，低于5%为“很可能未实现”；其余为“未知”，并写明什么数据能判断它。没有写明年份的目标按计划期末判断。",
    caption: "计划中每一项量化目标及其根据记录得出的状态",
    heads: ["任务", "目标（计划原文）", "年份", "状态", "依据"],
    filter_status: "状态",
    filter_area: "领域",
    all: "全部",
    order: "排序",
    order_plan: "按计划顺序",
    order_status: "按状态",
    evidence: "依据",
    none_match: "没有符合筛选条件的目标。",
    downloads: "下载登记表",
    image: "追踪表图片",
    as_of: "截至",
    sep: "。",
    image_title: "济南三年行动计划（2023—2025年）的量化目标兑现了吗？",
    image_heads: ["状态", "计划的目标", "记录"],
    rule: "状态只来自记录：官方数据判定已实现或未实现；只有第三方数据时为“未经证实”；记录止于目标年份之前时，展望模型给出的可能性高于95%或低于5%为“很可能”；其余为未知。没有写明年份的目标按计划期末（2025年）判断。",
    sources: "来源：",
    list_sep: "；",
    colon: "：",
    no_record: "没有找到数据",
    year_not_stated: "，计划期末",
    context: "相关表述（不足以判断）",
    related: "相关数据（不是该目标的记录）",
    record: "记录",
    see_each: "逐项查看",
};

pub static TRACKER_EN: TrackerWords = TrackerWords {
    title: "The plan's promises: kept or not?",
    intro: "Each status comes from the record alone. An official figure (a statistical bulletin, an official news report, or arithmetic on them) settles a target: met or missed. Where only a third-party figure says so, the status is marked unconfirmed. Where the record stops before the target's year and has at least three yearly figures, the outlook model (the chart's own, conditioned on the record, at the target's recorded pace and spread) gives a chance: above 95% is likely met, below 5% likely missed. Anything else is unknown, and its row says what would settle it. A target without a stated year is judged at the end of the plan period.",
    caption: "Every quantified target of the plan, with its status from the record",
    heads: ["Task", "Target (the plan's words)", "Year", "Status", "Evidence"],
    filter_status: "Status",
    filter_area: "Area",
    all: "All",
    order: "Order",
    order_plan: "The plan's order",
    order_status: "By status",
    evidence: "Evidence",
    none_match: "No target matches these filters.",
    downloads: "Download the register",
    image: "Image of the tracker",
    as_of: "As of ",
    sep: ". ",
    image_title: "Jinan's 2023–2025 action plan: were its quantified targets met?",
    image_heads: ["Status", "The plan's target", "The record"],
    rule: "Statuses come from the record alone: an official figure settles met or missed; a third-party figure alone gives unconfirmed; where the record stops before the target's year, the outlook model's chance above 95% or below 5% gives likely; anything else is unknown. A target without a stated year is judged at the plan's end (2025).",
    sources: "Sources: ",
    list_sep: "; ",
    colon: ": ",
    no_record: "no figure found",
    year_not_stated: ", the plan's end",
    context: "Also said (not enough to settle it)",
    related: "Related figures (not records of the target)",
    record: "Record",
    see_each: "See each one",
};

pub fn tracker_words(lang: Lang) -> &'static TrackerWords {
    match lang {
        Lang::Zh => &TRACKER_ZH,
        Lang::En => &TRACKER_EN,
    }
}

/// "Showing 5 of 31".
pub fn promises_showing(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("显示{total}项中的{n}项"),
        Lang::En => format!("Showing {n} of {total}"),
    }
}

/// A mark of a record at a glance, as its chart labels it: the figure alone, in the target's
/// unit (the row names the unit), a bound with its sign: "310", "≥287.5", "<15000".
pub fn glance_figure(f: crate::glance::Figure) -> String {
    use crate::glance::Figure as F;
    match f {
        F::Value(v) => trim(v, 2),
        F::AtLeast { value, strict } => {
            format!("{}{}", if strict { ">" } else { "≥" }, trim(value, 2))
        }
        F::AtMost { value, strict } => {
            format!("{}{}", if strict { "<" } else { "≤" }, trim(value, 2))
        }
    }
}

/// The target on a record's chart at a glance: "target 300" (its unit is the row's).
pub fn glance_target(lang: Lang, t: &Target) -> String {
    let v = match (t.value, t.value_high) {
        (Some(lo), Some(hi)) => format!("{}–{}", trim(lo, 2), trim(hi, 2)),
        (Some(v), None) => trim(v, 2),
        _ => String::new(),
    };
    match lang {
        Lang::Zh => format!("目标{v}"),
        Lang::En => format!("target {v}"),
    }
}

/// What a record's chart at a glance shows, in words (its text alternative): the target, then
/// each mark by year, a third-party one named as such.
pub fn glance_words(lang: Lang, t: &Target, marks: &[crate::glance::Mark]) -> String {
    use crate::glance::Figure as F;
    let f = |v: f64| figure(t, v);
    let items: Vec<String> = marks
        .iter()
        .map(|m| {
            let what = match (lang, m.figure) {
                (_, F::Value(v)) => f(v),
                (Lang::Zh, F::AtLeast { value, .. }) => format!("超过{}", f(value)),
                (Lang::En, F::AtLeast { value, .. }) => format!("above {}", f(value)),
                (Lang::Zh, F::AtMost { value, .. }) => format!("低于{}", f(value)),
                (Lang::En, F::AtMost { value, .. }) => format!("below {}", f(value)),
            };
            match (lang, m.unconfirmed) {
                (Lang::Zh, true) => format!("{}年{what}（第三方）", m.year),
                (Lang::Zh, false) => format!("{}年{what}", m.year),
                (Lang::En, true) => format!("{} {what} (third-party)", m.year),
                (Lang::En, false) => format!("{} {what}", m.year),
            }
        })
        .collect();
    match lang {
        Lang::Zh => format!(
            "{}的记录，对照目标{}：{}。",
            pick(&t.what, lang),
            target_value(lang, t),
            items.join("；")
        ),
        Lang::En => format!(
            "{}, recorded against the target of {}: {}.",
            pick(&t.what, lang),
            target_value(lang, t),
            items.join("; ")
        ),
    }
}
