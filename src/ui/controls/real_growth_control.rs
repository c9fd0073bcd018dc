use super::number_control::NumberControl;
use crate::ui::state::Ctx;
use jinan_model::format;
use jinan_model::scenario::GDP_RANGE;
use leptos::prelude::*;

/// Real GDP growth: the main control.
#[component]
pub fn RealGrowthControl(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let s = ctx.scenario;
    let real = Signal::derive(move || s.with(|s| s.a.gdp));
    view! {
        <NumberControl
            ctx=ctx
            id="gdp"
            label=Signal::derive(move || w.real_growth.to_string())
            unit=format!("% {}", w.per_year)
            range=GDP_RANGE
            value=real
            valuetext=Signal::derive(move || format::rate(lang, real.get()))
            on_change=Callback::new(move |v| s.update(|s| s.a.gdp = v))
        />
    }
}
