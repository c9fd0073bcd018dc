use super::number_control::NumberControl;
use crate::ui::state::Ctx;
use jinan_model::engine::nominal_rate;
use jinan_model::format;
use jinan_model::scenario::DEFL_RANGE;
use leptos::prelude::*;

/// The deflator, and the nominal growth the two make.
#[component]
pub fn DeflatorControl(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let s = ctx.scenario;
    let real = Memo::new(move |_| s.with(|s| s.a.gdp));
    let defl = Memo::new(move |_| s.with(|s| s.a.defl));
    let nominal = move || nominal_rate(real.get(), defl.get()).ok();
    view! {
        <NumberControl
            ctx=ctx
            id="defl"
            label=Signal::derive(move || w.deflator.to_string())
            unit=format!("% {}", w.per_year)
            range=DEFL_RANGE
            value=Signal::derive(move || defl.get())
            valuetext=Signal::derive(move || format::rate(lang, defl.get()))
            on_change=Callback::new(move |v| s.update(|s| s.a.defl = v))
        />
        <p class="derived-line" data-testid="nominal-gdp" data-value=move || format::data_value(nominal())>
            {w.nominal_growth}
            ": "
            <strong>{move || nominal().map(|n| format::rate(lang, n)).unwrap_or_default()}</strong>
            <span class="formula">" = (1 + "{move || format::percent(real.get())}")(1 + "{move || format::percent(defl.get())}") − 1"</span>
        </p>
    }
}
