//! Prints, as JSON, what the browser tests expect of the model, computed by the model: today's
//! defaults and the query that writes them, each headline series' latest record and its
//! average pace, predict mode's drawing range for each indicator, and, for the links the tests
//! open, each indicator's chance and year reached at pace (the model's own numbers: the tests
//! compare the page with them; the model's tests check the chance against a Monte Carlo). The tests read these rather than re-deriving them.

use jinan_model::dataset::Series;
use jinan_model::format::data_value;
use jinan_model::history::average_rate;
use jinan_model::results::compute;
use jinan_model::scenario::{drawing_range, parse, to_query, Indicator, Scenario};
use jinan_pathways::data::dataset;
use jinan_pathways::ui::state::current_defaults;
use serde_json::{json, Value};

/// The latest recorded year and value, and the compound average rate over the record.
fn record(s: &Series) -> Value {
    let latest = s.recorded().last();
    let average = average_rate(s);
    json!({
        "latest": latest.map(|(year, value)| json!({ "year": year, "value": value })),
        "average": average.map(|a| json!({ "from": a.first_year, "to": a.last_year, "pct": a.value })),
    })
}

/// The links whose outlooks the browser tests compare with the page.
const LINKS: [&str; 8] = [
    "band=1&to=2030&gdp=5&defl=0.8",
    "band=1&to=2027&gdp=3&defl=0.5",
    "band=1&to=2028&pop=1.5",
    "v=2&band=1&to=2025&gdp=8&defl=2",
    "v=2&gdp=5.4&defl=0.8&pop=0.8",
    "v=2&gdp=2&defl=0&pop=0.3",
    "v=2&gdp=9&defl=2&pop=3",
    "v=2&gdp=0&defl=0&pop=0",
];

/// Each indicator's chance and year reached at pace from the latest record, as the page's
/// `data-value`s carry them.
fn outlooks(query: &str) -> Value {
    let (s, _) = parse(query, current_defaults());
    let o = compute(dataset(), &s, &s.a);
    Indicator::ALL
        .iter()
        .map(|&i| {
            let o = &o[i as usize];
            let pace = o.from_record.pace.as_ref().and_then(|p| p.reached);
            (
                i.code().to_string(),
                json!({
                    "probability": data_value(o.from_record.probability),
                    "reach_at_pace": pace.map(|y| y.to_string()).unwrap_or_default(),
                }),
            )
        })
        .collect::<serde_json::Map<_, _>>()
        .into()
}

fn main() {
    let d = current_defaults();
    let series = &dataset().series;
    println!(
        "{}",
        json!({
            "current_query": to_query(&Scenario::with_defaults(d)),
            "defaults": {
                "from": d.from,
                "to": d.to,
                "gdp": d.settings.gdp,
                "defl": d.settings.defl,
                "pop": d.settings.pop,
                "re": d.settings.re,
            },
            "gdp": record(&series.gdp),
            "pop": record(&series.population),
            "outlooks": LINKS
                .iter()
                .map(|q| (q.to_string(), outlooks(q)))
                .collect::<serde_json::Map<_, _>>(),
            "drawing_range": Indicator::ALL
                .iter()
                .map(|i| (i.code().to_string(), json!([drawing_range(*i).min, drawing_range(*i).max])))
                .collect::<serde_json::Map<_, _>>(),
        })
    );
}
