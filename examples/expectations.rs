//! Prints, as JSON, what the browser tests expect of the model, computed by the model: today's
//! defaults and the query that writes them, each headline series' latest record and its
//! average pace, and predict mode's drawing range for each indicator. The tests read these rather than re-deriving them.

use jinan_model::dataset::Series;
use jinan_model::history::average_rate;
use jinan_model::scenario::{drawing_range, to_query, Indicator, Scenario};
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
            "drawing_range": Indicator::ALL
                .iter()
                .map(|i| (i.code().to_string(), json!([drawing_range(*i).min, drawing_range(*i).max])))
                .collect::<serde_json::Map<_, _>>(),
        })
    );
}
