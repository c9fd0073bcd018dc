use super::math_panel::MathPanel;
use super::page_footer::PageFooter;
use super::recorded_section::RecordedSection;
use super::scenarios_section::ScenariosSection;
use super::share_panel::SharePanel;
use crate::ui::plan::audit_report::AuditReport;
use crate::ui::plan::plan_section::PlanSection;
use crate::ui::platform;
use crate::ui::state::Ctx;
use leptos::prelude::*;

/// Mounts the sections into `#more`, beside the first view.
pub fn mount() {
    if let Some(el) = platform::html_element("more") {
        leptos::mount::mount_to(el, Sections).forget();
    }
}

/// How many sections there are: each is built in a task of its own.
const SECTIONS: usize = 5;

/// The sections, built one task at a time (each a short one) so that the browser stays free to
/// answer the reader in between; rebuilt when the language changes.
#[component]
pub fn Sections() -> impl IntoView {
    let ctx = Ctx::following_first_view();
    let built = RwSignal::new(0usize);
    fn next(built: RwSignal<usize>) {
        set_timeout(
            move || {
                built.update(|b| *b += 1);
                if built.get_untracked() < SECTIONS {
                    next(built);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    next(built);
    let at = move |k: usize| move || built.get() > k;
    move || {
        let _rebuild = ctx.lang.get();
        view! {
            <div class="sections" data-testid="sections">
                <Show when=at(0)><RecordedSection ctx=ctx /></Show>
                <Show when=at(1)><ScenariosSection ctx=ctx /></Show>
                <Show when=at(2)><MathPanel ctx=ctx /></Show>
                <Show when=at(3)>
                    <PlanSection ctx=ctx />
                    <AuditReport ctx=ctx />
                </Show>
                <Show when=at(4)>
                    <SharePanel ctx=ctx />
                    <PageFooter ctx=ctx />
                </Show>
            </div>
        }
    }
}
