use crate::ui::state::Ctx;
use jinan_model::dataset::{Bound, Fact, Point, Reliability, Statement, Str, Text};
use jinan_model::scenario::Lang;
use jinan_model::text::{pick, reliability, words};
use leptos::prelude::*;

/// Where a figure comes from: the source, the phrase quoted from it, and how far to trust it.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub source: Option<Str>,
    pub quote: Option<Str>,
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

impl From<&Bound> for Evidence {
    fn from(b: &Bound) -> Self {
        Evidence {
            source: Some(b.source.clone()),
            quote: b.quote.clone(),
            reliability: b.reliability,
            note: b.note.clone(),
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

impl From<&Statement> for Evidence {
    fn from(s: &Statement) -> Self {
        Evidence {
            source: Some(s.source.clone()),
            quote: Some(s.quote.clone()),
            reliability: s.reliability,
            note: s.note.clone(),
        }
    }
}

/// A small marker beside a recorded value that opens its source. A `<details>`: keyboard and
/// screen readers get it from the platform.
#[component]
pub fn SourceMarker(ctx: Ctx, evidence: Evidence) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);
    let data = ctx.data;
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
    let title = title
        .map(|t| pick(&t, lang).to_string())
        .unwrap_or_else(|| "—".into());
    let note = pick(&note, lang).to_string();
    view! {
        <details class="src" data-testid="source-marker">
            <summary aria-label=w.source title=w.source>
                <span aria-hidden="true">"ⓘ"</span>
            </summary>
            <div class="src-body">
                <p>
                    <strong>{w.source}": "</strong>
                    {title}
                    {date.map(|d| format!(" ({d})"))}
                </p>
                {quote.map(|q| view! {
                    <p>
                        <strong>{w.quoted}": "</strong>
                        <q lang=Lang::Zh.tag()>{q}</q>
                    </p>
                })}
                <p>
                    <strong>{w.reliability}": "</strong>
                    <span data-testid="reliability">{reliability(lang, rel)}</span>
                </p>
                {(!note.is_empty()).then(|| view! { <p>{note}</p> })}
                {match url {
                    Some(u) => view! {
                        <p><a href=u.clone() target="_blank" rel="noopener noreferrer">{w.open_source}</a>" "<span class="url">{u.clone()}</span></p>
                    }.into_any(),
                    None => view! { <p class="muted">{w.no_url}</p> }.into_any(),
                }}
            </div>
        </details>
    }
}
