//! Chart drawing natively with the SVG backend: the same code as the canvas and the downloads.

use jinan_pathways::chart::palette::{contrast, parse_hex, tokens, Palette, TOKENS_CSS};
use jinan_pathways::chart::pathway::{
    approx_text_width, label_places, nice_step, pathway_spec, vertical_span, LabelMetrics,
};
use jinan_pathways::chart::{svg, Drawing};
use jinan_pathways::model::embedded::dataset;
use jinan_pathways::model::results::compute;
use jinan_pathways::model::scenario::{parse, Lang};
use plotters::style::text_anchor::VPos;
use proptest::prelude::*;

fn drawing(q: &str, lang: Lang) -> Drawing {
    let (s, _) = parse(q);
    let [gdp, _, _] = compute(dataset(), &s, &s.a);
    Drawing::Pathway(Box::new(pathway_spec(
        dataset(),
        &gdp,
        None,
        lang,
        s.to,
        true,
        None,
    )))
}

#[test]
fn svg_is_well_formed_and_carries_the_stamp() {
    for lang in [Lang::Zh, Lang::En] {
        let d = drawing("band=1&to=2030", lang);
        let out = svg(
            &d,
            &Palette::light(),
            960,
            556,
            "Jinan Pathways 0.1.0 · dataset abc · http://x/?a=1&b=<2>",
            "GDP & more",
        )
        .unwrap();
        assert!(out.starts_with("<svg"), "{}", &out[..80]);
        assert!(out.trim_end().ends_with("</svg>"));
        assert!(out.contains("<title>GDP &amp; more</title>"));
        assert!(out.contains(
            "<desc>Jinan Pathways 0.1.0 · dataset abc · http://x/?a=1&amp;b=&lt;2&gt;</desc>"
        ));
        // Balanced tags and no raw ampersand: a cheap well-formedness check; the browser test
        // parses the downloaded file with DOMParser as well.
        assert_eq!(out.matches("<svg").count(), out.matches("</svg>").count());
        for (i, _) in out.match_indices('&') {
            let rest = &out[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#"]
                    .iter()
                    .any(|e| rest.starts_with(e)),
                "raw & at {i}: {}",
                &rest[..20.min(rest.len())]
            );
        }
        let unit = if lang == Lang::Zh {
            "万亿元"
        } else {
            "trillion yuan"
        };
        assert!(out.contains(unit));
        // The polygons of the band are there when the band is on.
        assert!(out.contains("<polygon"));
    }
}

#[test]
fn y_range_covers_everything_drawn() {
    let Drawing::Pathway(spec) = drawing("to=2035&gdp=15&defl=10&band=1", Lang::En) else {
        panic!()
    };
    let (lo, hi) = spec.y_range();
    let band_top = spec.band.as_ref().unwrap()[3]
        .iter()
        .map(|p| p.1)
        .fold(0.0, f64::max);
    assert!(hi >= band_top && (0.0..=9443.37).contains(&lo));
}

#[test]
fn nice_steps() {
    assert_eq!(nice_step(0.13), 0.1);
    assert_eq!(nice_step(0.3), 0.2);
    assert_eq!(nice_step(4.0), 5.0);
    assert_eq!(nice_step(80.0), 100.0);
    assert_eq!(nice_step(f64::NAN), 1.0);
}

#[test]
fn palette_tokens_parse_and_text_contrast_meets_wcag_aa() {
    for dark in [false, true] {
        let t = tokens(TOKENS_CSS, dark);
        assert!(t.len() >= 20, "{dark}: {t:?}");
        for (name, value) in &t {
            assert!(parse_hex(value).is_some(), "{name}: {value}");
        }
        let get = |n: &str| parse_hex(&t.iter().find(|(k, _)| k == n).unwrap().1).unwrap();
        let (bg, surface) = (get("bg"), get("surface"));
        for fg in [
            "fg",
            "muted",
            "accent",
            "good",
            "bad",
            "history",
            "projection",
            "target",
            "outcome",
            "required",
        ] {
            for back in [bg, surface] {
                let c = contrast(get(fg), back);
                assert!(
                    c >= 4.5,
                    "{fg} on {} in {}: {c:.2}",
                    if back == bg { "bg" } else { "surface" },
                    if dark { "dark" } else { "light" }
                );
            }
        }
        assert!(contrast(get("warn-fg"), get("warn-bg")) >= 4.5);
        assert!(contrast(get("accent-fg"), get("accent")) >= 4.5);
        // Non-text contrast (WCAG 1.4.11): lines and the focus ring against the page.
        for ui in ["border", "focus", "axis"] {
            assert!(contrast(get(ui), bg) >= 3.0, "{ui} {dark}");
        }
    }
    assert_ne!(Palette::light(), Palette::dark());
}

proptest! {
    /// The estimate's and the target's labels never overprint when they sit side by side, each
    /// stays next to its own point, and the target's never covers its cross.
    #[test]
    fn labels_near_the_target_never_overprint(
        estimate in -400i32..1400,
        target in 0i32..1000,
        height in 8i32..40,
        nudge in 1i32..10,
        mark in 2i32..20,
    ) {
        let m = LabelMetrics { height, nudge, mark };
        let p = label_places(Some(estimate), target, true, m);
        prop_assert!(!p.overlap(estimate, target, height));
        let (et, eb) = vertical_span(estimate + p.estimate.1, p.estimate.0, height);
        prop_assert!(et.abs_diff(estimate) as i32 <= nudge || eb.abs_diff(estimate) as i32 <= nudge);
        let (tt, tb) = vertical_span(target + p.target.1, p.target.0, height);
        prop_assert!(tb <= target - nudge || tt > target + mark);
        // Apart from each other, they keep the usual places: the estimate's below its bound.
        if (estimate - target).abs() > 3 * height + mark + 2 * nudge {
            prop_assert!(matches!(p.estimate.0, VPos::Top));
            prop_assert!(matches!(p.target.0, VPos::Bottom));
        }
    }
}

#[test]
fn a_label_box_is_wider_for_chinese_than_for_the_same_number_of_latin_letters() {
    assert!(approx_text_width("目标1.5万亿元", 11.0) > approx_text_width("target 1.5", 11.0));
    assert_eq!(approx_text_width("", 11.0), 0);
    // A CJK character is a full em.
    assert_eq!(approx_text_width("万亿", 12.0), 24);
}
