//! What became of each of the plan's quantified targets: a status from the record alone, with
//! the evidence that decided it. One logic serves all of them, the three the instrument projects
//! too (`verdict` reads it), and it follows the data: a new record changes a status with no
//! change here.
//!
//! The rule of evidence, in the order it is tried:
//! 1. a figure for the judged year, of reliability official news or better (or arithmetic on
//!    such figures), settles it: met or missed;
//! 2. an official sentence without a figure settles it only where its wording names the target;
//! 3. a third-party figure for the judged year gives "met, unconfirmed" or "missed, unconfirmed";
//! 4. where the record stops before the judged year and has at least three yearly figures, the
//!    outlook model of the instrument (conditioned on the record, at the target's own recorded
//!    pace and spread) gives a chance: above 95% "likely met", below 5% "likely missed";
//! 5. otherwise it is unknown, and the words say what would settle it.
//!
//! A target without a stated year is judged at the end of the plan period.

use super::conditioned::{self, Record};
use crate::dataset::{
    Bound, Comparator, Dataset, Grade, Point, Series, Statement, Str, Target, Task, Text,
    HEADLINE_TARGETS,
};
use crate::engine::{self, Growth};
use crate::history;
use std::borrow::Cow;

/// A target's status, from the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Met,
    MetUnconfirmed,
    Missed,
    MissedUnconfirmed,
    LikelyMet,
    LikelyMissed,
    Unknown,
}

impl Status {
    /// Every status, in the order the page lists and sorts them.
    pub const ALL: [Status; 7] = [
        Status::Met,
        Status::MetUnconfirmed,
        Status::Missed,
        Status::MissedUnconfirmed,
        Status::LikelyMet,
        Status::LikelyMissed,
        Status::Unknown,
    ];

    /// The code of the testing contract (`data-value`) and of the downloads.
    pub fn code(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::MetUnconfirmed => "met-unconfirmed",
            Status::Missed => "missed",
            Status::MissedUnconfirmed => "missed-unconfirmed",
            Status::LikelyMet => "likely-met",
            Status::LikelyMissed => "likely-missed",
            Status::Unknown => "unknown",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Which way it points: met (true), missed (false), or neither.
    pub fn met(self) -> Option<bool> {
        match self {
            Status::Met | Status::MetUnconfirmed | Status::LikelyMet => Some(true),
            Status::Missed | Status::MissedUnconfirmed | Status::LikelyMissed => Some(false),
            Status::Unknown => None,
        }
    }
}

/// "About" (左右, 约) is read as no more than this share below the figure, or anything above.
pub const ABOUT: f64 = 0.05;
/// A chance beyond these makes a target "likely met" or "likely missed".
pub const LIKELY: (f64, f64) = (0.05, 0.95);
/// The yearly figures a target needs before the outlook model speaks for it.
pub const MIN_YEARLY_RECORDS: usize = 3;

/// What a target asks of its figure: at least (or at most) `at`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Need {
    pub at: f64,
    /// Whether `at` itself falls short ("超过": strictly more).
    pub strict: bool,
    /// More is better (at least); false for "at most".
    pub up: bool,
}

impl Need {
    /// None for a target that names no quantity (something done by a date).
    pub fn of(value: Option<f64>, comparator: Comparator) -> Option<Need> {
        let v = value.filter(|v| v.is_finite())?;
        let (at, strict, up) = match comparator {
            // A count of work to do (919 sites) is met when all of it is done; a range (3—5)
            // when its low end is reached.
            Comparator::AtLeast | Comparator::Exactly | Comparator::Range => (v, false, true),
            Comparator::Above => (v, true, true),
            Comparator::About => (v * (1.0 - ABOUT), false, true),
            Comparator::AtMost => (v, false, false),
            Comparator::ByDate => return None,
        };
        Some(Need { at, strict, up })
    }

    pub fn meets(&self, x: f64) -> bool {
        match (self.up, self.strict) {
            (true, true) => x > self.at,
            (true, false) => x >= self.at,
            (false, true) => x < self.at,
            (false, false) => x <= self.at,
        }
    }

    /// What a lower bound settles: every value it allows meets the need (Some(true)), every
    /// one falls short (Some(false)), or neither.
    fn settled_by_lower(&self, b: &Bound) -> Option<bool> {
        let (l, at) = (b.value, self.at);
        if self.up {
            (l > at || (l == at && (b.strict || !self.strict))).then_some(true)
        } else {
            (l > at || (l == at && (b.strict || self.strict))).then_some(false)
        }
    }

    /// What an upper bound settles, as [`Need::settled_by_lower`].
    fn settled_by_upper(&self, b: &Bound) -> Option<bool> {
        let (u, at) = (b.value, self.at);
        if self.up {
            (u < at || (u == at && (b.strict || self.strict))).then_some(false)
        } else {
            (u < at || (u == at && (b.strict || !self.strict))).then_some(true)
        }
    }
}

/// Which part of a year's record decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Value,
    Lower,
    Upper,
}

/// What a year's record says of a need, from its best-graded part: (met, the part, its grade).
pub fn judge_point(point: &Point, need: &Need) -> Option<(bool, Part, Grade)> {
    let value = point.value.map(|v| {
        (
            need.meets(v),
            Part::Value,
            point.reliability.grade(point.basis),
        )
    });
    let lower = point.lower.as_ref().and_then(|b| {
        Some((
            need.settled_by_lower(b)?,
            Part::Lower,
            b.reliability.grade(b.basis),
        ))
    });
    let upper = point.upper.as_ref().and_then(|b| {
        Some((
            need.settled_by_upper(b)?,
            Part::Upper,
            b.reliability.grade(b.basis),
        ))
    });
    [value, lower, upper]
        .into_iter()
        .flatten()
        .filter(|(_, _, g)| *g > Grade::Unusable)
        // The first of the best grade: a value before its bounds.
        .fold(None, |best: Option<(bool, Part, Grade)>, c| match best {
            Some(b) if b.2 >= c.2 => Some(b),
            _ => Some(c),
        })
}

/// Whether a year's record says "at least `target`" (or "above") was met: Some(true), Some(false)
/// or None where it does not settle it, whatever the grade.
pub fn judge(point: Option<&Point>, target: f64, comparator: Comparator) -> Option<bool> {
    let need = Need::of(Some(target), comparator)?;
    judge_point(point?, &need).map(|j| j.0)
}

/// The pace a target needed from its latest recorded figure: what it would have taken.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Needed {
    /// The latest recorded figure before the judged year.
    pub from: (i32, f64),
    /// A year, in percent (None from zero).
    pub rate: Option<f64>,
    /// A year, in the target's unit.
    pub addition: Option<f64>,
    /// The last recorded yearly change, for comparison: (year, percent, addition).
    pub last_change: Option<(i32, f64, f64)>,
}

/// The outlook model's chance, and what it was computed from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Chance {
    /// That the judged year's figure meets the target, given the record.
    pub p: f64,
    /// The recorded pace it assumes (compound average, % a year) and its years.
    pub pace: f64,
    pub years: (i32, i32),
    /// The spread of yearly log-growth it assumes.
    pub spread: f64,
}

/// What decided a status.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// The judged year's record: the point and the part of it that decided.
    Record { point: Box<Point>, part: Part },
    /// An official sentence that names the target.
    Statement(Statement),
    /// The outlook from the latest record.
    Outlook(Chance),
    /// Nothing settles it.
    Nothing,
}

/// A target's status and its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub id: Str,
    pub status: Status,
    pub decision: Decision,
    /// The year judged: the target's own, or the plan's last year where it states none.
    pub year: i32,
    pub year_stated: bool,
    /// What the target asks, in its unit (None for one done by a date).
    pub need: Option<Need>,
    /// The latest record with anything in it, at or before the judged year.
    pub latest: Option<Point>,
    pub needed: Option<Needed>,
    /// The outlook's chance, where no figure or sentence settles the target and the record
    /// allows it (whether or not it decided: between 5% and 95% it does not).
    pub chance: Option<Chance>,
    /// Sentences that do not settle it, quoted as context, with why.
    pub context: Vec<Statement>,
    /// What would settle it, where the general words would mislead.
    pub settle_by: Option<Text>,
}

/// The records a target is judged on: a headline target's are its series (the instrument's);
/// any other's are its own.
pub fn records_of<'a>(data: &'a Dataset, target: &'a Target) -> &'a [Point] {
    let series = match HEADLINE_TARGETS.iter().position(|id| *id == target.id) {
        Some(0) => &data.series.gdp,
        Some(1) => &data.series.population,
        Some(2) => &data.series.renewables,
        _ => return &target.records,
    };
    &series.points
}

/// A target's status from its records, judged at `period_end` where it states no year.
pub fn assess(target: &Target, records: &[Point], period_end: i32) -> Assessment {
    let year = if target.year_stated {
        target.year
    } else {
        period_end
    };
    let need = Need::of(target.value, target.comparator);
    let point = records.iter().find(|p| p.year == year && p.has_evidence());
    let judged = need.and_then(|n| point.and_then(|p| judge_point(p, &n)));
    let latest = records
        .iter()
        .filter(|p| p.year <= year && p.has_evidence())
        .max_by_key(|p| p.year)
        .cloned();
    let series = Series {
        name: Text::default(),
        unit: Cow::Borrowed(""),
        points: Cow::Owned(records.to_vec()),
    };
    let settling = |s: &&Statement| {
        s.names_target && s.says_met.is_some() && s.reliability.grade(None) == Grade::Settles
    };
    let needed = need.and_then(|n| needed(&series, n, year));
    // The outlook model speaks only where no figure or sentence has settled it.
    let chance = if judged.is_none() && !target.statements.iter().any(|s| settling(&s)) {
        need.and_then(|n| chance(&series, n, year))
    } else {
        None
    };
    let statement = target.statements.iter().find(settling).cloned();
    let context = target
        .statements
        .iter()
        .filter(|s| !settling(s))
        .cloned()
        .collect();
    let record = |part| Decision::Record {
        point: Box::new(point.cloned().unwrap_or_else(|| empty(year))),
        part,
    };
    let (status, decision) = match (judged, statement) {
        (Some((met, part, Grade::Settles)), _) => (settled(met), record(part)),
        (_, Some(s)) => (settled(s.says_met == Some(true)), Decision::Statement(s)),
        (Some((met, part, _)), None) => (
            if met {
                Status::MetUnconfirmed
            } else {
                Status::MissedUnconfirmed
            },
            record(part),
        ),
        (None, None) => match chance {
            Some(c) if c.p > LIKELY.1 => (Status::LikelyMet, Decision::Outlook(c)),
            Some(c) if c.p < LIKELY.0 => (Status::LikelyMissed, Decision::Outlook(c)),
            _ => (Status::Unknown, Decision::Nothing),
        },
    };
    Assessment {
        id: target.id.clone(),
        status,
        decision,
        year,
        year_stated: target.year_stated,
        need,
        latest,
        needed,
        chance,
        context,
        settle_by: target.settle_by.clone(),
    }
}

fn settled(met: bool) -> Status {
    if met {
        Status::Met
    } else {
        Status::Missed
    }
}

fn empty(year: i32) -> Point {
    Point {
        year,
        value: None,
        reliability: crate::dataset::Reliability::Missing,
        source: None,
        quote: None,
        note: Text::default(),
        lower: None,
        upper: None,
        basis: None,
        as_of: None,
    }
}

/// The pace needed from the latest recorded figure before `year`.
fn needed(series: &Series, need: Need, year: i32) -> Option<Needed> {
    let from = series.recorded().filter(|(y, _)| *y < year).last()?;
    let rate = engine::solve_rate(from.0, from.1, year, need.at).ok();
    let addition = engine::solve_addition(from.0, from.1, year, need.at).ok();
    let last_change = history::changes(series)
        .last()
        .filter(|c| c.year <= from.0)
        .map(|c| (c.year, c.rate, c.addition));
    Some(Needed {
        from,
        rate,
        addition,
        last_change,
    })
}

/// The outlook model's chance that `year` meets the need, from the latest record at the
/// target's own recorded pace and spread, conditioned on any range recorded after it. None
/// where the record reaches the year, or has too few yearly figures to give a pace and spread.
fn chance(series: &Series, need: Need, year: i32) -> Option<Chance> {
    let yearly: Vec<(i32, f64)> = series.recorded().filter(|(y, _)| *y < year).collect();
    if yearly.len() < MIN_YEARLY_RECORDS || series.value(year).is_some() {
        return None;
    }
    let before = Series {
        points: Cow::Owned(
            series
                .points
                .iter()
                .filter(|p| p.year < year || p.value.is_none())
                .cloned()
                .collect(),
        ),
        ..series.clone()
    };
    let pace = history::average_rate(&before)?;
    let spread = history::spread_of_log_growth(&before)?;
    let record = Record::of(&before, yearly.first()?.0)?;
    let at_least =
        conditioned::probability(&record, Growth::Rate(pace.value), spread, year, need.at).ok()?;
    Some(Chance {
        p: if need.up { at_least } else { 1.0 - at_least },
        pace: pace.value,
        years: (pace.first_year, pace.last_year),
        spread,
    })
}

/// One target with its task and status.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessed<'a> {
    pub task: &'a Task,
    pub target: &'a Target,
    pub assessment: Assessment,
}

/// Every quantified target of the plan, in the plan's order, with its status.
pub fn assess_all(data: &Dataset) -> Vec<Assessed<'_>> {
    data.tasks
        .iter()
        .flat_map(|task| task.targets.iter().map(move |target| (task, target)))
        .map(|(task, target)| Assessed {
            task,
            target,
            assessment: assess(target, records_of(data, target), data.plan.period_end),
        })
        .collect()
}

/// How many targets have each status, in [`Status::ALL`]'s order.
pub fn counts(statuses: impl IntoIterator<Item = Status>) -> [(Status, usize); 7] {
    let mut out = Status::ALL.map(|s| (s, 0));
    for s in statuses {
        if let Some(c) = out.iter_mut().find(|c| c.0 == s) {
            c.1 += 1;
        }
    }
    out
}

/// The date the record stands at: the latest day any deciding or latest figure gives (its own
/// "as of", or its source's date).
pub fn as_of(data: &Dataset, all: &[Assessed<'_>]) -> Option<String> {
    let source_date = |id: &str| data.source(id).and_then(|s| s.date.as_deref());
    let mut dates: Vec<&str> = Vec::new();
    for a in all.iter().map(|a| &a.assessment) {
        if let Some(p) = &a.latest {
            dates.extend(p.as_of.as_deref());
            let sources = p.source.iter().chain(
                [&p.lower, &p.upper]
                    .into_iter()
                    .flatten()
                    .map(|b| &b.source),
            );
            dates.extend(sources.filter_map(|id| source_date(id)));
        }
        if let Decision::Statement(s) = &a.decision {
            dates.extend(source_date(&s.source));
        }
    }
    dates.into_iter().max().map(str::to_string)
}
