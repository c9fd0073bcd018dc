//! The defaults a link without model parameters shows, derived from the most recent recorded
//! years, with how each was derived (the page says it). Links that carry `v=2` do not depend on
//! them; links written before read theirs from `Defaults::V1`.

use super::dataset::{Dataset, FactId};
use super::engine;
use super::history;
use super::scenario::{Defaults, Mode, Settings, TO_YEARS};

/// The base year of a link that does not set one: the plan's base year, so that the readouts
/// answer "what would it have taken".
pub const FROM: i32 = 2022;
/// The horizon: five years past the plan's end, far enough to show when the targets are reached.
pub const TO: i32 = 2030;

/// Where each current default comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    pub defaults: Defaults,
    /// The official average real growth the GDP default takes, and its years.
    pub gdp: history::Average,
    /// The year of the deflator default, and the range of its implied deflator (derived).
    pub deflator: DeflatorBasis,
    /// The latest recorded yearly population change, % (derived from the levels).
    pub pop: history::Change,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DeflatorBasis {
    pub year: i32,
    pub low: f64,
    pub high: f64,
}

/// Rounds to one decimal: a default is a setting, written as people write one.
fn one_decimal(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The current defaults, derived from the dataset's most recent years:
/// - `gdp`: the official average real growth of the last recorded years (2021–2024: 5.4%);
/// - `defl`: the implied deflator of the latest year it can be derived for, the middle of its
///   range where the real growth is known only as a range (2024, at the recorded 5.4%: 0.6%);
/// - `pop`: the latest recorded yearly change, as a rate (2024: +0.83%, so 0.8%);
/// - `re`: no change, as an addition: nothing is recorded;
/// - `from` the plan's base year, `to` 2030.
///
/// None only for a dataset without the series these need, which does not build.
pub fn derive(data: &Dataset) -> Option<Derived> {
    let fact = data.fact(FactId::GdpRealAvg2021To2024)?;
    let last = fact.year?;
    let gdp = history::Average {
        // The fact's own words give the span: "2021–2024", four years of growth.
        first_year: last - 3,
        last_year: last,
        value: fact.value?,
    };
    let bounds = history::implied_deflator_bounds(&data.series.gdp, &data.series.gdp_real_growth);
    let &(year, low, high) = bounds.last()?;
    let pop = *history::changes(&data.series.population).last()?;
    let settings = Settings {
        gdp: gdp.value,
        defl: one_decimal((low + high) / 2.0),
        pop: one_decimal(pop.rate),
        pop_mode: Mode::Rate,
        re: 0.0,
        re_mode: Mode::Add,
    };
    // The settings must be ones the engine accepts.
    engine::nominal_rate(settings.gdp, settings.defl).ok()?;
    Some(Derived {
        defaults: Defaults {
            from: FROM,
            to: TO.clamp(TO_YEARS.0, TO_YEARS.1),
            settings,
        },
        gdp,
        deflator: DeflatorBasis { year, low, high },
        pop,
    })
}

/// The current defaults, or those of the earlier links where the data cannot give them.
pub fn current(data: &Dataset) -> Defaults {
    derive(data).map_or(Defaults::V1, |d| d.defaults)
}
