use super::lazy_details::LazyDetails;
use super::state::Ctx;
use jinan_model::engine::{years_to_target, Growth, Reach};
use jinan_model::format::{data_unit, trim};
use jinan_model::results::{Outlook, Reached};
use jinan_model::scenario::{Indicator, Lang};
use leptos::prelude::*;

fn pct(x: f64) -> String {
    format!("{}%", trim(x, 2))
}

fn raw(v: Option<f64>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
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

/// "How this is calculated": the engine's formulas with the current numbers substituted,
/// updating live. Every result shown is a field of the same outlook the readouts show.
#[component]
pub fn MathPanel(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let zh = lang == Lang::Zh;
    let o = ctx.outlook(indicator);
    let code = indicator.code();
    let unit = data_unit(indicator.unit());
    let t = move |zh_s: &str, en_s: &str| {
        if zh {
            zh_s.to_string()
        } else {
            en_s.to_string()
        }
    };
    // Only GDP's working shows the real growth and deflator: a memo, so that other sliders do
    // not redo this panel.
    let gdp_inputs = Memo::new(move |_| ctx.scenario.with(|s| (s.a.gdp, s.a.defl)));
    let body = move || {
        let defl = gdp_inputs.get();
        o.with(|o: &Outlook| {
            let Some(base) = o.base.clone() else {
                return view! { <p>{t("先输入起始装机（你的假设），这里才有计算。", "Enter a starting capacity (your assumption) to see the working here.")}</p> }.into_any();
            };
            let (v0, y0, target, ty) = (base.value, base.year, o.target, o.target_year);
            let n = ty - y0;
            let v0s = trim(v0, 2);
            let ts = trim(target, 2);
            let mut steps = Vec::new();
            if let (Indicator::Gdp, Growth::Rate(g)) = (indicator, o.growth) {
                steps.push(step(
                    t("名义增速（目标按现价计）", "Nominal growth (the target is in current prices)"),
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
                t(&format!("{ty}年预测值 V = V₀ × (1 + g)ⁿ（按增量：V₀ + n·a），{unit}"), &format!("Projected value in {ty}: V = V₀ × (1 + g)ⁿ (by additions: V₀ + n·a), {unit}")),
                projection,
                o.projected.map(|p| trim(p, 2)).unwrap_or_else(|| "—".into()),
                format!("math-projected-{code}"),
                raw(o.projected),
            ));
            let needed_value = o.required.map(|g| match g {
                Growth::Rate(r) | Growth::Add(r) => r,
            });
            steps.push(step(
                t(&format!("达标所需：g* = (T / V₀)^(1/n) − 1（按增量：(T − V₀) / n），n = {n}"), &format!("Needed: g* = (T / V₀)^(1/n) − 1 (by additions: (T − V₀) / n), with n = {n}")),
                needed,
                match o.required {
                    Some(Growth::Rate(r)) => pct(r),
                    Some(Growth::Add(a)) => format!("{} {unit}", trim(a, 2)),
                    None => "—".into(),
                },
                format!("math-required-{code}"),
                raw(needed_value),
            ));
            if let (Some(real), Some(Growth::Rate(r))) = (o.required_real, o.required) {
                steps.push(step(
                    t("所需实际增速 (1 + g*) / (1 + 平减指数) − 1", "Real growth needed: (1 + g*) / (1 + deflator) − 1"),
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
                Some(Reached::Year(y)) => t(&format!("{k_text}年，即{y}年"), &format!("{k_text} years, so in {y}")),
                _ => t("到不了：2035年前达不到", "never at this setting: not by 2035"),
            };
            steps.push(step(
                t("达到目标需要的年数 k = ln(T / V₀) / ln(1 + g)（按增量：(T − V₀) / a）", "Years to the target: k = ln(T / V₀) / ln(1 + g) (by additions: (T − V₀) / a)"),
                years,
                reached,
                format!("math-years-{code}"),
                k_value,
            ));
            if let (Some(p), Some(sd), Some(band)) = (o.probability, o.spread, o.band.as_ref()) {
                let q = band.at(ty).unwrap_or([f64::NAN; 5]);
                let (formula, sd_text) = match o.growth {
                    Growth::Rate(g) => (format!("Φ(({n} × ln(1 + {}) − ln({ts} / {v0s})) / ({} × √{n}))", pct(g), trim(sd, 4)), t("历年对数增速的标准差", "standard deviation of recorded yearly log-growth")),
                    Growth::Add(a) => (format!("Φ(({v0s} + {n} × {} − {ts}) / ({} × √{n}))", trim(a, 2), trim(sd, 2)), t("历年增量的标准差", "standard deviation of recorded yearly additions")),
                };
                steps.push(step(
                    t(&format!("达到目标的概率（σ = {}，{sd_text}，推算）", trim(sd, 4)), &format!("Chance of reaching the target (σ = {}, the {sd_text}, derived)", trim(sd, 4))),
                    formula,
                    format!("{:.0}%", p * 100.0),
                    format!("math-probability-{code}"),
                    p.to_string(),
                ));
                steps.push(step(
                    t(&format!("{ty}年5%与95%分位"), &format!("5th and 95th percentiles in {ty}")),
                    match o.growth {
                        Growth::Rate(_) => "V₀ × exp(n ln(1 + g) ± 1.645 σ √n)".to_string(),
                        Growth::Add(_) => "V₀ + n a ± 1.645 σ √n".to_string(),
                    },
                    format!("{} … {}", trim(q[0], 1), trim(q[4], 1)),
                    format!("math-band-{code}"),
                    format!("{},{}", q[0], q[4]),
                ));
            }
            view! { <dl class="math">{steps.into_iter().collect_view()}</dl> }.into_any()
        })
    };
    view! {
        <LazyDetails summary=t("计算方法", "How this is calculated") class="math-panel" testid=format!("math-{code}")>
            <p class="muted small">
                {t(
                    "V₀为基准年记录值，T为2025年目标，n为年数，g为每年增速。以下结果与上方读数来自同一次计算。",
                    "V₀ is the recorded base-year value, T the 2025 target, n the number of years, g the yearly growth. The results below are the same computation as the readouts above.",
                )}
            </p>
            {body}
        </LazyDetails>
    }
}
