//! The widget's first screen (`embed=1`), in one language: the compact tabs (shown where the
//! link asks for several indicators), and for each indicator its card: the question with its
//! verdict, the record, the readouts' boxes, the chart's frame, the main control's box, the
//! settings' and the sources' disclosures and the credit. Written as `widget_card` writes it.

use super::frame::frames;
use super::html::{el, esc, text};
use super::parts::{main_control, verdict, verdict_of, FROM};
use jinan_model::scenario::{Indicator, Lang};
use jinan_model::text::{
    chart_title, pace_label, path_label, record_line, short_name, source_brief, widget_subtitle,
    words,
};

/// The widget's chart frame at a phone's width and at 600 px.
pub const WIDGET_FRAMES: [(u32, u32, &str); 2] = [(366, 160, "narrow"), (576, 207, "wide")];

fn card(lang: Lang, i: Indicator) -> Result<String, String> {
    let w = words(lang);
    let data = crate::data::dataset();
    let code = i.code();
    let v = verdict_of(i).ok_or("no verdict")?;
    let latest = jinan_model::conditioned::Record::of(i.series(data), FROM).map(|r| r.latest.0);
    let year = jinan_model::results::TARGET_YEAR;
    let readout = |label: &str, sd: bool| {
        el(
            "div",
            &[("class", "readout")],
            &format!(
                "{}{}",
                text("dt", &[("class", if sd { "sd" } else { "" })], label),
                el("dd", &[], "")
            ),
        )
    };
    // The subtitle's record is the data's; the setting after it is the scenario's: its place
    // is kept, in the words of a bare link, unseen.
    let s = jinan_model::scenario::Scenario::with_defaults(crate::ui::state::current_defaults());
    let o = jinan_model::results::outlook(data, &s, &s.a, i);
    let record = record_line(lang, &v);
    let full = widget_subtitle(lang, Some(&v), &o, (s.a.gdp, s.a.defl));
    let setting = full.strip_prefix(record.as_str()).unwrap_or_default();
    let frames = frames(lang, i, &WIDGET_FRAMES)?;
    Ok(el(
        "div",
        &[
            ("class", &format!("card fs-panel fs-{code}")),
            ("data-box", "card"),
        ],
        &format!(
            "{}{}{}{}{}{}{}",
            el(
                "h1",
                &[("class", "w-title"), ("data-box", "w-title")],
                &format!(
                    "{}{}",
                    esc(&chart_title(lang, i, v.target, v.year)),
                    verdict(lang, &v)
                )
            ),
            el(
                "p",
                &[("class", "w-sub"), ("data-box", "w-sub")],
                &format!(
                    "{}{}",
                    esc(&record),
                    text("span", &[("class", "ph")], setting)
                )
            ),
            el(
                "dl",
                &[("class", "readouts compact"), ("data-box", "readouts")],
                &format!(
                    "{}{}",
                    readout(&pace_label(lang, latest), latest.is_none()),
                    readout(&path_label(lang, FROM, year), true)
                )
            ),
            el("div", &[("class", "chart"), ("data-box", "chart")], &frames),
            el(
                "div",
                &[("class", "w-control"), ("data-box", "control")],
                &main_control(w, i)
            ),
            el(
                "details",
                &[("class", "w-more")],
                &text("summary", &[], w.settings_more)
            ),
            el(
                "footer",
                &[("class", "w-foot")],
                &format!(
                    "{}{}",
                    el(
                        "details",
                        &[("class", "sources")],
                        &text("summary", &[], &source_brief(lang, data, i))
                    ),
                    el(
                        "p",
                        &[("class", "credit")],
                        &text("a", &[("href", "./")], w.widget_credit)
                    )
                )
            )
        ),
    ))
}

/// The widget's first screen in one language.
pub fn widget(lang: Lang) -> Result<String, String> {
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
                    ("disabled", ""),
                ],
                &format!(
                    "{}{}",
                    text("span", &[("class", "tab-name")], short_name(lang, i)),
                    verdict(lang, &v)
                ),
            ))
        })
        .collect();
    let cards: String = Indicator::ALL
        .iter()
        .map(|&i| card(lang, i))
        .collect::<Result<_, _>>()?;
    Ok(el(
        "div",
        &[
            ("class", &format!("fs fs-widget fs-{}", lang.code())),
            ("lang", if lang == Lang::Zh { "zh-CN" } else { "en" }),
        ],
        &el(
            "div",
            &[("class", "widget fs-wmain")],
            &format!(
                "{}{}{cards}",
                text("p", &[("class", "locked-note fs-locked")], w.locked_note),
                el(
                    "div",
                    &[
                        ("class", "target-tabs compact fs-several"),
                        ("aria-label", w.targets_label),
                        ("role", "group")
                    ],
                    &tabs
                )
            ),
        ),
    ))
}
