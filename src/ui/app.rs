use super::audit_report::AuditReport;
use super::compare_controls::CompareControls;
use super::compare_table::CompareTable;
use super::embed_credit::EmbedCredit;
use super::header_bar::HeaderBar;
use super::notice_list::NoticeList;
use super::page_footer::PageFooter;
use super::pathway_panel::PathwayPanel;
use super::platform;
use super::predict_panel::PredictPanel;
use super::preset_picker::PresetPicker;
use super::projects_section::ProjectsSection;
use super::reality_check::RealityCheck;
use super::share_panel::SharePanel;
use super::shared_controls::SharedControls;
use super::state::Ctx;
use jinan_model::scenario::Indicator;
use leptos::prelude::*;

/// The whole page. It is built for one language and rebuilt when the language changes: every
/// word is then a plain string rather than a reactive one, which keeps the wasm small, and the
/// scenario (the state that matters) lives outside in `Ctx`.
///
/// `embed=1` gives the compact widget: no header, reality check, share panel or footer, only the
/// chosen indicators and a line of credit; it reports its height to the page that frames it.
#[component]
pub fn App() -> impl IntoView {
    let ctx = Ctx::from_address();
    let (embed, predict) = ctx.scenario.with_untracked(|s| (s.embed, s.predict));
    if embed {
        platform::address::set_root_attribute("class", "embed");
        platform::embed::report_height();
    }
    let shown = move |i: Indicator| ctx.scenario.with(|s| s.show.has(i));
    let below_fold = RwSignal::new(false);
    request_animation_frame(move || {
        below_fold.set(true);
        // The embed stores nothing in the reader's browser; the full page keeps an offline copy.
        if !embed {
            platform::offline::register_offline_worker();
        }
    });
    // After a rebuild the language button that was pressed is gone: give focus to the new one.
    Effect::new(move |prev: Option<_>| {
        let lang = ctx.lang.get();
        if prev.is_some() {
            platform::screen::focus(&format!("[data-testid=lang-{}]", lang.code()));
        }
    });
    move || {
        let _rebuild = ctx.lang.get();
        let w = ctx.words();
        let panels = Indicator::ALL
            .into_iter()
            .map(|i| {
                view! {
                    <Show when=move || shown(i)>
                        <PathwayPanel ctx=ctx indicator=i />
                    </Show>
                }
            })
            .collect_view();
        let locked = ctx
            .locked()
            .then(|| view! { <p class="locked-note">{w.locked_note}</p> });
        if embed {
            view! {
                <main id="main" class="embed-main">
                    <NoticeList ctx=ctx />
                    {locked}
                    <SharedControls ctx=ctx />
                    {panels}
                    <EmbedCredit ctx=ctx />
                </main>
            }
            .into_any()
        } else {
            view! {
                <HeaderBar ctx=ctx />
                <main id="main">
                    <NoticeList ctx=ctx />
                    {locked}
                    {ctx.locked().then(|| view! { <EmbedCredit ctx=ctx /> })}
                    {predict.then(|| view! { <PredictPanel ctx=ctx /> })}
                    <Show when=move || ctx.reveal()>
                        <RealityCheck ctx=ctx />
                    </Show>
                    {(!ctx.locked()).then(|| view! {
                        <div class="scenarios">
                            <PresetPicker ctx=ctx />
                            <CompareControls ctx=ctx />
                        </div>
                    })}
                    <SharedControls ctx=ctx />
                    {panels}
                    <Show when=move || ctx.scenario.with(|s| s.b.is_some()) && ctx.reveal()>
                        <CompareTable ctx=ctx />
                    </Show>
                    // Below the fold and large: built once the first frame, with the charts, is up.
                    <Show when=move || below_fold.get()>
                        <SharePanel ctx=ctx />
                        <ProjectsSection ctx=ctx />
                        <AuditReport ctx=ctx />
                    </Show>
                </main>
                <PageFooter ctx=ctx />
            }
            .into_any()
        }
    }
}
