use super::record_glance::RecordGlance;
use crate::chart::glance::glance_spec;
use crate::ui::shell::lazy_details::LazyDetails;
use crate::ui::shell::source_marker::{Evidence, SourceMarker};
use crate::ui::state::Ctx;
use jinan_model::scenario::Lang;
use jinan_model::status::{records_of, Assessed, Decision};
use jinan_model::text::{
    context_words, pick, record_words, related_fact, status_mark, status_name, status_reason,
    target_value, target_year, tracker_words,
};
use leptos::prelude::*;

/// One target of the tracker: its task, the plan's words, its year, its status in words (a mark
/// beside them, never colour alone) and, one click away, why: the sentence built from the
/// record, the record with its sources, what was said that does not settle it, related figures.
#[component]
pub fn PromiseRow(ctx: Ctx, item: &'static Assessed<'static>) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = tracker_words(lang);
    let data = ctx.data;
    let (task, t, a) = (item.task, item.target, &item.assessment);
    let code = a.status.code();
    let area = data
        .areas
        .iter()
        .find(|x| x.no == task.area)
        .map(|x| pick(&x.short, lang).to_string())
        .unwrap_or_default();
    let glance = glance_spec(lang, t, a.year, records_of(data, t));
    let record = match &a.decision {
        Decision::Record { point, .. } => Some(&**point),
        _ => a.latest.as_ref(),
    };
    view! {
        <tr data-testid=format!("status-{}", t.id) data-value=code data-area=task.area.to_string()>
            <td>
                {format!("({}) {}", task.numeral, pick(&task.title, lang))}
                <span class="muted small block">{area}</span>
            </td>
            <th scope="row">
                {pick(&t.what, lang).to_string()}
                <span class="block">{target_value(lang, t)}</span>
                <q lang=Lang::Zh.tag() class="plan-quote small">{t.quote.to_string()}</q>
            </th>
            <td>{target_year(lang, t)}</td>
            <td>
                <span class=format!("verdict {code}")>
                    <span aria-hidden="true">{status_mark(a.status)}" "</span>
                    {status_name(lang, a.status)}
                </span>
                {glance.map(|spec| view! { <RecordGlance ctx=ctx target=t spec=spec /> })}
            </td>
            <td>
                <LazyDetails summary=w.evidence class="promise-evidence" testid=format!("promise-evidence-{}", t.id)>
                    <p data-testid=format!("promise-reason-{}", t.id)>{status_reason(lang, t, a)}</p>
                    {record.map(|p| {
                        let markers = p
                            .source
                            .is_some()
                            .then(|| view! { <SourceMarker ctx=ctx evidence=Evidence::from(p) /> });
                        let bounds = [&p.lower, &p.upper]
                            .into_iter()
                            .flatten()
                            .map(|b| view! { <SourceMarker ctx=ctx evidence=Evidence::from(b) /> })
                            .collect_view();
                        view! {
                            // A div: a source marker is a <details>, which a <p> may not hold.
                            <div class="promise-record">
                                <strong>{w.record}{w.colon}</strong>
                                {record_words(lang, t, p)}
                                {markers}
                                {bounds}
                            </div>
                        }
                    })}
                    {(!a.context.is_empty()).then(|| view! {
                        <p class="small"><strong>{w.context}</strong></p>
                        <ul class="evidence-list">
                            {a.context.iter().map(|s| view! {
                                <li>{context_words(lang, s)}<SourceMarker ctx=ctx evidence=Evidence::from(s) /></li>
                            }).collect_view()}
                        </ul>
                    })}
                    {(!t.outcome.facts.is_empty()).then(|| view! {
                        <p class="small"><strong>{w.related}</strong></p>
                        <ul class="evidence-list">
                            {t.outcome.facts.iter().filter_map(|f| data.fact_by_key(f)).map(|f| view! {
                                <li class="related">{related_fact(lang, f)}<SourceMarker ctx=ctx evidence=Evidence::from(f) /></li>
                            }).collect_view()}
                        </ul>
                    })}
                </LazyDetails>
            </td>
        </tr>
    }
}
