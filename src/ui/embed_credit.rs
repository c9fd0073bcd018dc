use super::platform;
use super::state::Ctx;
use jinan_model::export::scenario_url;
use leptos::prelude::*;

/// The embed's one line of credit, linking to the full calculator at the same scenario; in
/// reading mode (`lock=1`) it is also the way to change the scenario.
#[component]
pub fn EmbedCredit(ctx: Ctx) -> impl IntoView {
    let w = ctx.words();
    let page = platform::address::page_url();
    let link = Memo::new(move |_| ctx.scenario.with(|s| scenario_url(&page, s)));
    let locked = ctx.locked();
    view! {
        <p class="credit" data-testid="embed-credit">
            <a href=move || link.get() target="_blank" rel="noopener">
                {if locked { w.change_scenario } else { w.embed_credit }}
                " ↗"
            </a>
        </p>
    }
}
