//! What the codec corrected in a link, and what the engine could not compute, in words.

use super::*;

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
            let numeric = crate::scenario::params::param(key).is_some_and(|p| p.kind.is_numeric());
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
pub fn engine_error(lang: Lang, e: &crate::engine::EngineError) -> String {
    use crate::engine::EngineError as E;
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
