//! The uncertainty band: yearly growth varies around the chosen setting with a spread, and the
//! band gives percentiles of the value each year and the probability of reaching a target.
//!
//! Both models have an exact closed form, so nothing is sampled and the same scenario always
//! gives the same band:
//! - a rate: yearly log-growth is normal with mean ln(1 + r) and standard deviation `spread`, so
//!   the value after k years is log-normal with median on the deterministic path;
//! - an addition: yearly additions are normal with mean a and standard deviation `spread`, so the
//!   value after k years is normal (and, like the path, stops at zero).

use crate::engine::{self, EngineError, Growth, Path, Result};

/// The percentiles the band reports.
pub const PERCENTILES: [u8; 5] = [5, 25, 50, 75, 95];
/// Their standard-normal quantiles, in the same order.
const Z: [f64; 5] = [
    -1.644_853_626_951_472_2,
    -0.674_489_750_196_081_7,
    0.0,
    0.674_489_750_196_081_7,
    1.644_853_626_951_472_2,
];

/// Percentile paths, each over the same years as the projection.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// `paths[i]` is the path of percentile `PERCENTILES[i]`.
    pub paths: [Path; 5],
}

impl Band {
    pub fn median(&self) -> &Path {
        &self.paths[2]
    }
    /// (p5, p25, p50, p75, p95) in `year`.
    pub fn at(&self, year: i32) -> Option<[f64; 5]> {
        let mut out = [0.0; 5];
        for (o, p) in out.iter_mut().zip(&self.paths) {
            *o = p.at(year)?;
        }
        Some(out)
    }
}

fn check_spread(spread: f64) -> Result<f64> {
    if !spread.is_finite() {
        Err(EngineError::NotFinite { what: "the spread" })
    } else {
        // A negative spread means the same as its size.
        Ok(spread.abs())
    }
}

/// The value `k` years ahead at the standard-normal quantile `z`.
fn quantile(base: f64, growth: Growth, spread: f64, k: f64, z: f64) -> f64 {
    match growth {
        Growth::Rate(r) => base * libm::exp(k * libm::log1p(r / 100.0) + k.sqrt() * spread * z),
        Growth::Add(a) => (base + k * a + k.sqrt() * spread * z).max(0.0),
    }
}

/// The band from `base_year` to `end_year`.
pub fn band(base_year: i32, base: f64, growth: Growth, spread: f64, end_year: i32) -> Result<Band> {
    // The deterministic projection checks every input the band shares with it.
    let centre = engine::project(base_year, base, growth, end_year)?;
    let spread = check_spread(spread)?;
    let make = |z: f64| -> Result<Path> {
        let values: Vec<f64> = (0..centre.values.len())
            .map(|k| quantile(base, growth, spread, k as f64, z))
            .collect();
        if values.iter().all(|v| v.is_finite()) {
            Ok(Path { base_year, values })
        } else {
            Err(EngineError::Overflow)
        }
    };
    Ok(Band {
        paths: [
            make(Z[0])?,
            make(Z[1])?,
            make(Z[2])?,
            make(Z[3])?,
            make(Z[4])?,
        ],
    })
}

/// The probability that the value in `target_year` is at least `target`.
pub fn probability_of_reaching(
    base_year: i32,
    base: f64,
    growth: Growth,
    spread: f64,
    target_year: i32,
    target: f64,
) -> Result<f64> {
    let centre = engine::project(base_year, base, growth, target_year)?;
    let spread = check_spread(spread)?;
    if !(target.is_finite() && target > 0.0) {
        return Err(EngineError::TargetNotPositive { target });
    }
    let k = (target_year - base_year) as f64;
    let expected = centre.values.last().copied().unwrap_or(base);
    let scale = k.sqrt() * spread;
    if scale == 0.0 {
        return Ok(if expected >= target { 1.0 } else { 0.0 });
    }
    let z = match growth {
        Growth::Rate(r) => (k * libm::log1p(r / 100.0) - libm::log(target / base)) / scale,
        Growth::Add(a) => (base + k * a - target) / scale,
    };
    Ok(normal_cdf(z).clamp(0.0, 1.0))
}

/// The standard normal distribution function, Φ(x).
pub fn normal_cdf(x: f64) -> f64 {
    0.5 * libm::erfc(-x / std::f64::consts::SQRT_2)
}
