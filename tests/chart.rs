//! Chart drawing natively with the SVG backend: the same code as the canvas and the downloads.

use jinan_model::results::compute;
use jinan_model::scenario::{parse, Lang};
use jinan_pathways::chart::palette::{contrast, Palette, Tokens};
use jinan_pathways::chart::pathway::{approx_text_width, nice_step, pathway_spec, y_range};
use jinan_pathways::chart::Drawing;
use jinan_pathways::data::dataset;

fn drawing(q: &str, lang: Lang) -> Drawing {
    let (s, _) = parse(q, jinan_pathways::ui::state::current_defaults());
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
fn y_range_covers_everything_drawn() {
    let Drawing::Pathway(spec) = drawing("to=2035&gdp=15&defl=10&band=1", Lang::En) else {
        panic!()
    };
    let (lo, hi) = y_range(&spec.frame, &spec.lines);
    assert_eq!((lo, hi), spec.frame.y, "the frame holds the range");
    let band_top = spec.lines.band.as_ref().unwrap()[3]
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
    for (t, dark) in [(Tokens::LIGHT, false), (Tokens::DARK, true)] {
        for back in [t.bg, t.surface] {
            let on = if back == t.bg { "bg" } else { "surface" };
            for (fg, c) in [
                ("fg", t.fg),
                ("muted", t.muted),
                ("accent", t.accent),
                ("good", t.good),
                ("bad", t.bad),
                ("history", t.history),
                ("projection", t.projection),
                ("target", t.target),
                ("outcome", t.outcome),
                ("required", t.required),
                // The chart's words are written in their lines' colours, on a backdrop of bg.
                ("path-base", t.path_base),
                ("projection-b", t.projection_b),
                ("guess", t.guess),
            ] {
                let ratio = contrast(c, back);
                assert!(ratio >= 4.5, "{fg} on {on} (dark {dark}): {ratio:.2}");
            }
        }
        assert!(contrast(t.warn_fg, t.warn_bg) >= 4.5);
        assert!(contrast(t.accent_fg, t.accent) >= 4.5);
        // Non-text contrast (WCAG 1.4.11): lines and the focus ring against the page.
        for (ui, c) in [("border", t.border), ("focus", t.focus), ("axis", t.axis)] {
            assert!(contrast(c, t.bg) >= 3.0, "{ui} {dark}");
        }
    }
    assert_ne!(Palette::light(), Palette::dark());
    // The page's CSS and the charts read the same file: each token's value there is the colour
    // the chart draws with (parsed here independently of build.rs).
    let css = include_str!("../style/tokens.css");
    let light = &css[css.find(":root {").unwrap()..];
    let hex = |block: &str, name: &str| -> String {
        let line = block
            .lines()
            .find(|l| l.trim().starts_with(&format!("--{name}:")))
            .unwrap();
        line.split(':')
            .nth(1)
            .unwrap()
            .trim()
            .trim_end_matches(';')
            .to_string()
    };
    let rgb = |c: plotters::style::RGBAColor| format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2);
    assert_eq!(hex(light, "history"), rgb(Palette::light().history));
    let dark = &css[css.find("data-theme=\"dark\"").unwrap()..];
    assert_eq!(hex(dark, "target"), rgb(Palette::dark().target));
}

#[test]
fn a_label_box_is_wider_for_chinese_than_for_the_same_number_of_latin_letters() {
    assert!(approx_text_width("目标1.5万亿元", 11.0) > approx_text_width("target 1.5", 11.0));
    assert_eq!(approx_text_width("", 11.0), 0);
    // A CJK character is a full em.
    assert_eq!(approx_text_width("万亿", 12.0), 24);
}
