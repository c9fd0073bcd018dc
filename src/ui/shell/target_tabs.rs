use super::verdict_badge::VerdictBadge;
use crate::ui::state::Ctx;
use jinan_model::scenario::Indicator;
use jinan_model::text::{record_line, short_name, tab_target};
use leptos::prelude::*;

/// The plan's targets as tabs, each with its verdict from the record: choosing one brings it to
/// the front (and into the link, as `focus`). Arrow keys move between them, as in any tab list.
/// `compact` is the widget's form: names and verdicts only.
#[component]
pub fn TargetTabs(ctx: Ctx, #[prop(optional)] compact: bool) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let s = ctx.scenario;
    let shown: Vec<Indicator> = s.with_untracked(|s| {
        Indicator::ALL
            .into_iter()
            .filter(|&i| s.show.has(i))
            .collect()
    });
    let order = shown.clone();
    let choose = move |i: Indicator, with_focus: bool| {
        s.update(|s| s.focus = i);
        if with_focus {
            crate::ui::platform::screen::focus(&format!("#tab-{}", i.code()));
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let now = ctx.focus.get_untracked();
        let at = order.iter().position(|&i| i == now).unwrap_or(0);
        let n = order.len();
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => (at + 1) % n,
            "ArrowLeft" | "ArrowUp" => (at + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            _ => return,
        };
        ev.prevent_default();
        choose(order[next], true);
    };
    let tabs = shown
        .into_iter()
        .map(|i| {
            let code = i.code();
            let v = ctx.verdict(i);
            let selected = move || ctx.focus.get() == i;
            let badge = v.map(|v| view! { <VerdictBadge lang=lang verdict=v /> });
            let details = (!compact).then(|| {
                v.map(|v| {
                    view! {
                        <span class="tab-target">{tab_target(lang, i, v.target, v.year)}</span>
                        <span class="tab-record" data-answer>{record_line(lang, v)}</span>
                    }
                })
            });
            view! {
                <button
                    type="button"
                    role="tab"
                    class="tab"
                    id=format!("tab-{code}")
                    data-testid=format!("tab-{code}")
                    data-box=format!("tab-{code}")
                    aria-selected=move || selected().to_string()
                    aria-controls="instrument"
                    tabindex=move || if selected() { "0" } else { "-1" }
                    on:click=move |_| choose(i, false)
                >
                    <span class="tab-name">{short_name(lang, i)}</span>
                    {details}
                    {badge}
                </button>
            }
        })
        .collect_view();
    view! {
        <div role="tablist" aria-label=w.targets_label class=if compact { "target-tabs compact" } else { "target-tabs" } on:keydown=on_key>
            {tabs}
        </div>
    }
}
