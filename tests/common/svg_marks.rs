//! What a chart's SVG draws that its words must keep off, read from the SVG itself (every
//! stroke and mark), and the ways placed words break the rule: shared by the tests of the
//! pathway chart's labels and of the tracker's small charts.

use jinan_pathways::chart::labels::{Placed, Rect};
use jinan_pathways::chart::palette::Palette;
use plotters::style::RGBAColor;

/// A stroked segment: its ends and half its stroke.
type Stroke = ((f64, f64), (f64, f64), f64);

/// What the SVG draws that a word must keep off: every stroked segment (grown by half its
/// stroke) and every filled mark, but the grid, the axes and the backgrounds (the band is an
/// area a word may sit on, on its backdrop).
pub struct Drawn {
    pub segments: Vec<Stroke>,
    pub marks: Vec<Rect>,
    pub texts: Vec<(String, f64, f64)>,
}

fn hex(c: RGBAColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// A `polyline`'s or `polygon`'s points.
fn points(n: &roxmltree::Node) -> Vec<(f64, f64)> {
    n.attribute("points")
        .unwrap_or("")
        .split_whitespace()
        .filter_map(|p| {
            let (x, y) = p.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        })
        .collect()
}

pub fn drawn(svg: &str, pal: &Palette) -> Drawn {
    let doc = roxmltree::Document::parse(svg).expect("the chart's SVG parses");
    let background = [
        hex(pal.bg),
        hex(pal.grid),
        hex(pal.axis),
        "none".to_string(),
    ];
    let band = [hex(pal.band_outer), hex(pal.band_inner)];
    let num = |n: &roxmltree::Node, a: &str| {
        n.attribute(a)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let mut out = Drawn {
        segments: Vec::new(),
        marks: Vec::new(),
        texts: Vec::new(),
    };
    for n in doc.descendants().filter(|n| n.is_element()) {
        let stroke = n.attribute("stroke").unwrap_or("none").to_uppercase();
        let fill = n.attribute("fill").unwrap_or("none").to_uppercase();
        let half = num(&n, "stroke-width") / 2.0;
        let stroked = !background.contains(&stroke) && !stroke.eq_ignore_ascii_case("none");
        match n.tag_name().name() {
            "polyline" if stroked => {
                let pts = points(&n);
                for w in pts.windows(2) {
                    out.segments.push((w[0], w[1], half));
                }
            }
            "line" if stroked => out.segments.push((
                (num(&n, "x1"), num(&n, "y1")),
                (num(&n, "x2"), num(&n, "y2")),
                half,
            )),
            "circle" => {
                let r = num(&n, "r") + half;
                out.marks
                    .push(Rect::around((num(&n, "cx"), num(&n, "cy")), r));
            }
            "rect" if !background.contains(&fill) || stroked => {
                let (x, y) = (num(&n, "x"), num(&n, "y"));
                out.marks
                    .push(Rect::at(x, y, num(&n, "width"), num(&n, "height")).grow(half));
            }
            "polygon" if !band.contains(&fill) && !background.contains(&fill) => {
                let pts = points(&n);
                let xs = pts.iter().map(|p| p.0);
                let ys = pts.iter().map(|p| p.1);
                out.marks.push(Rect::new(
                    xs.clone().fold(f64::INFINITY, f64::min),
                    ys.clone().fold(f64::INFINITY, f64::min),
                    xs.fold(f64::NEG_INFINITY, f64::max),
                    ys.fold(f64::NEG_INFINITY, f64::max),
                ));
            }
            "text" => out.texts.push((
                n.text().unwrap_or("").trim().to_string(),
                num(&n, "x"),
                num(&n, "y"),
            )),
            _ => {}
        }
    }
    out
}

/// Every way the placed words break the rule, in words (empty when none does).
pub fn violations(placed: &[Placed], d: &Drawn, area: &Rect) -> Vec<String> {
    let mut out = Vec::new();
    for (i, p) in placed.iter().enumerate() {
        let b = p.backdrop;
        if !b.inside(area) {
            out.push(format!(
                "{:?} leaves the plotting area: {b:?} in {area:?}",
                p.key
            ));
        }
        for (a, z, half) in &d.segments {
            // A leader ends just outside its own word's backdrop.
            if b.grow(*half).crossed_by(*a, *z) {
                out.push(format!("{:?} ({}) on a segment {a:?}–{z:?}", p.key, p.text));
            }
        }
        for m in &d.marks {
            if m.overlaps(&b) {
                out.push(format!("{:?} ({}) on a mark {m:?}", p.key, p.text));
            }
        }
        for q in &placed[i + 1..] {
            if q.backdrop.overlaps(&b) {
                out.push(format!("{:?} on {:?}", p.key, q.key));
            }
        }
    }
    out
}
