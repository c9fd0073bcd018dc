use super::change_control::ChangeControl;
use super::chart_canvas::ChartCanvas;
use super::chart_legend::ChartLegend;
use super::chart_summary::ChartSummary;
use super::data_table::DataTable;
use super::export_buttons::ExportButtons;
use super::gdp_controls::GdpControls;
use super::math_panel::MathPanel;
use super::readout_list::ReadoutList;
use super::recorded_table::RecordedTable;
use super::source_marker::{Evidence, SourceMarker};
use super::start_capacity::StartCapacity;
use super::state::Ctx;
use crate::chart::pathway::pathway_spec;
use crate::chart::required::RequiredSpec;
use crate::chart::Drawing;
use crate::data::dataset;
use jinan_model::format;
use jinan_model::results::{required_by_start, target_of, TARGET_YEAR};
use jinan_model::scenario::{Indicator, Lang};
use jinan_model::text::{indicator_name, pick, target_line, words};
use leptos::prelude::*;

/// One headline target: its controls, readouts, chart, downloads and sources.
#[component]
pub fn PathwayPanel(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);
    let data = dataset();
    let code = indicator.code();
    let o = ctx.outlook(indicator);
    let b = ctx.outlook_b(indicator);

    let found = data.target(indicator.target_id());
    let task_no = found.map_or(0, |(t, _)| t.no);
    let target = found.map(|(_, g)| g.clone());
    let (value, year) = target.as_ref().map_or((f64::NAN, TARGET_YEAR), |g| {
        (g.value.unwrap_or(f64::NAN), g.year)
    });
    let sentence = target
        .as_ref()
        .map(|g| g.sentence.clone())
        .unwrap_or_default();
    let quote = target.map(|g| g.quote).unwrap_or_default();
    let has_base = Memo::new(move |_| o.with(|o| o.base.is_some()));
    let reveal = Memo::new(move |_| ctx.reveal());
    let guess = ctx.guesses[indicator as usize];

    // What the chart shows; a memo, so that it redraws only when this changes.
    let (from, to) = (ctx.from, ctx.to);
    let drawing = Memo::new(move |_| {
        let (to, from) = (to.get(), from.get());
        if has_base.get() {
            Drawing::Pathway(Box::new(o.with(|o| {
                b.with(|b| pathway_spec(data, o, b.as_ref(), lang, to, reveal.get(), guess.get()))
            })))
        } else {
            let (target, year) = target_of(data, indicator).unwrap_or((value, TARGET_YEAR));
            let rows = required_by_start(from, target, year, 5.0)
                .into_iter()
                .map(|(s, a, _)| (s, a))
                .collect();
            Drawing::Required(RequiredSpec { lang, rows })
        }
    });
    let testid = Signal::derive(move || {
        if has_base.get() {
            format!("chart-{code}")
        } else {
            "chart-re-required".into()
        }
    });
    let label = Signal::derive(move || {
        if has_base.get() {
            format!("{}: {}", indicator_name(lang, indicator), w.chart_label)
        } else {
            w.re_required_chart.to_string()
        }
    });

    let controls = match indicator {
        Indicator::Gdp => view! { <GdpControls ctx=ctx /> }.into_any(),
        _ => view! { <ChangeControl ctx=ctx indicator=indicator /> }.into_any(),
    };
    let start = (indicator == Indicator::Re).then(|| {
        view! {
            <Show when=move || !has_base.get()>
                <p class="prompt" data-testid="re-prompt">{w.re_no_base}</p>
            </Show>
            <StartCapacity ctx=ctx />
        }
    });
    // The recorded starting value, with its source; renewables start from the user's value.
    let base = Memo::new(move |_| o.with(|o| o.base.clone()));
    let base_line = move || {
        base.with(|base| {
            base.as_ref().map(|base| {
                // The recorded figure as it was published, and in the reader's units.
                let exact = format!("{}{}", format::trim(base.value, 2), format::data_unit(indicator.unit()));
                let v = format::quantity(lang, indicator.unit(), base.value);
                let text = match lang {
                    Lang::Zh => format!("起点：{}年 {exact}", base.year),
                    Lang::En => format!("Starting from {v} ({exact}) in {}", base.year),
                };
                let marker = base.point.as_ref().map(|p| view! { <SourceMarker ctx=ctx evidence=Evidence::from(p) /> });
                let assumed = base.point.is_none().then(|| view! { <span class="assumption">{w.your_assumption}</span> });
                view! {
                    <p class="base-line" data-testid=format!("base-{code}") data-value=base.value.to_string()>
                        {text}
                        {marker}
                        {assumed}
                    </p>
                }
            })
        })
    };
    let en_sentence =
        (lang == Lang::En).then(|| view! { <p class="translation">{sentence.en.to_string()}</p> });
    view! {
        <section class="panel" id=format!("panel-{code}") aria-labelledby=format!("title-{code}") data-testid=format!("panel-{code}")>
            <h2 id=format!("title-{code}")>{indicator_name(lang, indicator)}</h2>
            <p class="target">
                {target_line(lang, indicator, value, year)}
                <span class="task-ref">{format!(" · {} {}", w.task, task_no)}</span>
            </p>
            <details class="plan-words">
                <summary>{w.plan_sentence}</summary>
                <blockquote lang="zh-CN" data-quote=quote.to_string()>{sentence.zh.to_string()}</blockquote>
                {en_sentence}
            </details>
            <div class="panel-body">
                <div class="controls">
                    {start}
                    {controls}
                </div>
                <div>
                    {base_line}
                    <Show when=move || reveal.get()>
                        <ReadoutList ctx=ctx indicator=indicator />
                    </Show>
                </div>
            </div>
            <Show when=move || reveal.get()>
                <ChartSummary ctx=ctx indicator=indicator />
            </Show>
            <ChartCanvas ctx=ctx drawing=drawing testid=testid label=label described_by=format!("summary-{code}") />
            <Show when=move || has_base.get() && reveal.get()>
                <ChartLegend ctx=ctx indicator=indicator />
            </Show>
            <Show when=move || has_base.get() && reveal.get()>
                <DataTable ctx=ctx indicator=indicator />
                <MathPanel ctx=ctx indicator=indicator />
            </Show>
            <Show when=move || reveal.get()>
                <ExportButtons ctx=ctx indicator=indicator drawing=drawing />
            </Show>
            <Show when=move || reveal.get()>
                <RecordedTable ctx=ctx indicator=indicator />
            </Show>
            {(indicator == Indicator::Re).then(|| view! {
                <p class="muted small">{pick(&data.renewables_base.note, lang).to_string()}</p>
            })}
        </section>
    }
}
