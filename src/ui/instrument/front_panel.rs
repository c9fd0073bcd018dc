use super::indicator_panel::IndicatorPanel;
use crate::ui::state::Ctx;
use jinan_model::scenario::Indicator;
use leptos::prelude::*;

/// The indicator in front: its main control, its headline readouts and its chart, then what
/// explains them (the chart's words and key, the numbers, the evidence, the plan's sentence).
#[component]
pub fn Instrument(ctx: Ctx) -> impl IntoView {
    if ctx.at_build_time() {
        // The first screen carries every indicator's panel, the one in front shown: a tab chosen
        // before the program shows its panel at once (the first screen's script), and the
        // take-over starts from it.
        let front = ctx.focus.get_untracked();
        return Indicator::ALL
            .into_iter()
            .map(|i| view! { <IndicatorPanel ctx=ctx indicator=i hidden=i != front /> })
            .collect_view()
            .into_any();
    }
    (move || {
        let indicator = ctx.focus.get();
        view! { <IndicatorPanel ctx=ctx indicator=indicator /> }
    })
    .into_any()
}
