//! The projection engine and the band: exact cases, error cases and properties.

// The checks compute with the platform's math, independently of the model's libm.
#![allow(clippy::disallowed_methods)]

use jinan_model::band::{band, normal_cdf, probability_of_reaching};
use jinan_model::engine::*;
use proptest::prelude::*;

mod common;
use common::Rng;

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs().max(1e-12)
}

#[test]
fn compound_and_linear_paths() {
    let p = project(2022, 100.0, Growth::Rate(10.0), 2025).unwrap();
    assert_eq!(p.base_year, 2022);
    assert_eq!(p.end_year(), 2025);
    assert!(close(p.at(2025).unwrap(), 133.1, 1e-12));
    assert_eq!(p.at(2021), None);
    assert_eq!(p.at(2026), None);
    let l = project(2022, 100.0, Growth::Add(5.0), 2025).unwrap();
    assert_eq!(l.values, vec![100.0, 105.0, 110.0, 115.0]);
    // Same year: just the base.
    assert_eq!(
        project(2024, 7.0, Growth::Rate(3.0), 2024).unwrap().values,
        vec![7.0]
    );
}

#[test]
fn linear_path_stops_at_zero() {
    let l = project(2022, 10.0, Growth::Add(-4.0), 2025).unwrap();
    assert_eq!(l.values, vec![10.0, 6.0, 2.0, 0.0]);
}

#[test]
fn mixed_yearly_growths() {
    let p = project_each(
        2022,
        100.0,
        &[Growth::Rate(10.0), Growth::Add(-10.0), Growth::Rate(0.0)],
    )
    .unwrap();
    assert!(close(p.values[1], 110.0, 1e-12));
    assert!(close(p.values[2], 100.0, 1e-12));
    assert_eq!(p.end_year(), 2025);
    assert_eq!(
        project_each(2022, 0.0, &[Growth::Add(0.0), Growth::Rate(5.0)]),
        Err(EngineError::BaseNotPositive { base: 0.0 })
    );
}

#[test]
fn nominal_from_real_and_deflator() {
    assert!(close(nominal_rate(5.0, 2.0).unwrap(), 7.1, 1e-12));
    assert!(close(real_rate(7.1, 2.0).unwrap(), 5.0, 1e-12));
    assert!(nominal_rate(-100.0, 2.0).is_err());
    assert!(nominal_rate(f64::NAN, 2.0).is_err());
}

#[test]
fn solving_the_plan_s_gdp_target() {
    // 12027.5亿元 in 2022 to 15000亿元 in 2025.
    let r = solve_rate(2022, 12027.5, 2025, 15000.0).unwrap();
    assert!(close(
        r,
        ((15000.0f64 / 12027.5).powf(1.0 / 3.0) - 1.0) * 100.0,
        1e-12
    ));
    assert!((r - 7.64).abs() < 0.01, "{r}");
    let a = solve_addition(2022, 941.5, 2025, 1000.0).unwrap();
    assert!(close(a, 19.5, 1e-12));
}

#[test]
fn errors_are_typed_not_panics() {
    assert_eq!(
        project(2022, 1.0, Growth::Rate(-100.0), 2025),
        Err(EngineError::RateTooLow { rate: -100.0 })
    );
    assert_eq!(
        project(2022, 1.0, Growth::Rate(-250.0), 2025),
        Err(EngineError::RateTooLow { rate: -250.0 })
    );
    assert_eq!(
        project(2022, 0.0, Growth::Rate(5.0), 2025),
        Err(EngineError::BaseNotPositive { base: 0.0 })
    );
    assert_eq!(
        project(2022, -1.0, Growth::Add(5.0), 2025),
        Err(EngineError::BaseNegative { base: -1.0 })
    );
    assert!(matches!(
        project(2022, f64::INFINITY, Growth::Add(5.0), 2025),
        Err(EngineError::NotFinite { .. })
    ));
    assert!(matches!(
        project(2022, 1.0, Growth::Add(f64::NAN), 2025),
        Err(EngineError::NotFinite { .. })
    ));
    assert_eq!(
        project(2025, 1.0, Growth::Rate(1.0), 2022),
        Err(EngineError::YearsOutOfOrder {
            base_year: 2025,
            end_year: 2022
        })
    );
    assert_eq!(
        project(2022, 1.0, Growth::Rate(1.0), 2099),
        Err(EngineError::YearOutOfRange { year: 2099 })
    );
    assert_eq!(
        solve_rate(2025, 1.0, 2025, 2.0),
        Err(EngineError::YearsOutOfOrder {
            base_year: 2025,
            end_year: 2025
        })
    );
    assert_eq!(
        solve_rate(2022, 1.0, 2025, 0.0),
        Err(EngineError::TargetNotPositive { target: 0.0 })
    );
    assert_eq!(
        project(2022, 1e300, Growth::Rate(900.0), 2035),
        Err(EngineError::Overflow)
    );
    // Messages are readable.
    assert!(EngineError::RateTooLow { rate: -120.0 }
        .to_string()
        .contains("−100%"));
}

#[test]
fn years_to_target_cases() {
    assert_eq!(
        years_to_target(100.0, Growth::Rate(5.0), 90.0).unwrap(),
        Reach::Already
    );
    assert_eq!(
        years_to_target(100.0, Growth::Rate(0.0), 190.0).unwrap(),
        Reach::Never
    );
    assert_eq!(
        years_to_target(100.0, Growth::Rate(-3.0), 190.0).unwrap(),
        Reach::Never
    );
    assert_eq!(
        years_to_target(100.0, Growth::Add(0.0), 190.0).unwrap(),
        Reach::Never
    );
    assert_eq!(
        years_to_target(100.0, Growth::Add(30.0), 190.0).unwrap(),
        Reach::After(3.0)
    );
    assert_eq!(
        year_reached(2022, 100.0, Growth::Add(30.0), 190.0, 2035).unwrap(),
        Some(2025)
    );
    assert_eq!(
        year_reached(2022, 100.0, Growth::Add(29.0), 190.0, 2035).unwrap(),
        Some(2026)
    );
    assert_eq!(
        year_reached(2022, 100.0, Growth::Add(1.0), 190.0, 2035).unwrap(),
        None
    );
    assert_eq!(
        year_reached(2022, 200.0, Growth::Add(-1.0), 190.0, 2035).unwrap(),
        Some(2022)
    );
}

#[test]
fn band_median_is_the_projection_and_probability_is_a_probability() {
    let b = band(2022, 12027.5, Growth::Rate(7.0), 0.03, 2030).unwrap();
    let p = project(2022, 12027.5, Growth::Rate(7.0), 2030).unwrap();
    for (m, v) in b.median().values.iter().zip(&p.values) {
        assert!(close(*m, *v, 1e-12));
    }
    // At the base year there is no uncertainty.
    let first = b.at(2022).unwrap();
    assert!(first.iter().all(|v| close(*v, 12027.5, 1e-12)));
    let pr =
        probability_of_reaching(2022, 12027.5, Growth::Rate(7.0), 0.03, 2025, 15000.0).unwrap();
    assert!((0.0..=1.0).contains(&pr));
    // Exactly on the required rate the median lands on the target: one half.
    let r = solve_rate(2022, 12027.5, 2025, 15000.0).unwrap();
    let half =
        probability_of_reaching(2022, 12027.5, Growth::Rate(r), 0.03, 2025, 15000.0).unwrap();
    assert!((half - 0.5).abs() < 1e-9, "{half}");
    // No spread: certain either way.
    assert_eq!(
        probability_of_reaching(2022, 100.0, Growth::Add(10.0), 0.0, 2025, 120.0).unwrap(),
        1.0
    );
    assert_eq!(
        probability_of_reaching(2022, 100.0, Growth::Add(1.0), 0.0, 2025, 120.0).unwrap(),
        0.0
    );
    assert!(close(normal_cdf(1.959_963_984_540_054), 0.975, 1e-12));
}

#[test]
fn closed_form_band_agrees_with_sampling() {
    let (base, r, s) = (12027.5, 6.0, 0.028);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let n = 40_000;
    let mut finals: Vec<f64> = (0..n)
        .map(|_| {
            (0..3).fold(base, |v, _| {
                v * ((r / 100.0f64).ln_1p() + s * rng.normal()).exp()
            })
        })
        .collect();
    finals.sort_by(|a, b| a.total_cmp(b));
    let b = band(2022, base, Growth::Rate(r), s, 2025)
        .unwrap()
        .at(2025)
        .unwrap();
    for (i, pct) in [5usize, 25, 50, 75, 95].iter().enumerate() {
        let sampled = finals[n * pct / 100];
        assert!(
            close(sampled, b[i], 0.005),
            "p{pct}: sampled {sampled}, closed form {}",
            b[i]
        );
    }
    let reach = finals.iter().filter(|v| **v >= 15000.0).count() as f64 / n as f64;
    let exact = probability_of_reaching(2022, base, Growth::Rate(r), s, 2025, 15000.0).unwrap();
    assert!(
        (reach - exact).abs() < 0.01,
        "sampled {reach}, exact {exact}"
    );
}

/// A number, mostly in `lo..hi`, sometimes any f64 at all (NaN and infinities included).
fn loose(lo: f64, hi: f64) -> impl Strategy<Value = f64> {
    prop_oneof![9 => lo..hi, 1 => any::<f64>()]
}

/// A year, mostly near the data, sometimes any i32.
fn loose_year() -> impl Strategy<Value = i32> {
    prop_oneof![9 => 1995i32..=2040, 1 => any::<i32>()]
}

fn rate() -> impl Strategy<Value = f64> {
    -50.0f64..80.0
}
fn base() -> impl Strategy<Value = f64> {
    1e-3f64..1e6
}
fn years() -> impl Strategy<Value = (i32, i32)> {
    (2019i32..=2030).prop_flat_map(|b| (Just(b), (b + 1)..=2035))
}

proptest! {
    #[test]
    fn projection_rises_with_the_rate(b in base(), r1 in rate(), dr in 0.01f64..50.0, (y0, y1) in years()) {
        let lo = project(y0, b, Growth::Rate(r1), y1).unwrap();
        let hi = project(y0, b, Growth::Rate(r1 + dr), y1).unwrap();
        prop_assert!(hi.values.last() > lo.values.last());
        let lo = project(y0, b, Growth::Add(r1), y1).unwrap();
        let hi = project(y0, b, Growth::Add(r1 + dr), y1).unwrap();
        prop_assert!(hi.values.last() >= lo.values.last());
    }

    #[test]
    fn projecting_at_the_solved_rate_hits_the_target(b in base(), t in base(), (y0, y1) in years()) {
        let r = solve_rate(y0, b, y1, t).unwrap();
        prop_assume!(r > -99.999);
        let end = project(y0, b, Growth::Rate(r), y1).unwrap().values.last().copied().unwrap();
        prop_assert!(close(end, t, 1e-9), "rate {r}: {end} vs {t}");
        let a = solve_addition(y0, b, y1, t).unwrap();
        prop_assume!(b + a * (y1 - y0) as f64 >= 0.0);
        let end = project(y0, b, Growth::Add(a), y1).unwrap().values.last().copied().unwrap();
        prop_assert!(close(end, t, 1e-9), "addition {a}: {end} vs {t}");
    }

    #[test]
    fn years_to_target_agrees_with_the_solved_rate(b in base(), ratio in 1.001f64..50.0, (y0, y1) in years()) {
        let t = b * ratio;
        let n = (y1 - y0) as f64;
        let r = solve_rate(y0, b, y1, t).unwrap();
        match years_to_target(b, Growth::Rate(r), t).unwrap() {
            Reach::After(k) => prop_assert!((k - n).abs() < 1e-6 * n, "{k} vs {n}"),
            other => prop_assert!(false, "{other:?}"),
        }
        prop_assert_eq!(year_reached(y0, b, Growth::Rate(r), t, 2035).unwrap(), Some(y1));
        let a = solve_addition(y0, b, y1, t).unwrap();
        prop_assert_eq!(year_reached(y0, b, Growth::Add(a), t, 2035).unwrap(), Some(y1));
    }

    #[test]
    fn every_output_is_finite(b in base(), r in rate(), s in 0.0f64..0.5, t in base(), (y0, y1) in years()) {
        for g in [Growth::Rate(r), Growth::Add(r * 10.0)] {
            let p = project(y0, b, g, y1).unwrap();
            prop_assert!(p.values.iter().all(|v| v.is_finite()));
            let bd = band(y0, b, g, s, y1).unwrap();
            prop_assert!(bd.paths.iter().all(|p| p.values.iter().all(|v| v.is_finite())));
            let pr = probability_of_reaching(y0, b, g, s, y1, t).unwrap();
            prop_assert!(pr.is_finite() && (0.0..=1.0).contains(&pr));
            if let Reach::After(k) = years_to_target(b, g, t).unwrap() {
                prop_assert!(k.is_finite() && k > 0.0);
            }
        }
        prop_assert!(solve_rate(y0, b, y1, t).unwrap().is_finite());
        prop_assert!(solve_addition(y0, b, y1, t).unwrap().is_finite());
    }

    #[test]
    fn band_percentiles_are_ordered(b in base(), r in rate(), s in 0.0f64..0.5, (y0, y1) in years()) {
        for g in [Growth::Rate(r), Growth::Add(r)] {
            let bd = band(y0, b, g, s, y1).unwrap();
            for y in y0..=y1 {
                let q = bd.at(y).unwrap();
                prop_assert!(q.windows(2).all(|w| w[0] <= w[1]), "{y}: {q:?}");
            }
        }
    }

    /// Most cases are plausible (years near the data, numbers near the sliders), so that each
    /// call gets past its first check and does its work; a few are anything at all.
    #[test]
    fn bad_input_never_panics(
        b in loose(-100.0, 20000.0),
        r in loose(-120.0, 120.0),
        t in loose(-10.0, 20000.0),
        y0 in loose_year(),
        y1 in loose_year(),
    ) {
        let valid_years = (FIRST_YEAR..=LAST_YEAR).contains(&y0)
            && (FIRST_YEAR..=LAST_YEAR).contains(&y1)
            && y0 <= y1;
        for g in [Growth::Rate(r), Growth::Add(r)] {
            let valid = valid_years && b.is_finite() && r.is_finite() && match g {
                Growth::Rate(_) => b > 0.0 && r > -100.0,
                Growth::Add(_) => b >= 0.0,
            };
            match project(y0, b, g, y1) {
                Ok(p) => prop_assert!(p.values.iter().all(|v| v.is_finite())),
                // A valid input fails only by overflowing.
                Err(e) => prop_assert!(!valid || e == EngineError::Overflow, "{e:?}"),
            }
            let _ = years_to_target(b, g, t);
            let _ = year_reached(y0, b, g, t, y1);
            let _ = band(y0, b, g, r, y1);
            if let Ok(p) = probability_of_reaching(y0, b, g, r, y1, t) {
                prop_assert!((0.0..=1.0).contains(&p));
            }
        }
        if let Ok(x) = solve_rate(y0, b, y1, t) { prop_assert!(x.is_finite()); }
        if let Ok(x) = solve_addition(y0, b, y1, t) { prop_assert!(x.is_finite()); }
        let _ = nominal_rate(r, t);
        let _ = real_rate(r, t);
    }
}
