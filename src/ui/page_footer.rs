use super::state::Ctx;
use crate::model::embedded::dataset;
use crate::model::text::pick;
use leptos::prelude::*;

/// What the page rests on, and what it does not do.
#[component]
pub fn PageFooter(ctx: Ctx) -> impl IntoView {
    let plan = &dataset().plan;
    let lang = ctx.lang;
    view! {
        <footer class="page-footer">
            <p>
                {move || pick(&plan.title, lang.get()).to_string()}
                " · "
                {move || plan.issuers.iter().map(|i| pick(i, lang.get()).to_string()).collect::<Vec<_>>().join("、")}
                " · "
                {plan.issued.clone()}
            </p>
            <p>{move || ctx.w().footer_data}</p>
            <p>{move || ctx.w().footer_privacy}</p>
        </footer>
    }
}
