use super::source_marker::{Evidence, SourceMarker};
use super::state::Ctx;
use crate::data::dataset;
use jinan_model::format;
use jinan_model::reality::{Pace, RealityItem, PLAN_BASE_YEAR};
use jinan_model::scenario::{Indicator, Lang};
use jinan_model::text::{indicator_name, target_line, words};
use leptos::prelude::*;

/// One target in the reality check: needed, recorded, estimated, and the verdict.
#[component]
pub fn RealityCard(ctx: Ctx, item: RealityItem) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);

    let i = item.indicator;
    let unit = i.unit();
    let code = i.code();
    let series = i.series(dataset());
    let evidence = |year: i32| series.point(year).map(Evidence::from);
    let it = item.clone();
    let needed = {
        let l = lang;
        let rate = it
            .needed_rate
            .map(|r| format::rate(l, r))
            .unwrap_or_default();
        let add = match (i, it.needed_addition) {
            (Indicator::Pop, Some(a)) => format!(" ({})", format::addition(l, unit, a)),
            _ => String::new(),
        };
        let kind = match (i, l) {
            (Indicator::Gdp, Lang::Zh) => "（名义，现价）",
            (Indicator::Gdp, Lang::En) => " (nominal, current prices)",
            _ => "",
        };
        match (l, it.needed_rate) {
            (Lang::Zh, None) => format!("没有{PLAN_BASE_YEAR}年的记录值，无法计算所需速度"),
            (Lang::En, None) => format!(
                "No recorded value for {PLAN_BASE_YEAR}, so the pace needed cannot be computed"
            ),
            (Lang::Zh, Some(_)) => format!("从{PLAN_BASE_YEAR}年起需要{rate}{kind}{add}"),
            (Lang::En, Some(_)) => format!("Needed from {PLAN_BASE_YEAR}: {rate}{kind}{add}"),
        }
    };
    let recorded_rows = item
        .recorded
        .iter()
        .map(|c| {
            let c = *c;
            let ev = evidence(c.year);
            let text = {
                let l = lang;
                let change = match i {
                    // The published real growth beside the nominal change the levels give.
                    Indicator::Gdp => {
                        let real = dataset().series.gdp_real_growth.value(c.year);
                        let nominal = format::signed_percent(c.rate);
                        match (l, real) {
                            (Lang::Zh, Some(r)) => format!("名义{nominal}（由记录值推算），实际{}（公布）", format::signed_percent(r)),
                            (Lang::Zh, None) => format!("名义{nominal}（由记录值推算），实际增速未找到"),
                            (Lang::En, Some(r)) => format!("{nominal} nominal (derived from the recorded levels), {} real (published)", format::signed_percent(r)),
                            (Lang::En, None) => format!("{nominal} nominal (derived from the recorded levels); real growth not found"),
                        }
                    }
                    _ => format!(
                        "{} ({}){}",
                        format::signed(l, unit, c.addition),
                        format::signed_percent(c.rate),
                        match l {
                            Lang::Zh => "，由记录值推算",
                            Lang::En => ", derived from recorded values",
                        }
                    ),
                };
                format!("{}: {change}", c.year)
            };
            view! {
                <li data-testid=format!("reality-{code}-{}", c.year) data-value=c.rate.to_string()>
                    {text}
                    {ev.map(|e| view! { <SourceMarker ctx=ctx evidence=e /> })}
                </li>
            }
        })
        .collect_view();
    let it = item.clone();
    let estimate = {
        let l = lang;
        let t = format::quantity(l, unit, it.target);
        match (&it.target_year_point, it.needed_from_latest, it.latest) {
            (Some(p), need, Some((ly, _))) => {
                let bound = p
                    .lower
                    .as_ref()
                    .map(|a| format::quantity(l, unit, a.value))
                    .unwrap_or_default();
                let need = need.map(format::percent).unwrap_or_default();
                match l {
                    Lang::Zh => format!("2025年：预计超过{bound}，目标为{t}；要从{ly}年水平达到目标，2025年一年需增长{need}。"),
                    Lang::En => format!("2025: estimated “above {bound}” against the {t} target; reaching the target from the {ly} level would have needed {need} growth in 2025 alone."),
                }
            }
            (None, need, Some((ly, lv))) if i != Indicator::Re => {
                let need = need.map(format::percent).unwrap_or_default();
                let latest = format::quantity(l, unit, lv);
                match l {
                    Lang::Zh => format!("2025年：未找到数据。{ly}年为{latest}；要达到{t}，2025年一年需增长{need}。"),
                    Lang::En => format!("2025: no figure found. {ly}: {latest}; reaching {t} would have needed {need} growth in 2025 alone."),
                }
            }
            _ => match l {
                Lang::Zh => "任何年份都没有全市数据。".to_string(),
                Lang::En => "No city-wide figure for any year.".to_string(),
            },
        }
    };
    let estimate_evidence = item.target_year_point.as_ref().map(Evidence::from);
    let verdict = item.pace;
    let verdict_text = match verdict {
        Pace::OnPace => w.verdict_on_pace,
        Pace::BehindPace => w.verdict_behind,
        Pace::NoData => w.verdict_no_data,
    };
    let verdict_class = match verdict {
        Pace::OnPace => "verdict good",
        Pace::BehindPace => "verdict bad",
        Pace::NoData => "verdict none",
    };
    let target = item.target;
    view! {
        <article class="reality-card" data-testid=format!("reality-{code}")>
            <h3>{indicator_name(lang, i)}</h3>
            <p class="target">{target_line(lang, i, target, 2025)}</p>
            <p data-testid=format!("reality-needed-{code}") data-value=item.needed_rate.map(|r| r.to_string()).unwrap_or_default()>{needed}</p>
            <ul class="recorded-changes">{recorded_rows}</ul>
            <p>{estimate}{estimate_evidence.map(|e| view! { <SourceMarker ctx=ctx evidence=e /> })}</p>
            <p class=verdict_class data-testid=format!("verdict-{code}")>
                <strong>{verdict_text}</strong>
            </p>
        </article>
    }
}
