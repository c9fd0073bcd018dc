use crate::ui::shell::source_marker::{Evidence, SourceMarker};
use crate::ui::state::Ctx;
use jinan_model::format;
use jinan_model::results::Reached;
use jinan_model::scenario::Indicator;
use jinan_model::text::{
    at_inflation, base_line, chance_label, chance_words_of, engine_error, path_reached_label,
};
use leptos::prelude::*;

/// The readouts under the chart: the year the base year's path reaches the target, the chance
/// (with the band), and for GDP the real growth the needed rate means; and an engine error, if
/// the engine refused the setting.
#[component]
pub fn MoreReadouts(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let o = ctx.outlook(indicator);
    let code = indicator.code();
    let from = ctx.from;
    let reached_text = move || {
        o.with(|o| match (o.from_base.reached, o.base.as_ref()) {
            (Some(Reached::Year(y)), Some(b)) if y == b.year => format!("{y} ({})", w.already),
            (Some(Reached::Year(y)), _) => y.to_string(),
            (Some(Reached::NotBy(_)), _) => w.not_reached.to_string(),
            (None, _) => w.none.to_string(),
        })
    };
    let reached_raw = move || {
        o.with(|o| match o.from_base.reached {
            Some(Reached::Year(y)) => y.to_string(),
            _ => String::new(),
        })
    };
    let band_on = move || ctx.scenario.with(|s| s.band);
    let probability_text = move || {
        o.with(|o| match o.from_record.probability {
            Some(p) => chance_words_of(lang, p, o.from_record.probability_unconfirmed),
            None if band_on() && o.base.is_some() => w.no_spread.to_string(),
            None => w.probability_off.to_string(),
        })
    };
    let real_view = (indicator == Indicator::Gdp).then(|| {
        view! {
            <div class="readout small">
                <dt>{w.required_real}</dt>
                <dd data-testid="required-gdp-real" data-value=move || o.with(|o| format::data_value(o.from_base.required_real))>
                    {move || o.with(|o| o.from_base.required_real.map(|r| format::rate(lang, r)).unwrap_or_default())}
                    <span class="sub">
                        {move || ctx.scenario.with(|s| at_inflation(lang, s.a.defl))}
                    </span>
                </dd>
            </div>
        }
    });
    // The recorded figure the path starts from, with its source; renewables start from the
    // user's value. A div: its source marker is a <details>, which a <p> may not hold.
    let base = Memo::new(move |_| o.with(|o| o.base.clone()));
    let base_view = move || {
        base.with(|b| {
            b.as_ref().map(|b| {
                let marker = b.point.as_ref().map(|p| view! { <SourceMarker ctx=ctx evidence=Evidence::from(p) /> });
                let assumed = b.point.is_none().then(|| view! { <span class="assumption">{w.your_assumption}</span> });
                view! {
                    <div class="base-line" data-testid=format!("base-{code}") data-value=b.value.to_string()>
                        {base_line(lang, indicator, b.year, b.value)}
                        {marker}
                        {assumed}
                    </div>
                }
            })
        })
    };
    view! {
        {base_view}
        <dl class="readouts more">
            <div class="readout small">
                <dt>{move || path_reached_label(lang, from.get())}</dt>
                <dd data-testid=format!("reached-year-{code}") data-value=reached_raw>
                    {reached_text}
                </dd>
            </div>
            <div class="readout small">
                <dt>{move || o.with(|o| chance_label(lang, o.from_record.probability_year))}</dt>
                <dd
                    data-testid=format!("probability-{code}")
                    data-value=move || o.with(|o| format::data_value(o.from_record.probability))
                    // Words in place of a number read as a note, not as a result.
                    class:note=move || o.with(|o| o.from_record.probability.is_none())
                >
                    {probability_text}
                </dd>
            </div>
            {real_view}
            <Show when=move || o.with(|o| o.error.is_some())>
                <p class="error" role="alert">{move || o.with(|o| o.error.map(|e| engine_error(lang, &e)).unwrap_or_default())}</p>
            </Show>
        </dl>
    }
}
