use super::reality_card::RealityCard;
use super::recorded_table::RecordedTable;
use crate::ui::state::Ctx;
use jinan_model::page::Section;
use jinan_model::reality::reality_check;
use jinan_model::scenario::Indicator;
use jinan_model::text::section_words;
use leptos::prelude::*;

/// What was recorded: for each target, what the plan needed from its base year, what was
/// recorded since, and whether it kept pace; with each series' figures and sources. In predict
/// mode it waits for Reveal.
#[component]
pub fn RecordedSection(ctx: Ctx) -> impl IntoView {
    let w = section_words(ctx.lang_now());
    let items = reality_check(ctx.data);
    let shown = move |i: Indicator| ctx.scenario.with(|s| s.show.has(i));
    view! {
        <section class="reality" id=Section::Recorded.id() aria-labelledby=Section::Recorded.title_id()>
            <h2 id=Section::Recorded.title_id()>{w.recorded_title}</h2>
            <Show when=move || ctx.reveal()>
                <p class="muted">{w.recorded_intro}</p>
                <div class="reality-grid">
                    {items
                        .iter()
                        .map(|item| {
                            let i = item.indicator;
                            let item = item.clone();
                            view! {
                                <Show when=move || shown(i)>
                                    <div>
                                        <RealityCard ctx=ctx item=item.clone() />
                                        <RecordedTable ctx=ctx indicator=i />
                                    </div>
                                </Show>
                            }
                        })
                        .collect_view()}
                </div>
            </Show>
        </section>
    }
}
