use crate::ui::state::Ctx;
use jinan_model::presets::{apply, basis, Preset};
use jinan_model::text::{preset_description, preset_name, section_words};
use leptos::prelude::*;

/// Named scenarios: each button sets scenario A (or B, when comparing) and says where its
/// numbers come from.
#[component]
pub fn PresetPicker(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = section_words(lang);
    let data = ctx.data;
    let comparing = move || ctx.scenario.with(|s| s.b.is_some());
    let item = move |p: Preset| -> Option<AnyView> {
        // A preset's basis does not depend on the user's settings, only on the data.
        let b = basis(data, p, &ctx.scenario.with_untracked(|s| s.a))?;
        let (name, desc) = (preset_name(lang, p, &b), preset_description(lang, p, &b));
        let set = move |to_b: bool| ctx.scenario.update(|s| *s = apply(data, p, s, to_b));
        Some(
            view! {
                <li class="preset">
                    <button type="button" data-testid=format!("preset-{}", p.code()) on:click=move |_| set(false)>
                        {name}
                    </button>
                    <Show when=comparing>
                        <button type="button" class="secondary" data-testid=format!("preset-b-{}", p.code()) on:click=move |_| set(true)>
                            {w.as_b}
                        </button>
                    </Show>
                    <p class="muted small">{desc}</p>
                </li>
            }
            .into_any(),
        )
    };
    view! {
        <section class="presets" aria-labelledby="presets-title">
            <h3 id="presets-title">{w.presets_title}</h3>
            <p class="muted">{w.presets_intro}</p>
            <ul class="preset-list">{Preset::ALL.into_iter().map(item).collect_view()}</ul>
        </section>
    }
}
