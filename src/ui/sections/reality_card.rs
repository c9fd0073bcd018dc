use crate::ui::shell::source_marker::{Evidence, SourceMarker};
use crate::ui::state::Ctx;
use jinan_model::reality::{Pace, RealityItem, PLAN_BASE_YEAR};
use jinan_model::text::{
    indicator_name, pace_words, reality_needed, recorded_change, target_line, verdict_reason,
};
use leptos::prelude::*;

/// One target in "what was recorded": the pace needed from the plan's base year, each year
/// recorded since (with its source), what the record says of the target year, and whether the
/// recorded growth kept pace.
#[component]
pub fn RealityCard(ctx: Ctx, item: RealityItem) -> impl IntoView {
    let lang = ctx.lang_now();
    let i = item.indicator;
    let code = i.code();
    let series = i.series(ctx.data);
    let real_growth = &ctx.data.series.gdp_real_growth;
    let recorded_rows = item
        .recorded
        .iter()
        .map(|c| {
            let real = (i == jinan_model::scenario::Indicator::Gdp)
                .then(|| real_growth.value(c.year))
                .flatten();
            let ev = series.point(c.year).map(Evidence::from);
            view! {
                <li data-testid=format!("reality-{code}-{}", c.year) data-value=c.rate.to_string()>
                    {recorded_change(lang, i, c, real)}
                    {ev.map(|e| view! { <SourceMarker ctx=ctx evidence=e /> })}
                </li>
            }
        })
        .collect_view();
    let reason = ctx.verdict(i).map(|v| verdict_reason(lang, v));
    let pace_class = match item.pace {
        Pace::OnPace => "pace good",
        Pace::BehindPace => "pace bad",
        Pace::NoData => "pace none",
    };
    let target_year = ctx
        .verdict(i)
        .map_or(jinan_model::results::TARGET_YEAR, |v| v.year);
    view! {
        <article class="reality-card" data-testid=format!("reality-{code}")>
            <h3>{indicator_name(lang, i)}</h3>
            <p class="target">{target_line(lang, i, item.target, target_year)}</p>
            <p data-testid=format!("reality-needed-{code}") data-value=jinan_model::format::data_value(item.needed_rate)>
                {reality_needed(lang, &item, PLAN_BASE_YEAR)}
            </p>
            <ul class="recorded-changes">{recorded_rows}</ul>
            <p>{reason}</p>
            <p class=pace_class data-testid=format!("pace-{code}") data-value=format!("{:?}", item.pace)>
                <strong>{pace_words(lang, item.pace)}</strong>
            </p>
        </article>
    }
}
