//! The embedded dataset against its sources: every quoted sentence is in the (corrected) plan
//! text or the history notes, every correction is real, and nothing is invented.

mod common;
use common::dataset;
use jinan_model::dataset::{Comparator, Reliability};
use jinan_model::history;

const SEED: &str = include_str!("../../../data/sources/plan-seed.txt");
const HISTORY: &str = include_str!("../../../data/sources/jinan-history.md");

/// The number written right after `marker` in `text`: "增加7.8万人" after "增加" is 7.8.
fn number_after(text: &str, marker: &str) -> f64 {
    let rest = &text[text
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in {text}"))
        + marker.len()..];
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("a number after {marker} in {text}"))
}

/// Whether the history notes hold `quote`, where a quote may run across a wrapped line of the
/// notes (the wrap is the notes' layout, not part of the sentence).
fn in_notes(quote: &str) -> bool {
    if HISTORY.contains(quote) {
        return true;
    }
    let mut unwrapped = String::with_capacity(HISTORY.len());
    let mut lines = HISTORY.lines();
    if let Some(first) = lines.next() {
        unwrapped.push_str(first);
    }
    for l in lines {
        unwrapped.push_str(l.trim_start());
    }
    unwrapped.contains(quote)
}

fn corrected_seed() -> String {
    let mut text = SEED.to_string();
    for c in dataset().corrections.iter() {
        text = text.replace(&*c.scanned, &c.corrected);
    }
    text
}

#[test]
fn every_correction_is_in_the_scan_as_often_as_it_says() {
    let mut text = SEED.to_string();
    for c in dataset().corrections.iter() {
        assert_eq!(
            text.matches(&*c.scanned).count(),
            c.count as usize,
            "{} → {}",
            c.scanned,
            c.corrected
        );
        assert_ne!(c.scanned, c.corrected);
        assert!(!c.reason.zh.is_empty() && !c.reason.en.is_empty());
        text = text.replace(&*c.scanned, &c.corrected);
    }
    // No misprint of these kinds is left.
    for bad in ['髙', '幵', '駿', '遺', '圏', '歩', '•', '"'] {
        assert!(!text.contains(bad), "{bad} left in the corrected text");
    }
    assert!(text.contains("\n一、聚力推动科技自立自强"));
    assert!(text.contains("总投资3097.59亿元的210个重点项目"));
}

#[test]
fn every_plan_quote_is_in_the_corrected_text() {
    let text = corrected_seed();
    let d = dataset();
    let st = &d.plan.stated;
    for q in [
        &st.projects.quote,
        &st.investment.quote,
        &st.new_2023_projects.quote,
        &st.new_2023_investment.quote,
        &st.areas.quote,
    ] {
        assert!(text.contains(q.as_ref()), "{q}");
    }
    for a in d.areas.iter() {
        assert!(
            text.contains(&format!("{}、{}\n{}", a.numeral, a.title.zh, a.sentence)),
            "area {}",
            a.no
        );
        assert!(
            text.contains(&format!("重点{}:{}", a.numeral, a.summary.title)),
            "summary title {}",
            a.no
        );
        assert!(text.contains(&*a.summary.sentence), "summary {}", a.no);
        assert!(!a.title.en.is_empty() && !a.short.en.is_empty() && !a.short.zh.is_empty());
    }
    for t in d.tasks.iter() {
        assert!(
            text.contains(&format!("({}){}。", t.numeral, t.title.zh)),
            "task {}",
            t.no
        );
        assert!(!t.title.en.is_empty());
        for g in t.targets.iter() {
            assert!(text.contains(&*g.quote), "{}: {}", g.id, g.quote);
            assert!(g.sentence.zh.contains(&*g.quote), "{}", g.id);
            assert!(text.contains(&*g.sentence.zh), "{}", g.id);
            assert!(!g.sentence.en.is_empty() && !g.what.en.is_empty());
        }
    }
}

#[test]
fn the_plan_s_structure() {
    let d = dataset();
    assert_eq!(d.plan.issued, "2023-01-28");
    assert_eq!((d.plan.period_start, d.plan.period_end), (2023, 2025));
    assert_eq!(d.plan.issuers.len(), 2);
    assert_eq!(d.areas.len(), 10);
    assert_eq!(d.tasks.len(), 50);
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    for (i, a) in d.areas.iter().enumerate() {
        assert_eq!(a.no as usize, i + 1);
        assert_eq!(a.numeral, numerals[i]);
    }
    assert_eq!(d.tasks[49].numeral, "五十");
    assert_eq!(d.tasks[20].numeral, "二十一");
    // Tasks run through the areas in order.
    assert!(d.tasks.windows(2).all(|w| w[0].area <= w[1].area));
}

#[test]
fn the_headline_targets() {
    let d = dataset();
    let (task, gdp) = d.target("gdp").unwrap();
    assert_eq!(
        (task.no, gdp.value, gdp.year, gdp.comparator),
        (22, Some(15000.0), 2025, Comparator::AtLeast)
    );
    assert_eq!(gdp.unit.zh, "亿元");
    let (task, pop) = d.target("population").unwrap();
    assert_eq!(
        (task.no, pop.value, pop.unit.zh.as_ref()),
        (22, Some(1000.0), "万人")
    );
    let (task, re) = d.target("renewables").unwrap();
    assert_eq!(
        (task.no, re.value, re.unit.zh.as_ref(), re.year_stated),
        (18, Some(430.0), "万千瓦", false)
    );
    let ids: Vec<&str> = d
        .tasks
        .iter()
        .flat_map(|t| t.targets.iter().map(|g| g.id.as_ref()))
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "target ids are unique");
    // By-date targets carry a deadline and no value; quantified ones carry a value.
    for t in d.tasks.iter().flat_map(|t| t.targets.iter()) {
        match t.comparator {
            Comparator::ByDate => assert!(t.deadline.is_some() && t.value.is_none(), "{}", t.id),
            Comparator::Range => assert!(t.value < t.value_high, "{}", t.id),
            _ => assert!(t.value.is_some(), "{}", t.id),
        }
    }
}

#[test]
fn every_history_quote_is_in_the_notes_and_every_source_exists() {
    let d = dataset();
    for (id, s) in d.series.all() {
        for p in s.points.iter() {
            if let Some(q) = &p.quote {
                assert!(in_notes(q), "{id} {}: {q}", p.year);
            }
            match (&p.source, p.value) {
                (Some(src), _) => assert!(d.source(src).is_some(), "{src}"),
                (None, v) => assert_eq!(
                    (v, p.reliability),
                    (None, Reliability::Missing),
                    "{id} {}",
                    p.year
                ),
            }
            if p.reliability == Reliability::Missing {
                assert_eq!(p.value, None);
                assert!(!p.note.en.is_empty());
            }
        }
    }
    for f in d.facts.iter() {
        assert!(d.source(&f.source).is_some(), "{}", f.id);
        if let Some(q) = &f.quote {
            assert!(in_notes(q), "{}", f.id);
        }
    }
    for t in d.tasks.iter().flat_map(|t| t.targets.iter()) {
        for f in t.outcome.facts.iter() {
            assert!(d.fact_by_key(f).is_some(), "{} → {f}", t.id);
        }
        // A target's own records and statements: every quote in the notes, every source named.
        for p in t.records.iter() {
            let parts = [(&p.source, &p.quote)].into_iter().chain(
                [&p.lower, &p.upper]
                    .into_iter()
                    .flatten()
                    .map(|b| (&None, &b.quote)),
            );
            for (_, q) in parts {
                if let Some(q) = q {
                    assert!(in_notes(q), "{} {}: {q}", t.id, p.year);
                }
            }
            for src in p.source.iter().chain(
                [&p.lower, &p.upper]
                    .into_iter()
                    .flatten()
                    .map(|b| &b.source),
            ) {
                assert!(d.source(src).is_some(), "{} {}: {src}", t.id, p.year);
            }
            if p.value.is_some() {
                assert_ne!(p.reliability, Reliability::Missing, "{} {}", t.id, p.year);
            }
            if p.reliability == Reliability::Derived {
                assert!(
                    p.basis.is_some(),
                    "{} {}: a derived figure says what it is derived from",
                    t.id,
                    p.year
                );
            }
        }
        for st in t.statements.iter() {
            assert!(in_notes(&st.quote), "{}: {}", t.id, st.quote);
            assert!(d.source(&st.source).is_some(), "{}", t.id);
        }
    }
    // Nothing the notes list under "do not use" is in the dataset.
    let json = common::DATASET_JSON;
    for banned in ["14210.09", "1.42万亿", "20.4", "36万"] {
        assert!(
            !json.contains(banned),
            "{banned} is listed under \"do not use\""
        );
    }
    for src in d.sources.iter() {
        if let Some(url) = &src.url {
            assert!(HISTORY.contains(url.as_ref()), "{url}");
        }
    }
}

#[test]
fn recorded_figures_match_the_notes() {
    let d = dataset();
    let gdp = &d.series.gdp;
    let expect = [
        (2019, 9443.37),
        (2020, 10140.91),
        (2021, 11432.22),
        (2022, 12027.5),
        (2023, 12757.4),
        (2024, 13527.6),
        (2025, 14210.0),
    ];
    assert_eq!(gdp.recorded().collect::<Vec<_>>(), expect.to_vec());
    // 2025: a third-party figure (two datasets citing the bulletin's page), inside the range the
    // official words give.
    let est = gdp.point(2025).unwrap();
    assert_eq!(
        (
            est.value,
            est.lower.as_ref().map(|b| b.value),
            est.upper.as_ref().map(|b| b.value)
        ),
        (Some(14210.0), Some(14000.0), Some(15000.0))
    );
    assert_eq!(est.reliability, Reliability::ThirdParty);
    assert!(est.quote.as_deref().unwrap().contains("14210亿元"));
    let real = &d.series.gdp_real_growth;
    assert_eq!(
        real.recorded().collect::<Vec<_>>(),
        vec![
            (2019, 7.0),
            (2020, 4.9),
            (2021, 7.2),
            (2022, 3.1),
            (2023, 6.1),
            (2024, 5.4)
        ]
    );
    // 2024: a third-party figure, inside the range the official 2021–2024 average allows.
    let r2024 = real.point(2024).unwrap();
    assert_eq!(r2024.reliability, Reliability::ThirdParty);
    assert_eq!(
        number_after(r2024.quote.as_deref().unwrap(), "比上年增长"),
        5.4
    );
    let (lo, hi) = (r2024.lower.as_ref().unwrap(), r2024.upper.as_ref().unwrap());
    assert!(lo.value <= 5.4 && 5.4 <= hi.value);
    let growth: f64 = [7.2, 3.1, 6.1].iter().map(|g| 1.0 + g / 100.0).product();
    for (bound, avg) in [(lo.value, 5.35), (hi.value, 5.45)] {
        let implied = ((1.0 + avg / 100.0_f64).powi(4) / growth - 1.0) * 100.0;
        assert!((implied - bound).abs() < 0.01, "{implied} vs {bound}");
    }
    let pop = &d.series.population;
    assert_eq!(
        pop.recorded().collect::<Vec<_>>(),
        vec![
            (2020, 920.24),
            (2021, 933.6),
            (2022, 941.5),
            (2023, 943.7),
            (2024, 951.5),
            (2025, 961.6)
        ]
    );
    let p2025 = pop.point(2025).unwrap();
    assert_eq!(p2025.reliability, Reliability::ThirdParty);
    assert!(p2025.quote.as_deref().unwrap().contains("961.6"));
    // The derived rows are the arithmetic their quotes give: 2021 is the level a source quotes
    // less the increase it quotes; 2023 is 2024 less the increase 2024's bulletin quotes.
    let p2021 = pop.point(2021).unwrap();
    let q2021 = p2021.quote.as_deref().unwrap();
    let derived_2021 = number_after(q2021, "济南(") - number_after(q2021, "增加了");
    assert!(
        (p2021.value.unwrap() - derived_2021).abs() < 0.05,
        "{derived_2021}"
    );
    let q2024 = pop.point(2024).unwrap().quote.as_deref().unwrap();
    assert_eq!(number_after(q2024, "常住人口"), pop.value(2024).unwrap());
    // 2023 is the yearbook's (bulletin-grade), and agrees with 2024 less the increase 2024's
    // bulletin quotes, the figure it replaces.
    let derived_2023 = pop.value(2024).unwrap() - number_after(q2024, "增加");
    assert!(
        (pop.value(2023).unwrap() - derived_2023).abs() < 1e-9,
        "{derived_2023}"
    );
    let p2023 = pop.point(2023).unwrap();
    assert_eq!(p2021.reliability, Reliability::Derived);
    assert_eq!(p2023.reliability, Reliability::Bulletin);
    assert!(p2023.quote.as_deref().unwrap().contains(" 943.7 "));
    // Grain: the fact in 万吨 and the 亿斤 its note derives (1万吨 = 2000万斤 = 0.2亿斤).
    let grain = d.fact_by_key("grain_2020").unwrap();
    let jin = number_after(&grain.note.zh, "= ");
    assert!((grain.value.unwrap() * 0.2 - jin).abs() < 1e-9, "{jin}");
}

#[test]
fn the_implied_deflator_matches_the_notes() {
    let d = dataset();
    let defl = history::implied_deflator(&d.series.gdp, &d.series.gdp_real_growth);
    let years: Vec<i32> = defl.iter().map(|x| x.0).collect();
    assert_eq!(years, vec![2020, 2021, 2022, 2023, 2024]);
    // The notes give 2020–2023; 2024 is 13527.6 / 12757.4 at 5.4% real growth.
    let y2024 = (13527.6 / 12757.4 / 1.054 - 1.0) * 100.0;
    for ((_, got), want) in defl.iter().zip([2.4, 5.2, 2.0, 0.0, y2024]) {
        assert!((got - want).abs() < 0.05, "{got} vs {want}");
    }
    let first = &defl[..4];
    let mean = first.iter().map(|x| x.1).sum::<f64>() / first.len() as f64;
    assert!(
        (mean - 2.4).abs() < 0.05,
        "the documented default deflator is their mean: {mean}"
    );
}

#[test]
fn renewables_have_no_invented_figure() {
    let d = dataset();
    assert_eq!(d.renewables_base.value, None);
    assert!(d.renewables_base.note.en.contains("No city-wide figure"));
    let re = &d.series.renewables;
    assert_eq!(re.recorded().count(), 0);
    assert_eq!(re.points.len(), 7, "each year is kept, as missing");
}

/// The areas table's last row: 1,301 projects, as the plan says, and the stages add up to the
/// projects and to the planned investment the delivery arithmetic starts from.
#[test]
fn the_plan_totals_add_up_by_stage() {
    let data = common::dataset();
    let t = jinan_model::delivery::plan_totals(data);
    assert_eq!(t.projects, 1301);
    assert_eq!(t.stages.len(), 3);
    assert_eq!(t.stages.iter().map(|s| s.1).sum::<u32>(), t.projects);
    let planned = jinan_model::delivery::delivery(data, 100.0).planned;
    let by_stage: f64 = t.stages.iter().map(|s| s.2).sum();
    assert!(
        (by_stage - planned).abs() < 1e-6,
        "{by_stage} against {planned}"
    );
}
