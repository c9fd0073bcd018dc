use super::lazy_details::LazyDetails;
use super::state::Ctx;
use crate::data::dataset;
use jinan_model::export::{columns, rows};
use jinan_model::format::data_unit;
use jinan_model::scenario::{Indicator, Lang};
use jinan_model::text::indicator_name;
use leptos::prelude::*;

fn cell(v: Option<f64>) -> String {
    v.map(|x| format!("{:.2}", x)).unwrap_or_default()
}

/// The chart's numbers as a real table, behind a toggle: the same rows as the CSV.
#[component]
pub fn DataTable(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let o = ctx.outlook(indicator);
    let unit = data_unit(indicator.unit());
    let cols = columns(lang, unit);
    let band = move || o.with(|o| o.band.is_some());
    let shown: Vec<usize> = (0..10).collect();
    let head = {
        let cols = cols.clone();
        move || {
            shown
                .iter()
                .filter(|&&i| band() || !(4..=8).contains(&i))
                .map(|&i| view! { <th scope="col">{cols[i].clone()}</th> })
                .collect_view()
        }
    };
    let body = move || {
        let with_band = band();
        o.with(|o| {
            rows(dataset(), o)
                .into_iter()
                .map(|r| {
                    let b = r.band;
                    let band_cells = with_band.then(|| {
                        (0..5)
                            .map(|i| view! { <td>{cell(b.map(|b| b[i]))}</td> })
                            .collect_view()
                    });
                    view! {
                        <tr>
                            <th scope="row">{r.year}</th>
                            <td>{cell(r.recorded)}</td>
                            <td>{cell(r.projection)}</td>
                            <td>{cell(r.required)}</td>
                            {band_cells}
                            <td>{cell(r.target)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let (summary, caption) = match lang {
        Lang::Zh => (
            "以表格显示数据",
            format!("{}（{unit}）", indicator_name(lang, indicator)),
        ),
        Lang::En => (
            "Show the numbers as a table",
            format!("{} ({unit})", indicator_name(lang, indicator)),
        ),
    };
    let region = caption.clone();
    view! {
        <LazyDetails summary=summary class="data-table" testid=format!("table-{}", indicator.code())>
            // Focusable, so a keyboard can scroll it sideways on a narrow screen.
            <div class="table-scroll" tabindex="0" role="region" aria-label=region.clone()>
                <table>
                    <caption>{caption.clone()}</caption>
                    <thead><tr>{head.clone()}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </LazyDetails>
    }
}
