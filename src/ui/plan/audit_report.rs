use crate::ui::shell::lazy_details::LazyDetails;
use crate::ui::state::Ctx;
use jinan_model::audit::{audit, Status};
use jinan_model::scenario::Lang;
use jinan_model::text::{all_checks, audit_headline, pick, section_words};
use leptos::prelude::*;

/// "How we checked the numbers": the source audit's report, the discrepancies with how the
/// dataset resolves them, and the scan misprints corrected.
#[component]
pub fn AuditReport(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let data = ctx.data;
    let w = section_words(lang);
    let report = audit(data);
    let checks = report.findings.len();
    let differ = report.discrepancies().count();
    let headline = audit_headline(lang, checks, differ);
    let discrepancies = report
        .discrepancies()
        .map(|f| {
            let how = match &f.status {
                Status::Differs {
                    resolution: Some(r),
                } => pick(&r.reason, lang).to_string(),
                _ => w.unresolved.into(),
            };
            view! { <li><strong>{f.describe(data, lang)}</strong><p>{how}</p></li> }
        })
        .collect_view();
    let corrections = data
        .corrections
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <td lang=Lang::Zh.tag()>{c.scanned.to_string()}</td>
                    <td lang=Lang::Zh.tag()>{c.corrected.to_string()}</td>
                    <td>{c.count}</td>
                    <td>{pick(&c.reason, lang).to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    let all = move || {
        let report = audit(data);
        report
            .findings
            .iter()
            .map(|f| {
                let mark = if f.differs() {
                    w.differs_resolved
                } else {
                    w.agrees
                };
                view! { <li>{format!("{mark}: {}", f.describe(data, lang))}</li> }
            })
            .collect_view()
    };
    let (heads, caption) = (w.corrections_heads, w.corrections_caption);
    view! {
        <section class="audit" aria-labelledby="audit-title" data-testid="audit">
            <h2 id="audit-title">{w.audit_title}</h2>
            <p data-testid="audit-headline">{headline}</p>
            <ul class="discrepancies">{discrepancies}</ul>
            <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
                <table>
                    <caption>{caption}</caption>
                    <thead><tr>{heads.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                    <tbody>{corrections}</tbody>
                </table>
            </div>
            <LazyDetails summary=all_checks(lang, checks)>
                <ul class="all-checks">{all()}</ul>
            </LazyDetails>
        </section>
    }
}
