//! A line a reader draws in predict mode: a value for each year of the plan period, before the
//! record is shown. It is part of the scenario, so a link carries it (`guess_gdp=…`), in the
//! form `2023_12600_13300_14000`: the first year drawn, then a value for it and each year after
//! (an empty value where a year was left out).

use super::{fmt_num, quantize, Indicator, Range};
use std::collections::BTreeMap;

/// The years a line may be drawn for: the year after the earliest base year, to the plan's
/// target year. A line drawn from a later base year starts later.
pub const DRAW_YEARS: (i32, i32) = (2023, 2025);

/// The values a line may take, in the dataset's unit (亿元, 万人, 万千瓦): wide enough to be
/// wrong either way, fixed so that the chart's scale stays put under a reader's finger. A
/// pointer's value is rounded to `step` (finer than a finger can point, and short in a link).
pub fn drawing_range(i: Indicator) -> Range {
    match i {
        Indicator::Gdp => Range {
            min: 10000.0,
            max: 20000.0,
            step: 10.0,
        },
        Indicator::Pop => Range {
            min: 900.0,
            max: 1100.0,
            step: 0.1,
        },
        Indicator::Re => Range {
            min: 0.0,
            max: 1000.0,
            step: 1.0,
        },
    }
}

/// The years a reader may draw from the base year `from` to the target year: none where the
/// base year is the target year or later.
pub fn drawable_years(from: i32, target_year: i32) -> Option<(i32, i32)> {
    let first = (from + 1).max(DRAW_YEARS.0);
    let last = target_year.min(DRAW_YEARS.1);
    (first <= last).then_some((first, last))
}

/// How far one press of an arrow key moves a drawn year's value (Page Up and Page Down move ten
/// times as far): about a year's growth at the targets' scale, so a handful of presses draws
/// a plausible line.
pub fn key_step(i: Indicator) -> f64 {
    match i {
        Indicator::Gdp => 100.0,
        Indicator::Pop => 1.0,
        Indicator::Re => 10.0,
    }
}

/// A drawn line: year → value, in the dataset's unit.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Drawn(pub BTreeMap<i32, f64>);

impl Drawn {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The line with `year` set to `value`, held in the drawing's range and quantized (as a
    /// link would write it); a year outside [`DRAW_YEARS`] is left alone.
    pub fn with(&self, i: Indicator, year: i32, value: f64) -> Drawn {
        let mut out = self.clone();
        if (DRAW_YEARS.0..=DRAW_YEARS.1).contains(&year) && value.is_finite() {
            out.0.insert(year, drawing_range(i).clamp(value));
        }
        out
    }
    /// The line after the pointer moved from `prev` to `now` (each a year, fractional, and a
    /// value), within `years`: the year under the pointer takes its value, and every year the
    /// pointer passed over since `prev` takes the value on the straight line between the two, so
    /// that a quick stroke leaves no gap.
    pub fn drag(
        &self,
        i: Indicator,
        years: (i32, i32),
        prev: Option<(f64, f64)>,
        now: (f64, f64),
    ) -> Drawn {
        let snap = |x: f64| {
            let y = libm::round(x.clamp(f64::from(years.0), f64::from(years.1)));
            // ok: clamped into an i32 range of years just above.
            y as i32
        };
        let step = drawing_range(i).step;
        let round = |v: f64| libm::round(v / step) * step;
        let here = snap(now.0);
        let mut out = self.with(i, here, round(now.1));
        if let Some((px, pv)) = prev {
            let there = snap(px);
            let (lo, hi) = (here.min(there), here.max(there));
            for year in lo..=hi {
                if year == here {
                    continue;
                }
                let x = f64::from(year);
                let t = if (now.0 - px).abs() < 1e-9 {
                    1.0
                } else {
                    ((x - px) / (now.0 - px)).clamp(0.0, 1.0)
                };
                out = out.with(i, year, round(pv + (now.1 - pv) * t));
            }
        }
        out
    }

    /// The line with `year` moved by `steps` of [`key_step`]; a year not drawn yet starts from
    /// the nearest drawn year before it, else `start` (the base year's record).
    pub fn nudge(&self, i: Indicator, year: i32, steps: f64, start: Option<f64>) -> Drawn {
        let from = self
            .0
            .get(&year)
            .copied()
            .or_else(|| self.0.range(..year).next_back().map(|(_, v)| *v))
            .or(start)
            .unwrap_or_else(|| {
                let r = drawing_range(i);
                (r.min + r.max) / 2.0
            });
        let moved = if self.0.contains_key(&year) {
            from + steps * key_step(i)
        } else {
            from
        };
        self.with(i, year, moved)
    }

    /// The line as JSON, year to value: the page's testing contract (`data-value`).
    pub fn json(&self) -> String {
        let items: Vec<String> = self
            .0
            .iter()
            .map(|(y, v)| format!("\"{y}\":{}", fmt_num(*v)))
            .collect();
        format!("{{{}}}", items.join(","))
    }

    /// The line without `year`.
    pub fn without(&self, year: i32) -> Drawn {
        let mut out = self.clone();
        out.0.remove(&year);
        out
    }
    /// The years drawn from `from` on (a later base year hides the years before it).
    pub fn from_year(&self, from: i32) -> impl Iterator<Item = (i32, f64)> + '_ {
        self.0.range(from + 1..).map(|(y, v)| (*y, *v))
    }

    /// The line as drawn on a chart from the base year `from`: its years after it.
    pub fn after(&self, from: i32) -> Drawn {
        Drawn(self.from_year(from).collect())
    }

    /// As a link writes it, or None for an empty line.
    pub fn code(&self) -> Option<String> {
        let (&first, _) = self.0.first_key_value()?;
        let (&last, _) = self.0.last_key_value()?;
        let values: Vec<String> = (first..=last)
            .map(|y| self.0.get(&y).map(|v| fmt_num(*v)).unwrap_or_default())
            .collect();
        Some(format!("{first}_{}", values.join("_")))
    }

    /// Reads a link's form. Some with the line and whether a value had to be held in range;
    /// None where it cannot be read.
    pub fn parse(i: Indicator, raw: &str) -> Option<(Drawn, bool)> {
        let mut parts = raw.trim().split('_');
        let first: i32 = parts.next()?.trim().parse().ok()?;
        let range = drawing_range(i);
        let mut out = BTreeMap::new();
        let mut clamped = false;
        for (k, part) in parts.enumerate() {
            let year = first.checked_add(i32::try_from(k).ok()?)?;
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            if !(DRAW_YEARS.0..=DRAW_YEARS.1).contains(&year) {
                return None;
            }
            let v: f64 = part.parse().ok()?;
            if !v.is_finite() {
                return None;
            }
            clamped |= !range.contains(v);
            out.insert(year, range.clamp(quantize(v)));
        }
        if out.is_empty() {
            return None;
        }
        Some((Drawn(out), clamped))
    }
}
