//! Prints, as JSON, what the browser tests expect of the model, computed by the model: today's
//! defaults and the query that writes them. The tests read these rather than re-deriving them.

use jinan_model::scenario::{to_query, Scenario};
use jinan_pathways::ui::state::current_defaults;

fn main() {
    let d = current_defaults();
    println!(
        "{}",
        serde_json::json!({
            "current_query": to_query(&Scenario::with_defaults(d)),
            "defaults": {
                "from": d.from,
                "to": d.to,
                "gdp": d.settings.gdp,
                "defl": d.settings.defl,
                "pop": d.settings.pop,
                "re": d.settings.re,
            },
        })
    );
}
