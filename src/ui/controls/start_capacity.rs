use crate::ui::state::Ctx;
use jinan_model::scenario::{fmt_num, RE_BASE_RANGE};
use leptos::prelude::*;

/// The starting renewable capacity: there is no official figure, so it is the user's own
/// assumption, said so beside the box. Applies as it is typed; an empty box clears it.
#[component]
pub fn StartCapacity(ctx: Ctx) -> impl IntoView {
    let w = ctx.words();
    let s = ctx.scenario;
    let message = RwSignal::new(None::<String>);
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let v = s.with(|s| s.re_base);
        if let Some(el) = input.get() {
            let typing = document()
                .active_element()
                .is_some_and(|a| el.is_same_node(Some(&a)));
            if !typing {
                el.set_value(&v.map(fmt_num).unwrap_or_default());
            }
        }
    });
    let apply = move |raw: String, committed: bool| {
        let t = raw.trim();
        if t.is_empty() {
            s.update(|s| s.re_base = None);
            message.set(None);
            return;
        }
        match t.parse::<f64>() {
            Ok(x) if x.is_finite() => {
                let used = RE_BASE_RANGE.clamp(x);
                s.update(|s| s.re_base = Some(used));
                if committed && !RE_BASE_RANGE.contains(x) {
                    message.set(Some(format!("{t} {} {}", w.input_clamped, fmt_num(used))));
                } else {
                    message.set(None);
                }
            }
            _ if committed => message.set(Some(format!("“{t}” {}", w.input_invalid))),
            _ => {}
        }
    };
    let label = {
        let from = s.with_untracked(|s| s.from);
        format!("{} · {from}", w.re_start_label)
    };
    let forms = ctx.lock_forms();
    view! {
        <div class="control start-capacity">
            <label for="re-base">{label}</label>
            {forms.locked.then(|| view! {
                <p class="locked-value" data-lock=forms.on()>{move || s.with(|s| s.re_base.map(fmt_num)).unwrap_or_else(|| "—".into())}</p>
            })}
            {forms.editable.then(|| view! {
                <div class="control-row" data-lock=forms.off()>
                    <input
                        type="number"
                        id="re-base"
                        node_ref=input
                        inputmode="decimal"
                        min=RE_BASE_RANGE.min
                        max=RE_BASE_RANGE.max
                        step="any"
                        placeholder="—"
                        on:input=move |ev| apply(event_target_value(&ev), false)
                        on:change=move |ev| apply(event_target_value(&ev), true)
                    />
                    <span class="unit">{w.re_unit}</span>
                    <span class="assumption">{w.your_assumption}</span>
                    <Show when=move || s.with(|s| s.re_base.is_some())>
                        <button type="button" on:click=move |_| s.update(|s| s.re_base = None)>
                            {w.re_start_clear}
                        </button>
                    </Show>
                </div>
            })}
            <p class="control-msg" role="status">{move || message.get()}</p>
        </div>
    }
}
