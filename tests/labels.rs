//! The chart's words: over random scenarios of every indicator, at the page's, the
//! widget's and the exports' sizes, in both languages, no label's box lies on a drawn line, a
//! marker, the record's range bar or another label, and none leaves the plotting area. The
//! check reads what was drawn from the chart's own SVG (every stroke and mark in it), not from
//! the placement's description of it; and it fails on the placement the chart had before.

use jinan_model::results::compute;
use jinan_model::scenario::{drawing_range, parse, Drawn as Line, Indicator, Lang, DRAW_YEARS};
use jinan_pathways::chart::labels::{Placed, Rect};
use jinan_pathways::chart::palette::Palette;
use jinan_pathways::chart::pathway::{
    approx_text_width, chart_labels, draw_pathway, pathway_spec, PathwaySpec,
};
use jinan_pathways::chart::poster::{layout, Preset};
use jinan_pathways::data::dataset;
use jinan_pathways::ui::state::current_defaults;
use plotters::prelude::*;
use proptest::prelude::*;

mod common;
use common::svg_marks::{drawn, violations};

/// The chart sizes the reader meets, in CSS pixels: the page at 1280 and 390 px wide, the widget
/// at 600 and 390, and the chart areas of the three export presets.
fn sizes() -> Vec<(u32, u32)> {
    let mut out = vec![(884, 360), (358, 200), (576, 207), (366, 160)];
    let spec = spec_for("", Indicator::Gdp, Lang::En, true, None);
    for preset in Preset::ALL {
        let p = jinan_pathways::chart::poster::Poster {
            title: "title".into(),
            subtitle: "a subtitle of two lines or so, as the exports have them".into(),
            keys: jinan_pathways::chart::pathway::keys(&spec)
                .into_iter()
                .map(|k| (k, "a key entry".into()))
                .collect(),
            source: "Sources: the plan, and the records".into(),
            stamp_head: "Jinan Pathways".into(),
            link: "https://example.org/".into(),
            chart: jinan_pathways::chart::Drawing::Pathway(Box::new(spec.clone())),
        };
        let (_, _, w, h) = layout(&p, preset).chart;
        out.push((w as u32, h as u32));
    }
    out
}

fn spec_for(q: &str, i: Indicator, lang: Lang, reveal: bool, drawn: Option<&Line>) -> PathwaySpec {
    let (s, _) = parse(q, current_defaults());
    let outlooks = compute(dataset(), &s, &s.a);
    let b = s.b.as_ref().map(|b| compute(dataset(), &s, b));
    pathway_spec(
        dataset(),
        &outlooks[i as usize],
        b.as_ref().map(|b| &b[i as usize]),
        lang,
        s.to,
        reveal,
        drawn,
    )
}

/// Draws a spec as the exports do, and checks its words against what the SVG holds.
fn check(spec: &PathwaySpec, size: (u32, u32), scale: f64, pal: &Palette) -> Result<usize, String> {
    let mut svg = String::new();
    let px = (
        (f64::from(size.0) * scale) as u32,
        (f64::from(size.1) * scale) as u32,
    );
    {
        let root = SVGBackend::with_string(&mut svg, px).into_drawing_area();
        draw_pathway(&root, spec, pal, scale)?;
    }
    let (scene, placed) = chart_labels(&spec.frame, &spec.lines, px, scale)?;
    let d = drawn(&svg, pal);
    // The boxes are the words the SVG holds, where it holds them.
    for p in &placed {
        if !d.texts.iter().any(|(t, x, y)| {
            *t == p.text && (x - p.text_box.x0).abs() < 1.0 && (y - p.text_box.y0).abs() < 1.0
        }) {
            return Err(format!("{} is not drawn at {:?}", p.text, p.text_box));
        }
    }
    let v = violations(&placed, &d, &scene.area);
    if v.is_empty() {
        Ok(placed.len())
    } else {
        Err(v.join("\n"))
    }
}

/// A scenario as a link, the indicator in front, whether the answers are shown and, in predict
/// mode, the reader's line.
type Case = (String, Indicator, bool, Option<Line>);

fn scenario() -> impl Strategy<Value = Case> {
    (
        0usize..3,
        (-50i32..150, -20i32..60, prop::bool::ANY),
        (-20i32..40, -100i32..400),
        (0i32..600, -20i32..150, prop::bool::ANY),
        (2022i32..=2024, 2025i32..=2035),
        (
            prop::bool::ANY,
            prop::bool::ANY,
            prop::bool::ANY,
            prop::bool::ANY,
        ),
        prop::array::uniform3(prop::option::of(0i32..2000)),
    )
        .prop_map(
            |(
                i,
                (gdp, defl, pop_rate),
                (pr, pa),
                (re_base, re, re_rate),
                (from, to),
                (band, b, predict, revealed),
                guess,
            )| {
                let i = Indicator::ALL[i];
                let pop = if pop_rate {
                    format!("pop_mode=rate&pop={}", f64::from(pr) / 10.0)
                } else {
                    format!("pop_mode=add&pop={}", f64::from(pa) / 10.0)
                };
                let re = if re_rate {
                    format!("re_mode=rate&re={}", f64::from(re) / 10.0)
                } else {
                    format!("re_mode=add&re={re}")
                };
                let mut q = format!(
                    "v=2&from={from}&to={to}&gdp={}&defl={}&{pop}&re_base={re_base}&{re}&band={}",
                    f64::from(gdp) / 10.0,
                    f64::from(defl) / 10.0,
                    u8::from(band)
                );
                if b {
                    q.push_str(&format!(
                        "&b_gdp={}&b_pop=1.5&b_re=40",
                        f64::from(gdp) / 10.0 + 2.0
                    ));
                }
                // A line drawn within the drawing's range, some years left out.
                let range = drawing_range(i);
                let mut drawn = Line::default();
                for (year, g) in (DRAW_YEARS.0..=DRAW_YEARS.1).zip(guess) {
                    if let Some(g) = g {
                        let v = range.min + (range.max - range.min) * f64::from(g) / 2000.0;
                        drawn = drawn.with(i, year, v);
                    }
                }
                (q, i, !predict || revealed, predict.then_some(drawn))
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
    #[test]
    fn no_label_lies_on_anything((q, i, reveal, drawn) in scenario(), zh in prop::bool::ANY, dark in prop::bool::ANY, two in prop::bool::ANY) {
        let lang = if zh { Lang::Zh } else { Lang::En };
        let pal = if dark { Palette::dark() } else { Palette::light() };
        let scale = if two { 2.0 } else { 1.0 };
        let spec = spec_for(&q, i, lang, reveal, drawn.as_ref());
        for size in sizes() {
            let r = check(&spec, size, scale, &pal);
            prop_assert!(r.is_ok(), "{q} {i:?} {lang:?} {size:?} ×{scale}: {}", r.err().unwrap_or_default());
        }
    }
}

#[test]
fn the_first_screen_names_its_lines_and_the_target() {
    // On the page at 1280 and in the widget at 600, the default view names every line it draws.
    for (lang, size) in [
        (Lang::En, (884, 360)),
        (Lang::Zh, (884, 360)),
        (Lang::En, (576, 207)),
    ] {
        let spec = spec_for("band=1", Indicator::Gdp, lang, true, None);
        let (_, placed) = chart_labels(&spec.frame, &spec.lines, size, 1.0).unwrap();
        let keys: Vec<_> = placed.iter().map(|p| p.key).collect();
        use jinan_pathways::chart::pathway::Key;
        for k in [
            Key::Target,
            Key::Estimate,
            Key::History,
            Key::Pace,
            Key::PathBase,
        ] {
            assert!(keys.contains(&k), "{lang:?} {size:?}: {k:?} in {keys:?}");
        }
        assert_eq!(
            check(&spec, size, 1.0, &Palette::light()).map(|_| ()),
            Ok(())
        );
    }
    // At the smallest size some words must go; the target always stays.
    let spec = spec_for("band=1", Indicator::Gdp, Lang::Zh, true, None);
    let (_, placed) = chart_labels(&spec.frame, &spec.lines, (366, 160), 1.0).unwrap();
    assert_eq!(placed[0].key, jinan_pathways::chart::pathway::Key::Target);
}

/// The labels as the chart placed them before the no-overlap rule: the target's beside its cross (right of
/// it when there was room), the estimate's right-aligned left of its bar, each nudged above or
/// below its point by three pixels and swapped when the two overprinted.
fn todays_placement(spec: &PathwaySpec, size: (u32, u32)) -> Vec<Placed> {
    let f = &spec.frame;
    let (unit, factor) = jinan_model::format::axis_unit(f.lang, f.unit);
    let _ = unit;
    let mut buf = String::new();
    let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
    let mut b = ChartBuilder::on(&root);
    b.margin_top(22)
        .margin_right(14)
        .margin_left(6)
        .margin_bottom(4)
        .x_label_area_size(26)
        .y_label_area_size(46);
    let x = (f.years.0 as f64 - 0.4, f.years.1 as f64 + 0.4);
    let chart = b
        .build_cartesian_2d(x.0..x.1, f.y.0 * factor..f.y.1 * factor)
        .unwrap();
    let px = |p: (f64, f64)| {
        let (a, b) = chart.backend_coord(&p);
        (f64::from(a), f64::from(b))
    };
    let (ty, tv) = (f.target.0 as f64, f.target.1 * factor);
    let right_room = x.1 - ty > (x.1 - x.0) * 0.3;
    let (h, nudge, mark) = (11.0, 3.0, 6.0);
    let box_of = |text: &str, at: (f64, f64), right_aligned: bool, top: bool| {
        let w = f64::from(approx_text_width(text, 11.0));
        let x0 = if right_aligned { at.0 - w } else { at.0 };
        let y0 = if top { at.1 } else { at.1 - h };
        Rect::at(x0, y0, w, h)
    };
    let mut out = Vec::new();
    let t = px((if right_room { ty + 0.25 } else { ty - 0.25 }, tv));
    let mut target_top = false;
    if let Some((ey, lo, hi)) = f.estimate {
        let mid = match (lo, hi) {
            (Some(l), Some(u)) => (l + u) / 2.0,
            (Some(v), None) | (None, Some(v)) => v,
            _ => 0.0,
        };
        let e = px((ey as f64 - 0.15, mid * factor));
        let usual = box_of(&f.estimate_label, (e.0, e.1 + nudge), true, true);
        let swap = !right_room
            && e.1 <= t.1
            && usual.overlaps(&box_of(&f.target_label, (t.0, t.1 - nudge), true, false));
        target_top = swap;
        let r = if swap {
            box_of(&f.estimate_label, (e.0, e.1 - nudge), true, false)
        } else {
            usual
        };
        out.push(placed(
            jinan_pathways::chart::pathway::Key::Estimate,
            &f.estimate_label,
            r,
        ));
    }
    let r = if target_top {
        box_of(
            &f.target_label,
            (t.0, t.1 + mark + nudge),
            !right_room,
            true,
        )
    } else {
        box_of(&f.target_label, (t.0, t.1 - nudge), !right_room, false)
    };
    out.push(placed(
        jinan_pathways::chart::pathway::Key::Target,
        &f.target_label,
        r,
    ));
    out
}

fn placed(key: jinan_pathways::chart::pathway::Key, text: &str, r: Rect) -> Placed {
    Placed {
        key,
        text: text.to_string(),
        size: 11.0,
        text_box: r,
        backdrop: r.grow(1.0),
        leader: None,
    }
}

#[test]
fn the_check_fails_on_the_placement_before() {
    // The cases: the widget at 390 px with the band, and the Chinese social card.
    let social = sizes()[5];
    for (q, lang, size) in [
        ("band=1", Lang::En, (366, 160)),
        ("band=1", Lang::Zh, social),
    ] {
        let spec = spec_for(q, Indicator::Gdp, lang, true, None);
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
            draw_pathway(&root, &spec, &Palette::light(), 1.0).unwrap();
        }
        let (scene, _) = chart_labels(&spec.frame, &spec.lines, size, 1.0).unwrap();
        let before = todays_placement(&spec, size);
        let v = violations(&before, &drawn(&svg, &Palette::light()), &scene.area);
        assert!(
            !v.is_empty(),
            "{lang:?} {size:?}: the old placement passes the check"
        );
        // And the placement now passes it on the same chart.
        assert_eq!(
            check(&spec, size, 1.0, &Palette::light()).map(|_| ()),
            Ok(())
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// The page maps a pointer to a year and a value with a computed map; plotters draws with its
    /// own. They agree to the pixel at any size a chart can have, for every indicator.
    #[test]
    fn the_pointer_map_is_where_plotters_draws(w in 120u32..1400, h in 100u32..700, i in 0usize..3, predict in prop::bool::ANY) {
        let i = Indicator::ALL[i];
        let q = if predict { "predict=1" } else { "" };
        let spec = spec_for(q, i, Lang::Zh, false, None);
        let computed = jinan_pathways::chart::pathway::plot_map(&spec.frame, (w, h)).unwrap();
        let drawn = jinan_pathways::chart::pathway::plot_map_drawn(&spec.frame, (w, h)).unwrap();
        prop_assert_eq!(computed, drawn);
    }
}
