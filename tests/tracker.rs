//! The tracker's image: one row per target with its status in words, the date the
//! record stands at, the rule, the sources and the stamp, laid out with nothing overlapping or
//! off the edge, the same picture as SVG text; and each record at a glance, its words
//! on nothing it draws.

use jinan_model::export::stamp;
use jinan_model::glance::{marks, Figure, Mark};
use jinan_model::scenario::{parse, Lang};
use jinan_model::status::{assess_all, records_of};
use jinan_model::text::{status_name, tracker_words};
use jinan_pathways::chart::glance::{glance_labels, glance_spec, glance_svg, SIZE};
use jinan_pathways::chart::palette::Palette;
use jinan_pathways::chart::pathway::Key;
use jinan_pathways::chart::tracker::{layout, tracker, tracker_svg, Kind, WIDTH};
use jinan_pathways::data::{dataset, DATASET_SHA256};
use jinan_pathways::ui::state::current_defaults;

mod common;
use common::svg_marks::{drawn, violations};

const PAGE: &str = "https://news.example.org/graphics/jinan-pathways/";

fn stamped(lang: Lang) -> jinan_model::export::Stamp {
    let (s, _) = parse("", current_defaults());
    let mut st = stamp(dataset(), DATASET_SHA256, lang, PAGE, &s);
    st.scenario_url = format!("{PAGE}?lang={}#promises", lang.code());
    st
}

#[test]
fn one_row_per_target_with_its_status_in_words() {
    let all = assess_all(dataset());
    for lang in [Lang::Zh, Lang::En] {
        let t = tracker(dataset(), &stamped(lang), lang);
        assert_eq!(t.rows.len(), all.len());
        for (row, a) in t.rows.iter().zip(&all) {
            assert_eq!(row.status, a.assessment.status);
            assert!(
                row.status_words
                    .contains(status_name(lang, a.assessment.status)),
                "{}",
                row.status_words
            );
        }
        assert!(t.subtitle.contains("31"), "{}", t.subtitle);
        assert!(t.source.starts_with(tracker_words(lang).sources));
    }
}

#[test]
fn nothing_overlaps_or_leaves_the_image() {
    for lang in [Lang::Zh, Lang::En] {
        {
            let t = tracker(dataset(), &stamped(lang), lang);
            let lay = layout(&t);
            assert_eq!(lay.width, WIDTH);
            for l in &lay.lines {
                let (x0, y0, x1, y1) = l.bounds();
                assert!(
                    x0 >= 10.0 && x1 <= lay.width - 10.0,
                    "{lang:?} off the side: {l:?}"
                );
                assert!(
                    y0 >= 10.0 && y1 <= lay.height - 10.0,
                    "{lang:?} off the end: {l:?}"
                );
            }
            for (i, a) in lay.lines.iter().enumerate() {
                for b in &lay.lines[i + 1..] {
                    let (a0, a1, a2, a3) = a.bounds();
                    let (b0, b1, b2, b3) = b.bounds();
                    let overlap = a0 < b2 && b0 < a2 && a1 < b3 && b1 < a3;
                    assert!(!overlap, "{lang:?}: {a:?} overlaps {b:?}");
                }
            }
            // Each row's lines sit inside its band; the bands follow one another.
            for w in lay.rows.windows(2) {
                assert!(w[0].0 + w[0].1 <= w[1].0 + 1e-9);
            }
            let cells = lay
                .lines
                .iter()
                .filter(|l| matches!(l.kind, Kind::Status(_) | Kind::Cell));
            for l in cells {
                assert!(
                    lay.rows
                        .iter()
                        .any(|(top, h, _)| l.y >= *top && l.y + l.size <= top + h),
                    "{l:?}"
                );
            }
        }
    }
}

#[test]
fn the_svg_holds_every_word_as_text() {
    for lang in [Lang::Zh, Lang::En] {
        let t = tracker(dataset(), &stamped(lang), lang);
        let svg = tracker_svg(&t, &Palette::light()).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let texts: Vec<String> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(|n| n.text().unwrap_or_default().trim().to_string())
            .collect();
        let joined = texts.join(if lang == Lang::Zh { "" } else { " " });
        assert!(
            joined.contains(tracker_words(lang).as_of.trim()),
            "{joined}"
        );
        assert!(texts
            .iter()
            .any(|x| x.contains("Jinan Pathways") && x.contains("#promises")));
        // Each status in words, wrapped in its column where it is long.
        for row in &t.rows {
            assert!(joined.contains(&row.status_words), "{}", row.status_words);
        }
        let root = doc.root_element();
        let height: f64 = root.attribute("height").unwrap().parse().unwrap();
        assert_eq!(height, layout(&t).height);
    }
}

#[test]
fn every_target_with_a_figure_has_its_record_at_a_glance() {
    let data = dataset();
    let mut with: Vec<&str> = Vec::new();
    for a in assess_all(data) {
        let records = records_of(data, a.target);
        let spec = glance_spec(Lang::En, a.target, a.assessment.year, records);
        assert_eq!(
            spec.is_some(),
            !marks(records).is_empty() && a.target.value.is_some(),
            "{}",
            a.target.id
        );
        if spec.is_some() {
            with.push(&a.target.id);
        }
    }
    assert_eq!(
        with,
        [
            "talent",
            "mine_sites",
            "mine_area",
            "population",
            "gdp",
            "grain"
        ]
    );
}

#[test]
fn the_talent_total_and_the_mines_as_recorded() {
    let data = dataset();
    let all = assess_all(data);
    let spec = |id: &str, lang: Lang| {
        let a = all.iter().find(|a| a.target.id.as_ref() == id).unwrap();
        glance_spec(
            lang,
            a.target,
            a.assessment.year,
            records_of(data, a.target),
        )
        .unwrap()
    };
    let talent = spec("talent", Lang::En);
    // 2022: above 257.63 (third-party, Jan–Sep); 2024: above 287.5 (official news); 2025: 310.
    assert_eq!(
        talent.marks,
        vec![
            Mark {
                year: 2022,
                figure: Figure::AtLeast {
                    value: 257.63,
                    strict: true
                },
                unconfirmed: true
            },
            Mark {
                year: 2024,
                figure: Figure::AtLeast {
                    value: 287.5,
                    strict: true
                },
                unconfirmed: false
            },
            Mark {
                year: 2025,
                figure: Figure::Value(310.0),
                unconfirmed: false
            },
        ]
    );
    assert_eq!(talent.target, (300.0, None));
    assert_eq!(
        (talent.target_label.as_str(), talent.latest_label.as_str()),
        ("target 300", "310")
    );
    assert_eq!(talent.years, (2022, 2025));
    let mines = spec("mine_sites", Lang::Zh);
    assert_eq!(
        mines.marks,
        vec![Mark {
            year: 2025,
            figure: Figure::Value(851.0),
            unconfirmed: false
        }]
    );
    assert_eq!(
        (mines.target_label.as_str(), mines.latest_label.as_str()),
        ("目标919", "851")
    );
    // The GDP's 2025: a third-party figure inside the official range, hollow.
    let gdp = spec("gdp", Lang::En);
    let last: Vec<&Mark> = gdp.marks.iter().filter(|m| m.year == 2025).collect();
    assert_eq!(last.len(), 3);
    assert!(last
        .iter()
        .any(|m| m.figure == Figure::Value(14210.0) && m.unconfirmed));
    assert!(last.iter().any(
        |m| matches!(m.figure, Figure::AtMost { value, .. } if value == 15000.0) && !m.unconfirmed
    ));
}

#[test]
fn each_record_at_a_glance_keeps_its_words_off_what_it_draws() {
    let data = dataset();
    for lang in [Lang::Zh, Lang::En] {
        for pal in [Palette::light(), Palette::dark()] {
            for a in assess_all(data) {
                let Some(spec) = glance_spec(
                    lang,
                    a.target,
                    a.assessment.year,
                    records_of(data, a.target),
                ) else {
                    continue;
                };
                let svg = glance_svg(&spec, &pal).unwrap();
                let d = drawn(&svg, &pal);
                let (scene, placed) = glance_labels(&spec, SIZE);
                let id = &a.target.id;
                // The target is named, and every word is where the SVG draws it.
                assert!(
                    placed.iter().any(|p| p.key == Key::Target),
                    "{id}: {placed:?}"
                );
                for p in &placed {
                    assert!(
                        d.texts.iter().any(|(t, x, y)| *t == p.text
                            && (x - p.text_box.x0).abs() < 1.0
                            && (y - p.text_box.y0).abs() < 1.0),
                        "{id}: {} is not drawn at {:?}",
                        p.text,
                        p.text_box
                    );
                }
                let v = violations(&placed, &d, &scene.area);
                assert!(v.is_empty(), "{id} {lang:?}: {}", v.join("\n"));
                // Each mark is in the SVG: a circle for a figure, a triangle for a bound.
                let figures = spec
                    .marks
                    .iter()
                    .filter(|m| matches!(m.figure, Figure::Value(_)))
                    .count();
                assert!(svg.matches("<circle").count() >= figures, "{id}");
            }
        }
    }
}

#[test]
fn the_image_carries_each_record_at_a_glance_in_its_row() {
    for lang in [Lang::Zh, Lang::En] {
        let t = tracker(dataset(), &stamped(lang), lang);
        let lay = layout(&t);
        let with = t.rows.iter().filter(|r| r.glance.is_some()).count();
        assert_eq!(lay.glances.len(), with);
        assert!(with >= 6);
        for ((x, y), k) in &lay.glances {
            let (top, h, _) = lay.rows[*k];
            let (x1, y1) = (x + SIZE.0, y + SIZE.1);
            assert!(
                *y >= top && y1 <= top + h,
                "{lang:?} row {k}: the chart leaves its row"
            );
            assert!(x1 <= lay.width - 10.0, "{lang:?} row {k}: off the side");
            for l in &lay.lines {
                let (a0, a1, a2, a3) = l.bounds();
                let overlap = a0 < x1 && *x < a2 && a1 < y1 && *y < a3;
                assert!(!overlap, "{lang:?}: the chart of row {k} lies on {l:?}");
            }
        }
        // The SVG draws them: a circle for each figure of each chart.
        let svg = tracker_svg(&t, &Palette::light()).unwrap();
        let figures: usize = t
            .rows
            .iter()
            .filter_map(|r| r.glance.as_ref())
            .map(|g| {
                g.marks
                    .iter()
                    .filter(|m| matches!(m.figure, Figure::Value(_)))
                    .count()
            })
            .sum();
        assert!(svg.matches("<circle").count() >= figures);
    }
}
