use super::number_control::NumberControl;
use super::state::Ctx;
use jinan_model::delivery::Delivery;
use jinan_model::format::{quantity, trim, Unit};
use jinan_model::scenario::{Lang, DELIVERY_RANGE};
use leptos::prelude::*;

/// The "delivery" slider: the share of the planned investment carried out, and what that
/// implies in total and for the projects new in 2023. Arithmetic on the plan's figures, said so.
#[component]
pub fn DeliveryControl(ctx: Ctx, share: Memo<f64>, delivered: Memo<Delivery>) -> impl IntoView {
    let lang = ctx.lang_now();
    let s = ctx.scenario;
    let d = delivered;
    let (label, note) = match lang {
        Lang::Zh => ("计划投资的落实比例", "这只是对计划数字的算术：本工具不对投资如何影响地区生产总值作任何判断。"),
        Lang::En => ("Share of the planned investment carried out", "This is arithmetic on the plan's figures only: the app makes no claim about what investment does to GDP."),
    };
    let summary = move || {
        d.with(|d| {
            let q = |v: f64| quantity(lang, Unit::Yi, v);
            match lang {
                Lang::Zh => format!(
                    "按{}%落实：总投资{}（计划{}）；其中2023年新开工项目{}（计划{}，占总投资的{}%）。",
                    trim(d.share, 1), q(d.delivered), q(d.planned), q(d.new_2023_delivered), q(d.new_2023_planned), trim(d.new_2023_share, 1)
                ),
                Lang::En => format!(
                    "At {}% delivery: {} of investment (planned {}); of it, projects new in 2023: {} (planned {}, {}% of the total).",
                    trim(d.share, 1), q(d.delivered), q(d.planned), q(d.new_2023_delivered), q(d.new_2023_planned), trim(d.new_2023_share, 1)
                ),
            }
        })
    };
    view! {
        <div class="delivery">
            <NumberControl
                ctx=ctx
                id="delivery"
                label=label.to_string()
                unit="%".to_string()
                range=DELIVERY_RANGE
                value=share
                valuetext=Signal::derive(move || format!("{}%", trim(share.get(), 1)))
                on_change=Callback::new(move |v| s.update(|s| s.delivery = v))
            />
            <p data-testid="delivery-summary" data-value=move || d.with(|d| d.delivered.to_string())>{summary}</p>
            <p class="muted small">{note}</p>
        </div>
    }
}
