//! Switching a yearly change between a percentage and a fixed amount keeps the first year's
//! change where a base converts it, and otherwise takes the new mode's default.

use jinan_model::change_mode::{change_range, switch_mode};
use jinan_model::scenario::{Indicator, Mode, Scenario, FROM_YEARS};
use proptest::prelude::*;

mod common;

fn scenario() -> Scenario {
    Scenario::with_defaults(&common::current())
}

#[test]
fn a_rate_becomes_the_same_first_year_addition_and_back() {
    let mut s = scenario();
    s.from = 2022;
    s.a.pop_mode = Mode::Rate;
    s.a.pop = 1.0;
    let base = common::dataset().series.population.value(2022).unwrap();
    switch_mode(
        common::dataset(),
        &common::current(),
        &mut s,
        Indicator::Pop,
        Mode::Add,
    );
    assert_eq!(s.a.pop_mode, Mode::Add);
    assert!(
        (s.a.pop - base / 100.0).abs() < 1e-3,
        "{} from {base}",
        s.a.pop
    );
    switch_mode(
        common::dataset(),
        &common::current(),
        &mut s,
        Indicator::Pop,
        Mode::Rate,
    );
    assert_eq!(s.a.pop_mode, Mode::Rate);
    assert!((s.a.pop - 1.0).abs() < 1e-3, "{}", s.a.pop);
}

#[test]
fn without_a_base_the_new_mode_takes_its_default() {
    let d = common::current();
    let mut s = scenario();
    s.re_base = None;
    s.a.re_mode = Mode::Add;
    s.a.re = 40.0;
    switch_mode(common::dataset(), &d, &mut s, Indicator::Re, Mode::Rate);
    assert_eq!(s.a.re_mode, Mode::Rate);
    assert_eq!(s.a.re, d.for_mode(Mode::Rate, Indicator::Re));
    // With a start given, the same switch converts.
    s.re_base = Some(200.0);
    s.a.re = 10.0;
    switch_mode(common::dataset(), &d, &mut s, Indicator::Re, Mode::Add);
    assert!((s.a.re - 20.0).abs() < 1e-9, "{}", s.a.re);
}

#[test]
fn gdp_and_the_same_mode_change_nothing() {
    let mut s = scenario();
    let before = s.clone();
    switch_mode(
        common::dataset(),
        &common::current(),
        &mut s,
        Indicator::Gdp,
        Mode::Add,
    );
    let mode = s.a.pop_mode;
    switch_mode(
        common::dataset(),
        &common::current(),
        &mut s,
        Indicator::Pop,
        mode,
    );
    assert_eq!(s, before);
}

proptest! {
    /// Whatever the value and the base year, the switched value is within the new mode's range,
    /// and where neither switch had to clamp, switching back returns the value.
    #[test]
    fn a_switch_stays_in_range_and_returns(v in 0.0f64..1.0, from in FROM_YEARS.0..=FROM_YEARS.1) {
        let range = change_range(Indicator::Pop, Mode::Rate);
        let v = range.min + v * (range.max - range.min);
        let mut s = scenario();
        s.from = from;
        s.a.pop_mode = Mode::Rate;
        s.a.pop = range.clamp(v);
        let start = s.a.pop;
        switch_mode(common::dataset(), &common::current(), &mut s, Indicator::Pop, Mode::Add);
        let add = change_range(Indicator::Pop, Mode::Add);
        prop_assert!(s.a.pop >= add.min && s.a.pop <= add.max);
        let clamped = s.a.pop == add.min || s.a.pop == add.max;
        switch_mode(common::dataset(), &common::current(), &mut s, Indicator::Pop, Mode::Rate);
        prop_assert!(s.a.pop >= range.min && s.a.pop <= range.max);
        if !clamped {
            prop_assert!((s.a.pop - start).abs() < 0.01, "{} → {}", start, s.a.pop);
        }
    }
}
