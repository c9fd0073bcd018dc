//! Exported images: each preset's size, every part of the poster as SVG text in both
//! languages, nothing overlapping or off the edge, and a link shortened only between
//! parameters.

use jinan_model::export::stamp;
use jinan_model::results::compute;
use jinan_model::scenario::{parse, Indicator, Lang};
use jinan_model::text::{chart_title, poster_subtitle, source_line, words};
use jinan_model::verdict::verdicts;
use jinan_pathways::chart::palette::Palette;
use jinan_pathways::chart::pathway::{keys, pathway_spec};
use jinan_pathways::chart::poster::{
    layout, poster, poster_svg, shorten_link, wrap, LineKind, Poster, PosterInputs, Preset,
};
use jinan_pathways::chart::{whole_drawing, Drawing};
use jinan_pathways::data::{dataset, DATASET_SHA256};
use jinan_pathways::ui::state::current_defaults;
use proptest::prelude::*;

const PAGE: &str = "https://news.example.org/graphics/jinan-pathways/";

/// The poster of one indicator for a link, built as the share panel builds it.
fn poster_for(q: &str, lang: Lang, i: Indicator) -> Poster {
    let data = dataset();
    let (s, _) = parse(q, current_defaults());
    let outlooks = compute(data, &s, &s.a);
    let b = s.b.as_ref().map(|b| compute(data, &s, b));
    let o = &outlooks[i as usize];
    let spec = o.base.is_some().then(|| {
        pathway_spec(
            data,
            o,
            b.as_ref().map(|b| &b[i as usize]),
            lang,
            s.to,
            true,
            None,
        )
    });
    let chart = whole_drawing(data, spec, i, s.from, lang);
    let vs = verdicts(data);
    let st = stamp(data, DATASET_SHA256, lang, PAGE, &s);
    poster(PosterInputs {
        data,
        scenario: &s,
        outlook: o,
        chart,
        verdict: vs.iter().find(|v| v.indicator == i),
        stamp: &st,
        lang,
    })
}

/// Links that make long words: the band, a comparison, long horizons, an assumed start.
const LINKS: [&str; 6] = [
    "",
    "lang=zh&gdp=5&defl=1&band=1",
    "band=1&to=2035&b_gdp=7.5&b_defl=3.2&b_pop=1.5",
    "from=2020&to=2030&gdp=3.25&defl=0.75&band=1&theme=dark",
    "re_base=180&re=12.5&band=1&to=2035",
    "pop=2.75&band=1&from=2023",
];

fn svg_doc_texts(svg: &str) -> (f64, f64, Vec<String>) {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{e}: {svg}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let num = |a: &str| {
        root.attribute(a)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or_else(|| panic!("svg {a}"))
    };
    let texts = root
        .descendants()
        .filter(|n| n.tag_name().name() == "text")
        .filter_map(|n| n.text().map(|t| t.trim().to_string()))
        .collect();
    (num("width"), num("height"), texts)
}

#[test]
fn each_preset_has_its_size() {
    for lang in [Lang::Zh, Lang::En] {
        for q in LINKS {
            for i in Indicator::ALL {
                let p = poster_for(q, lang, i);
                for preset in Preset::ALL {
                    let lay = layout(&p, preset);
                    let svg = poster_svg(&p, preset, &Palette::light()).unwrap();
                    let (w, h, _) = svg_doc_texts(&svg);
                    let want_w = match preset {
                        Preset::Article => 800.0,
                        Preset::Social => 1200.0,
                        Preset::Square => 1080.0,
                    };
                    assert_eq!((w, lay.width), (want_w, want_w), "{preset:?}");
                    assert_eq!(h, lay.height, "{preset:?}");
                    match preset {
                        Preset::Social => assert_eq!(h, 675.0),
                        Preset::Square => assert_eq!(h, 1080.0),
                        // The article's height follows its words: a chart half as tall as it
                        // is wide, and what is above and below it.
                        Preset::Article => {
                            let (_, top, _, ch) = lay.chart;
                            assert_eq!(ch, 400.0);
                            assert!(h > top + ch && h < top + ch + 400.0, "{h}");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_svg_holds_title_subtitle_key_source_and_stamp_as_text() {
    let data = dataset();
    let vs = verdicts(data);
    for lang in [Lang::Zh, Lang::En] {
        for (q, i) in [
            ("lang=zh&gdp=5&defl=1&band=1", Indicator::Gdp),
            ("band=1&b_gdp=7", Indicator::Gdp),
            ("pop=1.2", Indicator::Pop),
            ("re_base=180&re=12.5", Indicator::Re),
            ("", Indicator::Re),
        ] {
            let p = poster_for(q, lang, i);
            let (s, _) = parse(q, current_defaults());
            let o = &compute(data, &s, &s.a)[i as usize];
            // The words are the model's, for this scenario and this record.
            assert_eq!(p.title, chart_title(lang, i, o.target, o.target_year));
            let v = vs.iter().find(|v| v.indicator == i);
            assert_eq!(p.subtitle, poster_subtitle(lang, v, o, &s));
            assert_eq!(p.source, source_line(lang, data, i));
            for preset in Preset::ALL {
                let svg = poster_svg(&p, preset, &Palette::dark()).unwrap();
                let (_, _, texts) = svg_doc_texts(&svg);
                let lay = layout(&p, preset);
                // Every laid-out line is a text element of the file, and together the lines
                // of each kind say the whole of what they stand for.
                for l in &lay.lines {
                    assert!(texts.contains(&l.text), "{preset:?} {lang:?}: {:?}", l.text);
                }
                let joined = |kind: LineKind| {
                    let parts: Vec<&str> = lay
                        .lines
                        .iter()
                        .filter(|l| l.kind == kind)
                        .map(|l| l.text.as_str())
                        .collect();
                    let sep = if lang == Lang::Zh { "" } else { " " };
                    parts.join(sep)
                };
                let squash = |s: &str| s.replace(' ', "");
                assert_eq!(squash(&joined(LineKind::Title)), squash(&p.title));
                assert_eq!(squash(&joined(LineKind::Subtitle)), squash(&p.subtitle));
                assert_eq!(squash(&joined(LineKind::Source)), squash(&p.source));
                let stamp = joined(LineKind::Stamp);
                assert!(stamp.starts_with(&p.stamp_head), "{stamp}");
                assert!(stamp.contains(PAGE), "{stamp}");
                // The key: exactly one entry per thing drawn.
                let key_lines: Vec<&str> = lay
                    .lines
                    .iter()
                    .filter(|l| matches!(l.kind, LineKind::Key(_)))
                    .map(|l| l.text.as_str())
                    .collect();
                let want: Vec<&str> = p.keys.iter().map(|(_, w)| w.as_str()).collect();
                assert_eq!(key_lines, want);
            }
            // The parts a reader looks for are there in every case.
            assert!(p.source.contains(&*data.plan.title.zh));
            let maker = if lang == Lang::Zh {
                "济南路径"
            } else {
                "Jinan Pathways"
            };
            assert!(p.source.contains(maker));
            let year = if lang == Lang::Zh { "2025年" } else { "2025" };
            assert!(p.title.contains(year), "{}", p.title);
        }
    }
}

#[test]
fn the_key_names_exactly_what_is_drawn() {
    let w = words(Lang::En);
    let plain = poster_for("gdp=5", Lang::En, Indicator::Gdp);
    let full = poster_for("gdp=5&band=1&b_gdp=7", Lang::En, Indicator::Gdp);
    let names = |p: &Poster| p.keys.iter().map(|k| k.1.clone()).collect::<Vec<_>>();
    assert!(!names(&plain).contains(&w.legend_band.to_string()));
    assert!(!names(&plain).contains(&w.legend_projection_b.to_string()));
    assert!(names(&full).contains(&w.legend_band.to_string()));
    assert!(names(&full).contains(&w.legend_projection_b.to_string()));
    for p in [&plain, &full] {
        let Drawing::Pathway(spec) = &p.chart else {
            panic!("GDP has a pathway")
        };
        assert_eq!(p.keys.iter().map(|k| k.0).collect::<Vec<_>>(), keys(spec));
    }
    // Renewables before a starting capacity is given: the page's other chart, no pathway key.
    let re = poster_for("", Lang::En, Indicator::Re);
    assert!(matches!(re.chart, Drawing::Required(_)));
    assert!(re.keys.is_empty());
}

/// Two boxes overlap when they share more than a pixel.
fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    a.0 < b.2 - 1.0 && b.0 < a.2 - 1.0 && a.1 < b.3 - 1.0 && b.1 < a.3 - 1.0
}

#[test]
fn no_text_overlaps_or_runs_off_the_edge() {
    for lang in [Lang::Zh, Lang::En] {
        for q in LINKS {
            for i in Indicator::ALL {
                let p = poster_for(q, lang, i);
                for preset in Preset::ALL {
                    let lay = layout(&p, preset);
                    let (cx, cy, cw, ch) = lay.chart;
                    let chart = (cx, cy, cx + cw, cy + ch);
                    let ctx = format!("{preset:?} {lang:?} {i:?} {q:?}");
                    assert!(
                        cx >= 0.0 && cx + cw <= lay.width && cy + ch <= lay.height,
                        "{ctx}"
                    );
                    assert!(ch >= 200.0, "the chart keeps room to read: {ch} {ctx}");
                    // Key entries are measured with their swatch in front.
                    let boxes: Vec<_> = lay
                        .lines
                        .iter()
                        .map(|l| {
                            let b = l.bounds();
                            match l.kind {
                                LineKind::Key(_) => (b.0 - 30.0, b.1, b.2, b.3),
                                _ => b,
                            }
                        })
                        .collect();
                    for (n, (l, b)) in lay.lines.iter().zip(&boxes).enumerate() {
                        assert!(
                            b.0 >= 0.0 && b.1 >= 0.0 && b.2 <= lay.width && b.3 <= lay.height,
                            "off the edge: {:?} {b:?} {ctx}",
                            l.text
                        );
                        assert!(!overlap(*b, chart), "over the chart: {:?} {ctx}", l.text);
                        for (m, c) in boxes.iter().enumerate().skip(n + 1) {
                            assert!(
                                !overlap(*b, *c),
                                "{:?} over {:?} {ctx}",
                                l.text,
                                lay.lines[m].text
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn wrap_keeps_every_word_and_fits() {
    let text = "Scenario: 5.4% real growth and 0.8% inflation a year from 2022, to 2030.";
    let lines = wrap(text, 14.0, 200.0);
    assert!(lines.len() > 1);
    assert_eq!(lines.join(" "), text);
    let zh = "方案：从2022年起，实际增速5.4%、平减指数0.8%，预测至2030年。";
    let lines = wrap(zh, 14.0, 150.0);
    assert!(lines.len() > 1);
    assert_eq!(lines.concat(), zh);
}

proptest! {
    /// A shortened link is the whole link, or its address with its first parameters, each
    /// whole, and "…" in place of the rest; and it fits where it can.
    #[test]
    fn a_link_is_shortened_between_parameters(
        params in prop::collection::vec(("[a-z_]{1,8}", "[0-9a-z.%]{0,12}"), 0..14),
        width in 120.0f64..900.0,
    ) {
        let query: Vec<String> = params.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let link = format!("{PAGE}?{}", query.join("&"));
        let short = shorten_link(&link, 10.0, width);
        if short != link {
            let rest = short.strip_prefix(&format!("{PAGE}?")).expect("the address is kept");
            let kept = rest.strip_suffix('…').expect("an ellipsis says what is left out");
            let kept: Vec<&str> = kept.split('&').filter(|p| !p.is_empty()).collect();
            prop_assert!(kept.len() < query.len());
            for (k, q) in kept.iter().zip(&query) {
                prop_assert_eq!(*k, q.as_str());
            }
        }
    }
}

#[test]
fn svg_text_is_the_size_the_layout_measured() {
    let p = poster_for("", Lang::En, Indicator::Gdp);
    let svg = poster_svg(&p, Preset::Article, &Palette::light()).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let lay = layout(&p, Preset::Article);
    let title = lay
        .lines
        .iter()
        .find(|l| l.kind == LineKind::Title)
        .unwrap();
    let size = doc
        .descendants()
        .find(|n| n.tag_name().name() == "text" && n.text().map(str::trim) == Some(&title.text))
        .and_then(|n| n.attribute("font-size"))
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap();
    assert!((size - title.size).abs() < 0.05, "{size} vs {}", title.size);
}
