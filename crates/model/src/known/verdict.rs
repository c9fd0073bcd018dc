//! What happened to the three targets the instrument projects: each one's status for its year,
//! as `status` gives it for every target of the plan (one logic, not two), with what the
//! instrument shows beside it: the target year's record, the latest figure before it, the pace
//! the target needed from there, and the related facts the plan's target names.

use super::status::{assess, records_of, Assessment, Status};
use crate::dataset::{Dataset, Fact, Point, Series, HEADLINE_TARGETS};
use crate::scenario::Indicator;

impl Indicator {
    /// The indicator's recorded series.
    pub fn series(self, data: &Dataset) -> &Series {
        match self {
            Indicator::Gdp => &data.series.gdp,
            Indicator::Pop => &data.series.population,
            Indicator::Re => &data.series.renewables,
        }
    }
    /// The id of its target in the plan's tasks (one of [`HEADLINE_TARGETS`], which the build
    /// checks are there).
    pub fn target_id(self) -> &'static str {
        HEADLINE_TARGETS[self as usize]
    }
}

/// The target value of an indicator, from the plan, and its year.
pub fn target_of(data: &Dataset, indicator: Indicator) -> Option<(f64, i32)> {
    let (_, t) = data.target(indicator.target_id())?;
    Some((t.value?, t.year))
}

/// One headline target's status and what it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetVerdict {
    pub indicator: Indicator,
    pub verdict: Status,
    /// The whole assessment, as the plan's tracker shows it.
    pub assessment: Assessment,
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

/// The verdict on one headline target.
pub fn verdict(data: &Dataset, indicator: Indicator) -> Option<TargetVerdict> {
    let (_, t) = data.target(indicator.target_id())?;
    let (target, _) = target_of(data, indicator)?;
    let a = assess(t, records_of(data, t), data.plan.period_end);
    let year = a.year;
    let point = indicator
        .series(data)
        .point(year)
        .filter(|p| p.has_evidence())
        .cloned();
    let related = t
        .outcome
        .facts
        .iter()
        .filter_map(|f| data.fact_by_key(f).cloned())
        .collect();
    Some(TargetVerdict {
        indicator,
        verdict: a.status,
        target,
        year,
        point,
        latest: a.needed.map(|n| n.from),
        needed_from_latest: a.needed.and_then(|n| n.rate),
        related,
        assessment: a,
    })
}

/// The three headline targets' verdicts, in page order.
pub fn verdicts(data: &Dataset) -> Vec<TargetVerdict> {
    Indicator::ALL
        .iter()
        .filter_map(|&i| verdict(data, i))
        .collect()
}
