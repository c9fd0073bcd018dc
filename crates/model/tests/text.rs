//! The page's sentences in both languages: notices, chart text alternatives, errors.

mod common;
use common::dataset;
use common::parse;
use jinan_model::engine::EngineError;
use jinan_model::results::compute;
use jinan_model::scenario::{Indicator, Lang, Notice};
use jinan_model::text::*;

fn summary(q: &str, lang: Lang, i: Indicator) -> String {
    let (s, _) = parse(q);
    let o = compute(dataset(), &s, &s.a);
    chart_summary(lang, &o[i as usize], (s.a.gdp, s.a.defl), s.from)
}

#[test]
fn chart_text_alternatives_follow_the_numbers_in_both_languages() {
    let en = summary("gdp=5&defl=2", Lang::En, Indicator::Gdp);
    // The sentence's numbers, computed here from the dataset's rows.
    let d = dataset();
    let base = d.series.gdp.value(2022).unwrap();
    let target = d.target("gdp").unwrap().1.value.unwrap();
    let projected = base * (1.05f64 * 1.02).powi(3);
    let (p, gap) = (
        jinan_model::format::quantity(Lang::En, jinan_model::format::Unit::Yi, projected),
        jinan_model::format::quantity(Lang::En, jinan_model::format::Unit::Yi, target - projected),
    );
    assert_eq!(
        (p.as_str(), gap.as_str()),
        ("1.48 trillion yuan", "22.4 billion yuan")
    );
    assert!(projected < target, "so the sentence must say short of");
    assert!(
        en.starts_with(&format!(
            "At 5.0% real growth and 2.0% inflation, the path from 2022 takes GDP to {p} in 2025, {gap} short of"
        )),
        "{en}"
    );
    assert!(
        en.contains(
            "short of the 1.5 trillion yuan target; 7.6% a year would have been needed from 2022."
        ),
        "{en}"
    );
    let zh = summary("gdp=5&defl=2", Lang::Zh, Indicator::Gdp);
    assert!(zh.starts_with("按实际增速5.0%、通胀（平减指数）2.0%，从2022年起的路径2025年地区生产总值为1.48万亿元，比1.5万亿元的目标少224.4亿元"), "{zh}");
    assert!(zh.contains("从2022年起需要每年7.6%"), "{zh}");
    // The chance is of the horizon year, given the record.
    // Population's 2025 is a third-party figure below the target: none, if it holds.
    let band = summary("v=2&band=1&to=2025", Lang::En, Indicator::Pop);
    assert!(
        band.contains("The chance of being at or above it in 2025 is none, if the third-party figure below it holds (unconfirmed)."),
        "{band}"
    );
    let band = summary("v=2&band=1&to=2025", Lang::En, Indicator::Gdp);
    assert!(
        band.contains(
            "The chance of being at or above it in 2025 is none (the record rules it out)."
        ),
        "{band}"
    );
    let zh = summary("v=2&band=1&to=2025", Lang::Zh, Indicator::Gdp);
    assert!(
        zh.contains("2025年达到或超过目标的概率为零（记录已排除）。"),
        "{zh}"
    );
    // From the latest record, the year the target is reached; and a path that meets the target
    // in a year the record says fell short is called what it is.
    let old = summary("v=2&gdp=5.4&defl=2.4", Lang::En, Indicator::Gdp);
    assert!(old.contains("(The record says 2025 fell short: this path is what it would have taken, not what happened.)"), "{old}");
    assert!(old.contains("From the latest record (2025: 1.42 trillion yuan, a third-party figure), at this setting the target is reached in 2026."), "{old}");
    let re = summary("", Lang::En, Indicator::Re);
    assert!(
        re.contains("no official starting figure")
            && re.contains("From zero, reaching 4.3 GW in 2025 needs 1.43 GW a year"),
        "{re}"
    );
    let re = summary("re_base=250&re=60", Lang::Zh, Indicator::Re);
    assert!(
        re.contains("起点250万千瓦为你的假设") && re.contains("2025年达到目标"),
        "{re}"
    );
}

#[test]
fn notices_read_as_sentences() {
    let n = Notice::Malformed {
        key: "gdp".into(),
        raw: "abc".into(),
        used: "5.4".into(),
    };
    assert_eq!(
        notice(Lang::En, &n),
        "`gdp=abc` was not a number; using 5.4"
    );
    assert_eq!(notice(Lang::Zh, &n), "“gdp=abc”无法识别，改用 5.4");
    let n = Notice::Malformed {
        key: "theme".into(),
        raw: "x".into(),
        used: "auto".into(),
    };
    assert_eq!(
        notice(Lang::En, &n),
        "`theme=x` is not an allowed value; using auto"
    );
    assert!(notice(Lang::En, &Notice::Truncated { bytes: 9000 }).contains("9000 bytes"));
}

#[test]
fn errors_and_labels_in_both_languages() {
    let e = EngineError::RateTooLow { rate: -120.0 };
    assert!(engine_error(Lang::En, &e).contains("−100%"));
    assert!(engine_error(Lang::Zh, &e).contains("−100%"));
    for lang in [Lang::Zh, Lang::En] {
        let (w, sw) = (words(lang), jinan_model::text::section_words(lang));
        let other = words(match lang {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        });
        // Each label is there and is in its own language, not a copy of the other's.
        for (s, o) in [
            (w.app_name, other.app_name),
            (w.question, other.question),
            (w.gap, other.gap),
            (w.required_real, other.required_real),
            (w.not_reached, other.not_reached),
            (w.your_assumption, other.your_assumption),
            (w.evidence, other.evidence),
        ] {
            assert!(!s.is_empty() && s != o, "{s}");
        }
        assert!(!sw.download.is_empty() && !sw.copy.is_empty());
        for i in Indicator::ALL {
            assert!(!indicator_name(lang, i).is_empty());
        }
    }
    assert_eq!(
        target_line(Lang::En, Indicator::Re, 430.0, 2025),
        "Target: 430万千瓦 (4.3 GW) by 2025"
    );
    assert_eq!(
        target_line(Lang::Zh, Indicator::Gdp, 15000.0, 2025),
        "目标：2025年达到1.5万亿元"
    );
    assert_eq!(
        needed_vs_history(Lang::En, "7.6% a year", Some((2019, 2024, "7.5%".into()))),
        "needed 7.6% a year; 2019–2024 averaged 7.5%"
    );
}

#[test]
fn counts_agree_with_their_nouns() {
    assert_eq!(
        notice(Lang::En, &Notice::More { count: 1 }),
        "1 more correction not listed"
    );
    assert_eq!(
        notice(Lang::En, &Notice::More { count: 3 }),
        "3 more corrections not listed"
    );
    assert_eq!(
        notice(Lang::Zh, &Notice::More { count: 1 }),
        "另有1处更正未列出"
    );
}

#[test]
fn chart_words_in_both_languages() {
    use jinan_model::text::{chart_labels, required_axes, with_unit, LANGUAGE_NAMES};
    let est = Some((2025, Some("1.4".to_string()), Some("1.5".to_string())));
    assert_eq!(
        chart_labels(Lang::Zh, "1.5", "万亿元", est.clone()),
        (
            "目标 1.5万亿元".to_string(),
            "2025年预计1.4—1.5万亿元".to_string()
        )
    );
    assert_eq!(
        chart_labels(Lang::En, "1.5", "trillion yuan", est),
        (
            "target 1.5 trillion yuan".to_string(),
            "2025 est. 1.4–1.5".to_string()
        )
    );
    let above = Some((2025, Some("1.4".to_string()), None));
    assert_eq!(
        chart_labels(Lang::En, "1.5", "x", above).1,
        "2025 est. above 1.4"
    );
    assert_eq!(chart_labels(Lang::Zh, "1.5", "x", None).1, "");
    let (x, y) = required_axes(Lang::Zh, "GW");
    assert!(x.contains("你的假设") && y.contains("GW"));
    let (x, _) = required_axes(Lang::En, "GW");
    assert!(x.contains("your assumption"));
    assert_eq!(with_unit(Lang::Zh, "人口", "万人"), "人口（万人）");
    assert_eq!(
        with_unit(Lang::En, "Population", "万人"),
        "Population (万人)"
    );
    assert_eq!(LANGUAGE_NAMES.map(|(l, _)| l), [Lang::Zh, Lang::En]);
}
