use super::number_control::NumberControl;
use crate::ui::state::Ctx;

use jinan_model::format;
use jinan_model::results::base_of;
use jinan_model::scenario::{pop_range, re_range, Indicator, Mode, Range, Settings};
use jinan_model::text::change;
use leptos::prelude::*;

fn mode_of(s: &Settings, i: Indicator) -> Mode {
    if i == Indicator::Pop {
        s.pop_mode
    } else {
        s.re_mode
    }
}
fn value_of(s: &Settings, i: Indicator) -> f64 {
    if i == Indicator::Pop {
        s.pop
    } else {
        s.re
    }
}
fn range_for(i: Indicator, m: Mode) -> Range {
    if i == Indicator::Pop {
        pop_range(m)
    } else {
        re_range(m)
    }
}

/// The yearly change of population or renewables, as a percentage or a fixed amount.
/// Switching keeps the first year's change where a base gives a conversion.
#[component]
pub fn ChangeControl(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let s = ctx.scenario;
    let mode = Signal::derive(move || s.with(|s| mode_of(&s.a, indicator)));
    let value = Signal::derive(move || s.with(|s| value_of(&s.a, indicator)));
    let code = indicator.code();
    let unit = indicator.unit();
    let set_mode = move |m: Mode| {
        s.update(|sc| {
            let old = mode_of(&sc.a, indicator);
            if old == m {
                return;
            }
            let base = base_of(ctx.data, indicator, sc.from, sc.re_base)
                .map(|b| b.value)
                .filter(|b| *b > 0.0);
            let v = value_of(&sc.a, indicator);
            let converted = match (base, m) {
                (Some(b), Mode::Add) => b * v / 100.0,
                (Some(b), Mode::Rate) => v / b * 100.0,
                (None, _) => ctx.defaults.for_mode(m, indicator),
            };
            let v = range_for(indicator, m).clamp(converted);
            if indicator == Indicator::Pop {
                sc.a.pop_mode = m;
                sc.a.pop = v;
            } else {
                sc.a.re_mode = m;
                sc.a.re = v;
            }
        })
    };
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
            range=Signal::derive(move || range_for(indicator, mode.get()))
            value=value
            valuetext=Signal::derive(move || change(lang, unit, mode.get() == Mode::Rate, value.get()))
            on_change=Callback::new(move |v| s.update(|s| if indicator == Indicator::Pop { s.a.pop = v } else { s.a.re = v }))
        />
    }
}
