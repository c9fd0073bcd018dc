//! What happened: each headline target's verdict for its year, from the recorded evidence alone.
//! The verdict follows the data: a recorded figure (or a bound) for the target year settles it,
//! and a dataset with a later figure gives a later verdict with no change to this code.

use super::dataset::{Comparator, Dataset, Fact, Point};
use super::engine;
use super::results::target_of;
use super::scenario::Indicator;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Met,
    Missed,
    /// Nothing recorded settles it either way.
    Unknown,
}

impl Verdict {
    /// The code of the readout contract: `data-value` of `verdict-…`.
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::Missed => "missed",
            Verdict::Unknown => "unknown",
        }
    }
}

/// One target's verdict and what it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetVerdict {
    pub indicator: Indicator,
    pub verdict: Verdict,
    pub target: f64,
    pub year: i32,
    /// The target year's point, when the record has anything for it (a value or a bound).
    pub point: Option<Point>,
    /// The last recorded value before the target year.
    pub latest: Option<(i32, f64)>,
    /// The growth (% a year) the years from `latest` to the target year would have needed.
    pub needed_from_latest: Option<f64>,
    /// The facts the plan's target names as its evidence: related figures and later aims,
    /// each labelled in the data for what it is.
    pub related: Vec<Fact>,
}

/// The verdict on "at least `target`" (or "above"), from what is known of the year.
pub fn judge(point: Option<&Point>, target: f64, comparator: Comparator) -> Verdict {
    let Some(p) = point else {
        return Verdict::Unknown;
    };
    let strictly = comparator == Comparator::Above;
    let meets = |x: f64| if strictly { x > target } else { x >= target };
    if let Some(v) = p.value {
        return if meets(v) {
            Verdict::Met
        } else {
            Verdict::Missed
        };
    }
    // Every value the upper bound allows falls short: missed.
    if let Some(u) = &p.upper {
        let short = u.value < target || (u.value == target && (u.strict || strictly));
        if short {
            return Verdict::Missed;
        }
    }
    // Every value the lower bound allows meets the target: met.
    if let Some(l) = &p.lower {
        let meets_all = l.value > target || (l.value == target && (l.strict || !strictly));
        if meets_all {
            return Verdict::Met;
        }
    }
    Verdict::Unknown
}

/// The verdict on one headline target.
pub fn verdict(data: &Dataset, indicator: Indicator) -> Option<TargetVerdict> {
    let (_, t) = data.target(indicator.target_id())?;
    let (target, year) = target_of(data, indicator)?;
    let series = indicator.series(data);
    let point = series.point(year).filter(|p| p.has_evidence()).cloned();
    let latest = series.recorded().filter(|(y, _)| *y < year).last();
    let needed_from_latest = latest.and_then(|(y, v)| engine::solve_rate(y, v, year, target).ok());
    let related = t
        .outcome
        .facts
        .iter()
        .filter_map(|f| data.fact_by_key(f).cloned())
        .collect();
    Some(TargetVerdict {
        indicator,
        verdict: judge(point.as_ref(), target, t.comparator),
        target,
        year,
        point,
        latest,
        needed_from_latest,
        related,
    })
}

/// The three headline targets' verdicts, in page order.
pub fn verdicts(data: &Dataset) -> Vec<TargetVerdict> {
    Indicator::ALL
        .iter()
        .filter_map(|&i| verdict(data, i))
        .collect()
}
