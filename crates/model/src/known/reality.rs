//! The reality check: for each headline target, what the plan needed from its base year, what
//! was recorded since, and a plain verdict from the data alone.

use super::verdict::target_of;
use crate::dataset::{Dataset, Point};
use crate::engine;
use crate::history::{self, Change};
use crate::scenario::Indicator;

/// The plan's base year: the last year recorded when it was issued in January 2023.
pub const PLAN_BASE_YEAR: i32 = 2022;
/// The plan's target year.
pub const TARGET_YEAR: i32 = 2025;

/// Whether the recorded growth kept up with the pace the target needed (the verdict on the
/// target itself is `verdict`'s).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    /// Recorded growth since the base year kept up with the pace the target needed.
    OnPace,
    /// Recorded growth fell short of that pace.
    BehindPace,
    /// Nothing was recorded to judge by.
    NoData,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RealityItem {
    pub indicator: Indicator,
    pub target: f64,
    pub base_value: Option<f64>,
    /// The constant rate (%) needed from the plan's base year.
    pub needed_rate: Option<f64>,
    /// The constant yearly addition needed from the plan's base year.
    pub needed_addition: Option<f64>,
    /// Recorded changes in the years after the base year.
    pub recorded: Vec<Change>,
    /// The last recorded value.
    pub latest: Option<(i32, f64)>,
    /// The rate the target year alone would have needed from the last value recorded before it.
    pub needed_from_latest: Option<f64>,
    /// The target year's own figure, if any (for GDP an estimate stated as a bound).
    pub target_year_point: Option<Point>,
    /// Average recorded rate from the base year to the latest year.
    pub recorded_rate: Option<f64>,
    pub pace: Pace,
}

pub fn reality_check(data: &Dataset) -> Vec<RealityItem> {
    Indicator::ALL.iter().map(|&i| item(data, i)).collect()
}

fn item(data: &Dataset, indicator: Indicator) -> RealityItem {
    let target = target_of(data, indicator).map_or(f64::NAN, |t| t.0);
    let series = Some(indicator.series(data));
    let base_value = series.and_then(|s| s.value(PLAN_BASE_YEAR));
    let needed_rate =
        base_value.and_then(|b| engine::solve_rate(PLAN_BASE_YEAR, b, TARGET_YEAR, target).ok());
    let needed_addition = base_value
        .and_then(|b| engine::solve_addition(PLAN_BASE_YEAR, b, TARGET_YEAR, target).ok());
    let recorded: Vec<Change> = series
        .map(|s| {
            history::changes(s)
                .into_iter()
                .filter(|c| c.year > PLAN_BASE_YEAR)
                .collect()
        })
        .unwrap_or_default();
    let latest = series.and_then(|s| s.recorded().filter(|(y, _)| *y >= PLAN_BASE_YEAR).last());
    let needed_from_latest = series
        .and_then(|s| {
            s.recorded()
                .filter(|(y, _)| (PLAN_BASE_YEAR..TARGET_YEAR).contains(y))
                .last()
        })
        .and_then(|(y, v)| engine::solve_rate(y, v, TARGET_YEAR, target).ok());
    let target_year_point = series
        .and_then(|s| s.point(TARGET_YEAR))
        .filter(|p| p.has_evidence())
        .cloned();
    let recorded_rate = match (base_value, latest) {
        (Some(b), Some((y, v))) if y > PLAN_BASE_YEAR => {
            engine::average_rate(PLAN_BASE_YEAR, b, y, v).ok()
        }
        _ => None,
    };
    let pace = match (recorded_rate, needed_rate) {
        (Some(got), Some(need)) if got >= need => Pace::OnPace,
        (Some(_), Some(_)) => Pace::BehindPace,
        _ => Pace::NoData,
    };
    RealityItem {
        indicator,
        target,
        base_value,
        needed_rate,
        needed_addition,
        recorded,
        latest,
        needed_from_latest,
        target_year_point,
        recorded_rate,
        pace,
    }
}
