use super::browser;
use super::header_bar::HeaderBar;
use super::notice_list::NoticeList;
use super::page_footer::PageFooter;
use super::pathway_panel::PathwayPanel;
use super::reality_check::RealityCheck;
use super::shared_controls::SharedControls;
use super::state::Ctx;
use crate::model::scenario::Indicator;
use leptos::prelude::*;

/// The whole page. It is built for one language and rebuilt when the language changes: every
/// word is then a plain string rather than a reactive one, which keeps the wasm small, and the
/// scenario (the state that matters) lives outside in `Ctx`.
#[component]
pub fn App() -> impl IntoView {
    let ctx = Ctx::from_address();
    let shown = move |i: Indicator| ctx.scenario.with(|s| s.show.has(i));
    // After a rebuild the language button that was pressed is gone: give focus to the new one.
    Effect::new(move |prev: Option<_>| {
        let lang = ctx.lang.get();
        if prev.is_some() {
            browser::focus(&format!("[data-testid=lang-{}]", lang.code()));
        }
    });
    move || {
        let _rebuild = ctx.lang.get();
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
}
