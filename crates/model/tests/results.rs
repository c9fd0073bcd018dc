//! The full recompute and the reality check on the embedded data.

// The checks compute with the platform's math, independently of the model's libm.
#![allow(clippy::disallowed_methods)]

mod common;
use common::dataset;
use common::parse;
use jinan_model::engine::Growth;
use jinan_model::reality::{reality_check, Pace};
use jinan_model::results::{compute, required_by_start, Reached};
use jinan_model::scenario::{Defaults, Indicator, Scenario};

fn rel(a: f64, b: f64) -> f64 {
    ((a - b) / b).abs()
}

#[test]
fn default_scenario() {
    let d = dataset();
    let s = Scenario::with_defaults(&Defaults::V1);
    let [gdp, pop, re] = compute(d, &s, &s.a);
    // GDP: nominal growth from 5.4% real and 2.4% deflator, from 12027.5亿元 in 2022.
    let nominal = (1.054 * 1.024 - 1.0) * 100.0;
    assert!(matches!(gdp.growth, Growth::Rate(r) if rel(r, nominal) < 1e-12));
    let want = 12027.5 * (1.0 + nominal / 100.0f64).powi(3);
    assert!(rel(gdp.from_base.projected.unwrap(), want) < 1e-12);
    assert!(rel(gdp.from_base.gap.unwrap(), want - 15000.0) < 1e-9);
    let needed = ((15000.0f64 / 12027.5).powf(1.0 / 3.0) - 1.0) * 100.0;
    assert!(matches!(gdp.from_base.required, Some(Growth::Rate(r)) if rel(r, needed) < 1e-12));
    let real = ((1.0 + needed / 100.0) / 1.024 - 1.0) * 100.0;
    assert!(rel(gdp.from_base.required_real.unwrap(), real) < 1e-12);
    assert_eq!(gdp.from_base.reached, Some(Reached::Year(2025)));
    assert_eq!(gdp.from_record.band, None, "the band is off by default");
    let avg = gdp.history_average.unwrap();
    // Over every recorded year, 2025's third-party figure included.
    assert_eq!((avg.first_year, avg.last_year), (2019, 2025));
    assert!(
        rel(
            avg.value,
            ((14210.0f64 / 9443.37).powf(1.0 / 6.0) - 1.0) * 100.0
        ) < 1e-12
    );
    // Population at 0.8% a year from 941.5万 misses 1000万.
    let p = 941.5 * 1.008f64.powi(3);
    assert!(rel(pop.from_base.projected.unwrap(), p) < 1e-12);
    assert!(pop.from_base.gap.unwrap() < 0.0);
    assert_eq!(pop.from_base.reached, Some(Reached::Year(2030)));
    // Renewables: nothing until the user gives a start.
    assert_eq!(
        (
            re.base.clone(),
            re.from_base.projected,
            re.from_base.required
        ),
        (None, None, None)
    );
    assert!(re.error.is_none());
}

#[test]
fn renewables_with_the_user_s_start_and_the_band() {
    let d = dataset();
    // A link of the earlier form: its absent settings are those it was written with.
    let (s, _) = parse("re_base=250&re=40&band=1");
    assert_eq!((s.to, s.a.defl), (2025, 2.4));
    let [gdp, pop, re] = compute(d, &s, &s.a);
    let base = re.base.clone().unwrap();
    assert_eq!((base.year, base.value, base.point), (2022, 250.0, None));
    assert_eq!(re.from_base.projected, Some(370.0));
    assert_eq!(re.from_base.required, Some(Growth::Add(60.0)));
    assert_eq!(re.from_base.reached, Some(Reached::Year(2027)));
    // No recorded series, so no spread and no band: said, not invented.
    assert_eq!(
        (
            re.from_record.spread,
            re.from_record.band.is_some(),
            re.from_record.probability
        ),
        (None, false, None)
    );
    // The user's start is all there is to start from.
    assert_eq!(
        re.from_record.record.as_ref().unwrap().latest,
        (2022, 250.0)
    );
    assert_eq!(re.from_record.pace.as_ref().unwrap().reached, Some(2027));
    for (o, series) in [(&gdp, &d.series.gdp), (&pop, &d.series.population)] {
        // The chance from the base year as if nothing had been recorded since (the math panel
        // shows it beside the conditioned one), sampled here independently: yearly log-growth
        // normal around the setting, with the spread of the recorded yearly log-growth, from the
        // 2022 level to 2025.
        let levels: Vec<f64> = series.recorded().map(|(_, v)| v).collect();
        let logs: Vec<f64> = levels.windows(2).map(|w| (w[1] / w[0]).ln()).collect();
        let mean = logs.iter().sum::<f64>() / logs.len() as f64;
        let sd =
            (logs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (logs.len() - 1) as f64).sqrt();
        let Growth::Rate(r) = o.growth else { panic!() };
        let (base, target) = (series.value(2022).unwrap(), o.target);
        let mut rng = common::Rng(0x5eed_1234);
        let n = 200_000;
        let hits = (0..n)
            .filter(|_| {
                let log_end = base.ln()
                    + (0..3)
                        .map(|_| (r / 100.0).ln_1p() + sd * rng.normal())
                        .sum::<f64>();
                log_end >= target.ln()
            })
            .count();
        let sampled = hits as f64 / n as f64;
        let p = o.from_base.probability_from_base.unwrap();
        let se = (sampled * (1.0 - sampled) / n as f64).sqrt().max(1e-4);
        assert!(
            (p - sampled).abs() < 4.0 * se,
            "{:?}: {p} vs sampled {sampled}",
            o.indicator
        );
        if o.indicator == Indicator::Gdp {
            assert!(
                p > 0.05 && p < 0.95,
                "a chance that is not a foregone conclusion: {p}"
            );
            // Given the record, 2025 is below 1.5万亿: no chance at all.
            assert_eq!(o.from_record.probability, Some(0.0));
        }
        // The band runs from the latest record (2025's third-party figures) to the horizon.
        let b = o.from_record.band.as_ref().unwrap();
        assert_eq!((b.median().base_year, b.median().end_year()), (2025, 2025));
        assert!(o.from_record.spread.unwrap() > 0.0);
    }
}

#[test]
fn a_later_base_year_uses_its_recorded_value() {
    let d = dataset();
    let (s, _) = parse("from=2024&pop_mode=add&pop=7.8");
    let [gdp, pop, _] = compute(d, &s, &s.a);
    assert_eq!(gdp.base.unwrap().value, 13527.6);
    assert_eq!(pop.base.unwrap().value, 951.5);
    assert!(rel(pop.from_base.projected.unwrap(), 959.3) < 1e-12);
    assert_eq!(pop.from_base.required, Some(Growth::Add(1000.0 - 951.5)));
}

#[test]
fn the_addition_needed_for_every_start() {
    let rows = required_by_start(2022, 430.0, 2025, 10.0);
    assert_eq!(rows.len(), 44);
    assert_eq!(rows[0].0, 0.0);
    assert!(rel(rows[0].1, 430.0 / 3.0) < 1e-12);
    assert_eq!(rows[0].2, None, "no rate grows from zero");
    assert_eq!(rows.last().unwrap().1, 0.0);
    assert!(rows.windows(2).all(|w| w[0].1 > w[1].1));
    assert!(required_by_start(2022, 430.0, 2025, 0.0).is_empty());
}

#[test]
fn reality_check_from_the_data() {
    let items = reality_check(dataset());
    let gdp = &items[0];
    assert_eq!(gdp.indicator, Indicator::Gdp);
    assert!((gdp.needed_rate.unwrap() - 7.64).abs() < 0.01);
    let years: Vec<i32> = gdp.recorded.iter().map(|c| c.year).collect();
    assert_eq!(years, vec![2023, 2024, 2025]);
    assert!((gdp.recorded[0].rate - 6.07).abs() < 0.01);
    assert!((gdp.recorded[1].rate - 6.04).abs() < 0.01);
    assert!((gdp.recorded[2].rate - 5.04).abs() < 0.01);
    assert_eq!(
        gdp.target_year_point
            .as_ref()
            .unwrap()
            .lower
            .as_ref()
            .map(|b| b.value),
        Some(14000.0)
    );
    // 2025 alone, from the last figure before it (2024's), would have needed 10.88%.
    assert!((gdp.needed_from_latest.unwrap() - 10.88).abs() < 0.01);
    assert_eq!(gdp.latest, Some((2025, 14210.0)));
    assert_eq!(gdp.pace, Pace::BehindPace);
    let pop = &items[1];
    assert!((pop.needed_addition.unwrap() - 19.5).abs() < 1e-9);
    assert_eq!(pop.latest, Some((2025, 961.6)));
    assert_eq!(pop.pace, Pace::BehindPace);
    assert_eq!(items[2].pace, Pace::NoData);
    assert!(items[2].recorded.is_empty());
}
