use super::header_bar::HeaderBar;
use super::notice_list::NoticeList;
use super::promises_link::PromisesLink;
use super::section_nav::{load_sections_when_near, SectionNav};
use super::takeover::Replaces;
use super::target_tabs::TargetTabs;
use crate::ui::instrument::indicator_panel::Instrument;
use crate::ui::instrument::predict_panel::PredictPanel;
use crate::ui::platform;
use crate::ui::state::{Ctx, Stage};
use crate::ui::widget::widget_card::Widget;
use leptos::prelude::*;

/// Mounts the first view at the start of `#app`, before the first screen built at build time,
/// which it takes over a part at a time (the sections mount beside it, into `#more`).
pub fn mount() {
    match platform::first_screen::live_root() {
        Some(el) => leptos::mount::mount_to(el, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}

/// The first view: the targets with their verdicts, and the instrument for the one in front
/// (or, with `embed=1`, the compact widget). It is built for one language and rebuilt when the
/// language changes: every word is a plain string rather than a reactive one, and the scenario
/// (the state that matters) lives outside in `Ctx`. It is built in stages, a task each
/// (`Stage`): the reader already sees the first screen, so the work can wait its turn.
#[component]
pub fn App() -> impl IntoView {
    let ctx = Ctx::from_address();
    let (embed, predict) = ctx.scenario.with_untracked(|s| (s.embed, s.predict));
    if embed {
        platform::address::set_root_attribute("class", "embed");
        platform::embed::report_height();
    }
    // Each stage, once built, makes way for the next in a task of its own.
    Effect::new(move |_| {
        let stage = ctx.stage.get();
        match stage.next() {
            Some(next) => {
                set_timeout(move || ctx.stage.set(next), std::time::Duration::ZERO);
            }
            None => {
                if !embed {
                    // The widget has no sections below, and keeps no offline copy.
                    load_sections_when_near(ctx);
                    // A printed chart has no disclosure to open: its key is printed open.
                    platform::more::before_print(|| {
                        platform::screen::open_details("details.chart-key")
                    });
                }
                platform::first_screen::mark_ready();
            }
        }
    });
    // After a rebuild the language button that was pressed is gone: give focus to the new one.
    Effect::new(move |prev: Option<_>| {
        let lang = ctx.lang.get();
        if prev.is_some() {
            platform::screen::focus(&format!("[data-testid=lang-{}]", lang.code()));
        }
    });
    let at = move |s: Stage| move || ctx.stage.get() >= s;
    move || {
        let _rebuild = ctx.lang.get();
        let w = ctx.words();
        if embed {
            return view! {
                <Widget ctx=ctx />
                <Replaces selector=".fs" />
            }
            .into_any();
        }
        let locked = ctx
            .locked()
            .then(|| view! { <p class="locked-note">{w.locked_note}</p> });
        view! {
            <a class="skip" href="#instrument">{w.skip_to_chart}</a>
            <HeaderBar ctx=ctx />
            <main id="main">
                <NoticeList ctx=ctx />
                {locked}
                {predict.then(|| view! { <PredictPanel ctx=ctx /> })}
                <section class="first-screen" aria-label=w.targets_label>
                    <TargetTabs ctx=ctx />
                    // Under the verdicts, what happened to every promise of the plan. It waits
                    // for Reveal in predict mode, as the tracker it opens does.
                    <Show when=move || ctx.reveal()>
                        <PromisesLink ctx=ctx />
                    </Show>
                    <Replaces selector=".fs-top, .fs-tabs" />
                    <Show when=at(Stage::Instrument)>
                        <Instrument ctx=ctx />
                    </Show>
                </section>
                <Show when=at(Stage::Instrument)>
                    <SectionNav ctx=ctx />
                    <Replaces selector=".fs" />
                </Show>
            </main>
        }
        .into_any()
    }
}
