//! The whole scenario and its results as JSON, with the stamp.

use super::Stamp;
use crate::engine::Growth;
use crate::format::data_unit;
use crate::results::{Outlook, Reached};
use crate::scenario::{to_query, Mode, Scenario, Settings};
use serde::Serialize;

#[derive(Serialize)]
struct JsonSettings {
    real_gdp_growth_pct: f64,
    gdp_deflator_pct: f64,
    population_change: f64,
    population_mode: &'static str,
    renewables_change: f64,
    renewables_mode: &'static str,
}

impl From<&Settings> for JsonSettings {
    fn from(s: &Settings) -> Self {
        let mode = |m: Mode| {
            if m == Mode::Rate {
                "percent a year"
            } else {
                "fixed addition a year"
            }
        };
        JsonSettings {
            real_gdp_growth_pct: s.gdp,
            gdp_deflator_pct: s.defl,
            population_change: s.pop,
            population_mode: mode(s.pop_mode),
            renewables_change: s.re,
            renewables_mode: mode(s.re_mode),
        }
    }
}

#[derive(Serialize)]
struct JsonScenario {
    query: String,
    base_year: i32,
    last_year: i32,
    settings: JsonSettings,
    settings_b: Option<JsonSettings>,
    renewables_start: Option<f64>,
    renewables_start_note: &'static str,
    band: bool,
}

#[derive(Serialize)]
struct JsonPoint {
    year: i32,
    value: f64,
}

#[derive(Serialize)]
struct JsonOutlook {
    indicator: &'static str,
    unit: &'static str,
    target: f64,
    target_year: i32,
    base_year: Option<i32>,
    base_value: Option<f64>,
    /// "percent a year" or "addition a year"; for GDP the nominal rate.
    growth_kind: &'static str,
    growth: f64,
    projected_2025: Option<f64>,
    gap: Option<f64>,
    gap_pct: Option<f64>,
    required: Option<f64>,
    required_real_gdp_growth_pct: Option<f64>,
    /// On the path from the base year (what it would have taken).
    reached_year: Option<i32>,
    /// The first year that path meets the target although the record says it fell short.
    contradicted_by_record_in: Option<i32>,
    /// The latest recorded level the outlook starts from.
    latest_record: Option<(i32, f64)>,
    /// From the latest record at the growth: the year the target is reached.
    reach_at_pace_year: Option<i32>,
    /// The chance the value in `probability_year` is at least the target, given the record.
    probability_of_reaching: Option<f64>,
    probability_year: i32,
    history_average: Option<f64>,
    history_average_years: Option<(i32, i32)>,
    projection: Vec<JsonPoint>,
    required_path: Vec<JsonPoint>,
    error: Option<String>,
}

fn points(p: Option<&crate::engine::Path>) -> Vec<JsonPoint> {
    p.map(|p| {
        p.points()
            .map(|(year, value)| JsonPoint { year, value })
            .collect()
    })
    .unwrap_or_default()
}

fn growth_parts(g: Growth) -> (&'static str, f64) {
    match g {
        Growth::Rate(r) => ("percent a year", r),
        Growth::Add(a) => ("addition a year", a),
    }
}

impl From<&Outlook> for JsonOutlook {
    fn from(o: &Outlook) -> Self {
        let (growth_kind, growth) = growth_parts(o.growth);
        JsonOutlook {
            indicator: o.indicator.code(),
            unit: data_unit(o.indicator.unit()),
            target: o.target,
            target_year: o.target_year,
            base_year: o.base.as_ref().map(|b| b.year),
            base_value: o.base.as_ref().map(|b| b.value),
            growth_kind,
            growth,
            projected_2025: o.from_base.projected,
            gap: o.from_base.gap,
            gap_pct: o.from_base.gap_pct,
            required: o.from_base.required.map(|g| growth_parts(g).1),
            required_real_gdp_growth_pct: o.from_base.required_real,
            reached_year: match o.from_base.reached {
                Some(Reached::Year(y)) => Some(y),
                _ => None,
            },
            contradicted_by_record_in: o.from_base.contradicted,
            latest_record: o.from_record.record.as_ref().map(|r| r.latest),
            reach_at_pace_year: o.from_record.pace.as_ref().and_then(|p| p.reached),
            probability_of_reaching: o.from_record.probability,
            probability_year: o.from_record.probability_year,
            history_average: o.history_average.map(|a| a.value),
            history_average_years: o.history_average.map(|a| (a.first_year, a.last_year)),
            projection: points(o.from_base.path.as_ref()),
            required_path: points(o.from_base.required_path.as_ref()),
            error: o.error.map(|e| e.to_string()),
        }
    }
}

#[derive(Serialize)]
struct JsonDoc<'a> {
    stamp: &'a Stamp,
    scenario: JsonScenario,
    results: Vec<JsonOutlook>,
    results_b: Vec<JsonOutlook>,
}

/// The scenario and its results, with the stamp. Pretty-printed for people who open it.
pub fn json(s: &Scenario, outlooks: &[Outlook], outlooks_b: &[Outlook], st: &Stamp) -> String {
    let doc = JsonDoc {
        stamp: st,
        scenario: JsonScenario {
            query: to_query(&Scenario {
                embed: false,
                lock: false,
                ..s.clone()
            }),
            base_year: s.from,
            last_year: s.to,
            settings: (&s.a).into(),
            settings_b: s.b.as_ref().map(Into::into),
            renewables_start: s.re_base,
            renewables_start_note: "the user's own assumption: no official figure exists",
            band: s.band,
        },
        results: outlooks.iter().map(Into::into).collect(),
        results_b: outlooks_b.iter().map(Into::into).collect(),
    };
    // Serialising plain structs of numbers and strings cannot fail.
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
