use super::widget_card::WidgetCard;
use crate::ui::shell::target_tabs::TargetTabs;
use crate::ui::state::Ctx;
use jinan_model::scenario::Indicator;
use leptos::prelude::*;

/// The compact widget: tabs when it shows more than one indicator, then one card. At build
/// time, every indicator's card, the one in front shown (as the page's panels).
#[component]
pub fn Widget(ctx: Ctx) -> impl IntoView {
    let several = ctx
        .scenario
        .with_untracked(|s| Indicator::ALL.iter().filter(|&&i| s.show.has(i)).count() > 1);
    let cards = if ctx.at_build_time() {
        let front = ctx.focus.get_untracked();
        Indicator::ALL
            .into_iter()
            .map(|i| view! { <WidgetCard ctx=ctx indicator=i tabbed=several hidden=i != front /> })
            .collect_view()
            .into_any()
    } else {
        (move || {
            let i = ctx.focus.get();
            view! { <WidgetCard ctx=ctx indicator=i tabbed=several /> }
        })
        .into_any()
    };
    view! {
        <main id="main" class="widget">
            {several.then(|| view! { <TargetTabs ctx=ctx compact=true /> })}
            {cards}
        </main>
    }
}
