//! A yearly change (population or renewables) written as a percentage or a fixed amount, and
//! the switch between the two: the first year's change is kept where a base value converts one
//! into the other, else the default of the new mode is taken.

use crate::dataset::Dataset;
use crate::results::base_of;
use crate::scenario::{pop_range, re_range, Defaults, Indicator, Mode, Range, Scenario, Settings};

impl Settings {
    /// How an indicator's yearly change is written (GDP: always a rate).
    pub fn mode(&self, i: Indicator) -> Mode {
        match i {
            Indicator::Gdp => Mode::Rate,
            Indicator::Pop => self.pop_mode,
            Indicator::Re => self.re_mode,
        }
    }
    /// An indicator's yearly change, in its mode's unit (GDP: its real growth).
    pub fn change(&self, i: Indicator) -> f64 {
        match i {
            Indicator::Gdp => self.gdp,
            Indicator::Pop => self.pop,
            Indicator::Re => self.re,
        }
    }
    /// Sets an indicator's yearly change, in its present mode.
    pub fn set_change(&mut self, i: Indicator, v: f64) {
        match i {
            Indicator::Gdp => self.gdp = v,
            Indicator::Pop => self.pop = v,
            Indicator::Re => self.re = v,
        }
    }
}

/// The range of a yearly change in a mode (GDP's real growth whatever the mode).
pub fn change_range(i: Indicator, m: Mode) -> Range {
    match i {
        Indicator::Gdp => crate::scenario::GDP_RANGE,
        Indicator::Pop => pop_range(m),
        Indicator::Re => re_range(m),
    }
}

/// Scenario A's yearly change of `i` written in mode `m`: the same first-year change from the
/// base year's value (a rate of r% on a base B is an addition of B·r/100, and back), held in the
/// new mode's range; without a base (renewables before a start is given), the default of `m`.
/// GDP has one mode: nothing changes.
pub fn switch_mode(data: &Dataset, defaults: &Defaults, s: &mut Scenario, i: Indicator, m: Mode) {
    if i == Indicator::Gdp || s.a.mode(i) == m {
        return;
    }
    let base = base_of(data, i, s.from, s.re_base)
        .map(|b| b.value)
        .filter(|b| *b > 0.0);
    let v = s.a.change(i);
    let converted = match (base, m) {
        (Some(b), Mode::Add) => b * v / 100.0,
        (Some(b), Mode::Rate) => v / b * 100.0,
        (None, _) => defaults.for_mode(m, i),
    };
    let v = change_range(i, m).clamp(converted);
    match i {
        Indicator::Pop => s.a.pop_mode = m,
        _ => s.a.re_mode = m,
    }
    s.a.set_change(i, v);
}
