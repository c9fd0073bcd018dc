use crate::ui::controls::number_control::NumberControl;
use crate::ui::state::Ctx;
use jinan_model::delivery::Delivery;
use jinan_model::format::trim;
use jinan_model::scenario::DELIVERY_RANGE;
use jinan_model::text::{delivery_summary, section_words};
use leptos::prelude::*;

/// The "delivery" slider: the share of the planned investment carried out, and what that
/// implies in total and for the projects new in 2023. Arithmetic on the plan's figures, said so.
#[component]
pub fn DeliveryControl(ctx: Ctx, share: Memo<f64>, delivered: Memo<Delivery>) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = section_words(lang);
    let s = ctx.scenario;
    let d = delivered;
    view! {
        <div class="delivery">
            <NumberControl
                ctx=ctx
                id="delivery"
                label=w.delivery_label.to_string()
                unit="%".to_string()
                range=DELIVERY_RANGE
                value=share
                valuetext=Signal::derive(move || format!("{}%", trim(share.get(), 1)))
                on_change=Callback::new(move |v| s.update(|s| s.delivery = v))
            />
            <p data-testid="delivery-summary" data-value=move || d.with(|d| d.delivered.to_string())>
                {move || d.with(|d| delivery_summary(lang, d))}
            </p>
            <p class="muted small">{w.delivery_note}</p>
        </div>
    }
}
