use super::promise_downloads::PromiseDownloads;
use super::promise_row::PromiseRow;
use crate::ui::state::Ctx;
use jinan_model::dataset::Dataset;
use jinan_model::page::Section;
use jinan_model::scenario::Lang;
use jinan_model::status::{as_of, assess_all, counts, Assessed, Status};
use jinan_model::text::{
    pick, promises_count, promises_lead, promises_showing, status_name, tracker_words,
};
use leptos::prelude::*;

/// Every target with its status, computed once for the page's life: the statuses come from the
/// data alone, whatever the scenario.
pub fn assessed(data: &'static Dataset) -> &'static [Assessed<'static>] {
    static ALL: std::sync::OnceLock<Vec<Assessed<'static>>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| assess_all(data))
}

/// The plan's promises, kept or not: the counts by status, then every quantified target in a
/// table with its status in words and its evidence one click away, filtered by status and by
/// area and sorted by either. Opens the plan section; `#promises` links to it.
#[component]
pub fn PromiseTracker(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = tracker_words(lang);
    let data = ctx.data;
    let all = assessed(data);
    let total = all.len();
    let by_status = counts(all.iter().map(|a| a.assessment.status));
    let status = RwSignal::new(None::<Status>);
    let area = RwSignal::new(None::<u8>);
    let sorted = RwSignal::new(false);
    let shown = Memo::new(move |_| {
        let (s, a) = (status.get(), area.get());
        let mut rows: Vec<usize> = (0..all.len())
            .filter(|&i| {
                let x = &all[i];
                s.is_none_or(|s| x.assessment.status == s) && a.is_none_or(|a| x.task.area == a)
            })
            .collect();
        if sorted.get() {
            // A stable sort: within a status, the plan's order.
            rows.sort_by_key(|&i| {
                Status::ALL
                    .iter()
                    .position(|s| *s == all[i].assessment.status)
            });
        }
        rows
    });
    let counts_view = by_status
        .iter()
        .filter(|c| c.1 > 0)
        .enumerate()
        .map(|(k, (s, n))| {
            let sep = match (k, lang) {
                (0, _) => "",
                (_, Lang::Zh) => "，",
                (_, Lang::En) => "; ",
            };
            view! {
                {sep}
                <span class=format!("count {}", s.code()) data-testid=format!("promises-{}", s.code()) data-value=n.to_string()>
                    {promises_count(lang, *s, *n)}
                </span>
            }
        })
        .collect_view();
    let status_options = by_status
        .iter()
        .filter(|c| c.1 > 0)
        .map(|(s, n)| {
            view! { <option value=s.code()>{format!("{} ({n})", status_name(lang, *s))}</option> }
        })
        .collect_view();
    let area_options = data
        .areas
        .iter()
        .map(|a| view! { <option value=a.no.to_string()>{format!("{} {}", a.numeral, pick(&a.short, lang))}</option> })
        .collect_view();
    let date = as_of(data, all).unwrap_or_default();
    view! {
        <section id=Section::Promises.id() class="promises" aria-labelledby=Section::Promises.title_id() data-testid=Section::Promises.id()>
            <h3 id=Section::Promises.title_id()>{w.title}</h3>
            <p class="promises-summary" data-testid="promises-summary">
                {promises_lead(lang, total)}
                {counts_view}
                {if lang == Lang::Zh { "。" } else { "." }}
                " "
                <span class="muted">{format!("{}{date}", w.as_of)}</span>
            </p>
            <p class="muted small">{w.intro}</p>
            <div class="tracker-controls">
                <label>
                    {w.filter_status}" "
                    <select data-testid="filter-status" on:change=move |ev| status.set(Status::from_code(&event_target_value(&ev)))>
                        <option value="">{w.all}</option>
                        {status_options}
                    </select>
                </label>
                <label>
                    {w.filter_area}" "
                    <select data-testid="filter-area" on:change=move |ev| area.set(event_target_value(&ev).parse().ok())>
                        <option value="">{w.all}</option>
                        {area_options}
                    </select>
                </label>
                <label>
                    {w.order}" "
                    <select data-testid="sort-promises" on:change=move |ev| sorted.set(event_target_value(&ev) == "status")>
                        <option value="plan">{w.order_plan}</option>
                        <option value="status">{w.order_status}</option>
                    </select>
                </label>
                <span class="muted" role="status" data-testid="promises-shown" data-value=move || shown.with(Vec::len).to_string()>
                    {move || promises_showing(lang, shown.with(Vec::len), total)}
                </span>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label=w.caption>
                <table class="tracker" data-testid="tracker">
                    <caption>{w.caption}</caption>
                    <thead><tr>{w.heads.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        <For each=move || shown.get() key=|i| *i let:i>
                            <PromiseRow ctx=ctx item=&all[i] />
                        </For>
                    </tbody>
                </table>
            </div>
            <Show when=move || shown.with(Vec::is_empty)>
                <p class="muted" data-testid="promises-none">{w.none_match}</p>
            </Show>
            <PromiseDownloads ctx=ctx />
        </section>
    }
}
