//! The full page's first screen, in one language: the header, the targets' tabs with their
//! verdicts and the line that counts every promise, and for each indicator its panel (the
//! readouts' boxes, the main control's, the chart's frame, the shared settings), then the
//! links to the sections. Written as `shell::app` and its components write theirs.

use super::frame::frames;
use super::html::{el, esc, text, void};
use super::parts::{change_control, main_control, number_control, verdict, verdict_of, FROM, TO};
use crate::data::PROMISE_COUNTS;
use crate::ui::state::current_defaults;
use jinan_model::results::outlook;
use jinan_model::scenario::{Indicator, Lang, Scenario};
use jinan_model::text::{
    base_line, chance_label, chart_summary, needed_label, pace_label, path_label,
    path_reached_label, pick, promises_summary, record_line, short_name, tab_target, tracker_words,
    words, LANGUAGE_NAMES,
};

/// The chart's frame at a phone's size and a desktop's: the CSS shows the one for the screen.
pub const PAGE_FRAMES: [(u32, u32, &str); 2] = [(358, 200, "narrow"), (884, 360, "wide")];

fn header(lang: Lang) -> String {
    let w = words(lang);
    let buttons: String = LANGUAGE_NAMES
        .iter()
        .map(|(l, name)| {
            text(
                "button",
                &[
                    ("type", "button"),
                    ("lang", if *l == Lang::Zh { "zh-CN" } else { "en" }),
                    ("aria-pressed", if *l == lang { "true" } else { "false" }),
                    ("disabled", ""),
                ],
                name,
            )
        })
        .collect();
    let theme = el(
        "select",
        &[
            ("class", "theme-switch fs-unlocked"),
            ("disabled", ""),
            ("aria-label", w.theme),
        ],
        &text("option", &[], w.theme_auto),
    );
    el(
        "header",
        &[("class", "page-header"), ("data-box", "header")],
        &format!(
            "{}{}",
            el(
                "div",
                &[("class", "titles")],
                &format!(
                    "{}{}",
                    text("h1", &[], w.app_name),
                    text("p", &[("class", "question")], w.question)
                )
            ),
            el(
                "div",
                &[("class", "switches")],
                &format!(
                    "{}{theme}{}",
                    el(
                        "div",
                        &[
                            ("role", "group"),
                            ("aria-label", w.language),
                            ("class", "lang-switch")
                        ],
                        &buttons
                    ),
                    text("a", &[("class", "button"), ("href", "#share")], w.share)
                )
            )
        ),
    )
}

fn tabs(lang: Lang) -> String {
    let w = words(lang);
    let tabs: String = Indicator::ALL
        .iter()
        .filter_map(|&i| {
            let v = verdict_of(i)?;
            Some(el(
                "button",
                &[
                    ("type", "button"),
                    ("class", &format!("tab t-{}", i.code())),
                    ("data-box", &format!("tab-{}", i.code())),
                    ("disabled", ""),
                ],
                &format!(
                    "{}{}{}{}",
                    text("span", &[("class", "tab-name")], short_name(lang, i)),
                    text(
                        "span",
                        &[("class", "tab-target")],
                        &tab_target(lang, i, v.target, v.year)
                    ),
                    text("span", &[("class", "tab-record")], &record_line(lang, &v)),
                    verdict(lang, &v)
                ),
            ))
        })
        .collect();
    let link = el(
        "p",
        &[("class", "promises-link"), ("data-box", "promises-link")],
        &el(
            "a",
            &[("href", "#promises")],
            &format!(
                "{} {}",
                esc(&promises_summary(lang, &PROMISE_COUNTS)),
                text(
                    "span",
                    &[("class", "see-each")],
                    &format!("{} →", tracker_words(lang).see_each)
                )
            ),
        ),
    );
    format!(
        "{}{}",
        el(
            "div",
            &[
                ("class", "target-tabs"),
                ("aria-label", w.targets_label),
                ("role", "group")
            ],
            &tabs
        ),
        link
    )
}

/// The readouts' boxes: their labels, and empty values.
fn readouts(lang: Lang, i: Indicator) -> String {
    let w = words(lang);
    let latest = jinan_model::conditioned::Record::of(i.series(crate::data::dataset()), FROM)
        .map(|r| r.latest.0);
    let item = |label: &str, sd: bool, sub: bool| {
        let sub = if sub {
            el("span", &[("class", "sub comparison")], "")
        } else {
            String::new()
        };
        el(
            "div",
            &[("class", "readout big")],
            &format!(
                "{}{}",
                text("dt", &[("class", if sd { "sd" } else { "" })], label),
                el("dd", &[], &sub)
            ),
        )
    };
    let year = jinan_model::results::TARGET_YEAR;
    el(
        "dl",
        &[("class", "readouts"), ("data-box", "readouts")],
        &format!(
            "{}{}{}{}",
            item(&path_label(lang, FROM, year), true, false),
            item(w.gap, false, false),
            item(&needed_label(lang, FROM), true, true),
            item(&pace_label(lang, latest), latest.is_none(), false)
        ),
    )
}

/// The settings every indicator shares, as `HorizonControls` writes them.
fn horizon(lang: Lang) -> String {
    let w = words(lang);
    let select = el(
        "select",
        &[
            ("class", "sd"),
            ("disabled", ""),
            ("aria-label", w.base_year),
        ],
        &text("option", &[], &format!("{FROM} ({})", w.base_year_plan)),
    );
    el(
        "div",
        &[("class", "shared")],
        &format!(
            "{}{}{}{}",
            el(
                "div",
                &[("class", "control")],
                &format!("{}{select}", text("label", &[], w.base_year))
            ),
            el(
                "div",
                &[("class", "control")],
                &format!(
                    "{}{}",
                    text("label", &[], w.horizon),
                    el(
                        "div",
                        &[("class", "control-row")],
                        &format!(
                            "{}{}",
                            void(
                                "input",
                                &[
                                    ("type", "range"),
                                    ("class", "ph"),
                                    ("disabled", ""),
                                    ("aria-label", w.horizon)
                                ]
                            ),
                            text("output", &[("class", "sd")], &TO.to_string())
                        )
                    )
                )
            ),
            el(
                "div",
                &[("class", "control check")],
                &format!(
                    "{}{}{}",
                    void(
                        "input",
                        &[
                            ("type", "checkbox"),
                            ("class", "ph"),
                            ("disabled", ""),
                            ("aria-label", w.band)
                        ]
                    ),
                    text("label", &[], w.band),
                    text("p", &[("class", "muted small")], w.band_note)
                )
            ),
            el(
                "details",
                &[("class", "defaults-note")],
                &text("summary", &[], w.defaults_title)
            )
        ),
    )
}

/// What the panel shows under the chart in the first screen: where the path starts and the
/// smaller readouts' boxes.
fn more(lang: Lang, i: Indicator) -> String {
    let w = words(lang);
    let data = crate::data::dataset();
    let base = i.series(data).value(FROM).map(|v| {
        el(
            "div",
            &[("class", "base-line sd")],
            &format!(
                "{}{}",
                esc(&base_line(lang, i, FROM, v)),
                el(
                    "details",
                    &[("class", "src")],
                    &el(
                        "summary",
                        &[("aria-label", w.source)],
                        "<span aria-hidden=\"true\">ⓘ</span>"
                    )
                )
            ),
        )
    });
    let item = |label: &str| {
        el(
            "div",
            &[("class", "readout small")],
            &format!(
                "{}{}",
                text("dt", &[("class", "sd")], label),
                el("dd", &[], "")
            ),
        )
    };
    let real = if i == Indicator::Gdp {
        item(w.required_real)
    } else {
        String::new()
    };
    // Below the first screen, the panel's text alternative (its place kept, in the words of a
    // bare link, unseen) and its disclosures, closed.
    let s = Scenario::with_defaults(current_defaults());
    let o = outlook(data, &s, &s.a, i);
    let summary = text(
        "p",
        &[("class", "chart-summary ph")],
        &chart_summary(lang, &o, (s.a.gdp, s.a.defl), FROM),
    );
    let details = |class: &str, summary: &str| {
        el(
            "details",
            &[("class", class)],
            &text("summary", &[], summary),
        )
    };
    let note = if i == Indicator::Re {
        text(
            "p",
            &[("class", "muted small")],
            pick(&data.renewables_base.note, lang),
        )
    } else {
        String::new()
    };
    let table = if o.base.is_some() {
        details("data-table", w.numbers)
    } else {
        String::new()
    };
    format!(
        "{}{}{summary}{}{table}{}{note}",
        base.unwrap_or_default(),
        el(
            "dl",
            &[("class", "readouts more")],
            &format!(
                "{}{}{real}",
                item(&path_reached_label(lang, FROM)),
                item(&chance_label(lang, TO))
            )
        ),
        details("verdict-detail", w.evidence),
        details("plan-words", w.plan_sentence),
    )
}

/// One indicator's panel.
fn panel(lang: Lang, i: Indicator) -> Result<String, String> {
    let w = words(lang);
    let code = i.code();
    let prompt = if i == Indicator::Re {
        text("p", &[("class", "prompt fs-no-base")], w.re_no_base)
    } else {
        String::new()
    };
    let control = match i {
        Indicator::Re => format!("{}{}", main_control(w, i), change_control(w, i)),
        _ => main_control(w, i),
    };
    let side = match i {
        Indicator::Gdp => format!(
            "{}{}",
            number_control(w.deflator, &format!("% {}", w.per_year), false),
            el(
                "p",
                &[("class", "derived-line")],
                &format!("{}: {}", esc(w.nominal_growth), el("strong", &[], ""))
            )
        ),
        _ => String::new(),
    };
    let frames = frames(lang, i, &PAGE_FRAMES)?;
    Ok(el(
        "div",
        &[
            ("class", &format!("instrument fs-panel fs-{code}")),
            ("data-box", "instrument"),
        ],
        &format!(
            "{}{}{}{}{}",
            el(
                "div",
                &[("class", "inst-readouts")],
                &format!("{}{prompt}", readouts(lang, i))
            ),
            el(
                "div",
                &[("class", "inst-control"), ("data-box", "control")],
                &control
            ),
            el(
                "div",
                &[("class", "inst-chart")],
                &format!(
                    "{}{}",
                    el("div", &[("class", "chart"), ("data-box", "chart")], &frames),
                    el(
                        "details",
                        &[("class", "chart-key")],
                        &text("summary", &[], w.chart_key)
                    )
                )
            ),
            el(
                "div",
                &[("class", "inst-side")],
                &format!("{side}{}", horizon(lang))
            ),
            el("div", &[("class", "inst-more")], &more(lang, i))
        ),
    ))
}

fn nav(lang: Lang) -> String {
    let w = words(lang);
    let items: String = ["recorded", "scenarios", "math", "plan", "share"]
        .into_iter()
        .zip([
            w.nav_recorded,
            w.nav_scenarios,
            w.nav_math,
            w.nav_plan,
            w.nav_share,
        ])
        .map(|(id, t)| el("li", &[], &text("a", &[("href", &format!("#{id}"))], t)))
        .collect();
    el(
        "nav",
        &[
            ("class", "section-nav"),
            ("aria-label", w.sections_label),
            ("data-box", "nav"),
        ],
        &format!(
            "{}{}",
            el("ul", &[], &items),
            el("p", &[("class", "more-state")], "")
        ),
    )
}

/// The page's first screen in one language: four parts side by side in `#app`, each replaced
/// on its own (a part's box must not move when one before it goes, so none holds another).
pub fn page(lang: Lang) -> Result<String, String> {
    let w = words(lang);
    let panels: String = Indicator::ALL
        .iter()
        .map(|&i| panel(lang, i))
        .collect::<Result<_, _>>()?;
    let lang_attr = if lang == Lang::Zh { "zh-CN" } else { "en" };
    let part = |name: &str, inner: &str| {
        el(
            "div",
            &[
                ("class", &format!("fs fs-page fs-{} {name}", lang.code())),
                ("lang", lang_attr),
            ],
            inner,
        )
    };
    Ok(format!(
        "{}{}{}{}",
        part("fs-top", &header(lang)),
        part(
            "fs-main fs-tabs",
            &format!(
                "{}{}",
                text("p", &[("class", "locked-note fs-locked")], w.locked_note),
                el(
                    "section",
                    &[("class", "first-screen"), ("aria-label", w.targets_label)],
                    &tabs(lang)
                )
            )
        ),
        part("fs-main fs-inst", &panels),
        part("fs-main fs-nav", &nav(lang))
    ))
}
