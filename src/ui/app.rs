use super::header_bar::HeaderBar;
use super::notice_list::NoticeList;
use super::page_footer::PageFooter;
use super::pathway_panel::PathwayPanel;
use super::reality_check::RealityCheck;
use super::shared_controls::SharedControls;
use super::state::Ctx;
use crate::model::scenario::Indicator;
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let ctx = Ctx::from_address();
    let shown = move |i: Indicator| ctx.scenario.with(|s| s.show.has(i));
    view! {
        <HeaderBar ctx=ctx />
        <main id="main">
            <NoticeList ctx=ctx />
            <RealityCheck ctx=ctx />
            <SharedControls ctx=ctx />
            {Indicator::ALL
                .into_iter()
                .map(|i| view! {
                    <Show when=move || shown(i)>
                        <PathwayPanel ctx=ctx indicator=i />
                    </Show>
                })
                .collect_view()}
        </main>
        <PageFooter ctx=ctx />
    }
}
