use crate::ui::shell::lazy_details::LazyDetails;
use crate::ui::shell::source_marker::{Evidence, SourceMarker};
use crate::ui::state::Ctx;
use jinan_model::dataset::Point;
use jinan_model::scenario::Indicator;
use jinan_model::text::{pick, recorded_value, reliability, section_words};
use leptos::prelude::*;

/// Every recorded figure of an indicator, missing years included, each with its source (and,
/// where only a range is known, each bound's).
#[component]
pub fn RecordedTable(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let sw = section_words(lang);
    let unit = indicator.unit();
    let points: &'static [Point] = &indicator.series(ctx.data).points;
    let code = indicator.code();
    let rows = move || {
        points
            .iter()
            .map(|p| {
                let markers = p
                    .source
                    .is_some()
                    .then(|| Evidence::from(p))
                    .into_iter()
                    .chain([&p.lower, &p.upper].into_iter().flatten().map(Evidence::from))
                    .map(|e| view! { <SourceMarker ctx=ctx evidence=e /> })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{p.year}</th>
                        <td data-testid=format!("recorded-{code}-{}", p.year) data-value=jinan_model::format::data_value(p.value)>
                            {recorded_value(lang, unit, p)}
                            {markers}
                        </td>
                        <td>{reliability(lang, p.reliability)}</td>
                        <td class="note">{pick(&p.note, lang).to_string()}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <LazyDetails summary=sw.recorded_values class="recorded" testid=format!("recorded-{code}")>
            // One region per indicator: each named for its indicator, so that none shares a name.
            <div class="table-scroll" tabindex="0" role="region" aria-label=format!("{}: {}", jinan_model::text::indicator_name(lang, indicator), sw.recorded_values)>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{w.year}</th>
                            <th scope="col">{w.value}</th>
                            <th scope="col">{w.reliability}</th>
                            <th scope="col"><span class="visually-hidden">{w.plan_sentence}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows()}</tbody>
                </table>
            </div>
        </LazyDetails>
    }
}
