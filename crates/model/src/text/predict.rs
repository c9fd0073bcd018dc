//! Predict mode: how far a reader's drawn line was from the record, in words.

use super::*;

/// What a drawn line comes to once revealed: each drawn year against the record, the average
/// gap, and whether the reader expected the target to be met, beside what the record says.
pub fn drawn_result(lang: Lang, i: Indicator, c: &crate::predict::Comparison) -> String {
    use crate::status::Status as S;
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
pub(super) fn bounds_words(lang: Lang, unit: format::Unit, y: &crate::predict::YearGap) -> String {
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
