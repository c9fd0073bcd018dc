use super::widget_footer::WidgetFooter;
use crate::chart::WIDGET_CHART;
use crate::ui::controls::change_control::ChangeControl;
use crate::ui::controls::deflator_control::DeflatorControl;
use crate::ui::controls::horizon_controls::HorizonControls;
use crate::ui::controls::real_growth_control::RealGrowthControl;
use crate::ui::controls::start_capacity::StartCapacity;
use crate::ui::instrument::chart_canvas::{ChartCanvas, FirstScreenWidths};
use crate::ui::instrument::chart_legend::ChartLegend;
use crate::ui::instrument::chart_summary::ChartSummary;
use crate::ui::instrument::draw_surface::DrawSurface;
use crate::ui::instrument::guess::Guess;
use crate::ui::instrument::guess_controls::GuessControls;
use crate::ui::instrument::indicator_panel::chart_drawings;
use crate::ui::shell::lazy_details::LazyDetails;
use crate::ui::shell::notice_list::NoticeList;
use crate::ui::shell::verdict_badge::VerdictBadge;
use crate::ui::state::{Ctx, Stage};
use jinan_model::format;
use jinan_model::scenario::Indicator;
use jinan_model::text::{chart_title, indicator_name, pace_label, path_label, widget_subtitle};
use leptos::prelude::*;

/// The chart's height in the widget ([`WIDGET_CHART`]).
fn widget_chart_height(width: f64) -> f64 {
    WIDGET_CHART.height(width)
}

/// The widget's chart in the first screen: in a frame 390 px wide (a phone's article) and 600 px
/// wide (a desktop's), less the card's 12-px sides.
const WIDGET_FIRST_SCREEN: FirstScreenWidths = &[(366, "narrow"), (576, "wide")];

/// One indicator's card: the question with its verdict (what the first screen shows for any
/// link), then what the scenario decides (`data-waits`).
#[component]
pub fn WidgetCard(
    ctx: Ctx,
    indicator: Indicator,
    tabbed: bool,
    #[prop(optional)] hidden: bool,
) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let code = indicator.code();
    let unit = indicator.unit();
    let o = ctx.outlook(indicator);
    let v = ctx.verdict(indicator);
    let has_base = Memo::new(move |_| o.with(|o| o.base.is_some()));
    let charts = chart_drawings(ctx, indicator);
    // Predict mode: the reader draws on the chart; what would give the answer away (the
    // subtitle, the readouts) waits for Reveal.
    let predict = ctx.scenario.with_untracked(|s| s.predict);
    let guess = predict.then(|| Guess::new(ctx, indicator));
    let reveal = Memo::new(move |_| ctx.reveal());
    let title = v
        .map(|v| chart_title(lang, indicator, v.target, v.year))
        .unwrap_or_default();
    let gdp_inputs = Memo::new(move |_| ctx.scenario.with(|s| (s.a.gdp, s.a.defl)));
    let subtitle = move || o.with(|o| widget_subtitle(lang, v, o, gdp_inputs.get()));
    let from = ctx.from;
    let control = move || match indicator {
        Indicator::Gdp => view! { <RealGrowthControl ctx=ctx /> }.into_any(),
        Indicator::Pop => view! { <ChangeControl ctx=ctx indicator=indicator /> }.into_any(),
        Indicator::Re => view! { <StartCapacity ctx=ctx /> }.into_any(),
    };
    view! {
        // A tab panel where tabs choose it (several indicators); an article on its own. ARIA
        // allows no tabpanel role on an <article>, so the panel is a div.
        <div class="card" role=tabbed.then_some("tabpanel") id="instrument" aria-labelledby=format!("title-{code}") data-testid=format!("panel-{code}") data-box="card" hidden=hidden>
            <h1 class="w-title" id=format!("title-{code}") data-box="w-title">
                {title}
                {v.map(|v| view! { <VerdictBadge lang=lang verdict=v /> })}
            </h1>
            // Only the live view has notices: after the title, so that the title stays where the
            // first screen showed it.
            <NoticeList ctx=ctx />
            {ctx.lock_forms().locked.then(|| view! { <p class="locked-note" data-lock=ctx.lock_forms().on()>{w.locked_note}</p> })}
            <div class="card-body" data-waits>
                <Show when=move || ctx.built(Stage::Panel)>
                <Show when=move || reveal.get() fallback=move || view! { <p class="w-sub">{w.predict_short}</p> }>
                <p class="w-sub" data-box="w-sub">{subtitle}</p>
                <dl class="readouts compact" aria-live="polite" data-box="readouts">
                    <div class="readout">
                        <dt>{move || pace_label(lang, o.with(|o| o.from_record.record.as_ref().map(|r| r.latest.0)))}</dt>
                        <dd data-testid=format!("reach-at-pace-{code}") data-value=move || o.with(|o| o.from_record.pace.as_ref().and_then(|p| p.reached).map(|y| y.to_string()).unwrap_or_default())>
                            {move || o.with(|o| match &o.from_record.pace {
                                Some(p) => p.reached.map(|y| y.to_string()).unwrap_or_else(|| w.not_reached.to_string()),
                                None => w.no_record.to_string(),
                            })}
                        </dd>
                    </div>
                    <div class="readout">
                        <dt>{move || path_label(lang, from.get(), o.with(|o| o.target_year))}</dt>
                        <dd data-testid=format!("projected-2025-{code}") data-value=move || o.with(|o| jinan_model::format::data_value(o.from_base.projected))>
                            {move || o.with(|o| o.from_base.projected.map(|p| format::quantity(lang, unit, p)).unwrap_or_else(|| w.none.to_string()))}
                        </dd>
                    </div>
                </dl>
                </Show>
                <ChartCanvas
                    ctx=ctx
                    back=charts.back
                    front=charts.front
                    testid=Signal::derive(move || if has_base.get() || predict { format!("chart-{code}") } else { "chart-re-required".into() })
                    label=format!("{}: {}", indicator_name(lang, indicator), w.chart_label)
                    described_by=format!("summary-{code}")
                    height=widget_chart_height
                    css_height=true
                    chart=code
                    picture=charts.picture
                    first_screen=WIDGET_FIRST_SCREEN
                >
                    {guess.map(|g| view! { <DrawSurface guess=g spec=charts.spec height=widget_chart_height /> })}
                </ChartCanvas>
                {guess.map(|g| view! { <GuessControls guess=g /> })}
                <div class="w-control" data-box="control" hidden=move || !reveal.get()>{control()}</div>
                </Show>
                <Show when=move || ctx.built(Stage::More)>
                <LazyDetails summary=w.settings_more class="w-more" testid="widget-more">
                    {match indicator {
                        Indicator::Gdp => view! { <DeflatorControl ctx=ctx /> }.into_any(),
                        Indicator::Re => view! { <ChangeControl ctx=ctx indicator=indicator /> }.into_any(),
                        Indicator::Pop => ().into_any(),
                    }}
                    <HorizonControls ctx=ctx />
                    <ChartLegend ctx=ctx spec=charts.spec />
                </LazyDetails>
                <div class="visually-hidden"><ChartSummary ctx=ctx indicator=indicator /></div>
                <WidgetFooter ctx=ctx indicator=indicator />
                </Show>
            </div>
        </div>
    }
}
