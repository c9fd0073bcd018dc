//! Drawing a guess (predict mode): a stroke snaps to years and leaves no gap, the keyboard moves
//! one year's value, and a drawn line compared with the record says how far it was.

use jinan_model::predict::compare;
use jinan_model::scenario::{
    drawable_years, drawing_range, key_step, Drawn, Indicator, Lang, DRAW_YEARS,
};
use jinan_model::status::Status;
use jinan_model::text::drawn_result;
use proptest::prelude::*;

mod common;

#[test]
fn the_years_that_may_be_drawn_follow_the_base_year() {
    assert_eq!(drawable_years(2022, 2025), Some((2023, 2025)));
    assert_eq!(drawable_years(2024, 2025), Some((2025, 2025)));
    assert_eq!(drawable_years(2025, 2025), None);
    assert_eq!(drawable_years(2019, 2025), Some((DRAW_YEARS.0, 2025)));
}

#[test]
fn a_stroke_across_the_years_fills_each_year_it_passes() {
    let i = Indicator::Gdp;
    let start = Drawn::default().drag(i, (2023, 2025), None, (2022.9, 12000.0));
    assert_eq!(start.0.len(), 1);
    assert_eq!(start.0.get(&2023), Some(&12000.0));
    // One quick move from 2023 to 2025: 2024 is on the straight line between the two.
    let line = start.drag(i, (2023, 2025), Some((2023.0, 12000.0)), (2025.0, 14000.0));
    assert_eq!(line.json(), r#"{"2023":12000,"2024":13000,"2025":14000}"#);
    // Beyond the drawable years the stroke holds to the last one, and to the drawing's range.
    let held = line.drag(i, (2023, 2025), Some((2025.0, 14000.0)), (2031.0, 90000.0));
    assert_eq!(held.0.get(&2025), Some(&drawing_range(i).max));
    assert_eq!(held.0.len(), 3);
}

#[test]
fn the_keyboard_moves_one_year_by_a_step() {
    let i = Indicator::Pop;
    // A year not drawn yet starts level with the year before it, else the base year's record.
    let a = Drawn::default().nudge(i, 2023, 1.0, Some(943.7));
    assert_eq!(a.0.get(&2023), Some(&943.7));
    let b = a.nudge(i, 2023, 1.0, Some(943.7));
    assert_eq!(b.0.get(&2023), Some(&(943.7 + key_step(i))));
    let c = b.nudge(i, 2024, -1.0, Some(943.7));
    assert_eq!(c.0.get(&2024), b.0.get(&2023));
    let d = c.nudge(i, 2024, -10.0, None);
    assert_eq!(d.0.get(&2024), Some(&(944.7 - 10.0)));
    assert_eq!(d.without(2024).0.get(&2024), None);
}

proptest! {
    #[test]
    fn any_stroke_stays_in_its_years_and_range(
        i in 0usize..3,
        points in proptest::collection::vec((2015.0f64..2035.0, -1e5f64..1e5), 1..12),
    ) {
        let i = Indicator::ALL[i];
        let years = (2023, 2025);
        let r = drawing_range(i);
        let mut line = Drawn::default();
        let mut prev = None;
        for &p in &points {
            line = line.drag(i, years, prev, p);
            prev = Some(p);
        }
        prop_assert!(!line.is_empty());
        for (y, v) in &line.0 {
            prop_assert!((years.0..=years.1).contains(y), "{y}");
            prop_assert!(r.contains(*v), "{v}");
        }
        let (x, v) = points[points.len() - 1];
        let here = x.clamp(2023.0, 2025.0).round() as i32;
        // The year under the pointer last has the pointer's value, to the drawing's step.
        let want = r.clamp((v / r.step).round() * r.step);
        prop_assert_eq!(line.0.get(&here).copied(), Some(want));
        // What the stroke leaves reads back from its link form.
        let code = line.code().unwrap_or_default();
        prop_assert_eq!(Drawn::parse(i, &code).map(|(l, _)| l), Some(line));
    }
}

#[test]
fn a_drawn_line_against_the_record() {
    let data = common::dataset();
    let i = Indicator::Pop;
    let line = Drawn::default()
        .with(i, 2023, 950.0)
        .with(i, 2024, 960.0)
        .with(i, 2025, 1005.0);
    let c = compare(data, i, &line, 2022);
    let rec: Vec<_> = c.years.iter().map(|y| (y.year, y.record)).collect();
    // 2023 from the yearbook (bulletin-grade); 2024 and 2025 third-party.
    assert_eq!(
        rec,
        vec![
            (2023, Some((943.7, false))),
            (2024, Some((951.5, true))),
            (2025, Some((961.6, true)))
        ]
    );
    assert_eq!(c.expected_met, Some(true));
    assert_eq!(c.status, Some(Status::MissedUnconfirmed));
    let m = c.mean_abs_pct.unwrap_or(f64::NAN);
    let want = ((950.0 - 943.7) / 943.7 + (960.0 - 951.5) / 951.5 + (1005.0 - 961.6) / 961.6) / 3.0
        * 100.0;
    assert!((m - want).abs() < 1e-9, "{m} {want}");
    let en = drawn_result(Lang::En, i, &c);
    assert!(en.contains("2025: you drew 10.05 million people, recorded 9.62 million people, third-party (+4.5%)"), "{en}");
    assert!(en.contains("You expected the 10 million people target to be met in 2025; the record says it was missed (a third-party figure only, unconfirmed)."), "{en}");
    let zh = drawn_result(Lang::Zh, i, &c);
    assert!(zh.contains("你预计2025年达到1000万人的目标"), "{zh}");
    // A base year after a drawn year hides it.
    assert_eq!(compare(data, i, &line, 2024).years.len(), 1);
    // Nothing drawn: the words say so.
    let none = compare(data, i, &Drawn::default(), 2022);
    assert!(drawn_result(Lang::En, i, &none).starts_with("You drew no line"));
}

#[test]
fn a_year_the_official_record_gives_as_a_range_says_so() {
    let data = common::dataset();
    let i = Indicator::Gdp;
    let line = Drawn::default().with(i, 2025, 14500.0);
    let c = compare(data, i, &line, 2022);
    assert_eq!(c.years[0].bounds, (Some(14000.0), Some(15000.0)));
    assert_eq!(c.years[0].record, Some((14210.0, true)));
    let en = drawn_result(Lang::En, i, &c);
    assert!(
        en.contains("recorded 1.42 trillion yuan, third-party (+2.0%); the official record says only between 1.4 trillion yuan and 1.5 trillion yuan, and your line is inside."),
        "{en}"
    );
    assert!(
        en.ends_with("You expected the 1.5 trillion yuan target to be missed in 2025; the record says it was missed."),
        "{en}"
    );
}

#[test]
fn the_csv_carries_a_drawn_line_as_its_last_column() {
    use jinan_model::export::{csv, stamp};
    use jinan_model::results::outlook;
    use jinan_model::scenario::Scenario;
    let data = common::dataset();
    let i = Indicator::Pop;
    let s = Scenario::with_defaults(&jinan_model::defaults::current(data));
    let o = outlook(data, &s, &s.a, i);
    let st = stamp(data, "0", Lang::En, "https://example.org/", &s);
    let line = Drawn::default().with(i, 2023, 950.0).with(i, 2025, 1001.5);
    let with = csv(data, &o, &st, Lang::En, &line);
    let without = csv(data, &o, &st, Lang::En, &Drawn::default());
    let header = |t: &str| {
        t.lines()
            .find(|l| l.starts_with("year,"))
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(
        header(&with),
        format!("{},your guess (万人)", header(&without))
    );
    let row = |t: &str, y: &str| {
        t.lines()
            .find(|l| l.starts_with(y))
            .unwrap_or_default()
            .to_string()
    };
    assert!(
        row(&with, "2023,").ends_with(",950"),
        "{}",
        row(&with, "2023,")
    );
    assert!(
        row(&with, "2024,").ends_with(','),
        "{}",
        row(&with, "2024,")
    );
    assert!(
        row(&with, "2025,").ends_with(",1001.5"),
        "{}",
        row(&with, "2025,")
    );
    // Nothing else changes.
    let cut = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.rsplit_once(',').map_or(l, |(a, _)| a).to_string())
            .collect()
    };
    assert_eq!(cut(&with).len(), cut(&without).len());
    assert_eq!(
        &cut(&with)[1..],
        &without
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .collect::<Vec<_>>()[..]
    );
}
