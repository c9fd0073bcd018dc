use super::areas_table::AreasTable;
use super::chart_canvas::ChartCanvas;
use super::delivery_control::DeliveryControl;
use super::state::Ctx;
use super::target_register::TargetRegister;
use super::task_browser::TaskBrowser;
use crate::chart::areas::areas_spec;
use crate::chart::Drawing;
use crate::data::dataset;
use jinan_model::delivery::delivery;
use jinan_model::format::Unit;
use jinan_model::format::{group, quantity};
use jinan_model::scenario::Lang;
use leptos::prelude::*;

/// The plan's 1,301 projects: the ten areas by stage (chart and table), the delivery
/// arithmetic, the 50 tasks, and the register of every quantified target.
#[component]
pub fn ProjectsSection(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let zh = lang == Lang::Zh;
    let data = dataset();
    let drawing = Memo::new(move |_| Drawing::Areas(areas_spec(data, lang)));
    // One computation for the table and the slider's summary, redone only when the share moves.
    let share = Memo::new(move |_| ctx.scenario.with(|s| s.delivery));
    let delivered = Memo::new(move |_| delivery(data, share.get()));
    let total: f64 = data.areas.iter().map(|a| a.total.investment).sum();
    let intro = if zh {
        format!("计划列出十大领域第一批{}个重点项目，总投资{}（文件称“超过2.4万亿元”），分为续建、2023年新开工和2024—2025年谋划储备三类。", data.plan.stated.projects.value, quantity(lang, Unit::Yi, total))
    } else {
        format!(
            "The plan lists a first batch of {} key projects in ten areas, {} of investment in all (the document says “over 2.4万亿元”), in three stages: continuing, new in 2023, and held in reserve for 2024–2025.",
            group(data.plan.stated.projects.value as u64),
            quantity(lang, Unit::Yi, total)
        )
    };
    let summary = if zh {
        "十大领域各阶段投资：深色为续建，中间色为2023年新开工，浅色为2024—2025年谋划储备；数字为合计。下表给出同样的数字。"
    } else {
        "Investment by area and stage: the darkest part is continuing projects, the middle new in 2023, the lightest the reserve for 2024–2025; the number is the total. The table below has the same figures."
    };
    let legend = [
        ("stage-1", if zh { "续建" } else { "continuing" }),
        (
            "stage-2",
            if zh {
                "2023年新开工"
            } else {
                "new in 2023"
            },
        ),
        (
            "stage-3",
            if zh {
                "谋划储备"
            } else {
                "reserve 2024–2025"
            },
        ),
    ];
    view! {
        <section class="projects" aria-labelledby="projects-title" data-testid="projects">
            <h2 id="projects-title">{if zh { "计划的项目" } else { "The plan's projects" }}</h2>
            <p>{intro}</p>
            <p class="chart-summary" id="summary-areas">{summary}</p>
            <ChartCanvas ctx=ctx drawing=drawing testid="chart-areas".to_string() label=(if zh { "十大领域投资图" } else { "Chart of investment by area" }).to_string() described_by="summary-areas".to_string() />
            <ul class="legend">
                {legend.into_iter().map(|(class, name)| view! {
                    <li><svg viewBox="0 0 28 10" aria-hidden="true"><rect x="4" y="0" width="20" height="10" class=format!("fill-{class}") /></svg>{name}</li>
                }).collect_view()}
            </ul>
            <AreasTable ctx=ctx delivered=delivered />
            <DeliveryControl ctx=ctx share=share delivered=delivered />
            <h3>{if zh { "50项重点工作" } else { "The 50 tasks" }}</h3>
            <TaskBrowser ctx=ctx />
            // The register says what happened: in predict mode it waits for Reveal.
            <Show when=move || ctx.reveal()>
                <h3>{if zh { "目标登记表" } else { "Register of targets" }}</h3>
                <TargetRegister ctx=ctx />
            </Show>
        </section>
    }
}
