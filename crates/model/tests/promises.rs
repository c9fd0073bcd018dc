//! The plan's promises, kept or not: the status of every quantified target from the record
//! (`status`), on the dataset and on made-up records, and the rule of evidence it follows.

// The checks compute with the platform's math, independently of the model's libm.
#![allow(clippy::disallowed_methods)]

mod common;
use common::dataset;
use jinan_model::band::normal_cdf;
use jinan_model::dataset::{Bound, Comparator, Point, Reliability, Statement, Target, Text};
use jinan_model::history;
use jinan_model::scenario::{Indicator, Lang};
use jinan_model::status::{
    as_of, assess, assess_all, counts, judge, records_of, Decision, Part, Status,
};
use jinan_model::text::{promises_summary, status_name, status_reason};
use jinan_model::verdict::verdicts;

fn status_of(id: &str) -> (Status, jinan_model::status::Assessment) {
    let d = dataset();
    let a = assess_all(d)
        .into_iter()
        .find(|a| a.target.id == id)
        .unwrap_or_else(|| panic!("{id}"));
    (a.assessment.status, a.assessment)
}

#[test]
fn every_target_has_a_status_and_the_settled_ones_follow_their_records() {
    let d = dataset();
    let all = assess_all(d);
    let n_targets: usize = d.tasks.iter().map(|t| t.targets.len()).sum();
    assert_eq!((all.len(), n_targets), (31, 31));
    for a in &all {
        let (t, x) = (a.target, &a.assessment);
        // A settled status rests on a record for the judged year (or an official sentence that
        // names the target), whose figure says what the status says.
        if let Decision::Record { point, part } = &x.decision {
            assert_eq!(point.year, x.year, "{}", t.id);
            let need = x.need.unwrap();
            match part {
                Part::Value => assert_eq!(
                    need.meets(point.value.unwrap()),
                    x.status.met().unwrap(),
                    "{}",
                    t.id
                ),
                // A bound decides where there is no value, or only one of a lower grade (GDP's
                // third-party 2025 figure inside its official range).
                Part::Lower | Part::Upper => {
                    let bound = if *part == Part::Lower {
                        &point.lower
                    } else {
                        &point.upper
                    };
                    let b = bound.as_ref().unwrap();
                    assert!(
                        point.value.is_none()
                            || point.reliability.grade(point.basis) < b.reliability.grade(b.basis),
                        "{}",
                        t.id
                    )
                }
            }
        }
        if matches!(x.status, Status::Unknown) {
            assert!(matches!(x.decision, Decision::Nothing), "{}", t.id);
        }
        // A target without a stated year is judged at the end of the plan period, and says so.
        if !t.year_stated {
            assert_eq!(x.year, d.plan.period_end, "{}", t.id);
            for lang in [Lang::Zh, Lang::En] {
                let why = status_reason(lang, t, x);
                assert!(why.contains(&d.plan.period_end.to_string()), "{why}");
                assert!(
                    why.contains("judged at the end of the plan period")
                        || why.contains("按计划期末"),
                    "{why}"
                );
            }
        }
    }
}

#[test]
fn the_dataset_s_statuses_and_what_decided_them() {
    // Talent: 310万 in 2025, official news, at least 300万: met.
    let (s, a) = status_of("talent");
    assert_eq!(s, Status::Met);
    let Decision::Record { point, part } = &a.decision else {
        panic!("{a:?}")
    };
    assert_eq!(
        (point.year, point.value, *part, point.reliability),
        (2025, Some(310.0), Part::Value, Reliability::OfficialNews)
    );
    // The mines: no year stated, so judged at the end of 2025; 851 of 919 sites and 1824.06 of
    // about 1996 hectares done by 23 December 2025 (the rest planned for the end of 2026).
    for (id, done, of) in [("mine_sites", 851.0, 919.0), ("mine_area", 1824.06, 1996.0)] {
        let (s, a) = status_of(id);
        assert_eq!(s, Status::Missed, "{id}");
        let Decision::Record { point, .. } = &a.decision else {
            panic!("{a:?}")
        };
        assert_eq!(point.value, Some(done));
        assert_eq!(point.as_of.as_deref(), Some("2025-12-23"));
        assert!(done < of * 0.95, "{id}: short even of “about”");
        assert!(!a.year_stated);
    }
    // Grain: 2025 output of 305.8万吨 = 61.16亿斤, from a third-party summary only: met,
    // unconfirmed. The official sentence names the 十四五 indicator, not this target: context.
    let (s, a) = status_of("grain");
    assert_eq!(s, Status::MetUnconfirmed);
    let Decision::Record { point, .. } = &a.decision else {
        panic!("{a:?}")
    };
    assert!((point.value.unwrap() - 305.8 * 0.2).abs() < 1e-9);
    assert_eq!(
        (point.reliability, point.basis),
        (Reliability::Derived, Some(Reliability::ThirdParty))
    );
    assert_eq!(a.context.len(), 1);
    // Energy intensity: only the sentence that names the 十四五 indicator: unknown, quoted.
    let (s, a) = status_of("energy_intensity");
    assert_eq!(s, Status::Unknown);
    assert!(!a.context.is_empty() && a.context.iter().all(|c| !c.names_target));
    // GDP: the bounds of 2025 (above 1.4万亿, below 1.5万亿, the upper derived from official
    // news): missed, by the upper bound, whatever the third-party figure inside them says.
    let (s, a) = status_of("gdp");
    assert_eq!(s, Status::Missed);
    assert!(matches!(
        a.decision,
        Decision::Record {
            part: Part::Upper,
            ..
        }
    ));
    // Renewables: nothing recorded: unknown.
    assert_eq!(status_of("renewables").0, Status::Unknown);
}

#[test]
fn population_is_missed_unconfirmed_and_the_outlook_spoke_before_its_2025_figure() {
    // 2025: a third-party 961.6万, below 1000万: missed, unconfirmed (a third-party figure
    // settles nothing), by the value.
    let (s, a) = status_of("population");
    assert_eq!(s, Status::MissedUnconfirmed);
    assert!(matches!(
        a.decision,
        Decision::Record {
            part: Part::Value,
            ..
        }
    ));
    let v = &verdicts(dataset())[Indicator::Pop as usize];
    assert_eq!(v.verdict, Status::MissedUnconfirmed);
    let badge = jinan_model::text::verdict_badge(Lang::En, v);
    assert!(badge.contains("unconfirmed"), "{badge}");
    // Without it, the record stops at 2024 (951.5万) and the outlook model speaks: 2025 needed
    // +48.5万, against +7.8万 in 2024, so "likely missed".
    let mut d = dataset().clone();
    d.series
        .population
        .points
        .to_mut()
        .iter_mut()
        .for_each(|p| {
            if p.year == 2025 {
                p.value = None;
                p.reliability = jinan_model::dataset::Reliability::Missing;
            }
        });
    let all = assess_all(&d);
    let a = &all
        .iter()
        .find(|a| a.target.id == "population")
        .unwrap()
        .assessment;
    let n = a.needed.unwrap();
    assert_eq!(n.from, (2024, 951.5));
    assert!((n.addition.unwrap() - 48.5).abs() < 1e-9);
    let (cy, _, ca) = n.last_change.unwrap();
    assert_eq!(cy, 2024);
    assert!((ca - 7.8).abs() < 1e-9);
    // The chance, computed here in closed form from the series itself: one year of log-normal
    // growth at the recorded compound pace and the spread of the recorded log growth.
    let pop = &d.series.population;
    let rec: Vec<(i32, f64)> = pop.recorded().collect();
    let (first, last) = (rec[0], rec[rec.len() - 1]);
    let pace = (last.1 / first.1).powf(1.0 / f64::from(last.0 - first.0)) - 1.0;
    let logs: Vec<f64> = rec.windows(2).map(|w| (w[1].1 / w[0].1).ln()).collect();
    let mean = logs.iter().sum::<f64>() / logs.len() as f64;
    let sd =
        (logs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (logs.len() - 1) as f64).sqrt();
    let z = ((1000.0 / last.1).ln() - pace.ln_1p()) / sd;
    let p = 1.0 - normal_cdf(z);
    let c = a.chance.unwrap();
    assert!((c.p - p).abs() < 1e-9, "{} vs {p}", c.p);
    assert!((c.pace - pace * 100.0).abs() < 1e-9);
    assert!(c.p < 0.05);
    assert_eq!(a.status, Status::LikelyMissed);
    assert!(matches!(a.decision, Decision::Outlook(_)));
    let v = &verdicts(&d)[Indicator::Pop as usize];
    assert_eq!(v.verdict, Status::LikelyMissed);
    assert_eq!(
        jinan_model::text::verdict_chance(Lang::En, v).as_deref(),
        Some("chance less than 1%")
    );
}

#[test]
fn the_headline_verdicts_are_the_tracker_s_statuses() {
    let d = dataset();
    let all = assess_all(d);
    for v in verdicts(d) {
        let a = all
            .iter()
            .find(|a| a.target.id == v.indicator.target_id())
            .unwrap();
        assert_eq!(v.verdict, a.assessment.status);
        assert_eq!(v.assessment, a.assessment);
    }
    // A headline target's records are its series.
    let (_, gdp) = d.target("gdp").unwrap();
    assert_eq!(records_of(d, gdp), &d.series.gdp.points[..]);
    let (_, talent) = d.target("talent").unwrap();
    assert_eq!(records_of(d, talent), &talent.records[..]);
}

#[test]
fn change_a_record_and_the_status_changes() {
    let mut d = dataset().clone();
    fn t(d: &mut jinan_model::dataset::Dataset) -> &mut Target {
        d.tasks
            .to_mut()
            .iter_mut()
            .flat_map(|t| t.targets.to_mut().iter_mut())
            .find(|g| g.id == "talent")
            .unwrap()
    }
    let status = |d: &jinan_model::dataset::Dataset| {
        assess_all(d)
            .into_iter()
            .find(|a| a.target.id == "talent")
            .unwrap()
            .assessment
            .status
    };
    assert_eq!(status(&d), Status::Met);
    t(&mut d).records.to_mut()[2].value = Some(290.0);
    assert_eq!(status(&d), Status::Missed);
    t(&mut d).records.to_mut()[2].reliability = Reliability::ThirdParty;
    assert_eq!(status(&d), Status::MissedUnconfirmed);
    t(&mut d).records.to_mut().truncate(2);
    assert_eq!(status(&d), Status::Unknown);
}

#[test]
fn the_summary_counts_every_target_once() {
    let d = dataset();
    let all = assess_all(d);
    let c = counts(all.iter().map(|a| a.assessment.status));
    assert_eq!(c.iter().map(|x| x.1).sum::<usize>(), all.len());
    for lang in [Lang::Zh, Lang::En] {
        let line = promises_summary(lang, &c);
        assert!(line.contains("31"), "{line}");
        for (s, n) in c.iter().filter(|x| x.1 > 0) {
            assert!(line.contains(status_name(lang, *s)), "{line}");
            assert!(line.contains(&n.to_string()), "{line}");
        }
    }
    // As of the latest record used: the 2026 government work report's day, here.
    let date = as_of(d, &all).unwrap();
    assert!(date.as_str() >= "2025-12-23", "{date}");
}

// --- made-up records ---------------------------------------------------------------------

fn target(value: f64, comparator: Comparator, year: i32, stated: bool) -> Target {
    let mut t = dataset().target("talent").unwrap().1.clone();
    t.id = "made_up".into();
    t.value = Some(value);
    t.comparator = comparator;
    t.year = year;
    t.year_stated = stated;
    t.records = Vec::new().into();
    t.statements = Vec::new().into();
    t.settle_by = None;
    t
}

fn rec(year: i32, value: f64, reliability: Reliability) -> Point {
    Point {
        year,
        value: Some(value),
        reliability,
        source: Some("plan".into()),
        quote: None,
        note: Text::default(),
        lower: None,
        upper: None,
        basis: None,
        as_of: None,
    }
}

fn statement(names_target: bool, met: bool, reliability: Reliability) -> Statement {
    Statement {
        year: 2025,
        says_met: Some(met),
        names_target,
        reliability,
        source: "plan".into(),
        quote: "提前完成".into(),
        note: Text::default(),
    }
}

fn status(t: &Target, records: &[Point]) -> Status {
    assess(t, records, 2025).status
}

#[test]
fn every_status_is_reachable() {
    use Reliability::*;
    let t = target(100.0, Comparator::AtLeast, 2025, true);
    assert_eq!(status(&t, &[rec(2025, 101.0, Bulletin)]), Status::Met);
    assert_eq!(status(&t, &[rec(2025, 99.0, OfficialNews)]), Status::Missed);
    assert_eq!(
        status(&t, &[rec(2025, 101.0, ThirdParty)]),
        Status::MetUnconfirmed
    );
    assert_eq!(
        status(&t, &[rec(2025, 99.0, ThirdParty)]),
        Status::MissedUnconfirmed
    );
    // Three yearly records before the year: the outlook model speaks.
    let fast = [
        rec(2022, 80.0, Bulletin),
        rec(2023, 88.0, Bulletin),
        rec(2024, 96.0, Bulletin),
    ];
    assert_eq!(status(&t, &fast), Status::LikelyMet);
    let slow = [
        rec(2022, 60.0, Bulletin),
        rec(2023, 61.0, Bulletin),
        rec(2024, 62.5, Bulletin),
    ];
    assert_eq!(status(&t, &slow), Status::LikelyMissed);
    // Near the target at its pace: the chance is neither way, so unknown, with the chance.
    let near = [
        rec(2022, 90.0, Bulletin),
        rec(2023, 93.0, Bulletin),
        rec(2024, 96.5, Bulletin),
    ];
    let a = assess(&t, &near, 2025);
    assert_eq!(a.status, Status::Unknown);
    let p = a.chance.unwrap().p;
    assert!((0.05..=0.95).contains(&p), "{p}");
    // Two yearly records are not enough for the model.
    assert_eq!(status(&t, &slow[1..]), Status::Unknown);
    assert!(assess(&t, &slow[1..], 2025).chance.is_none());
    assert_eq!(status(&t, &[]), Status::Unknown);
    // And every status has its words in both languages.
    for s in Status::ALL {
        assert_eq!(Status::from_code(s.code()), Some(s));
        assert_ne!(status_name(Lang::Zh, s), status_name(Lang::En, s));
    }
}

#[test]
fn the_rule_of_evidence() {
    use Reliability::*;
    let t = target(100.0, Comparator::AtLeast, 2025, true);
    let derived = |basis| Point {
        reliability: Derived,
        basis,
        ..rec(2025, 101.0, Derived)
    };
    // Arithmetic on official figures settles; on third-party ones, or on nothing named, it
    // confirms nothing.
    assert_eq!(status(&t, &[derived(Some(OfficialNews))]), Status::Met);
    assert_eq!(
        status(&t, &[derived(Some(ThirdParty))]),
        Status::MetUnconfirmed
    );
    assert_eq!(status(&t, &[derived(None)]), Status::MetUnconfirmed);
    // A figure with no source named is not evidence.
    assert_eq!(
        status(&t, &[rec(2025, 101.0, Unattributed)]),
        Status::Unknown
    );
    // A sentence settles only when it names the target, and only from an official source.
    let with = |s: Statement, records: &[Point]| {
        let mut t = t.clone();
        t.statements = vec![s].into();
        assess(&t, records, 2025)
    };
    let a = with(statement(true, true, OfficialNews), &[]);
    assert_eq!(a.status, Status::Met);
    assert!(matches!(a.decision, Decision::Statement(_)));
    let a = with(statement(false, true, OfficialNews), &[]);
    assert_eq!((a.status, a.context.len()), (Status::Unknown, 1));
    assert_eq!(
        with(statement(true, true, ThirdParty), &[]).status,
        Status::Unknown
    );
    // An official figure comes before a sentence; a sentence before a third-party figure.
    assert_eq!(
        with(
            statement(true, true, OfficialNews),
            &[rec(2025, 99.0, Bulletin)]
        )
        .status,
        Status::Missed
    );
    assert_eq!(
        with(
            statement(true, false, OfficialNews),
            &[rec(2025, 101.0, ThirdParty)]
        )
        .status,
        Status::Missed
    );
    // Where a point has a third-party value and official bounds, the bounds that settle it win.
    let both = Point {
        upper: Some(Bound {
            value: 99.5,
            strict: true,
            reliability: Derived,
            source: "plan".into(),
            quote: None,
            note: Text::default(),
            basis: Some(OfficialNews),
        }),
        ..rec(2025, 99.0, ThirdParty)
    };
    let a = assess(&t, &[both], 2025);
    assert_eq!(a.status, Status::Missed);
    assert!(matches!(
        a.decision,
        Decision::Record {
            part: Part::Upper,
            ..
        }
    ));
}

#[test]
fn a_target_without_a_year_is_judged_at_the_plan_s_end() {
    use Reliability::*;
    // The data may carry any year for it: the plan's end decides, and the reason says so.
    let t = target(100.0, Comparator::AtLeast, 2023, false);
    let records = [rec(2023, 101.0, Bulletin), rec(2025, 99.0, Bulletin)];
    let a = assess(&t, &records, 2025);
    assert_eq!((a.year, a.status), (2025, Status::Missed));
    assert!(status_reason(Lang::En, &t, &a)
        .starts_with("The plan states no year: judged at the end of the plan period, 2025."));
    // The same target with its year stated is judged in that year.
    let stated = target(100.0, Comparator::AtLeast, 2023, true);
    assert_eq!(assess(&stated, &records, 2025).status, Status::Met);
}

#[test]
fn comparators_read_as_the_plan_writes_them() {
    use Reliability::*;
    let check = |c, x, want| {
        let t = target(100.0, c, 2025, true);
        assert_eq!(status(&t, &[rec(2025, x, Bulletin)]), want, "{c:?} {x}");
    };
    check(Comparator::AtLeast, 100.0, Status::Met);
    check(Comparator::Above, 100.0, Status::Missed);
    check(Comparator::Above, 100.1, Status::Met);
    check(Comparator::About, 95.0, Status::Met);
    check(Comparator::About, 94.9, Status::Missed);
    check(Comparator::About, 130.0, Status::Met);
    check(Comparator::AtMost, 100.0, Status::Met);
    check(Comparator::AtMost, 100.1, Status::Missed);
    check(Comparator::Exactly, 100.0, Status::Met);
    check(Comparator::Range, 100.0, Status::Met);
    // A target done by a date has no figure to judge.
    let mut t = target(100.0, Comparator::ByDate, 2025, true);
    t.value = None;
    assert_eq!(status(&t, &[rec(2025, 1.0, Bulletin)]), Status::Unknown);
    // The old entry point, as the instrument's path check reads it.
    let p = rec(2025, 99.0, Bulletin);
    assert_eq!(judge(Some(&p), 100.0, Comparator::AtLeast), Some(false));
    assert_eq!(judge(None, 100.0, Comparator::AtLeast), None);
    // The spread the model uses is history's, on the same records.
    let s = jinan_model::dataset::Series {
        name: Text::default(),
        unit: "".into(),
        points: vec![
            rec(2022, 60.0, Bulletin),
            rec(2023, 61.0, Bulletin),
            rec(2024, 62.5, Bulletin),
        ]
        .into(),
    };
    let t = target(100.0, Comparator::AtLeast, 2025, true);
    let a = assess(&t, &s.points, 2025);
    assert_eq!(
        a.chance.unwrap().spread,
        history::spread_of_log_growth(&s).unwrap()
    );
}
