use super::reality_card::RealityCard;
use super::state::Ctx;
use crate::data::dataset;
use jinan_model::reality::reality_check;
use jinan_model::scenario::Indicator;
use jinan_model::text::words;
use leptos::prelude::*;

/// For each target: what the plan needed from its base year, what was recorded since, and a
/// verdict from the data alone. Independent of the sliders.
#[component]
pub fn RealityCheck(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);
    let items = reality_check(dataset());
    let shown = move |i: Indicator| ctx.scenario.with(|s| s.show.has(i));
    view! {
        <section class="reality" aria-labelledby="reality-title">
            <h2 id="reality-title">{w.reality_title}</h2>
            <p class="muted">{w.reality_intro}</p>
            <div class="reality-grid">
                {items
                    .into_iter()
                    .map(|item| {
                        let i = item.indicator;
                        view! {
                            <Show when=move || shown(i)>
                                <RealityCard ctx=ctx item=item.clone() />
                            </Show>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}
