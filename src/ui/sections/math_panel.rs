use crate::ui::state::Ctx;
use jinan_model::page::Section;
use jinan_model::text::{indicator_name, math_steps, section_words, MathStep};
use leptos::prelude::*;

/// One line of working: what is computed, the formula with the numbers in it, and the result,
/// which is the engine's own value (its `data-value` is what the readouts show).
fn step(s: MathStep, code: &str) -> impl IntoView {
    view! {
        <div class="math-step">
            <dt>{s.label}</dt>
            <dd>
                <code>{s.working}</code>
                " = "
                <strong data-testid=format!("math-{}-{code}", s.key) data-value=s.value>{s.result}</strong>
            </dd>
        </div>
    }
}

/// "How it's calculated", for the indicator in front: the engine's formulas with the current
/// numbers substituted, updating live, and how the chance is conditioned on the record. Every
/// result shown is a field of the same outlook the readouts show.
#[component]
pub fn MathPanel(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = section_words(lang);
    let body = move || {
        let indicator = ctx.focus.get();
        let o = ctx.outlook(indicator);
        let code = indicator.code();
        let (gdp, defl) = ctx.scenario.with(|s| (s.a.gdp, s.a.defl));
        o.with(|o| {
            let title = indicator_name(lang, indicator);
            let Some((steps, conditioned)) = math_steps(lang, o, gdp, defl) else {
                return view! { <h3>{title}</h3><p>{w.math_no_base}</p> }.into_any();
            };
            let conditioned =
                conditioned.then(|| view! { <p class="muted small">{w.math_conditioned}</p> });
            view! {
                <h3>{title}</h3>
                <dl class="math" data-testid=format!("math-{code}")>{steps.into_iter().map(|s| step(s, code)).collect_view()}</dl>
                {conditioned}
            }
            .into_any()
        })
    };
    view! {
        <section class="math-panel" id=Section::Math.id() aria-labelledby=Section::Math.title_id()>
            <h2 id=Section::Math.title_id()>{w.math_title}</h2>
            // The working shows the answers: in predict mode it waits for Reveal.
            <Show when=move || ctx.reveal()>
                <p class="muted small">{w.math_intro}</p>
                {body}
            </Show>
        </section>
    }
}
