use crate::ui::state::Ctx;
use jinan_model::delivery::{plan_totals, Delivery};
use jinan_model::format::trim;
use jinan_model::text::{pick, section_words};
use leptos::prelude::*;

/// The ten areas' projects and investment by stage, as the plan states them (with the audit's
/// one resolution applied), and what the delivery share implies.
#[component]
pub fn AreasTable(ctx: Ctx, delivered: Memo<Delivery>) -> impl IntoView {
    let lang = ctx.lang_now();
    let data = ctx.data;
    let w = section_words(lang);
    let d = delivered;
    let heads = w.areas_heads;
    let stage = |p: u32, v: f64| format!("{p} · {}", trim(v, 2));
    let rows = data
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let s = a.resolved_stages(data);
            let total = s.sum().investment;
            view! {
                <tr data-testid=format!("area-row-{}", a.no)>
                    <th scope="row">{format!("{} {}", a.numeral, pick(&a.short, lang))}</th>
                    <td>{a.total.projects}</td>
                    <td>{trim(total, 2)}</td>
                    <td>{stage(s.continuing.projects, s.continuing.investment)}</td>
                    <td>{stage(s.new_2023.projects, s.new_2023.investment)}</td>
                    <td>{stage(s.reserve.projects, s.reserve.investment)}</td>
                    <td data-testid=format!("delivered-{}", a.no) data-value=move || d.with(|d| d.areas[i].delivered.to_string())>
                        {move || d.with(|d| trim(d.areas[i].delivered, 2))}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let totals = plan_totals(data);
    let projects = totals.projects;
    let stage_totals = totals.stages.into_iter().map(|(_, p, v)| (p, v));
    let caption = w.areas_caption;
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
            <table data-testid="areas-table">
                <caption>{caption}</caption>
                <thead><tr>{heads.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{w.total}</th>
                        <td data-testid="areas-total-projects">{projects}</td>
                        <td data-testid="areas-total-investment" data-value=move || d.with(|d| d.planned.to_string())>{move || d.with(|d| trim(d.planned, 2))}</td>
                        {stage_totals.map(|(p, v)| view! { <td>{stage(p, v)}</td> }).collect_view()}
                        <td data-testid="delivered-total" data-value=move || d.with(|d| d.delivered.to_string())>{move || d.with(|d| trim(d.delivered, 2))}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
