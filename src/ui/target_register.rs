use super::source_marker::{Evidence, SourceMarker};
use super::state::Ctx;
use crate::data::dataset;
use jinan_model::dataset::OutcomeStatus;
use jinan_model::scenario::Lang;
use jinan_model::text::{pick, target_value};
use leptos::prelude::*;

/// Every quantified target of the plan in one table, with what is known of its outcome.
#[component]
pub fn TargetRegister(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let data = dataset();
    let rows = data
        .tasks
        .iter()
        .flat_map(|t| t.targets.iter().map(move |g| (t, g)))
        .map(|(t, g)| {
            let outcome = match g.outcome.status {
                OutcomeStatus::None => {
                    if lang == Lang::Zh {
                        "未找到数据".to_string()
                    } else {
                        "no figure found".to_string()
                    }
                }
                OutcomeStatus::Partial => pick(&g.outcome.note, lang).to_string(),
            };
            let markers = g
                .outcome
                .facts
                .iter()
                .filter_map(|f| data.fact_by_key(f))
                .map(|f| view! { <SourceMarker ctx=ctx evidence=Evidence::from(f) /> })
                .collect_view();
            view! {
                <tr data-testid=format!("register-{}", g.id)>
                    <td>{format!("({})", t.numeral)}</td>
                    <th scope="row">{pick(&g.what, lang).to_string()}</th>
                    <td>{target_value(lang, g)}</td>
                    <td>{g.year}</td>
                    <td>{outcome}{markers}</td>
                </tr>
            }
        })
        .collect_view();
    let heads: [&str; 5] = match lang {
        Lang::Zh => ["任务", "目标", "数值", "年份", "已知结果"],
        Lang::En => [
            "Task",
            "Target",
            "Value",
            "Year",
            "What is known of the outcome",
        ],
    };
    let caption = if lang == Lang::Zh {
        "目标登记表：计划中每一个量化目标"
    } else {
        "Register of targets: every quantified target of the plan"
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
            <table data-testid="register">
                <caption>{caption}</caption>
                <thead><tr>{heads.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
