//! For students: presets computed by the engine, the comparison in the URL, and the delivery
//! arithmetic.

use jinan_pathways::model::delivery::delivery;
use jinan_pathways::model::embedded::dataset;
use jinan_pathways::model::engine::{nominal_rate, real_rate, solve_rate};
use jinan_pathways::model::history;
use jinan_pathways::model::presets::{apply, mean_deflator, settings, Preset};
use jinan_pathways::model::results::compute;
use jinan_pathways::model::scenario::{parse, to_query, Lang, Mode, Scenario, DEFAULT_SETTINGS};
use jinan_pathways::model::text::{preset_description, preset_name};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn what_the_plan_needed_lands_on_the_targets() {
    let d = dataset();
    let s = apply(d, Preset::PlanNeeded, &Scenario::default(), false);
    assert_eq!(s.from, 2022);
    let defl = mean_deflator(d).unwrap();
    let needed = solve_rate(2022, 12027.5, 2025, 15000.0).unwrap();
    assert!(
        close(s.a.gdp, real_rate(needed, defl).unwrap(), 1e-3),
        "{}",
        s.a.gdp
    );
    assert!(close(s.a.defl, defl, 1e-3));
    assert!(close(
        s.a.pop,
        solve_rate(2022, 941.5, 2025, 1000.0).unwrap(),
        1e-3
    ));
    let [gdp, pop, _] = compute(d, &s, &s.a);
    // The URL keeps three decimals, so the landing is within a hair of the target.
    assert!(
        (gdp.projected.unwrap() / 15000.0 - 1.0).abs() < 2e-4,
        "{:?}",
        gdp.projected
    );
    assert!(
        (pop.projected.unwrap() / 1000.0 - 1.0).abs() < 2e-4,
        "{:?}",
        pop.projected
    );
}

#[test]
fn the_trend_is_the_recorded_average() {
    let d = dataset();
    let (s, from) = settings(d, Preset::Trend, &DEFAULT_SETTINGS).unwrap();
    assert_eq!(from, 2022);
    let avg = history::average_rate(d.series("gdp").unwrap()).unwrap();
    assert_eq!((avg.first_year, avg.last_year), (2019, 2024));
    assert!(close(nominal_rate(s.gdp, s.defl).unwrap(), avg.value, 2e-3));
    let pop = history::average_rate(d.series("population").unwrap()).unwrap();
    assert!(close(s.pop, pop.value, 1e-3));
    assert_eq!(s.pop_mode, Mode::Rate);
}

#[test]
fn the_2025_target_and_recorded_so_far_start_from_the_last_recorded_year() {
    let d = dataset();
    let (s, from) = settings(d, Preset::Target2025, &DEFAULT_SETTINGS).unwrap();
    assert_eq!((s.gdp, from), (5.5, 2024));
    assert_eq!(Some(5.5), d.fact("gdp_growth_target_2025").unwrap().value);
    let (r, from) = settings(d, Preset::RecordedSoFar, &DEFAULT_SETTINGS).unwrap();
    let (t, _) = settings(d, Preset::Trend, &DEFAULT_SETTINGS).unwrap();
    assert_eq!(from, 2024);
    assert_eq!((r.gdp, r.pop), (t.gdp, t.pop));
    // A preset leaves what it has no data for, renewables, as the user set it.
    let mine = DEFAULT_SETTINGS;
    let custom = jinan_pathways::model::scenario::Settings {
        re: 42.0,
        re_mode: Mode::Add,
        ..mine
    };
    assert_eq!(settings(d, Preset::Trend, &custom).unwrap().0.re, 42.0);
}

#[test]
fn presets_say_where_their_numbers_come_from() {
    let d = dataset();
    for p in Preset::ALL {
        for lang in [Lang::Zh, Lang::En] {
            assert!(!preset_name(lang, p).is_empty());
            let text = preset_description(lang, p, d);
            assert!(text.contains('%'), "{p:?} {lang:?}: {text}");
        }
    }
    assert!(preset_description(Lang::En, Preset::PlanNeeded, d)
        .contains("7.64% a year in current prices"));
    assert!(preset_description(Lang::En, Preset::Target2025, d).contains("5.50% real growth"));
}

#[test]
fn a_preset_can_set_b_and_the_comparison_round_trips() {
    let d = dataset();
    let (a, _) = parse("gdp=6&b_gdp=4");
    let s = apply(d, Preset::Trend, &a, true);
    assert_eq!(s.a, a.a, "A is untouched");
    assert_ne!(s.b, a.b);
    assert_eq!(parse(&to_query(&s)).0, s);
    let (s, n) = parse("pop_mode=add&pop=10&b_pop_mode=rate&b_pop=1.5&b_re_mode=rate&b_re=12");
    assert!(n.is_empty());
    let b = s.b.unwrap();
    assert_eq!(
        (b.pop_mode, b.pop, b.re_mode, b.re),
        (Mode::Rate, 1.5, Mode::Rate, 12.0)
    );
    assert_eq!(parse(&to_query(&s)).0, s);
}

#[test]
fn delivery_adds_up_to_the_plan_at_one_hundred_percent() {
    let d = dataset();
    let full = delivery(d, 100.0);
    assert!(close(full.planned, 24101.82, 1e-6), "{}", full.planned);
    assert!(close(full.delivered, full.planned, 1e-9));
    assert!(close(full.new_2023_planned, 6633.75, 1e-6));
    assert!(
        full.delivered > d.plan.stated.investment.value,
        "the document says over 2.4万亿元"
    );
    for (a, row) in d.areas.iter().zip(&full.areas) {
        assert!(
            close(row.planned, a.total.investment, 1e-6),
            "area {}",
            a.no
        );
    }
    let half = delivery(d, 50.0);
    assert!(close(half.delivered, full.planned / 2.0, 1e-9));
    assert!(close(half.new_2023_share, full.new_2023_share, 1e-12));
    assert!(close(full.new_2023_share, 6633.75 / 24101.82 * 100.0, 1e-9));
    assert_eq!(delivery(d, 250.0).share, 100.0);
    assert_eq!(delivery(d, f64::NAN).share, 100.0);
    assert_eq!(delivery(d, -3.0).delivered, 0.0);
}
