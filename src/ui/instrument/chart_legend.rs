use crate::chart::pathway::{keys, PathwaySpec};
use crate::ui::state::Ctx;
use leptos::prelude::*;

/// The key's entries.
#[component]
pub fn ChartLegend(ctx: Ctx, spec: Memo<Option<PathwaySpec>>) -> impl IntoView {
    let w = ctx.words();
    let entries = Memo::new(move |_| spec.with(|s| s.as_ref().map(keys).unwrap_or_default()));
    view! {
        <ul class="legend" data-testid="legend">
            {move || {
                entries
                    .get()
                    .into_iter()
                    .map(|k| view! {
                        <li data-key=k.class()>
                            <span class=format!("swatch {}", k.class()) aria-hidden="true"></span>
                            {k.words(w)}
                        </li>
                    })
                    .collect_view()
            }}
        </ul>
    }
}
