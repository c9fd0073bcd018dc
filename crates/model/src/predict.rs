//! Predict, then reveal: how far a reader's drawn line was from the record, year by year and
//! on average, and whether the reader expected the target to be met.

use super::dataset::{Dataset, Grade};
use super::scenario::{Drawn, Indicator};
use super::status::Status;
use super::verdict::{target_of, verdict};

/// One drawn year against the record.
#[derive(Debug, Clone, PartialEq)]
pub struct YearGap {
    pub year: i32,
    pub guess: f64,
    /// The recorded value, where there is one, and whether it is a third-party figure.
    pub record: Option<(f64, bool)>,
    /// The guess less the record, in percent of the record.
    pub gap_pct: Option<f64>,
    /// The official record's range for the year, where it gives one (the GDP's 2025: between
    /// 14000 and 15000亿元).
    pub bounds: (Option<f64>, Option<f64>),
}

/// A drawn line against the record.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub years: Vec<YearGap>,
    /// The mean of the years' absolute gaps, in percent (None without a recorded year).
    pub mean_abs_pct: Option<f64>,
    /// Whether the line reaches the target in its year (None where that year is not drawn).
    pub expected_met: Option<bool>,
    pub target: f64,
    pub target_year: i32,
    /// What became of the target, from the record.
    pub status: Option<Status>,
}

/// Compares the years of `drawn` after the base year `from` with the record.
pub fn compare(data: &Dataset, i: Indicator, drawn: &Drawn, from: i32) -> Comparison {
    let series = i.series(data);
    let (target, target_year) = target_of(data, i).unwrap_or((f64::NAN, 2025));
    let years: Vec<YearGap> = drawn
        .from_year(from)
        .map(|(year, guess)| {
            let record = series.point(year).and_then(|p| {
                p.value
                    .map(|v| (v, p.reliability.grade(p.basis) < Grade::Settles))
            });
            let gap_pct = record
                .filter(|(v, _)| *v != 0.0)
                .map(|(v, _)| (guess - v) / v * 100.0);
            let bounds = series.point(year).map_or((None, None), |p| {
                (
                    p.lower.as_ref().map(|b| b.value),
                    p.upper.as_ref().map(|b| b.value),
                )
            });
            YearGap {
                year,
                guess,
                record,
                gap_pct,
                bounds,
            }
        })
        .collect();
    let gaps: Vec<f64> = years.iter().filter_map(|y| y.gap_pct).collect();
    let mean_abs_pct =
        (!gaps.is_empty()).then(|| gaps.iter().map(|g| g.abs()).sum::<f64>() / gaps.len() as f64);
    let expected_met = drawn.0.get(&target_year).map(|g| *g >= target);
    Comparison {
        years,
        mean_abs_pct,
        expected_met,
        target,
        target_year,
        status: verdict(data, i).map(|v| v.verdict),
    }
}
