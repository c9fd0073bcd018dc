//! The pieces the page and the widget share, written as the live components write them (the
//! same elements and classes, so that the same CSS gives them the same boxes), with nothing in
//! them that depends on the scenario: a control's box is reserved and empty, a label that
//! names the base year is shown only where the address keeps the default one (class `sd`).

use super::html::{el, esc, text, void};
use crate::data;
use jinan_model::format;
use jinan_model::scenario::{Indicator, Lang, Mode};
use jinan_model::text::{verdict_badge, verdict_chance, Words};
use jinan_model::verdict::TargetVerdict;

/// The base year and horizon the first screen is drawn for: a bare link's.
pub const FROM: i32 = jinan_model::defaults::FROM;
pub const TO: i32 = jinan_model::defaults::TO;

/// A verdict's badge, as the tabs and the widget's title show it.
pub fn verdict(lang: Lang, v: &TargetVerdict) -> String {
    let code = v.verdict.code();
    let chance = verdict_chance(lang, v)
        .map(|c| format!(" {}", text("span", &[("class", "chance")], &c)))
        .unwrap_or_default();
    el(
        "span",
        &[
            ("class", &format!("verdict {code}")),
            ("data-testid", &format!("verdict-{}", v.indicator.code())),
            ("data-value", code),
        ],
        &format!("{}{chance}", esc(&verdict_badge(lang, v))),
    )
}

/// A slider with its number box, as `NumberControl` writes it: the label, and the row's boxes
/// kept empty (the slider's thumb would be a value).
pub fn number_control(label: &str, unit: &str, unit_sd: bool) -> String {
    let unit_class = if unit_sd { "unit sd" } else { "unit" };
    el(
        "div",
        &[("class", "control")],
        &format!(
            "{}{}{}",
            text("label", &[], label),
            el(
                "div",
                &[("class", "control-row")],
                &format!(
                    "{}{}{}",
                    void(
                        "input",
                        &[
                            ("type", "range"),
                            ("class", "ph"),
                            ("disabled", ""),
                            ("aria-label", label)
                        ]
                    ),
                    void(
                        "input",
                        &[("type", "number"), ("disabled", ""), ("aria-label", label)]
                    ),
                    text(
                        "span",
                        &[("class", unit_class), ("aria-hidden", "true")],
                        unit
                    )
                )
            ),
            el("p", &[("class", "control-msg")], "")
        ),
    )
}

/// The unit a change control shows in a mode: "% a year", "万人 a year".
fn change_unit(w: &Words, i: Indicator, m: Mode) -> String {
    match m {
        Mode::Rate => format!("% {}", w.per_year),
        Mode::Add => format!("{} {}", format::data_unit(i.unit()), w.per_year),
    }
}

/// The yearly change of population or renewables, as `ChangeControl` writes it.
pub fn change_control(w: &Words, i: Indicator) -> String {
    let d = crate::ui::state::current_defaults();
    let mode = if i == Indicator::Pop {
        d.settings.pop_mode
    } else {
        d.settings.re_mode
    };
    let radio = |m: Mode| {
        format!(
            "{}{}",
            void(
                "input",
                &[
                    ("type", "radio"),
                    ("class", "ph"),
                    ("disabled", ""),
                    (
                        "aria-label",
                        if m == Mode::Rate {
                            w.mode_rate
                        } else {
                            w.mode_add
                        }
                    )
                ]
            ),
            text(
                "label",
                &[],
                if m == Mode::Rate {
                    w.mode_rate
                } else {
                    w.mode_add
                }
            )
        )
    };
    format!(
        "{}{}",
        el(
            "fieldset",
            &[("class", "mode-switch"), ("disabled", "")],
            &format!(
                "{}{}{}",
                text("legend", &[], w.mode),
                radio(Mode::Rate),
                radio(Mode::Add)
            )
        ),
        number_control(w.yearly_change, &change_unit(w, i, mode), true)
    )
}

/// The starting renewable capacity, as `StartCapacity` writes it, empty.
pub fn start_capacity(w: &Words) -> String {
    el(
        "div",
        &[("class", "control start-capacity")],
        &format!(
            "{}{}{}",
            text(
                "label",
                &[("class", "sd")],
                &format!("{} · {FROM}", w.re_start_label)
            ),
            el(
                "div",
                &[("class", "control-row")],
                &format!(
                    "{}{}{}",
                    void(
                        "input",
                        &[
                            ("type", "number"),
                            ("disabled", ""),
                            ("placeholder", "—"),
                            ("aria-label", w.re_start_label)
                        ]
                    ),
                    text("span", &[("class", "unit")], w.re_unit),
                    text("span", &[("class", "assumption")], w.your_assumption)
                )
            ),
            el("p", &[("class", "control-msg")], "")
        ),
    )
}

/// The main control of an indicator, as the instrument and the widget place it.
pub fn main_control(w: &Words, i: Indicator) -> String {
    match i {
        Indicator::Gdp => number_control(w.real_growth, &format!("% {}", w.per_year), false),
        Indicator::Pop => change_control(w, i),
        Indicator::Re => start_capacity(w),
    }
}

/// The verdict of an indicator, from the whole dataset.
pub fn verdict_of(i: Indicator) -> Option<TargetVerdict> {
    jinan_model::verdict::verdict(data::dataset(), i)
}
