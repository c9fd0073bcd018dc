use crate::ui::state::Ctx;
use jinan_model::scenario::{fmt_num, quantize, Range};
use leptos::prelude::*;

/// A slider with a number box beside it: drag or type, both stay in sync. Every `input`
/// event applies at once; a value typed out of range is clamped, and a value that is not a
/// number is refused, each with a message, once the box is left.
#[component]
pub fn NumberControl(
    ctx: Ctx,
    /// Prefix of the element ids: `{id}-range`, `{id}-number`.
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] unit: Signal<String>,
    #[prop(into)] range: Signal<Range>,
    #[prop(into)] value: Signal<f64>,
    /// What a screen reader announces: "7.6% a year".
    #[prop(into)]
    valuetext: Signal<String>,
    on_change: Callback<f64>,
) -> impl IntoView {
    let w = ctx.words();
    // Callers derive the value from the whole scenario; a memo keeps this control still while
    // other sliders move.
    let value = Memo::new(move |_| value.get());
    let valuetext = Memo::new(move |_| valuetext.get());
    let message = RwSignal::new(None::<String>);
    let number = NodeRef::<leptos::html::Input>::new();
    let range_id = format!("{id}-range");
    let number_id = format!("{id}-number");

    // The box follows the slider, except while someone is typing in it.
    Effect::new(move |_| {
        let v = value.get();
        if let Some(input) = number.get() {
            let typing = document()
                .active_element()
                .is_some_and(|a| input.is_same_node(Some(&a)));
            if !typing {
                input.set_value(&fmt_num(v));
            }
        }
    });

    let apply = move |raw: String, committed: bool| {
        let r = range.get_untracked();
        match raw.trim().parse::<f64>() {
            Ok(x) if x.is_finite() => {
                let used = r.clamp(x);
                on_change.run(used);
                if committed {
                    if !r.contains(x) {
                        message.set(Some(format!(
                            "{} {} {}",
                            raw.trim(),
                            w.input_clamped,
                            fmt_num(used)
                        )));
                    } else {
                        message.set(None);
                    }
                    if let Some(input) = number.get_untracked() {
                        input.set_value(&fmt_num(used));
                    }
                } else {
                    message.set(None);
                }
            }
            // Half-typed ("-", "1e") is left alone until the box is left.
            _ if !committed => {}
            _ => {
                message.set(Some(format!("“{}” {}", raw.trim(), w.input_invalid)));
                if let Some(input) = number.get_untracked() {
                    input.set_value(&fmt_num(value.get_untracked()));
                }
            }
        }
    };

    let forms = ctx.lock_forms();
    // The first screen, rendered at build time, shows the value in the attributes (the live view
    // sets the properties).
    let at_build = ctx.at_build_time();
    let attr = move |f: fn(f64) -> String| at_build.then(|| f(value.get_untracked()));
    view! {
        <div class="control">
            <label for=range_id.clone()>{label}</label>
            {forms.locked.then(|| view! { <p class="locked-value" data-lock=forms.on()>{valuetext}</p> })}
            {forms.editable.then(|| view! {
                <div class="control-row" data-lock=forms.off()>
                    <input
                        type="range"
                        id=range_id.clone()
                        min=move || range.get().min
                        max=move || range.get().max
                        step=move || range.get().step
                        prop:value=move || quantize(value.get()).to_string()
                        value=attr(|v| quantize(v).to_string())
                        aria-valuetext=valuetext
                        on:input=move |ev| apply(event_target_value(&ev), false)
                    />
                    <input
                        type="number"
                        id=number_id.clone()
                        node_ref=number
                        value=attr(fmt_num)
                        inputmode="decimal"
                        min=move || range.get().min
                        max=move || range.get().max
                        step=move || range.get().step
                        aria-label=move || format!("{} ({})", label.get(), unit.get())
                        on:input=move |ev| apply(event_target_value(&ev), false)
                        on:change=move |ev| apply(event_target_value(&ev), true)
                    />
                    <span class="unit" aria-hidden="true">
                        {unit}
                    </span>
                </div>
            })}
            <p class="control-msg" role="status">
                {move || message.get()}
            </p>
        </div>
    }
}
