use super::chart_legend::ChartLegend;
use crate::chart::pathway::PathwaySpec;
use crate::ui::state::Ctx;
use leptos::prelude::*;

/// The chart's key, in HTML so that it is read aloud and follows the language: exactly what the
/// chart draws, each swatch showing the line's style as well as its colour. The chart names its
/// lines itself; the key is one click away beside it (and open when the page is printed).
#[component]
pub fn ChartKey(ctx: Ctx, spec: Memo<Option<PathwaySpec>>) -> impl IntoView {
    let w = ctx.words();
    view! {
        <details class="chart-key" data-testid="chart-key">
            <summary>{w.chart_key}</summary>
            <ChartLegend ctx=ctx spec=spec />
        </details>
    }
}
