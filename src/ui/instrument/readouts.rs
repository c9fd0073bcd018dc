use crate::ui::shell::source_marker::{Evidence, SourceMarker};
use crate::ui::state::Ctx;
use jinan_model::engine::Growth;
use jinan_model::format;
use jinan_model::results::Reached;
use jinan_model::scenario::Indicator;
use jinan_model::text::{
    at_inflation, base_line, chance_label, chance_words_of, contradicted_note, engine_error,
    growth_words, needed_label, needed_vs_history, pace_label, path_label, path_reached_label,
};
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

/// The headline readouts of the indicator in front: the path from the base year in the target
/// year, its gap to the target, the growth needed from the base year, and when the target is
/// reached at this pace from the latest record. Each value carries a stable `data-testid` and
/// its raw number in `data-value`, whatever the language: a testing contract.
#[component]
pub fn Readouts(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let o = ctx.outlook(indicator);
    let code = indicator.code();
    let unit = indicator.unit();
    let assumed = indicator == Indicator::Re;
    let from = ctx.from;
    let year = move || o.with(|o| o.target_year);
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
    let required_text = move || {
        o.with(|o| match o.required {
            Some(g) => growth_words(lang, unit, g),
            None => w.none.to_string(),
        })
    };
    let comparison = move || {
        o.with(|o| {
            let Some(g) = o.required else {
                return String::new();
            };
            let needed = growth_words(lang, unit, g);
            let avg = o.history_average.map(|a| {
                let v = match o.growth {
                    Growth::Rate(_) => format::percent(a.value),
                    Growth::Add(_) => format::signed(lang, unit, a.value),
                };
                (a.first_year, a.last_year, v)
            });
            needed_vs_history(lang, &needed, avg)
        })
    };
    let contradicted = move || o.with(|o| o.contradicted.map(|y| contradicted_note(lang, y)));
    let latest = Memo::new(move |_| o.with(|o| o.record.as_ref().map(|r| r.latest.0)));
    let pace_text = move || {
        o.with(|o| match &o.pace {
            Some(p) => p
                .reached
                .map(|y| y.to_string())
                .unwrap_or_else(|| w.not_reached.to_string()),
            None => w.no_record.to_string(),
        })
    };
    let pace_raw = move || {
        o.with(|o| {
            o.pace
                .as_ref()
                .and_then(|p| p.reached)
                .map(|y| y.to_string())
                .unwrap_or_default()
        })
    };
    let assumption = move || {
        assumed.then(
            || view! { <span class="assumption">{format!(" ({})", w.your_assumption)}</span> },
        )
    };
    view! {
        <dl class="readouts" aria-live="polite" data-box="readouts">
            <div class="readout big">
                <dt>{move || path_label(lang, from.get(), year())}</dt>
                <dd data-testid=format!("projected-2025-{code}") data-value=move || o.with(|o| raw(o.projected))>
                    {projected_text}
                    {assumption}
                    {move || contradicted().map(|c| view! { <span class="sub caution" data-testid=format!("contradicted-{code}")>{c}</span> })}
                </dd>
            </div>
            <div class="readout big">
                <dt>{w.gap}</dt>
                <dd data-testid=format!("gap-{code}") data-value=move || o.with(|o| raw(o.gap))>
                    {gap_text}
                </dd>
            </div>
            <div class="readout big">
                <dt>{move || needed_label(lang, from.get())}</dt>
                <dd data-testid=format!("required-{code}") data-value=move || o.with(|o| raw(growth_value(o.required)))>
                    {required_text}
                    <span class="sub comparison">{comparison}</span>
                </dd>
            </div>
            <div class="readout big">
                <dt>{move || pace_label(lang, latest.get())}</dt>
                <dd data-testid=format!("reach-at-pace-{code}") data-value=pace_raw>
                    {pace_text}
                </dd>
            </div>
        </dl>
    }
}

/// The readouts under the chart: the year the base year's path reaches the target, the chance
/// (with the band), and for GDP the real growth the needed rate means; and an engine error, if
/// the engine refused the setting.
#[component]
pub fn MoreReadouts(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let o = ctx.outlook(indicator);
    let code = indicator.code();
    let from = ctx.from;
    let reached_text = move || {
        o.with(|o| match (o.reached, o.base.as_ref()) {
            (Some(Reached::Year(y)), Some(b)) if y == b.year => format!("{y} ({})", w.already),
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
    let band_on = move || ctx.scenario.with(|s| s.band);
    let probability_text = move || {
        o.with(|o| match o.probability {
            Some(p) => chance_words_of(lang, p, o.probability_unconfirmed),
            None if band_on() && o.base.is_some() => w.no_spread.to_string(),
            None => w.probability_off.to_string(),
        })
    };
    let real_view = (indicator == Indicator::Gdp).then(|| {
        view! {
            <div class="readout small">
                <dt>{w.required_real}</dt>
                <dd data-testid="required-gdp-real" data-value=move || o.with(|o| raw(o.required_real))>
                    {move || o.with(|o| o.required_real.map(|r| format::rate(lang, r)).unwrap_or_default())}
                    <span class="sub">
                        {move || ctx.scenario.with(|s| at_inflation(lang, s.a.defl))}
                    </span>
                </dd>
            </div>
        }
    });
    // The recorded figure the path starts from, with its source; renewables start from the
    // user's value. A div: its source marker is a <details>, which a <p> may not hold.
    let base = Memo::new(move |_| o.with(|o| o.base.clone()));
    let base_view = move || {
        base.with(|b| {
            b.as_ref().map(|b| {
                let marker = b.point.as_ref().map(|p| view! { <SourceMarker ctx=ctx evidence=Evidence::from(p) /> });
                let assumed = b.point.is_none().then(|| view! { <span class="assumption">{w.your_assumption}</span> });
                view! {
                    <div class="base-line" data-testid=format!("base-{code}") data-value=b.value.to_string()>
                        {base_line(lang, indicator, b.year, b.value)}
                        {marker}
                        {assumed}
                    </div>
                }
            })
        })
    };
    view! {
        {base_view}
        <dl class="readouts more">
            <div class="readout small">
                <dt>{move || path_reached_label(lang, from.get())}</dt>
                <dd data-testid=format!("reached-year-{code}") data-value=reached_raw>
                    {reached_text}
                </dd>
            </div>
            <div class="readout small">
                <dt>{move || o.with(|o| chance_label(lang, o.probability_year))}</dt>
                <dd
                    data-testid=format!("probability-{code}")
                    data-value=move || o.with(|o| raw(o.probability))
                    // Words in place of a number read as a note, not as a result.
                    class:note=move || o.with(|o| o.probability.is_none())
                >
                    {probability_text}
                </dd>
            </div>
            {real_view}
            <Show when=move || o.with(|o| o.error.is_some())>
                <p class="error" role="alert">{move || o.with(|o| o.error.map(|e| engine_error(lang, &e)).unwrap_or_default())}</p>
            </Show>
        </dl>
    }
}
