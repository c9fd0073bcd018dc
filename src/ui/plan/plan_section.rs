use super::areas_table::AreasTable;
use super::delivery_control::DeliveryControl;
use super::promise_tracker::PromiseTracker;
use super::task_browser::TaskBrowser;
use crate::chart::areas::areas_spec;
use crate::chart::Drawing;
use crate::ui::instrument::chart_canvas::ChartCanvas;
use crate::ui::state::Ctx;
use jinan_model::delivery::delivery;
use jinan_model::page::Section;
use jinan_model::text::{plan_intro, section_words};
use leptos::prelude::*;

fn areas_chart_height(width: f64) -> f64 {
    (width * 0.55).clamp(260.0, 420.0)
}

/// The plan: first its promises, kept or not (every quantified target with its status); then
/// its 1,301 projects: the ten areas by stage (chart and table), the delivery arithmetic, and
/// the 50 tasks.
#[component]
pub fn PlanSection(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = section_words(lang);
    let data = ctx.data;
    let back = Memo::new(move |_| Drawing::Areas(areas_spec(data, lang)));
    let front = Memo::new(|_| None::<Drawing>);
    // One computation for the table and the slider's summary, redone only when the share moves.
    let share = Memo::new(move |_| ctx.scenario.with(|s| s.delivery));
    let delivered = Memo::new(move |_| delivery(data, share.get()));
    let legend = ["stage-1", "stage-2", "stage-3"].into_iter().zip(w.stages);
    view! {
        <section class="projects" id=Section::Plan.id() aria-labelledby=Section::Plan.title_id() data-testid="projects">
            <h2 id=Section::Plan.title_id()>{w.plan_title}</h2>
            // The tracker says what happened: in predict mode it waits for Reveal.
            <Show when=move || ctx.reveal()>
                <PromiseTracker ctx=ctx />
            </Show>
            <p>{plan_intro(lang, data)}</p>
            <p class="chart-summary" id="summary-areas">{w.plan_chart_summary}</p>
            <ChartCanvas
                ctx=ctx
                back=back
                front=front
                testid="chart-areas".to_string()
                label=w.plan_chart_label.to_string()
                described_by="summary-areas".to_string()
                height=areas_chart_height
            />
            <ul class="legend">
                {legend.map(|(class, name)| view! {
                    <li><span class=format!("swatch fill-{class}") aria-hidden="true"></span>{name}</li>
                }).collect_view()}
            </ul>
            <AreasTable ctx=ctx delivered=delivered />
            <DeliveryControl ctx=ctx share=share delivered=delivered />
            <h3>{w.tasks_title}</h3>
            <TaskBrowser ctx=ctx />
        </section>
    }
}
