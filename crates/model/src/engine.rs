//! The projection engine: compound and linear paths, the rate or addition a target needs, the
//! year it is reached, and GDP in current prices from real growth and a deflator.
//!
//! Every function is total: bad input gives an [`EngineError`], never a panic or a NaN.
//! Rates are in percent a year, as people write them; additions are in the indicator's unit.

use std::fmt;

/// The last year the engine projects to.
pub const LAST_YEAR: i32 = 2035;
/// The first year it accepts (the dataset starts in 2019).
pub const FIRST_YEAR: i32 = 2000;

/// How an indicator changes each year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Growth {
    /// Percent a year, compounded.
    Rate(f64),
    /// A fixed addition a year, in the indicator's unit.
    Add(f64),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EngineError {
    /// A rate at or below −100% a year would make the value zero or negative.
    RateTooLow { rate: f64 },
    /// NaN or infinite input.
    NotFinite { what: &'static str },
    /// A compound path needs a base above zero.
    BaseNotPositive { base: f64 },
    /// A linear path accepts zero but not less.
    BaseNegative { base: f64 },
    /// A target needs a positive value.
    TargetNotPositive { target: f64 },
    /// The end (or target) year is before the base year, or they are the same year where
    /// the calculation needs at least one year between them.
    YearsOutOfOrder { base_year: i32, end_year: i32 },
    /// A year outside FIRST_YEAR..=LAST_YEAR.
    YearOutOfRange { year: i32 },
    /// The result does not fit in a finite number.
    Overflow,
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::RateTooLow { rate } => write!(f, "a rate of {rate}% a year is at or below −100%"),
            Self::NotFinite { what } => write!(f, "{what} is not a finite number"),
            Self::BaseNotPositive { base } => {
                write!(f, "a compound path needs a base above zero, not {base}")
            }
            Self::BaseNegative { base } => write!(f, "the base cannot be negative ({base})"),
            Self::TargetNotPositive { target } => {
                write!(f, "the target must be above zero, not {target}")
            }
            Self::YearsOutOfOrder {
                base_year,
                end_year,
            } => {
                write!(
                    f,
                    "the year {end_year} does not come after the base year {base_year}"
                )
            }
            Self::YearOutOfRange { year } => {
                write!(f, "the year {year} is outside {FIRST_YEAR}–{LAST_YEAR}")
            }
            Self::Overflow => write!(f, "the result is too large to represent"),
        }
    }
}

impl std::error::Error for EngineError {}

pub type Result<T> = std::result::Result<T, EngineError>;

/// A value for each year from the base year to the end year, both included.
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    pub base_year: i32,
    pub values: Vec<f64>,
}

impl Path {
    pub fn end_year(&self) -> i32 {
        self.base_year + self.values.len() as i32 - 1
    }
    /// The value in `year`, if the path covers it.
    pub fn at(&self, year: i32) -> Option<f64> {
        let i = usize::try_from(year - self.base_year).ok()?;
        self.values.get(i).copied()
    }
    pub fn points(&self) -> impl Iterator<Item = (i32, f64)> + '_ {
        (self.base_year..).zip(self.values.iter().copied())
    }
}

fn finite(x: f64, what: &'static str) -> Result<f64> {
    if x.is_finite() {
        Ok(x)
    } else {
        Err(EngineError::NotFinite { what })
    }
}

fn check_year(year: i32) -> Result<i32> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
        Ok(year)
    } else {
        Err(EngineError::YearOutOfRange { year })
    }
}

/// Years from `base_year` to `end_year`; `strict` asks for at least one.
fn span(base_year: i32, end_year: i32, strict: bool) -> Result<usize> {
    check_year(base_year)?;
    check_year(end_year)?;
    let n = end_year - base_year;
    if n < 0 || (strict && n == 0) {
        return Err(EngineError::YearsOutOfOrder {
            base_year,
            end_year,
        });
    }
    Ok(n as usize)
}

fn check_rate(rate: f64) -> Result<f64> {
    finite(rate, "the rate")?;
    if rate <= -100.0 {
        Err(EngineError::RateTooLow { rate })
    } else {
        Ok(rate)
    }
}

fn check_base(growth: Growth, base: f64) -> Result<f64> {
    finite(base, "the base value")?;
    match growth {
        Growth::Rate(_) if base <= 0.0 => Err(EngineError::BaseNotPositive { base }),
        Growth::Add(_) if base < 0.0 => Err(EngineError::BaseNegative { base }),
        _ => Ok(base),
    }
}

fn check_growth(growth: Growth) -> Result<Growth> {
    match growth {
        Growth::Rate(r) => check_rate(r).map(Growth::Rate),
        Growth::Add(a) => finite(a, "the yearly addition").map(Growth::Add),
    }
}

/// One year's step. A quantity cannot fall below zero, so a falling linear path stops there.
fn step(value: f64, growth: Growth) -> f64 {
    match growth {
        Growth::Rate(r) => value * (1.0 + r / 100.0),
        Growth::Add(a) => (value + a).max(0.0),
    }
}

/// Projects `base` from `base_year` to `end_year` at one constant growth.
pub fn project(base_year: i32, base: f64, growth: Growth, end_year: i32) -> Result<Path> {
    let n = span(base_year, end_year, false)?;
    let growth = check_growth(growth)?;
    let base = check_base(growth, base)?;
    let mut values = Vec::with_capacity(n + 1);
    values.push(base);
    let mut v = base;
    for _ in 0..n {
        v = match growth {
            // A closed form keeps long compound paths exact rather than accumulating rounding.
            Growth::Rate(r) => base * (1.0 + r / 100.0).powi(values.len() as i32),
            Growth::Add(_) => step(v, growth),
        };
        values.push(v);
    }
    finish(base_year, values)
}

/// Projects with a growth for each year after the base: `growths[0]` takes the base year to the
/// next. Modes may be mixed (the "recorded so far, then a trend" preset needs it).
pub fn project_each(base_year: i32, base: f64, growths: &[Growth]) -> Result<Path> {
    let end_year = base_year.saturating_add(i32::try_from(growths.len()).unwrap_or(i32::MAX));
    span(base_year, end_year, false)?;
    let mut v = finite(base, "the base value")?;
    let mut values = Vec::with_capacity(growths.len() + 1);
    values.push(v);
    for &g in growths {
        let g = check_growth(g)?;
        // A compound step from zero would stay at zero forever: say so instead.
        check_base(g, v)?;
        v = step(v, g);
        values.push(v);
    }
    finish(base_year, values)
}

fn finish(base_year: i32, values: Vec<f64>) -> Result<Path> {
    if values.iter().all(|v| v.is_finite()) {
        Ok(Path { base_year, values })
    } else {
        Err(EngineError::Overflow)
    }
}

/// Growth in current prices from real growth and the deflator, all in percent:
/// (1 + nominal) = (1 + real)(1 + deflator).
pub fn nominal_rate(real: f64, deflator: f64) -> Result<f64> {
    let real = check_rate(real)?;
    let deflator = check_rate(deflator)?;
    Ok(((1.0 + real / 100.0) * (1.0 + deflator / 100.0) - 1.0) * 100.0)
}

/// The real growth that a nominal rate means at a given deflator: the inverse of [`nominal_rate`].
pub fn real_rate(nominal: f64, deflator: f64) -> Result<f64> {
    let nominal = check_rate(nominal)?;
    let deflator = check_rate(deflator)?;
    Ok(((1.0 + nominal / 100.0) / (1.0 + deflator / 100.0) - 1.0) * 100.0)
}

/// The constant rate (percent a year) that takes `base` in `base_year` to `target` in `target_year`.
pub fn solve_rate(base_year: i32, base: f64, target_year: i32, target: f64) -> Result<f64> {
    let n = span(base_year, target_year, true)?;
    let base = check_base(Growth::Rate(0.0), base)?;
    let target = positive_target(target)?;
    let r = libm::expm1(libm::log(target / base) / n as f64) * 100.0;
    finite(r, "the solved rate").map_err(|_| EngineError::Overflow)
}

/// The constant yearly addition that takes `base` in `base_year` to `target` in `target_year`.
pub fn solve_addition(base_year: i32, base: f64, target_year: i32, target: f64) -> Result<f64> {
    let n = span(base_year, target_year, true)?;
    let base = check_base(Growth::Add(0.0), base)?;
    let target = positive_target(target)?;
    let a = (target - base) / n as f64;
    finite(a, "the solved addition").map_err(|_| EngineError::Overflow)
}

/// The constant growth of the same kind as `like` that reaches the target.
pub fn solve(
    like: Growth,
    base_year: i32,
    base: f64,
    target_year: i32,
    target: f64,
) -> Result<Growth> {
    match like {
        Growth::Rate(_) => solve_rate(base_year, base, target_year, target).map(Growth::Rate),
        Growth::Add(_) => solve_addition(base_year, base, target_year, target).map(Growth::Add),
    }
}

fn positive_target(target: f64) -> Result<f64> {
    finite(target, "the target")?;
    if target > 0.0 {
        Ok(target)
    } else {
        Err(EngineError::TargetNotPositive { target })
    }
}

/// How long a constant growth takes to reach a target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reach {
    /// The base already meets the target.
    Already,
    /// After this many years (a fraction: 2.4 means during the third year).
    After(f64),
    /// The growth never gets there.
    Never,
}

/// Years until `growth` takes `base` to `target`.
pub fn years_to_target(base: f64, growth: Growth, target: f64) -> Result<Reach> {
    let growth = check_growth(growth)?;
    let base = check_base(growth, base)?;
    let target = positive_target(target)?;
    if base >= target {
        return Ok(Reach::Already);
    }
    let years = match growth {
        Growth::Rate(r) if r > 0.0 => libm::log(target / base) / libm::log1p(r / 100.0),
        Growth::Add(a) if a > 0.0 => (target - base) / a,
        _ => return Ok(Reach::Never),
    };
    Ok(if years.is_finite() {
        Reach::After(years)
    } else {
        Reach::Never
    })
}

/// The first whole year, up to `last_year`, whose projected value meets the target.
/// A hair of tolerance lets a path solved to land exactly on the target count as reaching it.
pub fn year_reached(
    base_year: i32,
    base: f64,
    growth: Growth,
    target: f64,
    last_year: i32,
) -> Result<Option<i32>> {
    check_year(base_year)?;
    check_year(last_year)?;
    Ok(match years_to_target(base, growth, target)? {
        Reach::Already => Some(base_year),
        Reach::Never => None,
        Reach::After(n) => {
            let whole = (n - 1e-9 * n.max(1.0)).ceil().max(0.0);
            let year = base_year as f64 + whole;
            (year <= last_year as f64).then_some(year as i32)
        }
    })
}

/// The compound average growth (percent a year) between two recorded values.
pub fn average_rate(first_year: i32, first: f64, last_year: i32, last: f64) -> Result<f64> {
    solve_rate(first_year, first, last_year, last)
}

/// The mean yearly addition between two recorded values.
pub fn average_addition(first_year: i32, first: f64, last_year: i32, last: f64) -> Result<f64> {
    let n = span(first_year, last_year, true)?;
    let a = (finite(last, "the last value")? - finite(first, "the first value")?) / n as f64;
    finite(a, "the average addition").map_err(|_| EngineError::Overflow)
}
