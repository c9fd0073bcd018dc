use super::lazy_details::LazyDetails;
use super::source_marker::{Evidence, SourceMarker};
use crate::ui::state::Ctx;
use jinan_model::format;
use jinan_model::scenario::Indicator;
use jinan_model::text::{related_fact, verdict_reason};
use leptos::prelude::*;

/// Why the verdict on the indicator in front is what it is: the record's own figures, each with
/// its source, one click away.
#[component]
pub fn VerdictDetail(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let Some(v) = ctx.verdict(indicator) else {
        return ().into_any();
    };
    let code = indicator.code();
    let unit = indicator.unit();
    view! {
        <LazyDetails summary=w.evidence class="verdict-detail" testid=format!("evidence-{code}")>
            <p data-testid=format!("verdict-reason-{code}")>{verdict_reason(lang, v)}</p>
            <ul class="evidence-list">
                // The judged year's own figure, with its source (a third-party one says so).
                {v.point.as_ref().filter(|p| p.value.is_some()).map(|p| view! {
                    <li>
                        {jinan_model::text::record_line(lang, v)}
                        <SourceMarker ctx=ctx evidence=Evidence::from(p) />
                    </li>
                })}
                {v.point.as_ref().map(|p| {
                    [&p.lower, &p.upper]
                        .into_iter()
                        .flatten()
                        .map(|b| view! {
                            <li>
                                {jinan_model::text::pick(&b.note, lang).to_string()}
                                <SourceMarker ctx=ctx evidence=Evidence::from(b) />
                            </li>
                        })
                        .collect_view()
                })}
                {v.latest.map(|(y, x)| {
                    let p = indicator.series(ctx.data).point(y).cloned();
                    view! {
                        <li>
                            {format!("{y}: {}", format::quantity(lang, unit, x))}
                            {p.map(|p| view! { <SourceMarker ctx=ctx evidence=Evidence::from(&p) /> })}
                        </li>
                    }
                })}
                {v.related.iter().map(|f| view! {
                    <li class="related">
                        {related_fact(lang, f)}
                        <SourceMarker ctx=ctx evidence=Evidence::from(f) />
                    </li>
                }).collect_view()}
            </ul>
        </LazyDetails>
    }
    .into_any()
}
