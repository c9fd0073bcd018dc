//! A target's record at a glance, for the tracker (its table on the page, and its image): each
//! recorded figure by year as the main chart marks it (filled: official; hollow: third-party or
//! derived from one; a triangle: a bound, "above" pointing up), the values joined, the target as
//! a dashed level with its cross at the year judged, the first and last years under it, and the
//! words (the target, the latest figure) placed by the main chart's solver: on nothing drawn.

use super::labels::{place, Anchor, Path, Placed, Rect, Scene, Wanted};
use super::palette::Palette;
use super::pathway::{draw_labels, Key};
use super::{err, Scale};
use jinan_model::dataset::{Point, Target};
use jinan_model::glance::{marks, Figure, Mark};
use jinan_model::scenario::Lang;
use jinan_model::text::{glance_figure, glance_target};
use plotters::coord::Shift;
use plotters::prelude::*;

/// The chart's size in CSS pixels: a table cell's, and a column of the tracker's image.
pub const SIZE: (f64, f64) = (176.0, 80.0);

/// What a record's chart shows, in the target's unit.
#[derive(Debug, Clone, PartialEq)]
pub struct GlanceSpec {
    pub marks: Vec<Mark>,
    /// The target, and its upper end where it is a range.
    pub target: (f64, Option<f64>),
    /// The year the target is judged at.
    pub year: i32,
    pub target_label: String,
    /// The latest figure's label (the latest value, else the latest bound).
    pub latest_label: String,
    pub years: (i32, i32),
    pub y: (f64, f64),
}

/// A target's record as a chart, where it has a figure to draw and a quantity to hold it to.
pub fn glance_spec(lang: Lang, t: &Target, year: i32, records: &[Point]) -> Option<GlanceSpec> {
    let marks = marks(records);
    let target = t.value?;
    let last = marks
        .iter()
        .rev()
        .find(|m| matches!(m.figure, Figure::Value(_)))
        .or(marks.last())?;
    let first_year = marks.first().map_or(year, |m| m.year).min(year);
    let last_year = marks.last().map_or(year, |m| m.year).max(year);
    let figures: Vec<f64> = marks.iter().map(|m| m.figure.value()).collect();
    let (lo, hi) = figures
        .iter()
        .copied()
        .chain([target])
        .chain(t.value_high)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(v), b.max(v))
        });
    // Room for the words above and below, so that the target's level is never at an edge: more
    // above (a figure's words go over it where the target's level runs beside it), and most on
    // the side of the target where no figure lies (the target's words go there).
    let base = ((hi - lo) * 0.4).max(hi.abs() * 0.03).max(1e-9);
    let below = if figures.iter().all(|&v| v >= target) {
        3.0 * base
    } else {
        base
    };
    let above = if figures.iter().all(|&v| v <= target) {
        3.0 * base
    } else {
        2.0 * base
    };
    Some(GlanceSpec {
        marks: marks.clone(),
        target: (target, t.value_high),
        year,
        target_label: glance_target(lang, t),
        latest_label: glance_figure(last.figure),
        years: (first_year, last_year),
        y: (lo - below, hi + above),
    })
}

const FONT: f64 = 10.0;
const YEARS: f64 = 12.0;

/// Where things go at `scale`: the plotting area (backend pixels) and the map to it.
struct Geometry {
    area: Rect,
    x: (f64, f64),
    y: (f64, f64),
}

impl Geometry {
    fn of(spec: &GlanceSpec, size: (f64, f64)) -> Geometry {
        let s = size.0 / SIZE.0;
        // Half a year's room before the first year, a year's after the last (for the latest
        // figure's words beside it).
        let x = (f64::from(spec.years.0) - 0.5, f64::from(spec.years.1) + 1.0);
        Geometry {
            area: Rect::new(2.0 * s, 2.0 * s, size.0 - 2.0 * s, size.1 - YEARS * s),
            x,
            y: spec.y,
        }
    }
    fn px(&self, year: f64, v: f64) -> (f64, f64) {
        let a = self.area;
        (
            a.x0 + (year - self.x.0) / (self.x.1 - self.x.0) * (a.x1 - a.x0),
            a.y1 - (v - self.y.0) / (self.y.1 - self.y.0) * (a.y1 - a.y0),
        )
    }
}

/// The mark's shape around its point, in backend pixels relative to it: a triangle on the bound
/// pointing the way the figure lies.
fn triangle(f: Figure, k: f64) -> Option<Vec<(f64, f64)>> {
    match f {
        Figure::Value(_) => None,
        Figure::AtLeast { .. } => Some(vec![(-k, 0.0), (k, 0.0), (0.0, -1.5 * k)]),
        Figure::AtMost { .. } => Some(vec![(-k, 0.0), (k, 0.0), (0.0, 1.5 * k)]),
    }
}

/// What is drawn that words must keep off, the target's words, and the latest figure's.
fn scene(spec: &GlanceSpec, g: &Geometry, s: f64) -> (Scene, Option<Wanted>) {
    let target = g.px(f64::from(spec.year), spec.target.0);
    let mut paths = vec![Path {
        points: vec![(g.area.x0, target.1), (g.area.x1, target.1)],
        half_width: 0.5 * s,
    }];
    if let Some(hi) = spec.target.1 {
        let y = g.px(f64::from(spec.year), hi).1;
        paths.push(Path {
            points: vec![(g.area.x0, y), (g.area.x1, y)],
            half_width: 0.5 * s,
        });
    }
    let values: Vec<(f64, f64)> = spec
        .marks
        .iter()
        .filter_map(|m| match m.figure {
            Figure::Value(v) => Some(g.px(f64::from(m.year), v)),
            _ => None,
        })
        .collect();
    if values.len() > 1 {
        paths.push(Path {
            points: values,
            half_width: 0.75 * s,
        });
    }
    let mut marks: Vec<Rect> = spec
        .marks
        .iter()
        .map(|m| {
            let p = g.px(f64::from(m.year), m.figure.value());
            match m.figure {
                Figure::Value(_) => Rect::around(p, 3.75 * s),
                Figure::AtLeast { .. } => {
                    Rect::new(p.0 - 4.0 * s, p.1 - 6.75 * s, p.0 + 4.0 * s, p.1 + 0.75 * s)
                }
                Figure::AtMost { .. } => {
                    Rect::new(p.0 - 4.0 * s, p.1 - 0.75 * s, p.0 + 4.0 * s, p.1 + 6.75 * s)
                }
            }
        })
        .collect();
    marks.push(Rect::around(target, 4.0 * s));
    let latest = spec
        .marks
        .iter()
        .rev()
        .find(|m| matches!(m.figure, Figure::Value(_)))
        .or(spec.marks.last())
        .map(|m| g.px(f64::from(m.year), m.figure.value()));
    let wanted = vec![Wanted {
        key: Key::Target,
        texts: vec![spec.target_label.clone()],
        size: FONT * s,
        anchor: Anchor::Level {
            x: target.0,
            y: target.1,
        },
    }];
    let latest = latest.map(|p| Wanted {
        key: Key::Outcome,
        texts: vec![spec.latest_label.clone()],
        size: FONT * s,
        anchor: Anchor::Point(p),
    });
    (
        Scene {
            area: g.area,
            paths,
            marks,
            wanted,
            // The target's words sit closer to its level than on the main chart (half its gap):
            // a small chart has little room above or below a line.
            scale: s * 0.5,
        },
        latest,
    )
}

/// Places the words: the target's, then the latest figure's (at the main chart's gaps from its
/// mark), each on nothing drawn or placed.
fn place_words(spec: &GlanceSpec, g: &Geometry, s: f64) -> (Scene, Vec<Placed>) {
    let (mut scene, latest) = scene(spec, g, s);
    let mut placed = place(&scene);
    let drawn = scene.marks.len();
    scene.marks.extend(placed.iter().map(|p| p.backdrop));
    scene.wanted = latest.into_iter().collect();
    scene.scale = s;
    placed.extend(place(&scene));
    // What the words keep off is what is drawn; the words themselves are in `placed`.
    scene.marks.truncate(drawn);
    (scene, placed)
}

/// Where the words of a chart of `size` backend pixels go (for the tests), and what they keep
/// off.
pub fn glance_labels(spec: &GlanceSpec, size: (f64, f64)) -> (Scene, Vec<Placed>) {
    let s = size.0 / SIZE.0;
    let g = Geometry::of(spec, size);
    place_words(spec, &g, s)
}

/// Draws the chart on an area of [`SIZE`] times `scale` (the background is the caller's).
pub fn draw_glance<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &GlanceSpec,
    pal: &Palette,
    scale: f64,
) -> Result<Vec<Placed>, String> {
    let size = (SIZE.0 * scale, SIZE.1 * scale);
    let g = Geometry::of(spec, size);
    let sc = Scale(scale);
    let at = |p: (f64, f64)| (p.0.round() as i32, p.1.round() as i32);
    let line = |c: &RGBAColor, w: f64| ShapeStyle::from(c).stroke_width(sc.px(w));
    // The target: a dashed level, and its cross at the year judged.
    for v in std::iter::once(spec.target.0).chain(spec.target.1) {
        let y = g.px(0.0, v).1.round() as i32;
        let (x0, x1) = (g.area.x0.round() as i32, g.area.x1.round() as i32);
        let dash = sc.px(4.0) as i32;
        let mut x = x0;
        while x < x1 {
            root.draw(&PathElement::new(
                vec![(x, y), ((x + dash).min(x1), y)],
                line(&pal.target, 1.0),
            ))
            .map_err(err)?;
            x += 2 * dash;
        }
    }
    let (cx, cy) = at(g.px(f64::from(spec.year), spec.target.0));
    let m = sc.px(3.5) as i32;
    for (a, b) in [((-m, -m), (m, m)), ((-m, m), (m, -m))] {
        root.draw(&PathElement::new(
            vec![(cx + a.0, cy + a.1), (cx + b.0, cy + b.1)],
            line(&pal.target, 2.0),
        ))
        .map_err(err)?;
    }
    // The values, joined; each mark, hollow where third-party.
    let values: Vec<(i32, i32)> = spec
        .marks
        .iter()
        .filter_map(|m| match m.figure {
            Figure::Value(v) => Some(at(g.px(f64::from(m.year), v))),
            _ => None,
        })
        .collect();
    if values.len() > 1 {
        root.draw(&PathElement::new(values, line(&pal.outcome, 1.5)))
            .map_err(err)?;
    }
    let k = 4.0 * scale;
    for mk in &spec.marks {
        let p = at(g.px(f64::from(mk.year), mk.figure.value()));
        let style = if mk.unconfirmed {
            line(&pal.outcome, 1.5)
        } else {
            pal.outcome.filled()
        };
        match triangle(mk.figure, k) {
            None => {
                if mk.unconfirmed {
                    root.draw(&Circle::new(p, sc.px(3.0) as i32, pal.bg.filled()))
                        .map_err(err)?;
                }
                root.draw(&Circle::new(p, sc.px(3.0) as i32, style))
                    .map_err(err)?;
            }
            Some(pts) => {
                let pts: Vec<(i32, i32)> = pts
                    .iter()
                    .map(|(dx, dy)| (p.0 + dx.round() as i32, p.1 + dy.round() as i32))
                    .collect();
                if mk.unconfirmed {
                    let mut closed = pts.clone();
                    closed.push(pts[0]);
                    root.draw(&PathElement::new(closed, style)).map_err(err)?;
                } else {
                    root.draw(&Polygon::new(pts, style)).map_err(err)?;
                }
            }
        }
    }
    // The first and last years under the area (one where they are the same).
    let mut years = vec![spec.years.0];
    if spec.years.1 != spec.years.0 {
        years.push(spec.years.1);
    }
    for y in years {
        let text = y.to_string();
        let w = f64::from(super::text_width::approx_text_width(&text, 9.0 * scale));
        let x = g.px(f64::from(y), 0.0).0 - w / 2.0;
        let x = x.clamp(0.0, size.0 - w);
        super::draw_words(
            root,
            &text,
            (
                x.round() as i32,
                (size.1 - (YEARS - 1.5) * scale).round() as i32,
            ),
            9.0 * scale,
            &pal.muted,
            false,
        )?;
    }
    let (_, placed) = place_words(spec, &g, scale);
    draw_labels(root, &placed, pal, scale)?;
    Ok(placed)
}

/// The chart as an SVG of its own (the tests read what it draws).
pub fn glance_svg(spec: &GlanceSpec, pal: &Palette) -> Result<String, String> {
    let mut buf = String::new();
    {
        let root =
            SVGBackend::with_string(&mut buf, (SIZE.0 as u32, SIZE.1 as u32)).into_drawing_area();
        draw_glance(&root, spec, pal, 1.0)?;
        root.present().map_err(err)?;
    }
    Ok(buf)
}
