use super::state::Ctx;
use jinan_model::engine::Growth;
use jinan_model::format;
use jinan_model::results::{Outlook, Reached};
use jinan_model::scenario::{Indicator, Lang};
use jinan_model::text::{engine_error, growth_words, needed_vs_history, words};
use leptos::prelude::*;

/// A raw number for `data-value`: the dataset's unit, rates in percent, empty when none.
fn raw(v: Option<f64>) -> String {
    v.filter(|x| x.is_finite())
        .map(|x| x.to_string())
        .unwrap_or_default()
}

fn growth_value(g: Option<Growth>) -> Option<f64> {
    g.map(|g| match g {
        Growth::Rate(r) | Growth::Add(r) => r,
    })
}

/// The readouts of one indicator, in plain words. Each value carries a stable `data-testid`
/// and its raw number in `data-value`, whatever the language: a testing contract.
#[component]
pub fn ReadoutList(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);
    let o = ctx.outlook(indicator);
    let code = indicator.code();
    let unit = indicator.unit();
    let assumed = indicator == Indicator::Re;

    let with = move |f: fn(&Outlook, Lang) -> String| move || o.with(|o| f(o, lang));

    let projected_text = move || {
        o.with(|o| match o.projected {
            Some(p) => format::quantity(lang, unit, p),
            None => w.none.to_string(),
        })
    };
    let gap_text = move || {
        o.with(|o| match (o.gap, o.gap_pct) {
            (Some(g), Some(p)) => format!(
                "{} ({})",
                format::signed(lang, unit, g),
                format::signed_percent(p)
            ),
            _ => w.none.to_string(),
        })
    };
    let required_text = with(|o, l| match o.required {
        Some(g) => growth_words(l, o.indicator.unit(), g),
        None => "—".into(),
    });
    let comparison = with(|o, l| {
        let Some(g) = o.required else {
            return String::new();
        };
        let needed = growth_words(l, o.indicator.unit(), g);
        let avg = o.history_average.map(|a| {
            let v = match o.growth {
                Growth::Rate(_) => format::percent(a.value),
                Growth::Add(_) => format::signed(l, o.indicator.unit(), a.value),
            };
            (a.first_year, a.last_year, v)
        });
        needed_vs_history(l, &needed, avg)
    });
    let reached_text = move || {
        o.with(|o| match (o.reached, o.base.as_ref()) {
            (Some(Reached::Year(y)), Some(b)) if y == b.year => {
                format!("{y} ({})", w.already)
            }
            (Some(Reached::Year(y)), _) => y.to_string(),
            (Some(Reached::NotBy(_)), _) => w.not_reached.to_string(),
            (None, _) => w.none.to_string(),
        })
    };
    let reached_raw = move || {
        o.with(|o| match o.reached {
            Some(Reached::Year(y)) => y.to_string(),
            _ => String::new(),
        })
    };
    let probability_text = move || {
        o.with(|o| match o.probability {
            Some(p) => format!("{:.0}%", p * 100.0),
            None if ctx.scenario.with(|s| s.band) && o.base.is_some() => match lang {
                Lang::Zh => "没有历史数据可估计波动".to_string(),
                Lang::En => "no recorded series to estimate a spread from".to_string(),
            },
            None => match lang {
                Lang::Zh => "打开“可能结果区间”后显示".to_string(),
                Lang::En => "shown with the range of likely outcomes".to_string(),
            },
        })
    };
    let real_view = (indicator == Indicator::Gdp).then(|| {
        view! {
            <div class="readout">
                <dt>{w.required_real}</dt>
                <dd data-testid="required-gdp-real" data-value=move || o.with(|o| raw(o.required_real))>
                    {move || o.with(|o| o.required_real.map(|r| format::rate(lang, r)).unwrap_or_default())}
                    <span class="sub">
                        {move || ctx.scenario.with(|s| match lang {
                            Lang::Zh => format!("（平减指数{}时）", format::percent(s.a.defl)),
                            Lang::En => format!(" at {} inflation", format::percent(s.a.defl)),
                        })}
                    </span>
                </dd>
            </div>
        }
    });
    let assumption = move || {
        assumed.then(
            || view! { <span class="assumption">{format!(" ({})", w.your_assumption)}</span> },
        )
    };
    view! {
        <dl class="readouts" aria-live="polite">
            <div class="readout big">
                <dt>{w.projected}</dt>
                <dd data-testid=format!("projected-2025-{code}") data-value=move || o.with(|o| raw(o.projected))>
                    {projected_text}
                    {assumption}
                </dd>
            </div>
            <div class="readout big">
                <dt>{w.gap}</dt>
                <dd data-testid=format!("gap-{code}") data-value=move || o.with(|o| raw(o.gap))>
                    {gap_text}
                </dd>
            </div>
            <div class="readout">
                <dt>{w.required}</dt>
                <dd data-testid=format!("required-{code}") data-value=move || o.with(|o| raw(growth_value(o.required)))>
                    {required_text}
                    <span class="sub comparison">{comparison}</span>
                </dd>
            </div>
            {real_view}
            <div class="readout">
                <dt>{w.reached}</dt>
                <dd data-testid=format!("reached-year-{code}") data-value=reached_raw>
                    {reached_text}
                </dd>
            </div>
            <div class="readout">
                <dt>{w.probability}</dt>
                <dd
                    data-testid=format!("probability-{code}")
                    data-value=move || o.with(|o| raw(o.probability))
                    // Words in place of a number read as a note, not as a result.
                    class:note=move || o.with(|o| o.probability.is_none())
                >
                    {probability_text}
                </dd>
            </div>
            <Show when=move || o.with(|o| o.error.is_some())>
                <p class="error" role="alert">{move || o.with(|o| o.error.map(|e| engine_error(lang, &e)).unwrap_or_default())}</p>
            </Show>
        </dl>
    }
}
