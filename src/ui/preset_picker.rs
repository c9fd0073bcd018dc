use super::state::Ctx;
use crate::data::dataset;
use jinan_model::presets::{apply, basis, Preset};
use jinan_model::scenario::Lang;
use jinan_model::text::{preset_description, preset_name};
use leptos::prelude::*;

/// Named scenarios: each button sets scenario A (or B, when comparing) and says where its
/// numbers come from.
#[component]
pub fn PresetPicker(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let comparing = move || ctx.scenario.with(|s| s.b.is_some());
    let item = move |p: Preset| -> Option<AnyView> {
        // A preset's basis does not depend on the user's settings, only on the data.
        let b = basis(dataset(), p, &ctx.scenario.with_untracked(|s| s.a))?;
        let (name, desc) = (preset_name(lang, p, &b), preset_description(lang, p, &b));
        let set = move |to_b: bool| ctx.scenario.update(|s| *s = apply(dataset(), p, s, to_b));
        view! {
            <li class="preset">
                <button type="button" data-testid=format!("preset-{}", p.code()) on:click=move |_| set(false)>
                    {name}
                </button>
                <Show when=comparing>
                    <button type="button" class="secondary" data-testid=format!("preset-b-{}", p.code()) on:click=move |_| set(true)>
                        {if lang == Lang::Zh { "用于方案B" } else { "as B" }}
                    </button>
                </Show>
                <p class="muted small">{desc}</p>
            </li>
        }
        .into_any()
        .into()
    };
    let (title, intro) = match lang {
        Lang::Zh => ("预设方案", "每个预设都由引擎根据数据计算，并说明数字的来源。"),
        Lang::En => ("Presets", "Each preset is computed by the engine from the data, and says where its numbers come from."),
    };
    view! {
        <section class="presets" aria-labelledby="presets-title">
            <h2 id="presets-title">{title}</h2>
            <p class="muted">{intro}</p>
            <ul class="preset-list">{Preset::ALL.into_iter().map(item).collect_view()}</ul>
        </section>
    }
}
