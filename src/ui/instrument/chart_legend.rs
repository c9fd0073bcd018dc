use crate::chart::pathway::{keys, PathwaySpec};
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

/// The key's entries.
#[component]
pub fn ChartLegend(ctx: Ctx, spec: Memo<Option<PathwaySpec>>) -> impl IntoView {
    let w = ctx.words();
    let entries = Memo::new(move |_| spec.with(|s| s.as_ref().map(keys).unwrap_or_default()));
    view! {
        <ul class="legend" data-testid="legend">
            {move || {
                entries
                    .get()
                    .into_iter()
                    .map(|k| view! {
                        <li data-key=k.class()>
                            <span class=format!("swatch {}", k.class()) aria-hidden="true"></span>
                            {k.words(w)}
                        </li>
                    })
                    .collect_view()
            }}
        </ul>
    }
}
