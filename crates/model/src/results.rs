//! One full recompute: for each headline indicator, the pathway a scenario's settings give
//! against the plan's 2025 target. The page, the exports and the benchmark all read this.

use super::band::{self, Band};
use super::conditioned::{self, Pace, Record};
use super::dataset::{Comparator, Dataset, Grade, Point, Series};
use super::engine::{self, EngineError, Growth, Path, LAST_YEAR};
use super::history::{self, Average};
use super::scenario::{Indicator, Mode, Scenario, Settings};
use super::status::{judge, judge_point, Need};
use super::verdict::target_of;

pub use crate::reality::TARGET_YEAR;

/// Where a pathway starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Base {
    pub year: i32,
    pub value: f64,
    /// The recorded point, or None for the user's own assumption (renewables).
    pub point: Option<Point>,
}

/// The first year the target is met at the chosen setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reached {
    /// Already met in the base year or reached in this year.
    Year(i32),
    /// Not by [`LAST_YEAR`].
    NotBy(i32),
}

/// What a setting means for one indicator: the setting's path from the base year (what it
/// would have given over the plan's period, [`FromBase`]) and the outlook from the latest record
/// (what is still open, [`FromRecord`]), kept apart because they answer different questions.
#[derive(Debug, Clone, PartialEq)]
pub struct Outlook {
    pub indicator: Indicator,
    /// In the dataset's unit: 亿元, 万人, 万千瓦.
    pub target: f64,
    pub target_year: i32,
    /// None only for renewables before the user gives a starting capacity.
    pub base: Option<Base>,
    /// The growth used: for GDP the nominal rate, since the target is in current prices.
    pub growth: Growth,
    /// The recorded average of the same kind as `growth`, for comparison.
    pub history_average: Option<Average>,
    /// Set when the engine refused the input; the parts below are then empty.
    pub error: Option<EngineError>,
    pub from_base: FromBase,
    pub from_record: FromRecord,
}

/// The setting's path from the base year: the plan period's "what if".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FromBase {
    pub path: Option<Path>,
    pub projected: Option<f64>,
    /// Projected minus target, in the unit; negative means short.
    pub gap: Option<f64>,
    pub gap_pct: Option<f64>,
    /// The constant growth of the same kind that hits the target in the target year.
    pub required: Option<Growth>,
    /// GDP only: the real growth the required nominal rate means at the chosen deflator.
    pub required_real: Option<f64>,
    pub required_path: Option<Path>,
    pub reached: Option<Reached>,
    /// The first year the path from the base year meets the target although the record says
    /// that year fell short: the path is then "what it would have taken", not what happened.
    pub contradicted: Option<i32>,
    /// The chance of the horizon computed from the base year as if nothing had been recorded
    /// since: for the math panel's comparison, never a headline.
    pub probability_from_base: Option<f64>,
}

/// The outlook from the latest record: what the record leaves open.
#[derive(Debug, Clone, PartialEq)]
pub struct FromRecord {
    /// What is known after the base year: the latest recorded level and later ranges (for
    /// renewables, the user's start). What the outlook starts from.
    pub record: Option<Record>,
    /// From the record at the chosen growth, held inside what is recorded of later years: the
    /// year the target is reached, if by the last year.
    pub pace: Option<Pace>,
    /// The range of likely outcomes from the record to the horizon (`band=1` only).
    pub band: Option<Band>,
    /// The chance that the value in `probability_year` (the horizon) is at least the target,
    /// given the record (`band=1` only).
    pub probability: Option<f64>,
    pub probability_year: i32,
    /// Whether the chance rests on a recorded figure that settles nothing (the horizon is the
    /// year of a third-party figure): then it holds only if that figure does.
    pub probability_unconfirmed: bool,
    /// The spread of the recorded yearly growth the band and the chances use, or None where no
    /// series gives one.
    pub spread: Option<f64>,
}

/// The chosen growth of an indicator under some settings.
pub fn growth_of(indicator: Indicator, s: &Settings) -> Result<Growth, EngineError> {
    Ok(match indicator {
        Indicator::Gdp => Growth::Rate(engine::nominal_rate(s.gdp, s.defl)?),
        Indicator::Pop => as_growth(s.pop_mode, s.pop),
        Indicator::Re => as_growth(s.re_mode, s.re),
    })
}

pub fn as_growth(mode: Mode, value: f64) -> Growth {
    match mode {
        Mode::Rate => Growth::Rate(value),
        Mode::Add => Growth::Add(value),
    }
}

/// The recorded base of an indicator in a year (renewables: the user's value).
pub fn base_of(
    data: &Dataset,
    indicator: Indicator,
    year: i32,
    re_base: Option<f64>,
) -> Option<Base> {
    match indicator {
        Indicator::Re => re_base.map(|value| Base {
            year,
            value,
            point: None,
        }),
        _ => {
            let point = indicator.series(data).point(year)?;
            Some(Base {
                year,
                value: point.value?,
                point: Some(point.clone()),
            })
        }
    }
}

/// Computes one indicator's outlook.
pub fn outlook(
    data: &Dataset,
    scenario: &Scenario,
    settings: &Settings,
    indicator: Indicator,
) -> Outlook {
    let (target, target_year) = target_of(data, indicator).unwrap_or((f64::NAN, TARGET_YEAR));
    let series = Some(indicator.series(data));
    let mut out = Outlook {
        indicator,
        target,
        target_year,
        base: base_of(data, indicator, scenario.from, scenario.re_base),
        growth: Growth::Rate(0.0),
        history_average: None,
        error: None,
        from_base: FromBase::default(),
        from_record: FromRecord {
            record: None,
            pace: None,
            band: None,
            probability: None,
            probability_year: scenario.to,
            probability_unconfirmed: false,
            spread: None,
        },
    };
    let growth = match growth_of(indicator, settings) {
        Ok(g) => g,
        Err(e) => {
            out.error = Some(e);
            return out;
        }
    };
    out.growth = growth;
    out.history_average = series.and_then(|s| match growth {
        Growth::Rate(_) => history::average_rate(s),
        Growth::Add(_) => history::average_addition(s),
    });
    out.from_record.spread = series.and_then(|s| match growth {
        Growth::Rate(_) => history::spread_of_log_growth(s),
        Growth::Add(_) => history::spread_of_additions(s),
    });
    let Some(base) = out.base.clone() else {
        return out;
    };
    out.from_record.record = match base.point {
        Some(_) => series.and_then(|s| Record::of(s, scenario.from)),
        None => Some(Record::start(base.year, base.value)),
    };
    if let Err(e) = fill(&mut out, &base, growth, scenario, settings) {
        out.error = Some(e);
        return out;
    }
    if let Err(e) = fill_outlook(&mut out, growth, scenario, series) {
        out.error = Some(e);
    }
    out
}

/// What is known, then: from the record on, the year the target is reached at the growth, and
/// (with the band) the chance and the range given the record.
fn fill_outlook(
    out: &mut Outlook,
    growth: Growth,
    scenario: &Scenario,
    series: Option<&Series>,
) -> Result<(), EngineError> {
    // The base year's path meets the target in a year the record says fell short.
    if let (Some(path), Some(series)) = (&out.from_base.path, series) {
        out.from_base.contradicted = path.points().find_map(|(y, v)| {
            (v >= out.target
                && judge(series.point(y), out.target, Comparator::AtLeast) == Some(false))
            .then_some(y)
        });
    }
    let Some(record) = out.from_record.record.clone() else {
        return Ok(());
    };
    if record.latest.0 < LAST_YEAR {
        out.from_record.pace = Some(conditioned::pace(&record, growth, out.target, LAST_YEAR)?);
    }
    if !scenario.band {
        return Ok(());
    }
    let Some(spread) = out.from_record.spread else {
        return Ok(());
    };
    let to = scenario.to.max(record.latest.0);
    out.from_record.band = Some(conditioned::band(&record, growth, spread, to)?);
    out.from_record.probability = if to > record.latest.0 {
        Some(conditioned::probability(
            &record, growth, spread, to, out.target,
        )?)
    } else {
        // The horizon is itself recorded: what decides it there, and how firmly (GDP's 2025 is
        // a third-party figure inside an official range, which settles it).
        let need = Need::of(Some(out.target), Comparator::AtLeast);
        let grade = series
            .and_then(|s| s.point(to))
            .zip(need)
            .and_then(|(p, n)| judge_point(p, &n))
            .map_or(record.latest_grade, |(_, _, g)| g);
        out.from_record.probability_unconfirmed = grade < Grade::Settles;
        Some(if record.latest.1 >= out.target {
            1.0
        } else {
            0.0
        })
    };
    out.from_record.probability_year = to;
    Ok(())
}

fn fill(
    out: &mut Outlook,
    base: &Base,
    growth: Growth,
    scenario: &Scenario,
    settings: &Settings,
) -> Result<(), EngineError> {
    let end = scenario.to.max(out.target_year);
    let path = engine::project(base.year, base.value, growth, end)?;
    let projected = path.at(out.target_year);
    out.from_base.projected = projected;
    out.from_base.gap = projected.map(|p| p - out.target);
    out.from_base.gap_pct = projected.map(|p| (p / out.target - 1.0) * 100.0);
    // A zero base cannot grow by a rate: the required rate is then undefined, not an error.
    let required = engine::solve(growth, base.year, base.value, out.target_year, out.target).ok();
    out.from_base.required = required;
    if let (Indicator::Gdp, Some(Growth::Rate(nominal))) = (out.indicator, required) {
        out.from_base.required_real = engine::real_rate(nominal, settings.defl).ok();
    }
    out.from_base.required_path = match required {
        Some(g) => Some(engine::project(base.year, base.value, g, out.target_year)?),
        None => None,
    };
    out.from_base.reached = Some(
        match engine::year_reached(base.year, base.value, growth, out.target, LAST_YEAR)? {
            Some(y) => Reached::Year(y),
            None => Reached::NotBy(LAST_YEAR),
        },
    );
    if scenario.band {
        if let Some(spread) = out.from_record.spread {
            let to = scenario.to.max(base.year + 1);
            out.from_base.probability_from_base = Some(band::probability_of_reaching(
                base.year, base.value, growth, spread, to, out.target,
            )?);
        }
    }
    out.from_base.path = Some(path);
    Ok(())
}

/// All three outlooks for one scenario's settings, in page order.
pub fn compute(data: &Dataset, scenario: &Scenario, settings: &Settings) -> [Outlook; 3] {
    Indicator::ALL.map(|i| outlook(data, scenario, settings, i))
}

/// For renewables without a starting capacity: the yearly addition (万千瓦) and the rate (%)
/// needed from each starting capacity `0, step, …, target` in `base_year`.
pub fn required_by_start(
    base_year: i32,
    target: f64,
    target_year: i32,
    step: f64,
) -> Vec<(f64, f64, Option<f64>)> {
    if !(step.is_finite() && step > 0.0 && target.is_finite() && target > 0.0) {
        return Vec::new();
    }
    let n = (target / step).floor() as usize;
    (0..=n)
        .map(|i| {
            let start = i as f64 * step;
            let add =
                engine::solve_addition(base_year, start, target_year, target).unwrap_or(f64::NAN);
            let rate = engine::solve_rate(base_year, start, target_year, target).ok();
            (start, add, rate)
        })
        .filter(|(_, add, _)| add.is_finite())
        .collect()
}
