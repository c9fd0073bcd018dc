use super::change_control::ChangeControl;
use super::chart_legend::ChartLegend;
use super::gdp_controls::GdpControls;
use super::pathway_chart::PathwayChart;
use super::readout_list::ReadoutList;
use super::recorded_table::RecordedTable;
use super::required_chart::RequiredChart;
use super::start_capacity::StartCapacity;
use super::state::Ctx;
use crate::model::embedded::dataset;
use crate::model::scenario::Indicator;
use crate::model::text::{indicator_name, pick, target_line, words};
use leptos::prelude::*;

/// One headline target: its controls, readouts, chart and sources.
#[component]
pub fn PathwayPanel(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);
    let data = dataset();
    let code = indicator.code();

    let found = data.target(indicator.target_id());
    let task_no = found.map_or(0, |(t, _)| t.no);
    let target = found.map(|(_, g)| g.clone());
    let (value, year) = target
        .as_ref()
        .map_or((f64::NAN, 2025), |g| (g.value.unwrap_or(f64::NAN), g.year));
    let sentence = target
        .as_ref()
        .map(|g| g.sentence.clone())
        .unwrap_or_default();
    let quote = target.map(|g| g.quote).unwrap_or_default();
    let has_base = move || {
        ctx.scenario
            .with(|s| indicator != Indicator::Re || s.re_base.is_some())
    };
    let controls = match indicator {
        Indicator::Gdp => view! { <GdpControls ctx=ctx /> }.into_any(),
        _ => view! { <ChangeControl ctx=ctx indicator=indicator /> }.into_any(),
    };
    let start = (indicator == Indicator::Re).then(|| {
        view! {
            <Show when=move || !has_base()>
                <p class="prompt" data-testid="re-prompt">{w.re_no_base}</p>
            </Show>
            <StartCapacity ctx=ctx />
        }
    });
    let en_sentence = sentence.en.clone();
    view! {
        <section class="panel" id=format!("panel-{code}") aria-labelledby=format!("title-{code}") data-testid=format!("panel-{code}")>
            <h2 id=format!("title-{code}")>{indicator_name(lang, indicator)}</h2>
            <p class="target">
                {move || target_line(lang, indicator, value, year)}
                <span class="task-ref">{format!(" · {} {}", w.task, task_no)}</span>
            </p>
            <details class="plan-words">
                <summary>{w.plan_sentence}</summary>
                <blockquote lang="zh-CN" data-quote=quote>{sentence.zh.clone()}</blockquote>
                <Show when=move || lang == crate::model::scenario::Lang::En>
                    <p class="translation">{en_sentence.clone()}</p>
                </Show>
            </details>
            <div class="panel-body">
                <div class="controls">
                    {start}
                    {controls}
                </div>
                <ReadoutList ctx=ctx indicator=indicator />
            </div>
            <Show
                when=has_base
                fallback=move || view! { <RequiredChart ctx=ctx /> }
            >
                <PathwayChart ctx=ctx indicator=indicator />
                <ChartLegend ctx=ctx indicator=indicator />
            </Show>
            <RecordedTable ctx=ctx indicator=indicator />
            {(indicator == Indicator::Re).then(|| view! {
                <p class="muted small">{pick(&data.renewables_base.note, lang).to_string()}</p>
            })}
        </section>
    }
}
