use crate::ui::state::{guess_range, Ctx};
use jinan_model::format::quantity;
use jinan_model::scenario::{fmt_num, Indicator};
use jinan_model::text::{guess_result, indicator_name};
use jinan_model::verdict::target_of;
use leptos::prelude::*;

/// Predict, then reveal (`predict=1`): the student guesses each target's 2025 value before
/// seeing the projections and what was recorded, then Reveal shows them and how far the guess
/// was.
#[component]
pub fn PredictPanel(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let data = ctx.data;
    let item = move |i: Indicator| {
        let code = i.code();
        let unit = i.unit();
        let r = guess_range(i);
        let guess = ctx.guesses[i as usize];
        let value = move || guess.get().unwrap_or(r.min);
        let id = format!("guess-{code}");
        let (target, year) = target_of(data, i).unwrap_or((f64::NAN, 2025));
        let o = ctx.outlook(i);
        let result = move || {
            let g = guess.get()?;
            let point = i.series(data).point(year).cloned();
            let projected = o.with(|o| o.projected);
            Some(guess_result(lang, i, g, target, projected, point.as_ref()))
        };
        view! {
            <div class="control guess" data-testid=format!("guess-block-{code}")>
                <label for=id.clone()>{format!("{}: {}", indicator_name(lang, i), w.predict_guess)}</label>
                <div class="control-row">
                    <input
                        type="range"
                        id=id.clone()
                        min=r.min
                        max=r.max
                        step=r.step
                        prop:value=move || value().to_string()
                        aria-valuetext=move || quantity(lang, unit, value())
                        prop:disabled=move || ctx.revealed.get()
                        on:input=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                guess.set(Some(r.clamp(v)));
                            }
                        }
                    />
                    <output for=id data-testid=format!("guess-value-{code}") data-value=move || guess.get().map(fmt_num).unwrap_or_default()>
                        {move || quantity(lang, unit, value())}
                    </output>
                </div>
                <Show when=move || ctx.revealed.get()>
                    <p class="guess-result" data-testid=format!("guess-result-{code}")>{result}</p>
                </Show>
            </div>
        }
    };
    let shown = move |i: Indicator| ctx.scenario.with(|s| s.show.has(i));
    view! {
        <section class="predict" aria-labelledby="predict-title" data-testid="predict">
            <h2 id="predict-title">{w.predict_title}</h2>
            <p>{w.predict_intro}</p>
            {Indicator::ALL.into_iter().map(|i| view! { <Show when=move || shown(i)>{item(i)}</Show> }).collect_view()}
            <Show
                when=move || ctx.revealed.get()
                fallback=move || view! {
                    <button type="button" class="primary" data-testid="reveal" on:click=move |_| ctx.revealed.set(true)>{w.reveal}</button>
                }
            >
                <button type="button" data-testid="predict-again" on:click=move |_| ctx.revealed.set(false)>
                    {w.predict_again}
                </button>
            </Show>
        </section>
    }
}
