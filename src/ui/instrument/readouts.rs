use crate::ui::state::Ctx;
use jinan_model::engine::Growth;
use jinan_model::format;
use jinan_model::scenario::Indicator;
use jinan_model::text::{
    contradicted_note, growth_words, needed_label, needed_vs_history, pace_label, path_label,
};
use leptos::prelude::*;

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
        o.with(|o| match o.from_base.projected {
            Some(p) => format::quantity(lang, unit, p),
            None => w.none.to_string(),
        })
    };
    let gap_text = move || {
        o.with(|o| match (o.from_base.gap, o.from_base.gap_pct) {
            (Some(g), Some(p)) => format!(
                "{} ({})",
                format::signed(lang, unit, g),
                format::signed_percent(p)
            ),
            _ => w.none.to_string(),
        })
    };
    let required_text = move || {
        o.with(|o| match o.from_base.required {
            Some(g) => growth_words(lang, unit, g),
            None => w.none.to_string(),
        })
    };
    let comparison = move || {
        o.with(|o| {
            let Some(g) = o.from_base.required else {
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
    let contradicted =
        move || o.with(|o| o.from_base.contradicted.map(|y| contradicted_note(lang, y)));
    let latest = Memo::new(move |_| o.with(|o| o.from_record.record.as_ref().map(|r| r.latest.0)));
    let pace_text = move || {
        o.with(|o| match &o.from_record.pace {
            Some(p) => p
                .reached
                .map(|y| y.to_string())
                .unwrap_or_else(|| w.not_reached.to_string()),
            None => w.no_record.to_string(),
        })
    };
    let pace_raw = move || {
        o.with(|o| {
            o.from_record
                .pace
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
                <dd data-testid=format!("projected-2025-{code}") data-value=move || o.with(|o| format::data_value(o.from_base.projected))>
                    {projected_text}
                    {assumption}
                    {move || contradicted().map(|c| view! { <span class="sub caution" data-testid=format!("contradicted-{code}")>{c}</span> })}
                </dd>
            </div>
            <div class="readout big">
                <dt>{w.gap}</dt>
                <dd data-testid=format!("gap-{code}") data-value=move || o.with(|o| format::data_value(o.from_base.gap))>
                    {gap_text}
                </dd>
            </div>
            <div class="readout big">
                <dt>{move || needed_label(lang, from.get())}</dt>
                <dd data-testid=format!("required-{code}") data-value=move || o.with(|o| format::data_value(growth_value(o.from_base.required)))>
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
