use crate::ui::platform;
use crate::ui::shell::lazy_details::LazyDetails;
use crate::ui::state::Ctx;
use jinan_model::export::scenario_url;
use jinan_model::scenario::Indicator;
use jinan_model::text::{source_brief, source_line};
use leptos::prelude::*;

/// The widget's source and credit line: where the figures come from, and a link to the full
/// calculator at the same scenario (in reading mode, `lock=1`, the way to change it).
#[component]
pub fn WidgetFooter(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let page = platform::address::page_url();
    let link = Memo::new(move |_| ctx.scenario.with(|s| scenario_url(&page, s)));
    let forms = ctx.lock_forms();
    view! {
        <footer class="w-foot">
            // The full list is long (a line per source): one click away, as on a data desk's chart.
            <LazyDetails summary=source_brief(lang, ctx.data, indicator) class="sources" testid="widget-sources">
                <p>{source_line(lang, ctx.data, indicator)}</p>
            </LazyDetails>
            <p class="credit" data-testid="embed-credit">
                <a href=move || link.get() target="_blank" rel="noopener">
                    {forms.locked.then(|| view! { <span data-lock=forms.on()>{w.change_scenario}</span> })}
                    {forms.editable.then(|| view! { <span data-lock=forms.off()>{w.widget_credit}</span> })}
                </a>
            </p>
        </footer>
    }
}
