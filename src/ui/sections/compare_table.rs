use crate::ui::state::Ctx;
use jinan_model::format;
use jinan_model::results::{Outlook, Reached};
use jinan_model::scenario::Indicator;
use jinan_model::text::{indicator_name, section_words, year_or_never};
use leptos::prelude::*;

fn reached(o: &Outlook) -> Option<i32> {
    match o.from_base.reached {
        Some(Reached::Year(y)) => Some(y),
        _ => None,
    }
}

/// Scenarios A and B side by side, with the difference, for each indicator shown.
#[component]
pub fn CompareTable(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let row = move |i: Indicator| {
        let (a, b) = (ctx.outlook(i), ctx.outlook_b(i));
        let unit = i.unit();
        let code = i.code();
        let q = move |v: Option<f64>| {
            v.map(|v| format::quantity(lang, unit, v))
                .unwrap_or_else(|| "—".into())
        };
        let year = move |y: Option<i32>| year_or_never(lang, y);
        let pa = move || a.with(|o| o.from_base.projected);
        let pb = move || b.with(|o| o.as_ref().and_then(|o| o.from_base.projected));
        let diff = move || pa().zip(pb()).map(|(a, b)| b - a);
        view! {
            <tr>
                <th scope="row">{indicator_name(lang, i)}</th>
                <td data-testid=format!("compare-{code}-a") data-value=move || jinan_model::format::data_value(pa())>{move || q(pa())}</td>
                <td data-testid=format!("compare-{code}-b") data-value=move || jinan_model::format::data_value(pb())>{move || q(pb())}</td>
                <td data-testid=format!("compare-{code}-diff") data-value=move || jinan_model::format::data_value(diff())>{move || diff().map(|d| format::signed(lang, unit, d)).unwrap_or_else(|| "—".into())}</td>
                <td>{move || year(a.with(reached))}</td>
                <td>{move || year(b.with(|o| o.as_ref().and_then(reached)))}</td>
            </tr>
        }
    };
    let sw = section_words(lang);
    let (heads, caption) = (sw.compare_heads, sw.compare_caption);
    view! {
        <div class="table-scroll compare-table" tabindex="0" role="region" aria-label=caption>
            <table data-testid="compare-table">
                <caption>{caption}</caption>
                <thead><tr>{heads.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {Indicator::ALL
                        .into_iter()
                        .map(|i| view! { <Show when=move || ctx.scenario.with(|s| s.show.has(i))>{row(i)}</Show> })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
