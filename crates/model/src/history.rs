//! Figures computed from the recorded series: yearly changes, averages, the spread of growth
//! and the implied GDP deflator. Each is "derived" and says from which years.

use super::dataset::Series;
use super::engine;

/// One year's recorded change against the year before, both recorded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    pub year: i32,
    /// Percent.
    pub rate: f64,
    /// In the series' unit.
    pub addition: f64,
}

/// The change in each year whose previous year is also recorded.
pub fn changes(series: &Series) -> Vec<Change> {
    let recorded: Vec<(i32, f64)> = series.recorded().collect();
    recorded
        .windows(2)
        .filter(|w| w[1].0 == w[0].0 + 1 && w[0].1 > 0.0)
        .map(|w| Change {
            year: w[1].0,
            rate: (w[1].1 / w[0].1 - 1.0) * 100.0,
            addition: w[1].1 - w[0].1,
        })
        .collect()
}

/// An average over recorded years, with the years it spans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Average {
    pub first_year: i32,
    pub last_year: i32,
    pub value: f64,
}

/// The compound average rate between the first and last recorded values.
pub fn average_rate(series: &Series) -> Option<Average> {
    let (first, last) = ends(series)?;
    let value = engine::average_rate(first.0, first.1, last.0, last.1).ok()?;
    Some(Average {
        first_year: first.0,
        last_year: last.0,
        value,
    })
}

/// The mean yearly addition between the first and last recorded values.
pub fn average_addition(series: &Series) -> Option<Average> {
    let (first, last) = ends(series)?;
    let value = engine::average_addition(first.0, first.1, last.0, last.1).ok()?;
    Some(Average {
        first_year: first.0,
        last_year: last.0,
        value,
    })
}

fn ends(series: &Series) -> Option<((i32, f64), (i32, f64))> {
    let mut it = series.recorded();
    let first = it.next()?;
    let last = it.last()?;
    Some((first, last))
}

/// Sample standard deviation (n − 1); None for fewer than two values.
pub fn std_dev(xs: &[f64]) -> Option<f64> {
    if xs.len() < 2 {
        return None;
    }
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
    Some(var.sqrt())
}

/// The spread of recorded growth, in the form the band takes: the standard deviation of yearly
/// log-growth for a rate, of yearly additions for an addition.
pub fn spread_of_log_growth(series: &Series) -> Option<f64> {
    let logs: Vec<f64> = changes(series)
        .iter()
        .map(|c| libm::log1p(c.rate / 100.0))
        .collect();
    std_dev(&logs)
}

pub fn spread_of_additions(series: &Series) -> Option<f64> {
    let adds: Vec<f64> = changes(series).iter().map(|c| c.addition).collect();
    std_dev(&adds)
}

/// The implied GDP deflator in percent (derived): nominal ratio ÷ (1 + real growth) − 1,
/// for each year with both levels and the real growth recorded.
pub fn implied_deflator(gdp: &Series, real_growth: &Series) -> Vec<(i32, f64)> {
    changes(gdp)
        .iter()
        .filter_map(|c| {
            let real = real_growth.value(c.year)?;
            engine::real_rate(c.rate, real).ok().map(|d| (c.year, d))
        })
        .collect()
}

/// The implied GDP deflator's range in percent (derived), for each year with both levels
/// recorded and the real growth recorded or bounded on both sides: `(year, low, high)`, equal
/// where the real growth is recorded.
pub fn implied_deflator_bounds(gdp: &Series, real_growth: &Series) -> Vec<(i32, f64, f64)> {
    changes(gdp)
        .iter()
        .filter_map(|c| {
            let p = real_growth.point(c.year)?;
            let (real_low, real_high) = match p.value {
                Some(v) => (v, v),
                None => (p.lower.as_ref()?.value, p.upper.as_ref()?.value),
            };
            // More real growth leaves less for prices.
            let low = engine::real_rate(c.rate, real_high).ok()?;
            let high = engine::real_rate(c.rate, real_low).ok()?;
            Some((c.year, low, high))
        })
        .collect()
}
