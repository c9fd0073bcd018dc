use super::state::guess_range;
use super::state::Ctx;
use crate::data::dataset;
use jinan_model::format::{quantity, signed};
use jinan_model::results::target_of;
use jinan_model::scenario::{fmt_num, Indicator, Lang};
use jinan_model::text::indicator_name;
use leptos::prelude::*;

/// Predict, then reveal (`predict=1`): the student guesses each target's 2025 value before
/// seeing the projections and what was recorded, then Reveal shows them and how far the guess
/// was.
#[component]
pub fn PredictPanel(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let zh = lang == Lang::Zh;
    let data = dataset();
    let item = move |i: Indicator| {
        let code = i.code();
        let unit = i.unit();
        let r = guess_range(i);
        let guess = ctx.guesses[i as usize];
        let value = move || guess.get().unwrap_or(r.min);
        let id = format!("guess-{code}");
        let target = target_of(data, i).map_or(f64::NAN, |t| t.0);
        let o = ctx.outlook(i);
        let verdict = move || {
            let g = guess.get()?;
            let recorded_2025 = i.series(data).point(2025).cloned();
            let projected = o.with(|o| o.projected);
            let q = |v: f64| quantity(lang, unit, v);
            let vs_target = signed(lang, unit, g - target);
            let vs_projection = projected.map(|p| signed(lang, unit, g - p));
            let outcome = match (recorded_2025.as_ref().and_then(|p| p.value), recorded_2025.as_ref().and_then(|p| p.lower.as_ref().map(|b| b.value))) {
                (Some(v), _) => Some(if zh { format!("记录值为{}，你的猜测相差{}。", q(v), signed(lang, unit, g - v)) } else { format!("The recorded value is {}: your guess is {} from it.", q(v), signed(lang, unit, g - v)) }),
                (None, Some(a)) => Some(if g > a {
                    if zh { format!("2025年的预计值只说“超过{}”：你的猜测{}与此一致，但无法进一步核对。", q(a), q(g)) } else { format!("The 2025 estimate says only “above {}”: your guess of {} is consistent with it, and no more can be said.", q(a), q(g)) }
                } else if zh {
                    format!("2025年的预计值为“超过{}”：你的猜测{}低于这一下限。", q(a), q(g))
                } else {
                    format!("The 2025 estimate is “above {}”: your guess of {} is below that bound.", q(a), q(g))
                }),
                _ => None,
            }
            .unwrap_or_else(|| if zh { "2025年没有记录值可以核对。".into() } else { "There is no recorded 2025 figure to check it against.".into() });
            let proj = vs_projection
                .map(|d| {
                    if zh {
                        format!("与当前设置下的预测相差{d}；")
                    } else {
                        format!("{d} from the projection at the current setting; ")
                    }
                })
                .unwrap_or_default();
            Some(if zh {
                format!("你的猜测：{}。与目标相差{vs_target}；{proj}{outcome}", q(g))
            } else {
                format!(
                    "Your guess: {}. It is {vs_target} from the target; {proj}{outcome}",
                    q(g)
                )
            })
        };
        view! {
            <div class="control guess" data-testid=format!("guess-block-{code}")>
                <label for=id.clone()>{format!("{}：{}", indicator_name(lang, i), if zh { "你猜2025年是多少？" } else { "your guess for 2025" })}</label>
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
                    <p class="guess-result" data-testid=format!("guess-result-{code}")>{verdict}</p>
                </Show>
            </div>
        }
    };
    let shown = move |i: Indicator| ctx.scenario.with(|s| s.show.has(i));
    view! {
        <section class="predict" aria-labelledby="predict-title" data-testid="predict">
            <h2 id="predict-title">{if zh { "先猜，再揭晓" } else { "Predict, then reveal" }}</h2>
            <p>{if zh { "在看到预测和实际记录之前，先猜一猜2025年各项指标的数值。图上的菱形是你的猜测。" } else { "Before you see the projections and what was recorded, guess each target's 2025 value. The diamond on each chart is your guess." }}</p>
            {Indicator::ALL.into_iter().map(|i| view! { <Show when=move || shown(i)>{item(i)}</Show> }).collect_view()}
            <Show
                when=move || ctx.revealed.get()
                fallback=move || view! {
                    <button type="button" class="primary" data-testid="reveal" on:click=move |_| ctx.revealed.set(true)>{if zh { "揭晓" } else { "Reveal" }}</button>
                }
            >
                <button type="button" data-testid="predict-again" on:click=move |_| ctx.revealed.set(false)>
                    {if zh { "再猜一次" } else { "Guess again" }}
                </button>
            </Show>
        </section>
    }
}
