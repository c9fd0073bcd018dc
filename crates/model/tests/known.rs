//! What is already known: the verdicts from the record, the outlook conditioned on it (checked
//! against a seeded Monte Carlo conditioned on the same evidence), the year the target is
//! reached from the latest record, and the defaults derived from the most recent years.

// The checks compute with the platform's math, independently of the model's libm.
#![allow(clippy::disallowed_methods)]

mod common;
use common::{dataset, parse, Rng};
use jinan_model::conditioned::{self, Record};
use jinan_model::dataset::{Bound, Reliability};
use jinan_model::defaults;
use jinan_model::engine::Growth;
use jinan_model::history;
use jinan_model::results::{compute, outlook};
use jinan_model::scenario::{Defaults, Indicator, Mode};
use jinan_model::status::Status;
use jinan_model::verdict::verdicts;

#[test]
fn the_2025_verdicts_from_the_record() {
    let v = verdicts(dataset());
    let codes: Vec<_> = v.iter().map(|t| (t.indicator, t.verdict.code())).collect();
    assert_eq!(
        codes,
        vec![
            (Indicator::Gdp, "missed"),
            (Indicator::Pop, "missed-unconfirmed"),
            (Indicator::Re, "unknown")
        ]
    );
    // GDP: two bounds, each with its own source, settle it; the third-party figure inside them
    // is drawn and named, and decides nothing.
    let gdp = &v[0];
    let p = gdp.point.as_ref().unwrap();
    assert_eq!(
        (p.value, p.reliability),
        (Some(14210.0), Reliability::ThirdParty)
    );
    assert!(
        matches!(
            gdp.assessment.decision,
            jinan_model::status::Decision::Record {
                part: jinan_model::status::Part::Upper,
                ..
            }
        ),
        "the range decides, not the third-party figure: {:?}",
        gdp.assessment.decision
    );
    let (lo, hi) = (p.lower.as_ref().unwrap(), p.upper.as_ref().unwrap());
    assert_eq!(
        (lo.value, lo.strict, lo.reliability),
        (14000.0, true, Reliability::OfficialNews)
    );
    assert_eq!(
        (hi.value, hi.strict, hi.reliability),
        (15000.0, true, Reliability::Derived)
    );
    assert_ne!(lo.source, hi.source);
    assert!(gdp.related.iter().any(|f| f.id == "gdp_2025_four_steps"));
    // Population: a third-party 2025 figure, 961.6万, below the target: missed, unconfirmed.
    // From 2024's 951.5万, 2025 alone would have needed +5.1%.
    let pop = &v[1];
    assert_eq!(
        (
            pop.point.as_ref().and_then(|p| p.value),
            pop.point.as_ref().map(|p| p.reliability),
            pop.latest
        ),
        (
            Some(961.6),
            Some(Reliability::ThirdParty),
            Some((2024, 951.5))
        )
    );
    let need = pop.needed_from_latest.unwrap();
    assert!((need - (1000.0 / 951.5 - 1.0) * 100.0).abs() < 1e-9);
    assert_eq!(format!("{need:.1}"), "5.1");
    // Renewables: nothing recorded; the city's later aim is there, as an aim.
    let re = &v[2];
    assert_eq!((re.point.as_ref(), re.latest), (None, None));
    let aim = re
        .related
        .iter()
        .find(|f| f.id == "new_energy_aim_2024")
        .unwrap();
    assert_eq!((aim.above, aim.year), (Some(480.0), Some(2024)));
    assert!(aim.what.en.contains("not a record"));
}

#[test]
fn the_verdict_follows_the_data_not_the_code() {
    let bound = |value: f64, strict: bool| Bound {
        value,
        strict,
        reliability: Reliability::Bulletin,
        source: "plan".into(),
        quote: None,
        note: Default::default(),
        basis: None,
    };
    let mut d = dataset().clone();
    let gdp_2025 = |d: &mut jinan_model::dataset::Dataset| {
        d.series
            .gdp
            .points
            .to_mut()
            .iter_mut()
            .find(|p| p.year == 2025)
            .unwrap()
            .clone()
    };
    let set_gdp = |d: &mut jinan_model::dataset::Dataset, p: jinan_model::dataset::Point| {
        *d.series
            .gdp
            .points
            .to_mut()
            .iter_mut()
            .find(|x| x.year == 2025)
            .unwrap() = p;
    };
    // The year's range alone, as before its third-party figure was found: the rules below are
    // about the bounds and a value of a given grade.
    let base = jinan_model::dataset::Point {
        value: None,
        reliability: Reliability::Missing,
        source: None,
        quote: None,
        ..gdp_2025(&mut d)
    };
    // A bulletin's figure above the target: met.
    set_gdp(
        &mut d,
        jinan_model::dataset::Point {
            value: Some(15100.0),
            reliability: Reliability::Bulletin,
            ..base.clone()
        },
    );
    assert_eq!(verdicts(&d)[0].verdict, Status::Met);
    // Exactly the target meets "达到".
    set_gdp(
        &mut d,
        jinan_model::dataset::Point {
            value: Some(15000.0),
            reliability: Reliability::Bulletin,
            ..base.clone()
        },
    );
    assert_eq!(verdicts(&d)[0].verdict, Status::Met);
    // Only a lower bound below the target: unknown.
    set_gdp(
        &mut d,
        jinan_model::dataset::Point {
            upper: None,
            ..base.clone()
        },
    );
    assert_eq!(verdicts(&d)[0].verdict, Status::Unknown);
    // An upper bound that allows the target itself does not settle it; the outlook model then
    // speaks: between 1.4万亿 and 1.5万亿 inclusive, it lands on the target with no chance.
    set_gdp(
        &mut d,
        jinan_model::dataset::Point {
            upper: Some(bound(15000.0, false)),
            ..base.clone()
        },
    );
    let v = &verdicts(&d)[0];
    assert_eq!(v.verdict, Status::LikelyMissed);
    assert!(matches!(
        v.assessment.decision,
        jinan_model::status::Decision::Outlook(_)
    ));
    // A lower bound at the target: met.
    set_gdp(
        &mut d,
        jinan_model::dataset::Point {
            lower: Some(bound(15000.0, false)),
            upper: None,
            ..base
        },
    );
    assert_eq!(verdicts(&d)[0].verdict, Status::Met);
    // A 2025 population figure settles population.
    let pop = d
        .series
        .population
        .points
        .to_mut()
        .iter_mut()
        .find(|p| p.year == 2025)
        .unwrap();
    pop.value = Some(980.0);
    pop.reliability = Reliability::Bulletin;
    assert_eq!(verdicts(&d)[1].verdict, Status::Missed);
}

/// Samples the value in `year` from the latest record at `growth` with the band's spread,
/// keeping only paths that pass through every recorded range: an independent computation of
/// the conditioned outlook. Returns the kept values.
fn sampled(record: &Record, growth: Growth, spread: f64, year: i32, n: usize) -> Vec<f64> {
    let mut rng = Rng(0x0dd_ba11);
    let mut kept = Vec::with_capacity(n);
    let mut tries = 0;
    while kept.len() < n && tries < 100 * n {
        tries += 1;
        let (mut y, mut x) = record.latest;
        let mut ok = true;
        while y < year {
            y += 1;
            x = match growth {
                Growth::Rate(r) => x * ((r / 100.0).ln_1p() + spread * rng.normal()).exp(),
                Growth::Add(a) => (x + a + spread * rng.normal()).max(0.0),
            };
            if let Some(w) = record.windows.iter().find(|w| w.year == y) {
                let above = w
                    .low
                    .is_none_or(|(v, strict)| if strict { x > v } else { x >= v });
                let below = w
                    .high
                    .is_none_or(|(v, strict)| if strict { x < v } else { x <= v });
                if !(above && below) {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            kept.push(x);
        }
    }
    kept
}

fn quantile(xs: &mut [f64], p: f64) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[((xs.len() - 1) as f64 * p).round() as usize]
}

#[test]
fn the_chance_and_the_range_are_conditioned_on_the_record() {
    let d = dataset();
    for q in [
        "v=2&band=1&to=2030&gdp=5&defl=0.8",
        "v=2&band=1&to=2027&gdp=3&defl=0.5",
        "v=2&band=1&to=2026&gdp=2&defl=0",
        "v=2&band=1&to=2028&pop=1.5",
        "v=2&band=1&to=2030&pop_mode=add&pop=7.8",
    ] {
        let (s, _) = parse(q);
        for i in [Indicator::Gdp, Indicator::Pop] {
            let o = outlook(d, &s, &s.a, i);
            let record = o.from_record.record.clone().unwrap();
            assert_eq!(record.latest.0, 2025, "{q}: the latest record");
            let n = 60_000;
            let mut xs = sampled(&record, o.growth, o.from_record.spread.unwrap(), s.to, n);
            assert_eq!(xs.len(), n, "{q} {i:?}: enough paths pass the record");
            let hits = xs.iter().filter(|&&x| x >= o.target).count() as f64 / n as f64;
            let p = o.from_record.probability.unwrap();
            let se = (hits * (1.0 - hits) / n as f64).sqrt().max(2e-4);
            assert!(
                (p - hits).abs() < 4.5 * se,
                "{q} {i:?}: {p} vs sampled {hits}"
            );
            let band = o.from_record.band.as_ref().unwrap();
            let at = band.at(s.to).unwrap();
            for (k, pq) in [0.05, 0.25, 0.5, 0.75, 0.95].into_iter().enumerate() {
                let want = quantile(&mut xs, pq);
                let rel = (at[k] / want - 1.0).abs();
                assert!(rel < 4e-3, "{q} {i:?} p{pq}: {} vs sampled {want}", at[k]);
            }
        }
    }
}

#[test]
fn a_year_the_record_bounds_below_the_target_has_no_chance() {
    let (s, _) = parse("v=2&band=1&to=2025&gdp=15&defl=10");
    let [gdp, ..] = compute(dataset(), &s, &s.a);
    // However fast the growth, 2025 is recorded below 1.5万亿.
    assert_eq!(gdp.from_record.probability, Some(0.0));
    let b = gdp.from_record.band.unwrap();
    let top = b.at(2025).unwrap()[4];
    assert!(top < 15000.0 && top > 14000.0, "{top}");
    // Without the record the same setting would have looked certain.
    assert!(gdp.from_base.probability_from_base.unwrap() > 0.99);
    // And the base year's path, which meets the target in 2023 already, is flagged: the record
    // says 2023 (and 2024, and 2025) fell short.
    assert_eq!(gdp.from_base.contradicted, Some(2023));
    let (s, _) = parse("v=2&gdp=5.4&defl=2.4");
    let [gdp, ..] = compute(dataset(), &s, &s.a);
    assert_eq!(
        gdp.from_base.contradicted,
        Some(2025),
        "the old default path reached it in 2025"
    );
    let (s, _) = parse("v=2&gdp=5.4&defl=0.8");
    let [gdp, ..] = compute(dataset(), &s, &s.a);
    assert_eq!(
        gdp.from_base.contradicted, None,
        "the current default path does not claim it"
    );
}

#[test]
fn the_year_reached_from_the_latest_record_never_names_a_settled_year() {
    let d = dataset();
    // From 2025's 14210亿 (third-party, the latest record): at 12% real and 5% prices, 2026.
    let (s, _) = parse("v=2&gdp=12&defl=5");
    let o = outlook(d, &s, &s.a, Indicator::Gdp);
    let pace = o.from_record.pace.clone().unwrap();
    assert_eq!(pace.path.at(2025), Some(14210.0));
    assert!(pace.path.at(2025).unwrap() < 15000.0);
    assert_eq!(pace.reached, Some(2026));
    // At 5.4% real and 0.8% prices: 14210 × 1.0624 ≥ 15000, so 2026 too; at 2% and 0%, later.
    let at = |q: &str, i: Indicator| {
        let (s, _) = parse(q);
        outlook(d, &s, &s.a, i).from_record.pace.unwrap().reached
    };
    assert_eq!(at("v=2&gdp=5.4&defl=0.8", Indicator::Gdp), Some(2026));
    let slow = at("v=2&gdp=2&defl=0", Indicator::Gdp).unwrap();
    let want = 2025 + ((15000.0f64 / 14210.0).ln() / 1.02f64.ln()).ceil() as i32;
    assert_eq!(slow, want);
    // Never reached by 2035.
    assert_eq!(at("v=2&gdp=0&defl=0", Indicator::Gdp), None);
    // Population from 961.6万 (2025, third-party) at 0.8% a year: the first year at or above
    // 1000万, never the settled 2025.
    let pop = at("v=2&pop=0.8", Indicator::Pop).unwrap();
    let want = 2025 + ((1000.0f64 / 961.6).ln() / 1.008f64.ln()).ceil() as i32;
    assert_eq!(pop, want);
    assert!(pop > 2025);
    // Renewables have no record: from the user's start only.
    let (s, _) = parse("v=2");
    assert_eq!(outlook(d, &s, &s.a, Indicator::Re).from_record.pace, None);
}

#[test]
fn the_current_defaults_come_from_the_most_recent_years() {
    let d = dataset();
    let derived = defaults::derive(d).unwrap();
    let c = derived.defaults;
    assert_eq!((c.from, c.to), (2022, 2030));
    // GDP: the official 2021–2024 average.
    assert_eq!(
        (
            derived.gdp.first_year,
            derived.gdp.last_year,
            c.settings.gdp
        ),
        (2021, 2024, 5.4)
    );
    // The deflator: 2024's, from its recorded real growth (a third-party 5.4%, inside the range
    // the official average allows: so inside that range's implied deflators too).
    let nominal = (13527.6 / 12757.4 - 1.0) * 100.0;
    let real = &d.series.gdp_real_growth.point(2024).unwrap();
    let (r_lo, r_hi) = (
        real.lower.as_ref().unwrap().value,
        real.upper.as_ref().unwrap().value,
    );
    let implied = |r: f64| ((1.0 + nominal / 100.0) / (1.0 + r / 100.0) - 1.0) * 100.0;
    assert_eq!(derived.deflator.year, 2024);
    let at = implied(real.value.unwrap());
    assert!((derived.deflator.low - at).abs() < 1e-9);
    assert!((derived.deflator.high - at).abs() < 1e-9);
    assert!(implied(r_hi) <= at && at <= implied(r_lo));
    assert_eq!(c.settings.defl, (at * 10.0).round() / 10.0);
    assert_eq!(c.settings.defl, 0.6);
    // Population: the latest recorded change, 2025's (third-party), 961.6 over 951.5: +1.06%.
    assert_eq!(derived.pop.year, 2025);
    assert!((derived.pop.rate - (961.6 / 951.5 - 1.0) * 100.0).abs() < 1e-9);
    assert_eq!((c.settings.pop, c.settings.pop_mode), (1.1, Mode::Rate));
    assert_eq!((c.settings.re, c.settings.re_mode), (0.0, Mode::Add));
    assert_ne!(c, Defaults::V1);
}

#[test]
fn the_2024_real_growth_bounds_are_what_the_average_allows() {
    // The official 2021–2024 average (5.4%, rounded) and the recorded 2021–2023 growth leave
    // 2024 a range; the dataset's bounds hold it, rounded outwards to 0.01.
    let d = dataset();
    let real = &d.series.gdp_real_growth;
    let product: f64 = (2021..=2023)
        .map(|y| 1.0 + real.value(y).unwrap() / 100.0)
        .product();
    let lo = (1.0535f64.powi(4) / product - 1.0) * 100.0;
    let hi = (1.0545f64.powi(4) / product - 1.0) * 100.0;
    let p = real.point(2024).unwrap();
    let (b_lo, b_hi) = (
        p.lower.as_ref().unwrap().value,
        p.upper.as_ref().unwrap().value,
    );
    assert!(b_lo <= lo && lo - b_lo < 0.01, "{b_lo} vs {lo}");
    assert!(b_hi >= hi && b_hi - hi < 0.01, "{b_hi} vs {hi}");
    // The third-party figure found since lies inside them.
    assert_eq!(p.value, Some(5.4));
    assert!(b_lo <= 5.4 && 5.4 <= b_hi);
    // Without it, the implied deflator would have a range for 2024; with it, a value.
    let bounds = history::implied_deflator_bounds(&d.series.gdp, real);
    let years: Vec<i32> = bounds.iter().map(|b| b.0).collect();
    assert_eq!(years, vec![2020, 2021, 2022, 2023, 2024]);
    assert!(bounds.iter().all(|b| b.1 == b.2));
    let mut without = real.clone();
    without.points.to_mut().iter_mut().for_each(|p| {
        if p.year == 2024 {
            p.value = None;
        }
    });
    let ranged = history::implied_deflator_bounds(&d.series.gdp, &without);
    assert!(ranged[4].1 < bounds[4].1 && bounds[4].1 < ranged[4].2);
}

#[test]
fn a_record_is_the_latest_level_and_the_ranges_after_it() {
    let d = dataset();
    // The latest level is 2025's (third-party), so no range is recorded after it.
    let r = Record::of(&d.series.gdp, 2022).unwrap();
    assert_eq!(r.latest, (2025, 14210.0));
    assert_eq!(r.windows.len(), 0);
    // Without the 2025 figure, the latest is 2024's and 2025's range conditions the outlook.
    let mut before = d.series.gdp.clone();
    before.points.to_mut().iter_mut().for_each(|p| {
        if p.year == 2025 {
            p.value = None;
        }
    });
    let r = Record::of(&before, 2022).unwrap();
    assert_eq!(r.latest, (2024, 13527.6));
    assert_eq!(
        (r.windows[0].low, r.windows[0].high),
        (Some((14000.0, true)), Some((15000.0, true)))
    );
    let r = Record::of(&d.series.population, 2022).unwrap();
    assert_eq!((r.latest, r.windows.len()), ((2025, 961.6), 0));
    assert!(Record::of(&d.series.renewables, 2022).is_none());
    // With no spread the chance is 0 or 1, and the range is the path held in the record (from
    // 2024, through 2025's range).
    let g = Growth::Rate(10.0);
    let rec = Record::of(&before, 2022).unwrap();
    assert_eq!(
        conditioned::probability(&rec, g, 0.0, 2026, 15000.0).unwrap(),
        1.0
    );
    assert_eq!(
        conditioned::probability(&rec, g, 0.0, 2025, 15000.0).unwrap(),
        0.0
    );
}
