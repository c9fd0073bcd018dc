use jinan_model::scenario::Lang;
use jinan_model::text::{verdict_badge, verdict_chance};
use jinan_model::verdict::TargetVerdict;
use leptos::prelude::*;

/// A headline target's verdict in words, with its chance where the outlook gives one: on the
/// page's tabs and on the widget's card alike. Its `data-value` is the status code (a testing
/// contract); `data-answer` hides it in predict mode until Reveal.
#[component]
pub fn VerdictBadge(lang: Lang, verdict: &'static TargetVerdict) -> impl IntoView {
    let v = verdict;
    view! {
        <span class=format!("verdict {}", v.verdict.code()) data-testid=format!("verdict-{}", v.indicator.code()) data-value=v.verdict.code() data-answer>
            {verdict_badge(lang, v)}
            {verdict_chance(lang, v).map(|c| view! { " " <span class="chance">{c}</span> })}
        </span>
    }
}
