use crate::ui::state::Ctx;
use jinan_model::scenario::Indicator;
use jinan_model::text::chart_summary;
use leptos::prelude::*;

/// The chart's text alternative, in words, from the same numbers; the canvas points to it with
/// `aria-describedby`. Shown to everyone: it is the chart's headline.
#[component]
pub fn ChartSummary(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let o = ctx.outlook(indicator);
    // Memos of just what the sentence reads, so that other indicators' sliders leave it alone.
    let from = ctx.from;
    let gdp_inputs = Memo::new(move |_| match indicator {
        Indicator::Gdp => ctx.scenario.with(|s| (s.a.gdp, s.a.defl)),
        _ => (0.0, 0.0),
    });
    let text = move || o.with(|o| chart_summary(lang, o, gdp_inputs.get(), from.get()));
    let code = indicator.code();
    view! {
        <p class="chart-summary" id=format!("summary-{code}") data-testid=format!("summary-{code}")>
            {text}
        </p>
    }
}
