use super::chart_canvas::ChartCanvas;
use super::state::Ctx;
use crate::chart::pathway::{draw_pathway, pathway_spec};
use crate::model::embedded::dataset;
use crate::model::scenario::Indicator;
use crate::model::text::{indicator_name, words};
use leptos::prelude::*;

/// The pathway chart of one indicator. Its spec is a memo of this indicator's outlook, so a
/// slider of another indicator does not redraw it.
#[component]
pub fn PathwayChart(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);
    let o = ctx.outlook(indicator);
    let b = ctx.outlook_b(indicator);
    let to = Memo::new(move |_| ctx.scenario.with(|s| s.to));
    let spec = Memo::new(move |_| {
        let (lang, last) = (lang, to.get());
        o.with(|o| b.with(|b| pathway_spec(dataset(), o, b.as_ref(), lang, last, true, None)))
    });
    view! {
        <ChartCanvas
            ctx=ctx
            testid=format!("chart-{}", indicator.code())
            label=format!("{}: {}", indicator_name(lang, indicator), w.chart_label)
            draw=move |root, scale, pal| spec.with(|s| draw_pathway(root, s, pal, scale))
        />
    }
}
