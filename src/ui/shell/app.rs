use super::header_bar::HeaderBar;
use super::notice_list::NoticeList;
use super::promises_link::PromisesLink;
use super::section_nav::SectionNav;
use super::target_tabs::TargetTabs;
use crate::ui::instrument::front_panel::Instrument;
use crate::ui::instrument::predict_panel::PredictPanel;
use crate::ui::platform;
use crate::ui::state::{Ctx, Stage};
use crate::ui::widget::widget_page::Widget;
use leptos::prelude::*;

/// The first view: the targets with their verdicts, and the instrument for the one in front
/// (or, with `embed=1`, the compact widget). The same component renders the first screen at
/// build time and the live view in the browser (`Ctx::render`); it asks nothing of the browser
/// while it is built. It is built for one language and rebuilt when the language changes: every
/// word is a plain string rather than a reactive one, and the scenario (the state that matters)
/// lives outside in `Ctx`.
///
/// What the first screen can show for any link comes first (the header, the targets' tabs);
/// what depends on the scenario follows (`data-waits`: the first screen keeps its place unseen
/// where the link sets a scenario the build could not know), so that nothing the reader saw
/// before the program moves when it arrives. Notices, the locked note and predict mode, which
/// only the live view can have, come after the tabs for the same reason.
#[component]
pub fn App(ctx: Ctx) -> impl IntoView {
    let predict = ctx.scenario.with_untracked(|s| s.predict);
    let embed = ctx.scenario.with_untracked(|s| s.embed);
    // After a rebuild the language button that was pressed is gone: give focus to the new one.
    Effect::new(move |prev: Option<_>| {
        let lang = ctx.lang.get();
        if prev.is_some() {
            platform::screen::focus(&format!("[data-testid=lang-{}]", lang.code()));
        }
    });
    let at = move |s: Stage| move || ctx.built(s);
    move || {
        let _rebuild = ctx.lang.get();
        let w = ctx.words();
        if embed {
            return view! { <Widget ctx=ctx /> }.into_any();
        }
        let forms = ctx.lock_forms();
        let locked = forms
            .locked
            .then(|| view! { <p class="locked-note" data-lock=forms.on()>{w.locked_note}</p> });
        view! {
            <a class="skip" href="#instrument">{w.skip_to_chart}</a>
            <HeaderBar ctx=ctx />
            <main id="main">
                <section class="first-screen" aria-label=w.targets_label>
                    <TargetTabs ctx=ctx />
                    // Under the verdicts, what happened to every promise of the plan. It waits
                    // for Reveal in predict mode, as the tracker it opens does.
                    <Show when=move || ctx.reveal()>
                        <PromisesLink ctx=ctx />
                    </Show>
                    <NoticeList ctx=ctx />
                    {locked}
                    {predict.then(|| view! { <PredictPanel ctx=ctx /> })}
                    <Show when=at(Stage::Panel)>
                        <Instrument ctx=ctx />
                    </Show>
                </section>
                <Show when=at(Stage::More)>
                    <SectionNav ctx=ctx />
                </Show>
            </main>
        }
        .into_any()
    }
}
