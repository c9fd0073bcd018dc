use super::chart_canvas::{ChartCanvas, FirstScreenWidths};
use super::chart_key::ChartKey;
use super::chart_summary::ChartSummary;
use super::data_table::DataTable;
use super::draw_surface::DrawSurface;
use super::guess::Guess;
use super::guess_controls::GuessControls;
use super::more_readouts::MoreReadouts;
use super::readouts::Readouts;
use crate::chart::pathway::{pathway_spec, PathwaySpec};
use crate::chart::PAGE_CHART;
use crate::chart::{required_spec, Drawing};
use crate::ui::controls::change_control::ChangeControl;
use crate::ui::controls::deflator_control::DeflatorControl;
use crate::ui::controls::horizon_controls::HorizonControls;
use crate::ui::controls::real_growth_control::RealGrowthControl;
use crate::ui::controls::start_capacity::StartCapacity;
use crate::ui::shell::lazy_details::LazyDetails;
use crate::ui::shell::verdict_detail::VerdictDetail;
use crate::ui::state::{Ctx, Stage};
use jinan_model::scenario::{to_query, Indicator, Lang, Scenario, Show, Theme};
use jinan_model::text::{indicator_name, pick};
use leptos::prelude::*;

/// The chart's height on the full page ([`PAGE_CHART`]).
pub fn page_chart_height(width: f64) -> f64 {
    PAGE_CHART.height(width)
}

/// The page's chart in the first screen: on a 390-px phone (less the page's 16-px sides), and on
/// a desktop as wide as the page's column allows (1240 px less the sides, the controls' 300-px
/// column and the 24-px gap). Between the two the picture is scaled until the wasm draws.
pub const PAGE_FIRST_SCREEN: FirstScreenWidths = &[(358, "narrow"), (884, "wide")];

/// What a pathway chart of an indicator shows: the frame (back layer) and the lines (front),
/// each a memo, so that a slider move reaches only the front.
pub fn chart_drawings(ctx: Ctx, indicator: Indicator) -> ChartMemos {
    let lang = ctx.lang_now();
    let o = ctx.outlook(indicator);
    let b = ctx.outlook_b(indicator);
    let has_base = Memo::new(move |_| o.with(|o| o.base.is_some()));
    let reveal = Memo::new(move |_| ctx.reveal());
    // A line is drawn only in predict mode: the reader's, from the scenario.
    let predict = ctx.scenario.with_untracked(|s| s.predict);
    let drawn =
        Memo::new(move |_| predict.then(|| ctx.scenario.with(|s| s.drawn(indicator).clone())));
    let (from, to) = (ctx.from, ctx.to);
    let data = ctx.data;
    // In predict mode a chart without a record to start from is drawn on all the same.
    let spec = Memo::new(move |_| {
        (has_base.get() || predict).then(|| {
            o.with(|o| {
                b.with(|b| {
                    pathway_spec(
                        data,
                        o,
                        b.as_ref(),
                        lang,
                        to.get(),
                        reveal.get(),
                        drawn.get().as_ref(),
                    )
                })
            })
        })
    });
    let back = Memo::new(move |_| {
        spec.with(|spec| match spec {
            Some(spec) => Drawing::PathwayFrame(Box::new(spec.frame.clone())),
            None => Drawing::Required(required_spec(data, indicator, from.get(), lang)),
        })
    });
    let front = Memo::new(move |_| {
        spec.with(|spec| {
            spec.as_ref()
                .map(|spec| Drawing::PathwayLines(Box::new(spec.clone())))
        })
    });
    // Read once, when the first screen's picture of this chart may stand in for it.
    let picture = Signal::derive(move || {
        let s = ctx.scenario.get_untracked();
        picture_key(&s, lang, indicator, ctx.reveal())
    });
    ChartMemos {
        spec,
        back,
        front,
        picture,
    }
}

/// What identifies the picture `chart_drawings` makes: everything it reads (the scenario as a
/// link writes it, the drawn lines too, less what only chooses what is on show; the language;
/// the indicator; whether the answers are shown), fingerprinted. Equal keys, the same picture:
/// the take-over keeps the first screen's chart when its key is the live one's.
fn picture_key(s: &Scenario, lang: Lang, indicator: Indicator, reveal: bool) -> String {
    let drawn = Scenario {
        lang: Some(lang),
        theme: Theme::Auto,
        embed: false,
        lock: false,
        show: Show::default(),
        focus: Indicator::Gdp,
        ..s.clone()
    };
    crate::chart::fingerprint(&format!(
        "{}|{}|{reveal}",
        to_query(&drawn),
        indicator.code()
    ))
}

/// An indicator's chart as memos: the whole spec (for the key), the frame and the lines, and
/// what identifies its picture.
#[derive(Clone, Copy)]
pub struct ChartMemos {
    pub spec: Memo<Option<PathwaySpec>>,
    pub back: Memo<Drawing>,
    pub front: Memo<Option<Drawing>>,
    pub picture: Signal<String>,
}

/// One indicator's panel: its main control, its headline readouts and its chart, then what
/// explains them (the chart's words and key, the numbers, the evidence, the plan's sentence).
#[component]
pub fn IndicatorPanel(
    ctx: Ctx,
    indicator: Indicator,
    /// Out of sight (the first screen's panels that are not in front).
    #[prop(optional)]
    hidden: bool,
) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let code = indicator.code();
    let o = ctx.outlook(indicator);
    let has_base = Memo::new(move |_| o.with(|o| o.base.is_some()));
    let reveal = Memo::new(move |_| ctx.reveal());
    let charts = chart_drawings(ctx, indicator);
    let predict = ctx.scenario.with_untracked(|s| s.predict);
    let guess = predict.then(|| Guess::new(ctx, indicator));
    let testid = Signal::derive(move || {
        if has_base.get() || predict {
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
    // The main control sits by the readouts (beside them on a desktop, under the chart on a
    // phone); the rest of the settings follow.
    let main_control = match indicator {
        Indicator::Gdp => view! { <RealGrowthControl ctx=ctx /> }.into_any(),
        Indicator::Pop => view! { <ChangeControl ctx=ctx indicator=indicator /> }.into_any(),
        Indicator::Re => view! {
            <StartCapacity ctx=ctx />
            <ChangeControl ctx=ctx indicator=indicator />
        }
        .into_any(),
    };
    let target = ctx
        .data
        .target(indicator.target_id())
        .map(|(_, g)| g.clone());
    let sentence = target
        .as_ref()
        .map(|g| g.sentence.clone())
        .unwrap_or_default();
    let quote = target.map(|g| g.quote).unwrap_or_default();
    // Kept where the panel's later parts can read them however often they are rebuilt.
    let (sentence, quote) = (StoredValue::new(sentence), StoredValue::new(quote));
    view! {
        <div
            role="tabpanel"
            id="instrument"
            class="instrument"
            aria-labelledby=format!("tab-{code}")
            data-testid=format!("panel-{code}")
            data-box="instrument"
            data-waits
            hidden=hidden
        >
            <div class="inst-readouts">
                <Show when=move || reveal.get()>
                    <Readouts ctx=ctx indicator=indicator />
                </Show>
                <Show when=move || !has_base.get()>
                    <p class="prompt" data-testid="re-prompt">{w.re_no_base}</p>
                </Show>
            </div>
            <div class="inst-control" role="group" aria-label=w.controls_label data-box="control">{main_control}</div>
            <div class="inst-chart">
                <ChartCanvas
                    ctx=ctx
                    back=charts.back
                    front=charts.front
                    testid=testid
                    label=label
                    described_by=format!("summary-{code}")
                    height=page_chart_height
                    css_height=true
                    chart=code
                    picture=charts.picture
                    first_screen=PAGE_FIRST_SCREEN
                >
                    {guess.map(|g| view! { <DrawSurface guess=g spec=charts.spec height=page_chart_height /> })}
                </ChartCanvas>
                <ChartKey ctx=ctx spec=charts.spec />
                {guess.map(|g| view! { <GuessControls guess=g /> })}
            </div>
            <div class="inst-side">
                <Show when=move || ctx.built(Stage::More)>
                    {(indicator == Indicator::Gdp).then(|| view! { <DeflatorControl ctx=ctx /> })}
                    <HorizonControls ctx=ctx />
                </Show>
            </div>
            <div class="inst-more">
                <Show when=move || ctx.built(Stage::More)>
                    <Show when=move || reveal.get()>
                        <MoreReadouts ctx=ctx indicator=indicator />
                    </Show>
                    <Show when=move || reveal.get()>
                        <ChartSummary ctx=ctx indicator=indicator />
                    </Show>
                    <Show when=move || reveal.get()>
                        <VerdictDetail ctx=ctx indicator=indicator />
                    </Show>
                    <Show when=move || has_base.get() && reveal.get()>
                        <DataTable ctx=ctx indicator=indicator />
                    </Show>
                    <LazyDetails summary=w.plan_sentence class="plan-words">
                        <blockquote lang=Lang::Zh.tag() data-quote=quote.with_value(|q| q.to_string())>{sentence.with_value(|s| s.zh.to_string())}</blockquote>
                        {(lang == Lang::En).then(|| view! { <p class="translation">{sentence.with_value(|s| s.en.to_string())}</p> })}
                    </LazyDetails>
                    {(indicator == Indicator::Re).then(|| view! {
                        <p class="muted small">{pick(&ctx.data.renewables_base.note, lang).to_string()}</p>
                    })}
                </Show>
            </div>
        </div>
    }
}
