use crate::ui::shell::source_marker::{Evidence, SourceMarker};
use crate::ui::state::Ctx;
use jinan_model::dataset::OutcomeStatus;
use jinan_model::text::{pick, section_words, target_value};
use leptos::prelude::*;

/// Every quantified target of the plan in one table, with what is known of its outcome.
#[component]
pub fn TargetRegister(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let data = ctx.data;
    let w = section_words(lang);
    let rows = data
        .tasks
        .iter()
        .flat_map(|t| t.targets.iter().map(move |g| (t, g)))
        .map(|(t, g)| {
            let outcome = match g.outcome.status {
                OutcomeStatus::None => w.no_figure.to_string(),
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
    let (heads, caption) = (w.register_heads, w.register_caption);
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
