use super::number_control::NumberControl;
use crate::ui::state::Ctx;

use jinan_model::change_mode::{change_range, switch_mode};
use jinan_model::format;
use jinan_model::scenario::{Indicator, Mode};
use jinan_model::text::change;
use leptos::prelude::*;

/// The yearly change of population or renewables, as a percentage or a fixed amount.
/// Switching keeps the first year's change where a base gives a conversion.
#[component]
pub fn ChangeControl(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let s = ctx.scenario;
    let mode = Signal::derive(move || s.with(|s| s.a.mode(indicator)));
    let value = Signal::derive(move || s.with(|s| s.a.change(indicator)));
    let code = indicator.code();
    let unit = indicator.unit();
    let set_mode =
        move |m: Mode| s.update(|sc| switch_mode(ctx.data, ctx.defaults, sc, indicator, m));
    let radio = move |m: Mode| {
        let id = format!("{code}-mode-{}", m.code());
        view! {
            <input
                type="radio"
                id=id.clone()
                name=format!("{code}-mode")
                prop:checked=move || mode.get() == m
                checked=ctx.at_build_time() && mode.get_untracked() == m
                on:change=move |_| set_mode(m)
            />
            <label for=id>{move || if m == Mode::Rate { w.mode_rate } else { w.mode_add }}</label>
        }
    };
    view! {
        {ctx.lock_forms().editable.then(|| view! {
            <fieldset class="mode-switch" data-lock=ctx.lock_forms().off()>
                <legend>{w.mode}</legend>
                {radio(Mode::Rate)}
                {radio(Mode::Add)}
            </fieldset>
        })}
        <NumberControl
            ctx=ctx
            id=code
            label=w.yearly_change.to_string()
            unit=Signal::derive(move || match mode.get() {
                Mode::Rate => format!("% {}", w.per_year),
                Mode::Add => format!("{} {}", format::data_unit(unit), w.per_year),
            })
            range=Signal::derive(move || change_range(indicator, mode.get()))
            value=value
            valuetext=Signal::derive(move || change(lang, unit, mode.get() == Mode::Rate, value.get()))
            on_change=Callback::new(move |v| s.update(|s| s.a.set_change(indicator, v)))
        />
    }
}
