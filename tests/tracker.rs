//! The tracker's image (issue 17): one row per target with its status in words, the date the
//! record stands at, the rule, the sources and the stamp, laid out with nothing overlapping or
//! off the edge, the same picture as SVG text.

use jinan_model::export::stamp;
use jinan_model::scenario::{parse, Lang};
use jinan_model::status::assess_all;
use jinan_model::text::{status_name, tracker_words};
use jinan_pathways::chart::palette::Palette;
use jinan_pathways::chart::tracker::{layout, tracker, tracker_svg, Kind, WIDTH};
use jinan_pathways::data::{dataset, DATASET_SHA256};
use jinan_pathways::ui::state::current_defaults;

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
