use super::state::Ctx;
use crate::model::dataset::{Fact, Point, Reliability, Text};
use crate::model::embedded::dataset;
use crate::model::text::{pick, reliability};
use leptos::prelude::*;

/// Where a figure comes from: the source, the phrase quoted from it, and how far to trust it.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub source: Option<String>,
    pub quote: Option<String>,
    pub reliability: Reliability,
    pub note: Text,
}

impl From<&Point> for Evidence {
    fn from(p: &Point) -> Self {
        Evidence {
            source: p.source.clone(),
            quote: p.quote.clone(),
            reliability: p.reliability,
            note: p.note.clone(),
        }
    }
}

impl From<&Fact> for Evidence {
    fn from(f: &Fact) -> Self {
        Evidence {
            source: Some(f.source.clone()),
            quote: f.quote.clone(),
            reliability: f.reliability,
            note: f.note.clone(),
        }
    }
}

/// A small marker beside a recorded value that opens its source. A `<details>`: keyboard and
/// screen readers get it from the platform.
#[component]
pub fn SourceMarker(ctx: Ctx, evidence: Evidence) -> impl IntoView {
    let data = dataset();
    let source = evidence.source.as_deref().and_then(|id| data.source(id));
    let url = source.and_then(|s| s.url.clone());
    let title = source.map(|s| s.title.clone());
    let date = source.and_then(|s| s.date.clone());
    let Evidence {
        quote,
        reliability: rel,
        note,
        ..
    } = evidence;
    let lang = ctx.lang;
    view! {
        <details class="src" data-testid="source-marker">
            <summary aria-label=move || ctx.w().source title=move || ctx.w().source>
                <span aria-hidden="true">"ⓘ"</span>
            </summary>
            <div class="src-body">
                <p>
                    <strong>{move || ctx.w().source}": "</strong>
                    {move || title.as_ref().map(|t| pick(t, lang.get()).to_string()).unwrap_or_else(|| "—".into())}
                    {date.clone().map(|d| format!(" ({d})"))}
                </p>
                {quote.map(|q| view! {
                    <p>
                        <strong>{move || ctx.w().quoted}": "</strong>
                        <q lang="zh-CN">{q}</q>
                    </p>
                })}
                <p>
                    <strong>{move || ctx.w().reliability}": "</strong>
                    <span data-testid="reliability">{move || reliability(lang.get(), rel)}</span>
                </p>
                <Show when={
                    let note = note.clone();
                    move || !pick(&note, lang.get()).is_empty()
                }>
                    <p>{
                        let note = note.clone();
                        move || pick(&note, lang.get()).to_string()
                    }</p>
                </Show>
                {match url.clone() {
                    Some(u) => view! {
                        <p><a href=u.clone() target="_blank" rel="noopener noreferrer">{move || ctx.w().open_source}</a>" "<span class="url">{u.clone()}</span></p>
                    }.into_any(),
                    None => view! { <p class="muted">{move || ctx.w().no_url}</p> }.into_any(),
                }}
            </div>
        </details>
    }
}
