use super::guess::Guess;
use crate::ui::platform;
use jinan_model::format::data_unit;
use jinan_model::predict::compare;
use jinan_model::scenario::{drawing_range, fmt_num, Drawn};
use jinan_model::text::drawn_result;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Under the chart in predict mode: the drawn line as numbers, a box a year (the accessible
/// way to draw, and a precise one), then Reveal; once revealed, how far the line was from the
/// record, in words.
#[component]
pub fn GuessControls(guess: Guess) -> impl IntoView {
    let ctx = guess.ctx;
    let lang = ctx.lang_now();
    let w = ctx.words();
    let i = guess.indicator;
    let code = i.code();
    let unit = data_unit(i.unit());
    let r = drawing_range(i);
    let from = ctx.from;
    let revealed = ctx.revealed;
    // The line as the chart shows it: from the base year on.
    let shown = Memo::new(move |_| guess.line().after(from.get()));
    let boxes = move || {
        guess.years.get().map(|(lo, hi)| {
            (lo..=hi)
                .map(|year| {
                    let id = format!("guess-{code}-{year}");
                    let value = move || {
                        shown.with(|l| l.0.get(&year).map(|v| fmt_num(*v)).unwrap_or_default())
                    };
                    let commit = move |ev: leptos::ev::Event| {
                        let raw = event_target_value(&ev);
                        let line = guess.line_now();
                        let next = match raw.trim() {
                            "" => Some(line.without(year)),
                            t => t
                                .parse::<f64>()
                                .ok()
                                .filter(|v| v.is_finite())
                                .map(|v| line.with(i, year, v)),
                        };
                        if let Some(l) = next {
                            guess.set(l);
                        }
                        // The box shows what the line holds (held in range, or as it was where
                        // the entry was not a number).
                        if let Some(input) = ev
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                        {
                            input.set_value(&value());
                        }
                        guess.active.set(year);
                    };
                    view! {
                        <span class="guess-box">
                            <label for=id.clone()>{year}</label>
                            <input
                                type="number"
                                id=id
                                inputmode="decimal"
                                min=r.min
                                max=r.max
                                step="any"
                                prop:value=value
                                on:change=commit
                                on:focus=move |_| guess.active.set(year)
                            />
                        </span>
                    }
                })
                .collect_view()
        })
    };
    let result = move || {
        let c = ctx
            .scenario
            .with(|s| compare(ctx.data, i, s.drawn(i), s.from));
        drawn_result(lang, i, &c)
    };
    let reveal = move |_| {
        revealed.set(true);
        platform::screen::focus("[data-testid=predict-again]");
    };
    let again = move |_| {
        revealed.set(false);
        platform::screen::focus(&format!("[data-testid=draw-{code}]"));
    };
    view! {
        <div class="guess" data-testid=format!("guess-{code}")>
            <Show
                when=move || guess.years.with(Option::is_some)
                fallback=move || view! { <p class="prompt">{w.nothing_to_draw}</p> }
            >
                <fieldset
                    class="guess-boxes"
                    data-testid=format!("drawn-{code}")
                    data-value=move || shown.with(|l| l.json())
                    prop:disabled=move || revealed.get()
                >
                    <legend>{format!("{} ({unit})", w.guess_boxes)}</legend>
                    {boxes}
                    <button
                        type="button"
                        data-testid=format!("clear-{code}")
                        prop:disabled=move || shown.with(|l| l.is_empty())
                        on:click=move |_| {
                            guess.set(Drawn::default());
                        }
                    >
                        {w.clear_line}
                    </button>
                </fieldset>
            </Show>
            <div class="guess-actions">
                <Show
                    when=move || revealed.get()
                    fallback=move || view! {
                        <button type="button" class="primary" data-testid="reveal" on:click=reveal>{w.reveal}</button>
                    }
                >
                    <button type="button" data-testid="predict-again" on:click=again>{w.predict_again}</button>
                </Show>
            </div>
            <Show when=move || revealed.get()>
                <p class="guess-result" data-testid=format!("drawn-result-{code}")>{result}</p>
            </Show>
        </div>
    }
}
