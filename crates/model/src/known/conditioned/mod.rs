//! The outlook from what is known: the chance of reaching a target and the range of likely
//! outcomes, starting from the latest recorded level and conditioned on what the record says of
//! the years after it (a range, such as 2025's "above 1.4万亿, below 1.5万亿"), rather than
//! projected from the base year as if nothing had been recorded since.
//!
//! The model is the band's (`band`): yearly growth varies around the setting, normally in
//! log-growth for a rate and in the addition for an addition, with the spread of the recorded
//! yearly growth. From a recorded level the value a few years on is normal in that space;
//! a recorded range truncates it. Years are taken in order (each conditioned on everything
//! recorded up to it). After a truncated year the distribution is a mixture of normals, one per
//! point of a Simpson rule over the range, so every chance and percentile is an exact integral
//! up to the rule's error, and the same scenario always gives the same numbers.

use super::band::{normal_cdf, Band};
use crate::dataset::{Grade, Series};
use crate::engine::{self, EngineError, Growth, Path, Result};

mod mixture;

use mixture::*;

/// What is known of a year after the latest recorded level: a range, either side open, each
/// side with whether it is excluded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    pub year: i32,
    pub low: Option<(f64, bool)>,
    pub high: Option<(f64, bool)>,
}

/// Where an outlook starts: the latest recorded level at or after the base year, and what is
/// known of the years after it.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub latest: (i32, f64),
    /// How far the latest level goes to settle anything: a third-party figure does not.
    pub latest_grade: Grade,
    pub windows: Vec<Window>,
}

impl Record {
    /// From a series: the last recorded value at or after `from`, and the bounds of the years
    /// after it. None when nothing is recorded from `from` on.
    pub fn of(series: &Series, from: i32) -> Option<Record> {
        let latest = series.recorded().filter(|(y, _)| *y >= from).last()?;
        let latest_grade = series
            .point(latest.0)
            .map_or(Grade::Unusable, |p| p.reliability.grade(p.basis));
        let windows = series
            .points
            .iter()
            .filter(|p| p.year > latest.0 && p.value.is_none())
            .filter(|p| p.lower.is_some() || p.upper.is_some())
            .map(|p| Window {
                year: p.year,
                low: p.lower.as_ref().map(|b| (b.value, b.strict)),
                high: p.upper.as_ref().map(|b| (b.value, b.strict)),
            })
            .collect();
        Some(Record {
            latest,
            latest_grade,
            windows,
        })
    }

    /// A start with nothing known after it (the user's own starting value: it settles nothing).
    pub fn start(year: i32, value: f64) -> Record {
        Record {
            latest: (year, value),
            latest_grade: Grade::Unusable,
            windows: Vec::new(),
        }
    }

    fn window(&self, year: i32) -> Option<&Window> {
        self.windows.iter().find(|w| w.year == year)
    }
}

/// The chance that the value in `year` is at least `target`, given the record.
pub fn probability(
    record: &Record,
    growth: Growth,
    spread: f64,
    year: i32,
    target: f64,
) -> Result<f64> {
    if !(target.is_finite() && target > 0.0) {
        return Err(EngineError::TargetNotPositive { target });
    }
    let m = Model::new(record, growth, spread)?;
    if year <= record.latest.0 {
        return Err(EngineError::YearsOutOfOrder {
            base_year: record.latest.0,
            end_year: year,
        });
    }
    let c = m.space.into_space(target).unwrap_or(f64::NEG_INFINITY);
    let p = m.dist(year)?.at_least(c);
    if p.is_finite() {
        Ok(p.clamp(0.0, 1.0))
    } else {
        Err(EngineError::Overflow)
    }
}

/// The band from the latest record to `end_year`: in the record's year every percentile is the
/// recorded value; after it, the percentiles given the record.
pub fn band(record: &Record, growth: Growth, spread: f64, end_year: i32) -> Result<Band> {
    let m = Model::new(record, growth, spread)?;
    let (l, v) = record.latest;
    engine::project(l, v, growth, end_year)?;
    let quantiles = [0.05, 0.25, 0.5, 0.75, 0.95];
    let mut paths: [Vec<f64>; 5] = Default::default();
    for p in paths.iter_mut() {
        p.push(v);
    }
    for year in l + 1..=end_year {
        let d = m.dist(year)?;
        for (path, q) in paths.iter_mut().zip(quantiles) {
            let x = m.space.value(d.quantile(q));
            if !x.is_finite() {
                return Err(EngineError::Overflow);
            }
            path.push(x);
        }
    }
    Ok(Band {
        paths: paths.map(|values| Path {
            base_year: l,
            values,
        }),
    })
}

/// Where a scenario's growth takes the latest record, year by year to `last_year`: the
/// deterministic path, held inside what the record says of later years.
#[derive(Debug, Clone, PartialEq)]
pub struct Pace {
    pub path: Path,
    /// The first year the target is met on that path, or None if not by `last_year`. Never a
    /// year the record already settles short of the target.
    pub reached: Option<i32>,
}

pub fn pace(record: &Record, growth: Growth, target: f64, last_year: i32) -> Result<Pace> {
    let (l, v) = record.latest;
    let free = engine::project(l, v, growth, last_year)?;
    let mut values = Vec::with_capacity(free.values.len());
    let mut x = v;
    values.push(x);
    for year in l + 1..=last_year {
        x = match growth {
            Growth::Rate(r) => x * (1.0 + r / 100.0),
            Growth::Add(a) => (x + a).max(0.0),
        };
        if let Some(w) = record.window(year) {
            if let Some((lo, strict)) = w.low {
                if x < lo || (strict && x <= lo) {
                    x = if strict { inside(lo, false) } else { lo };
                }
            }
            if let Some((hi, strict)) = w.high {
                if x > hi || (strict && x >= hi) {
                    x = if strict { inside(hi, true) } else { hi };
                }
            }
        }
        values.push(x);
    }
    if !values.iter().all(|v| v.is_finite()) {
        return Err(EngineError::Overflow);
    }
    let reached = (l..=last_year)
        .zip(values.iter())
        .find(|(_, &x)| x >= target)
        .map(|(y, _)| y);
    Ok(Pace {
        path: Path {
            base_year: l,
            values,
        },
        reached,
    })
}
