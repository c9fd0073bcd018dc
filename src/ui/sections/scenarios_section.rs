use super::compare_controls::CompareControls;
use super::compare_table::CompareTable;
use super::preset_picker::PresetPicker;
use crate::ui::state::Ctx;
use jinan_model::page::Section;
use jinan_model::text::section_words;
use leptos::prelude::*;

/// Scenarios: the presets, and a second scenario to compare, side by side with the first.
#[component]
pub fn ScenariosSection(ctx: Ctx) -> impl IntoView {
    let w = section_words(ctx.lang_now());
    let locked = ctx.locked();
    view! {
        <section class="scenarios" id=Section::Scenarios.id() aria-labelledby=Section::Scenarios.title_id()>
            <h2 id=Section::Scenarios.title_id()>{w.scenarios_title}</h2>
            {(!locked).then(|| view! {
                <PresetPicker ctx=ctx />
                <CompareControls ctx=ctx />
            })}
            <Show when=move || ctx.scenario.with(|s| s.b.is_some()) && ctx.reveal()>
                <CompareTable ctx=ctx />
            </Show>
        </section>
    }
}
