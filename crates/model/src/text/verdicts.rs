//! The headline targets' verdicts in words: the tab's badge and record line, the evidence's
//! reason, the chance, and related facts named for what they are.

use super::*;

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

/// The verdict in a badge: "✗ missed in 2025", "✗ likely missed", "? no 2025 figure". A
/// "likely" verdict has its chance beside it ([`verdict_chance`]).
pub fn verdict_badge(lang: Lang, v: &crate::verdict::TargetVerdict) -> String {
    use crate::status::Status as S;
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
pub fn verdict_chance(lang: Lang, v: &crate::verdict::TargetVerdict) -> Option<String> {
    use crate::status::Status as S;
    let c = v.assessment.chance?;
    matches!(v.verdict, S::LikelyMet | S::LikelyMissed).then(|| match lang {
        Lang::Zh => format!("可能性{}", chance_words(lang, c.p)),
        Lang::En => format!("chance {}", chance_words(lang, c.p)),
    })
}

/// What the record says in a few words, for a tab: "2025: 1.4–1.5万亿元 (est.)", "2024:
/// 951.5万人", "no city-wide record".
pub fn record_line(lang: Lang, v: &crate::verdict::TargetVerdict) -> String {
    let unit = v.indicator.unit();
    let q = |x: f64| format::quantity(lang, unit, x);
    if let Some(p) = &v.point {
        let y = p.year;
        let lo = p.lower.as_ref().map(|b| b.value);
        let hi = p.upper.as_ref().map(|b| b.value);
        // A third-party figure says so; where an official range is known too, the range comes
        // first and the figure after it.
        let third = p.reliability.grade(p.basis) < crate::dataset::Grade::Settles;
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
pub fn verdict_reason(lang: Lang, v: &crate::verdict::TargetVerdict) -> String {
    use crate::status::Status as S;
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
        crate::status::Decision::Record {
            part: crate::status::Part::Value,
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
pub fn related_fact(lang: Lang, f: &crate::dataset::Fact) -> String {
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

pub(super) fn unconfirmed_zh(s: crate::status::Status) -> &'static str {
    use crate::status::Status as S;
    match s {
        S::MetUnconfirmed | S::MissedUnconfirmed => "（仅第三方数据，未经证实）",
        S::LikelyMet | S::LikelyMissed => "（很可能）",
        _ => "",
    }
}

pub(super) fn unconfirmed_en(s: crate::status::Status) -> &'static str {
    use crate::status::Status as S;
    match s {
        S::MetUnconfirmed | S::MissedUnconfirmed => " (a third-party figure only, unconfirmed)",
        S::LikelyMet | S::LikelyMissed => " (likely)",
        _ => "",
    }
}
