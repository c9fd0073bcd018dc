use crate::ui::state::Ctx;
use jinan_model::text::{plan_credit, section_words};
use leptos::prelude::*;

/// What the page rests on, and what it does not do.
#[component]
pub fn PageFooter(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = section_words(lang);
    view! {
        <footer class="page-footer">
            <p>{plan_credit(lang, ctx.data)}</p>
            <p>{w.footer_data}</p>
            <p>{w.footer_privacy}</p>
        </footer>
    }
}
