use crate::ui::shell::lazy_details::LazyDetails;
use crate::ui::state::Ctx;
use jinan_model::export::{columns, rows};
use jinan_model::format::data_unit;
use jinan_model::scenario::Indicator;
use jinan_model::text::indicator_name;
use leptos::prelude::*;

fn cell(v: Option<f64>) -> String {
    v.map(|x| format!("{:.2}", x)).unwrap_or_default()
}

/// The chart's numbers as a real table, behind a toggle: the same rows as the CSV. Columns with
/// nothing in them (the band when it is off, a recorded range where there is none) are left out.
#[component]
pub fn DataTable(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let o = ctx.outlook(indicator);
    let data = ctx.data;
    let unit = data_unit(indicator.unit());
    let cols = columns(lang, unit);
    let table = move || {
        let cols = cols.clone();
        o.with(|o| {
            let rows = rows(data, o);
            let values = |r: &jinan_model::export::Row| -> [Option<f64>; 12] {
                let b = |i: usize| r.band.map(|b| b[i]);
                [
                    r.recorded,
                    r.projection,
                    r.required,
                    b(0),
                    b(1),
                    b(2),
                    b(3),
                    b(4),
                    r.target,
                    r.pace,
                    r.recorded_low,
                    r.recorded_high,
                ]
            };
            let used: Vec<usize> = (0..12)
                .filter(|&c| rows.iter().any(|r| values(r)[c].is_some()))
                .collect();
            let head = used
                .iter()
                .map(|&c| view! { <th scope="col">{cols[c + 1].clone()}</th> })
                .collect_view();
            let body = rows
                .iter()
                .map(|r| {
                    let v = values(r);
                    view! {
                        <tr>
                            <th scope="row">{r.year}</th>
                            {used.iter().map(|&c| view! { <td>{cell(v[c])}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <thead><tr><th scope="col">{cols[0].clone()}</th>{head}</tr></thead>
                <tbody>{body}</tbody>
            }
        })
    };
    let caption = jinan_model::text::with_unit(lang, indicator_name(lang, indicator), unit);
    view! {
        <LazyDetails summary=w.numbers class="data-table" testid=format!("table-{}", indicator.code())>
            // Focusable, so a keyboard can scroll it sideways on a narrow screen.
            <div class="table-scroll" tabindex="0" role="region" aria-label=caption.clone()>
                <table>
                    <caption>{caption.clone()}</caption>
                    {table.clone()}
                </table>
            </div>
        </LazyDetails>
    }
}
