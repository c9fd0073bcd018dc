use super::state::Ctx;
use crate::model::scenario::Indicator;
use crate::model::text::chart_summary;
use leptos::prelude::*;

/// The chart's text alternative, in words, from the same numbers; the canvas points to it with
/// `aria-describedby`. Shown to everyone: it is the chart's headline.
#[component]
pub fn ChartSummary(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let o = ctx.outlook(indicator);
    let text = move || {
        ctx.scenario
            .with(|s| o.with(|o| chart_summary(lang, o, &s.a, s.from)))
    };
    let code = indicator.code();
    view! {
        <p class="chart-summary" id=format!("summary-{code}") data-testid=format!("summary-{code}")>
            {text}
        </p>
    }
}
