use super::lazy_details::LazyDetails;
use super::state::Ctx;
use crate::data::dataset;
use jinan_model::audit::{audit, Status};
use jinan_model::scenario::Lang;
use jinan_model::text::pick;
use leptos::prelude::*;

/// "How we checked the numbers": the source audit's report, the discrepancies with how the
/// dataset resolves them, and the scan misprints corrected.
#[component]
pub fn AuditReport(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let data = dataset();
    let report = audit(data);
    let zh = lang == Lang::Zh;
    let checks = report.findings.len();
    let differ = report.discrepancies().count();
    let headline = if zh {
        format!("我们核对了计划中所述的每一个合计，共{checks}项：各领域三类项目之和与领域总数、十大领域与文件总数、各部分重点工作数与所称数量、开篇摘要与全文逐项。发现{differ}处不一致，均已按下述方式处理。")
    } else {
        format!("We reconciled every total the plan states, {checks} checks in all: each area's three stages against its total, the ten areas against the document's totals, the tasks listed against the number each area announces, and the opening summary against the full text, field by field. We found {differ} discrepancies, each resolved as below.")
    };
    let discrepancies = report
        .discrepancies()
        .map(|f| {
            let how = match &f.status {
                Status::Differs {
                    resolution: Some(r),
                } => pick(&r.reason, lang).to_string(),
                _ => {
                    if zh {
                        "未处理".into()
                    } else {
                        "unresolved".into()
                    }
                }
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
                    <td lang="zh-CN">{c.scanned.to_string()}</td>
                    <td lang="zh-CN">{c.corrected.to_string()}</td>
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
                    if zh {
                        "不一致（已处理）"
                    } else {
                        "differs (resolved)"
                    }
                } else if zh {
                    "相符"
                } else {
                    "agrees"
                };
                view! { <li>{format!("{mark}: {}", f.describe(data, lang))}</li> }
            })
            .collect_view()
    };
    let heads: [&str; 4] = if zh {
        ["扫描原文", "更正为", "次数", "原因"]
    } else {
        ["Scanned", "Corrected", "Times", "Why"]
    };
    let caption = if zh {
        "扫描错字更正"
    } else {
        "Scan misprints corrected"
    };
    view! {
        <section class="audit" aria-labelledby="audit-title" data-testid="audit">
            <h2 id="audit-title">{if zh { "我们如何核对数字" } else { "How we checked the numbers" }}</h2>
            <p data-testid="audit-headline">{headline}</p>
            <ul class="discrepancies">{discrepancies}</ul>
            <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
                <table>
                    <caption>{caption}</caption>
                    <thead><tr>{heads.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                    <tbody>{corrections}</tbody>
                </table>
            </div>
            <LazyDetails summary=if zh { format!("全部{checks}项核对") } else { format!("All {checks} checks") }>
                <ul class="all-checks">{all()}</ul>
            </LazyDetails>
        </section>
    }
}
