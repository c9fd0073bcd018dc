use crate::ui::state::Ctx;
use jinan_model::engine::{years_to_target, Growth, Reach};
use jinan_model::format::{data_unit, quantity, trim};
use jinan_model::page::Section;
use jinan_model::results::{Outlook, Reached};
use jinan_model::scenario::Indicator;
use jinan_model::text::{
    chance_words, chance_words_of, indicator_name, math_chance, math_from_base, math_needed,
    math_percentiles, math_projected, math_years_result, section_words,
};
use leptos::prelude::*;

fn pct(x: f64) -> String {
    format!("{}%", trim(x, 2))
}

/// One line of working: what is computed, the formula with the numbers in it, and the result,
/// which is the engine's own value (its `data-value` is what the readouts show).
fn step(
    label: String,
    working: String,
    result: String,
    testid: String,
    value: String,
) -> impl IntoView {
    view! {
        <div class="math-step">
            <dt>{label}</dt>
            <dd>
                <code>{working}</code>
                " = "
                <strong data-testid=testid data-value=value>{result}</strong>
            </dd>
        </div>
    }
}

/// "How it's calculated", for the indicator in front: the engine's formulas with the current
/// numbers substituted, updating live, and how the chance is conditioned on the record. Every
/// result shown is a field of the same outlook the readouts show.
#[component]
pub fn MathPanel(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = section_words(lang);
    let body = move || {
        let indicator = ctx.focus.get();
        let o = ctx.outlook(indicator);
        let code = indicator.code();
        let unit_name = data_unit(indicator.unit());
        let defl = ctx.scenario.with(|s| (s.a.gdp, s.a.defl));
        o.with(|o: &Outlook| {
            let title = indicator_name(lang, indicator);
            let Some(base) = o.base.clone() else {
                return view! { <h3>{title}</h3><p>{w.math_no_base}</p> }.into_any();
            };
            let (v0, y0, target, ty) = (base.value, base.year, o.target, o.target_year);
            let n = ty - y0;
            let (v0s, ts) = (trim(v0, 2), trim(target, 2));
            let mut steps = Vec::new();
            if let (Indicator::Gdp, Growth::Rate(g)) = (indicator, o.growth) {
                steps.push(step(
                    w.math_nominal.to_string(),
                    format!("(1 + {})(1 + {}) − 1", pct(defl.0), pct(defl.1)),
                    pct(g),
                    format!("math-nominal-{code}"),
                    g.to_string(),
                ));
            }
            let (projection, needed, years) = match o.growth {
                Growth::Rate(g) => (
                    format!("{v0s} × (1 + {})^{n}", pct(g)),
                    format!("({ts} / {v0s})^(1/{n}) − 1"),
                    format!("ln({ts} / {v0s}) / ln(1 + {})", pct(g)),
                ),
                Growth::Add(a) => (
                    format!("{v0s} + {n} × {}", trim(a, 2)),
                    format!("({ts} − {v0s}) / {n}"),
                    format!("({ts} − {v0s}) / {}", trim(a, 2)),
                ),
            };
            steps.push(step(
                math_projected(lang, ty, unit_name),
                projection,
                o.projected.map(|p| trim(p, 2)).unwrap_or_else(|| "—".into()),
                format!("math-projected-{code}"),
                jinan_model::format::data_value(o.projected),
            ));
            let needed_value = o.required.map(|g| match g {
                Growth::Rate(r) | Growth::Add(r) => r,
            });
            steps.push(step(
                math_needed(lang, n),
                needed,
                match o.required {
                    Some(Growth::Rate(r)) => pct(r),
                    Some(Growth::Add(a)) => format!("{} {unit_name}", trim(a, 2)),
                    None => "—".into(),
                },
                format!("math-required-{code}"),
                jinan_model::format::data_value(needed_value),
            ));
            if let (Some(real), Some(Growth::Rate(r))) = (o.required_real, o.required) {
                steps.push(step(
                    w.math_real_needed.to_string(),
                    format!("(1 + {}) / (1 + {}) − 1", pct(r), pct(defl.1)),
                    pct(real),
                    format!("math-required-real-{code}"),
                    real.to_string(),
                ));
            }
            let k = years_to_target(v0, o.growth, target).ok();
            let (k_text, k_value) = match k {
                Some(Reach::After(k)) => (trim(k, 2), k.to_string()),
                Some(Reach::Already) => ("0".to_string(), "0".to_string()),
                _ => ("∞".to_string(), String::new()),
            };
            let reached = match o.reached {
                Some(Reached::Year(y)) => math_years_result(lang, &k_text, y),
                _ => w.math_never.to_string(),
            };
            steps.push(step(
                w.math_years.to_string(),
                years,
                reached,
                format!("math-years-{code}"),
                k_value,
            ));
            let conditioned = match (o.probability, o.spread, o.band.as_ref(), o.record.as_ref()) {
                (Some(p), Some(sd), Some(band), Some(record)) => {
                    let q = band.at(o.probability_year).unwrap_or([f64::NAN; 5]);
                    let (sd_text, sd_words) = match o.growth {
                        Growth::Rate(_) => (trim(sd, 4), w.math_sd_log),
                        Growth::Add(_) => (trim(sd, 2), w.math_sd_add),
                    };
                    let start = (record.latest.0, quantity(lang, indicator.unit(), record.latest.1));
                    let windows: Vec<String> = record
                        .windows
                        .iter()
                        .map(|win| {
                            let f = |b: Option<(f64, bool)>| b.map(|(v, _)| trim(v, 2)).unwrap_or_else(|| "—".into());
                            format!("{}: ({}, {})", win.year, f(win.low), f(win.high))
                        })
                        .collect();
                    let working = if windows.is_empty() {
                        format!("P(V_{} ≥ {ts} | V_{} = {})", o.probability_year, record.latest.0, trim(record.latest.1, 2))
                    } else {
                        format!(
                            "P(V_{} ≥ {ts} | V_{} = {}; {})",
                            o.probability_year,
                            record.latest.0,
                            trim(record.latest.1, 2),
                            windows.join("; ")
                        )
                    };
                    steps.push(step(
                        math_chance(lang, &sd_text, sd_words, start, o.probability_year),
                        working,
                        chance_words_of(lang, p, o.probability_unconfirmed),
                        format!("math-probability-{code}"),
                        p.to_string(),
                    ));
                    if let Some(pb) = o.probability_from_base {
                        steps.push(step(
                            math_from_base(lang, y0),
                            format!("P(V_{} ≥ {ts} | V_{y0} = {v0s})", o.probability_year),
                            chance_words(lang, pb),
                            format!("math-probability-from-base-{code}"),
                            pb.to_string(),
                        ));
                    }
                    steps.push(step(
                        math_percentiles(lang, o.probability_year),
                        "p5 … p95".to_string(),
                        format!("{} … {}", trim(q[0], 1), trim(q[4], 1)),
                        format!("math-band-{code}"),
                        format!("{},{}", q[0], q[4]),
                    ));
                    Some(view! { <p class="muted small">{w.math_conditioned}</p> })
                }
                _ => None,
            };
            view! {
                <h3>{title}</h3>
                <dl class="math" data-testid=format!("math-{code}")>{steps.into_iter().collect_view()}</dl>
                {conditioned}
            }
            .into_any()
        })
    };
    view! {
        <section class="math-panel" id=Section::Math.id() aria-labelledby=Section::Math.title_id()>
            <h2 id=Section::Math.title_id()>{w.math_title}</h2>
            // The working shows the answers: in predict mode it waits for Reveal.
            <Show when=move || ctx.reveal()>
                <p class="muted small">{w.math_intro}</p>
                {body}
            </Show>
        </section>
    }
}
