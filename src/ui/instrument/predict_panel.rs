use crate::ui::state::Ctx;
use leptos::prelude::*;

/// Predict, then reveal (`predict=1`): what to do. The reader draws a line on the chart of the
/// target in front (`DrawSurface`, `GuessControls`) before seeing the projections, the record
/// and the target's verdict; Reveal shows them beside the line, and how far it was.
#[component]
pub fn PredictPanel(ctx: Ctx) -> impl IntoView {
    let w = ctx.words();
    view! {
        <section class="predict" aria-labelledby="predict-title" data-testid="predict">
            <h2 id="predict-title">{w.predict_title}</h2>
            <p>{w.predict_intro}</p>
        </section>
    }
}
