//! For students: presets computed by the engine, the comparison in the URL, and the delivery
//! arithmetic.

mod common;
use common::dataset;
use common::parse;
use jinan_model::dataset::FactId;
use jinan_model::delivery::delivery;
use jinan_model::engine::{nominal_rate, real_rate, solve_rate};
use jinan_model::history;
use jinan_model::presets::{apply, basis, latest_deflator, mean_deflator, settings, Preset};
use jinan_model::results::compute;
use jinan_model::scenario::{to_query, Defaults, Lang, Mode, Scenario};

const DEFAULT_SETTINGS: jinan_model::scenario::Settings = Defaults::V1.settings;
use jinan_model::text::{preset_description, preset_name};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn what_the_plan_needed_lands_on_the_targets() {
    let d = dataset();
    let s = apply(
        d,
        Preset::PlanNeeded,
        &Scenario::with_defaults(&Defaults::V1),
        false,
    );
    assert_eq!(s.from, 2022);
    // The presets that start now assume the latest implied deflator (the default's).
    let defl = latest_deflator(d).unwrap().value;
    let (gdp_2022, pop_2022) = (
        d.series.gdp.value(2022).unwrap(),
        d.series.population.value(2022).unwrap(),
    );
    let needed = solve_rate(2022, gdp_2022, 2025, 15000.0).unwrap();
    assert!(
        close(s.a.gdp, real_rate(needed, defl).unwrap(), 1e-3),
        "{}",
        s.a.gdp
    );
    assert!(close(s.a.defl, defl, 1e-3));
    assert!(close(
        s.a.pop,
        solve_rate(2022, pop_2022, 2025, 1000.0).unwrap(),
        1e-3
    ));
    let [gdp, pop, _] = compute(d, &s, &s.a);
    // Rounded up to the link's precision: each path reaches its target in 2025, not a hair short.
    assert_eq!(
        gdp.from_base.reached,
        Some(jinan_model::results::Reached::Year(2025))
    );
    assert_eq!(
        pop.from_base.reached,
        Some(jinan_model::results::Reached::Year(2025))
    );
    // The URL keeps three decimals, so the landing is within a hair of the target.
    assert!(
        (gdp.from_base.projected.unwrap() / 15000.0 - 1.0).abs() < 2e-4,
        "{:?}",
        gdp.from_base.projected
    );
    assert!(
        (pop.from_base.projected.unwrap() / 1000.0 - 1.0).abs() < 2e-4,
        "{:?}",
        pop.from_base.projected
    );
}

#[test]
fn the_trend_is_the_recorded_average() {
    let d = dataset();
    let (s, from) = settings(d, Preset::Trend, &DEFAULT_SETTINGS).unwrap();
    assert_eq!(from, 2022);
    // Every recorded year, 2025's third-party figure included.
    let avg = history::average_rate(&d.series.gdp).unwrap();
    assert_eq!((avg.first_year, avg.last_year), (2019, 2025));
    assert!(close(nominal_rate(s.gdp, s.defl).unwrap(), avg.value, 2e-3));
    let pop = history::average_rate(&d.series.population).unwrap();
    assert!(close(s.pop, pop.value, 1e-3));
    assert_eq!(s.pop_mode, Mode::Rate);
}

#[test]
fn the_2025_target_and_recorded_so_far_start_from_the_last_recorded_year() {
    let d = dataset();
    let (s, from) = settings(d, Preset::Target2025, &DEFAULT_SETTINGS).unwrap();
    assert_eq!((s.gdp, from), (5.5, 2024));
    assert_eq!(
        Some(5.5),
        d.fact(FactId::GdpGrowthTarget2025).unwrap().value
    );
    let (r, from) = settings(d, Preset::RecordedSoFar, &DEFAULT_SETTINGS).unwrap();
    let (t, _) = settings(d, Preset::Trend, &DEFAULT_SETTINGS).unwrap();
    assert_eq!(from, 2024);
    assert_eq!((r.gdp, r.pop), (t.gdp, t.pop));
    // A preset leaves what it has no data for, renewables, as the user set it.
    let mine = DEFAULT_SETTINGS;
    let custom = jinan_model::scenario::Settings {
        re: 42.0,
        re_mode: Mode::Add,
        ..mine
    };
    assert_eq!(settings(d, Preset::Trend, &custom).unwrap().0.re, 42.0);
}

#[test]
fn presets_say_where_their_numbers_come_from() {
    let d = dataset();
    let pc = |x: f64| format!("{x:.2}%");
    for p in Preset::ALL {
        let b = basis(d, p, &DEFAULT_SETTINGS).unwrap();
        let s = b.settings;
        for lang in [Lang::Zh, Lang::En] {
            let (name, text) = (preset_name(lang, p, &b), preset_description(lang, p, &b));
            assert!(!name.is_empty());
            // Each number the preset sets is in its words, as does the year it starts from.
            for n in [pc(s.gdp), pc(s.pop)] {
                assert!(text.contains(&n), "{p:?} {lang:?}: {n} in {text}");
            }
            assert!(text.contains(&b.from.to_string()), "{p:?} {lang:?}: {text}");
            assert!(text.contains(&pc(b.nominal)), "{p:?} {lang:?}: {text}");
        }
    }
    // The years in the words are the data's: the trend's and the deflator's.
    let trend = basis(d, Preset::Trend, &DEFAULT_SETTINGS).unwrap();
    let avg = history::average_rate(&d.series.gdp).unwrap();
    assert!(preset_name(Lang::En, Preset::Trend, &trend)
        .contains(&format!("{}–{}", avg.first_year, avg.last_year)));
    let defl = mean_deflator(d).unwrap();
    let en = preset_description(Lang::En, Preset::Trend, &trend);
    assert!(
        en.contains(&format!(
            "the {}–{} mean implied deflator",
            defl.first_year, defl.last_year
        )),
        "{en}"
    );
    let plan = basis(d, Preset::PlanNeeded, &DEFAULT_SETTINGS).unwrap();
    let latest = latest_deflator(d).unwrap();
    let en = preset_description(Lang::En, Preset::PlanNeeded, &plan);
    assert!(
        en.contains(&format!(
            "the {} implied deflator of {:.2}% (derived)",
            latest.last_year, latest.value
        )),
        "{en}"
    );
    assert!(en.contains("7.64% a year in current prices"), "{en}");
    let target = basis(d, Preset::Target2025, &DEFAULT_SETTINGS).unwrap();
    let fact = d.fact(FactId::GdpGrowthTarget2025).unwrap();
    assert_eq!(
        target.target,
        Some((fact.value.unwrap(), fact.year.unwrap()))
    );
    let zh = preset_description(Lang::Zh, Preset::Target2025, &target);
    assert!(
        zh.contains(&format!(
            "{}年全年经济增长目标{}左右",
            fact.year.unwrap(),
            pc(fact.value.unwrap())
        )),
        "{zh}"
    );
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

#[test]
fn the_2026_target_preset_takes_the_city_s_own_words() {
    let d = dataset();
    let fact = d.fact(FactId::GdpGrowthTarget2026).unwrap();
    assert_eq!(fact.quote.as_deref(), Some("地区生产总值增长5%以上"));
    let b = basis(d, Preset::Target2026, &DEFAULT_SETTINGS).unwrap();
    assert_eq!((b.settings.gdp, b.from), (fact.value.unwrap(), 2024));
    assert_eq!(b.settings.defl, latest_deflator(d).unwrap().value);
    assert_eq!(
        preset_name(Lang::En, Preset::Target2026, &b),
        "The 2026 growth target"
    );
    let zh = preset_description(Lang::Zh, Preset::Target2026, &b);
    assert!(zh.contains("“地区生产总值增长5%以上”"), "{zh}");
}

/// The math panel's working shows the outlook's own numbers: each result's value is the field
/// the readouts show, the formulas carry the base and the target, and the chance's lines come
/// with the band, starting from the latest record.
#[test]
fn the_working_shows_the_outlooks_own_numbers() {
    use jinan_model::format::data_value;
    use jinan_model::text::math_steps;
    let (s, _) = parse("v=2&band=1&from=2022&to=2030&gdp=5.4&defl=0.6&pop=1.1&re_base=300&re=20");
    let o = compute(dataset(), &s, &s.a);
    let (gdp, defl) = (s.a.gdp, s.a.defl);
    let (steps, conditioned) = math_steps(Lang::En, &o[0], gdp, defl).unwrap();
    let keys: Vec<&str> = steps.iter().map(|s| s.key).collect();
    assert_eq!(
        keys,
        [
            "nominal",
            "projected",
            "required",
            "required-real",
            "years",
            "probability",
            "probability-from-base",
            "band"
        ]
    );
    assert!(conditioned);
    let by = |k: &str| steps.iter().find(|s| s.key == k).unwrap();
    assert_eq!(by("projected").value, data_value(o[0].from_base.projected));
    assert_eq!(
        by("probability").value,
        data_value(o[0].from_record.probability)
    );
    assert_eq!(by("nominal").working, "(1 + 5.4%)(1 + 0.6%) − 1");
    assert!(
        by("projected").working.starts_with("12027.5 × (1 + "),
        "{}",
        by("projected").working
    );
    let latest = dataset().series.gdp.recorded().last().unwrap();
    assert!(
        by("probability")
            .working
            .contains(&format!("| V_{} = ", latest.0)),
        "{}",
        by("probability").working
    );
    // Without the band, no chance; population by additions has its own formulas.
    let (s, _) = parse("v=2&from=2023&pop_mode=add&pop=9");
    let o = compute(dataset(), &s, &s.a);
    let (steps, conditioned) = math_steps(Lang::Zh, &o[1], s.a.gdp, s.a.defl).unwrap();
    assert!(!conditioned);
    assert!(steps
        .iter()
        .all(|s| s.key != "nominal" && s.key != "probability"));
    assert!(
        steps.iter().any(|s| s.working.contains(" + 2 × 9")),
        "{steps:?}"
    );
    // Renewables without a start have no base to work from.
    let (s, _) = parse("v=2");
    let o = compute(dataset(), &s, &s.a);
    assert_eq!(math_steps(Lang::En, &o[2], s.a.gdp, s.a.defl), None);
}
