use super::state::Ctx;
use crate::data::dataset;
use jinan_model::text::{pick, words};
use leptos::prelude::*;

/// What the page rests on, and what it does not do.
#[component]
pub fn PageFooter(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);
    let plan = &dataset().plan;

    view! {
        <footer class="page-footer">
            <p>
                {pick(&plan.title, lang).to_string()}
                " · "
                {plan.issuers.iter().map(|i| pick(i, lang).to_string()).collect::<Vec<_>>().join(if lang == jinan_model::scenario::Lang::Zh { "、" } else { ", " })}
                " · "
                {plan.issued.clone()}
            </p>
            <p>{w.footer_data}</p>
            <p>{w.footer_privacy}</p>
        </footer>
    }
}
