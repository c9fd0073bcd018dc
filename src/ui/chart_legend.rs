use super::state::Ctx;
use jinan_model::scenario::Indicator;
use jinan_model::text::words;
use leptos::prelude::*;

/// The chart's key, in HTML so that it is read aloud and follows the language. Each swatch
/// shows the line style as well as the colour.
#[component]
pub fn ChartLegend(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);
    let o = ctx.outlook(indicator);
    let has_estimate = indicator == Indicator::Gdp;
    let has_outcomes = move || {
        o.with(|o| o.base.as_ref().is_some_and(|b| b.year < 2024) && indicator != Indicator::Re)
    };
    let band = move || o.with(|o| o.band.is_some());
    let comparing = move || ctx.scenario.with(|s| s.b.is_some());
    view! {
        <ul class="legend">
            <li>
                <svg viewBox="0 0 28 10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" class="sw sw-history"/><circle cx="14" cy="5" r="3" class="dot-history"/></svg>
                {w.legend_history}
            </li>
            <li>
                <svg viewBox="0 0 28 10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" class="sw sw-projection"/></svg>
                {w.legend_projection}
            </li>
            <Show when=comparing>
                <li>
                    <svg viewBox="0 0 28 10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" class="sw sw-projection-b"/></svg>
                    {w.legend_projection_b}
                </li>
            </Show>
            <li>
                <svg viewBox="0 0 28 10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" class="sw sw-required"/></svg>
                {w.legend_required}
            </li>
            <li>
                <svg viewBox="0 0 28 10" aria-hidden="true"><path d="M10 1 L18 9 M10 9 L18 1" class="sw sw-target"/></svg>
                {w.legend_target}
            </li>
            <Show when=has_outcomes>
                <li>
                    <svg viewBox="0 0 28 10" aria-hidden="true"><rect x="10" y="1" width="8" height="8" class="fill-outcome"/></svg>
                    {w.legend_outcome}
                </li>
            </Show>
            {has_estimate.then(|| view! {
                <li>
                    <svg viewBox="0 0 28 10" aria-hidden="true"><path d="M14 10 L14 3" class="sw sw-outcome"/><path d="M10 4 L14 0 L18 4 Z" class="fill-outcome"/></svg>
                    {w.legend_estimate}
                </li>
            })}
            <Show when=band>
                <li>
                    <svg viewBox="0 0 28 10" aria-hidden="true"><rect x="1" y="0" width="26" height="10" class="fill-band-outer"/><rect x="1" y="3" width="26" height="4" class="fill-band-inner"/></svg>
                    {w.legend_band}
                </li>
            </Show>
        </ul>
    }
}
