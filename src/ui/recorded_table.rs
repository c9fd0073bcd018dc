use super::lazy_details::LazyDetails;
use super::source_marker::{Evidence, SourceMarker};
use super::state::Ctx;
use crate::data::dataset;
use jinan_model::dataset::Point;
use jinan_model::format;
use jinan_model::scenario::{Indicator, Lang};
use jinan_model::text::{pick, reliability, words};
use leptos::prelude::*;

/// Every recorded figure of an indicator, missing years included, each with its source.
#[component]
pub fn RecordedTable(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);
    let data = dataset();
    let series = indicator.series(data);
    let unit = indicator.unit();

    let points: &'static [Point] = &series.points;
    let rows = move || {
        points
        .iter()
        .map(|p| {
            let value = match (p.value, p.lower.as_ref().map(|b| b.value)) {
                (Some(v), _) => format::quantity(lang, unit, v),
                (None, Some(a)) => match lang {
                    Lang::Zh => format!("超过{}（预计）", format::quantity(Lang::Zh, unit, a)),
                    Lang::En => format!("above {} (estimate)", format::quantity(Lang::En, unit, a)),
                },
                (None, None) => w.missing.to_string(),
            };
            let rel = p.reliability;
            let note = p.note.clone();
            let evidence = Evidence::from(p);
            let has_source = p.source.is_some();
            view! {
                <tr>
                    <th scope="row">{p.year}</th>
                    <td data-testid=format!("recorded-{}-{}", indicator.code(), p.year) data-value=p.value.map(|v| v.to_string()).unwrap_or_default()>
                        {value}
                        {has_source.then(|| view! { <SourceMarker ctx=ctx evidence=evidence.clone() /> })}
                    </td>
                    <td>{reliability(lang, rel)}</td>
                    <td class="note">{pick(&note, lang).to_string()}</td>
                </tr>
            }
        })
        .collect_view()
    };
    view! {
        <LazyDetails summary=w.recorded_values class="recorded">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{w.year}</th>
                        <th scope="col">{w.value}</th>
                        <th scope="col">{w.reliability}</th>
                        <th scope="col"></th>
                    </tr>
                </thead>
                <tbody>{rows()}</tbody>
            </table>
        </LazyDetails>
    }
}
