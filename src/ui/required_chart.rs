use super::chart_canvas::ChartCanvas;
use super::state::Ctx;
use crate::chart::required::{draw_required, RequiredSpec};
use crate::model::embedded::dataset;
use crate::model::results::{required_by_start, target_of, TARGET_YEAR};
use crate::model::scenario::Indicator;
use crate::model::text::words;
use leptos::prelude::*;

/// For renewables before a starting capacity is given: the yearly addition the target needs
/// from every start between zero and the target.
#[component]
pub fn RequiredChart(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);
    let from = Memo::new(move |_| ctx.scenario.with(|s| s.from));
    let spec = Memo::new(move |_| {
        let (target, year) = target_of(dataset(), Indicator::Re).unwrap_or((430.0, TARGET_YEAR));
        let rows = required_by_start(from.get(), target, year, 5.0)
            .into_iter()
            .map(|(s, a, _)| (s, a))
            .collect();
        RequiredSpec { lang, rows }
    });
    view! {
        <ChartCanvas
            ctx=ctx
            testid="chart-re-required".to_string()
            label=w.re_required_chart.to_string()
            draw=move |root, scale, pal| spec.with(|s| draw_required(root, s, pal, scale))
        />
    }
}
