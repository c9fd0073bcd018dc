//! Where a chart's words go: each drawn line named at its end (or at the nearest free place
//! beside it, with a thin leader), the target and the record's range named beside their marks,
//! and no label's box on a drawn segment, a marker, the range bar or another label, nor outside
//! the plotting area. A pure function of the geometry, in backend pixels: the drawing code
//! describes what it draws (`Scene`), `place` answers where each word goes, and the canvas, the
//! SVG and the PNG draw the same answer. Where no free place is left for a label, it is dropped
//! (the least important first: they are placed in order of importance), never overlapped.

use super::key::Key;
use super::text_width::approx_text_width;

/// A box, in backend pixels: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect {
            x0: x0.min(x1),
            y0: y0.min(y1),
            x1: x0.max(x1),
            y1: y0.max(y1),
        }
    }
    /// A box of `w` × `h` with its top-left corner at (x, y).
    pub fn at(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect::new(x, y, x + w, y + h)
    }
    pub fn around(c: (f64, f64), half: f64) -> Rect {
        Rect::new(c.0 - half, c.1 - half, c.0 + half, c.1 + half)
    }
    pub fn grow(&self, d: f64) -> Rect {
        Rect::new(self.x0 - d, self.y0 - d, self.x1 + d, self.y1 + d)
    }
    /// Whether the two share any interior.
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
    pub fn inside(&self, o: &Rect) -> bool {
        self.x0 >= o.x0 && self.x1 <= o.x1 && self.y0 >= o.y0 && self.y1 <= o.y1
    }
    /// Whether the segment a–b passes through the box's interior (Liang–Barsky clipping).
    pub fn crossed_by(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [
            (-dx, a.0 - self.x0),
            (dx, self.x1 - a.0),
            (-dy, a.1 - self.y0),
            (dy, self.y1 - a.1),
        ] {
            if p == 0.0 {
                if q <= 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    t0 = t0.max(t);
                } else {
                    t1 = t1.min(t);
                }
                if t0 >= t1 {
                    return false;
                }
            }
        }
        true
    }
    /// The distance from a point to the box (0 inside).
    pub fn distance(&self, p: (f64, f64)) -> f64 {
        let dx = (self.x0 - p.0).max(0.0).max(p.0 - self.x1);
        let dy = (self.y0 - p.1).max(0.0).max(p.1 - self.y1);
        dx.hypot(dy)
    }
    /// The point of the box's edge nearest `p`, `gap` outside it.
    fn edge_towards(&self, p: (f64, f64), gap: f64) -> (f64, f64) {
        let g = self.grow(gap);
        (p.0.clamp(g.x0, g.x1), p.1.clamp(g.y0, g.y1))
    }
}

/// A segment from one point to another, in backend pixels.
pub type Segment = ((f64, f64), (f64, f64));

/// A drawn line, as the segments of its path, and half its stroke.
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    pub points: Vec<(f64, f64)>,
    pub half_width: f64,
}

/// Where a label belongs, and so which places suit it.
#[derive(Debug, Clone, PartialEq)]
pub enum Anchor {
    /// A line, named at its end: its points in drawing order (the end last).
    End(Vec<(f64, f64)>),
    /// A horizontal line at `y` across the area, with its mark at `x` (the target).
    Level { x: f64, y: f64 },
    /// A vertical bar at `x` from `top` to `bottom` (the record's range).
    Bar { x: f64, top: f64, bottom: f64 },
    /// A point mark (a guess).
    Point((f64, f64)),
    /// An area, named beside its upper edge's end or its lower edge's (the band).
    Area {
        upper: Vec<(f64, f64)>,
        lower: Vec<(f64, f64)>,
    },
}

/// A word the chart wants to show: the entry it names, its texts (the first that fits is
/// used: a shorter one may follow), its size in backend pixels, and where it belongs.
#[derive(Debug, Clone, PartialEq)]
pub struct Wanted {
    pub key: Key,
    pub texts: Vec<String>,
    pub size: f64,
    pub anchor: Anchor,
}

/// Everything drawn that a word must keep off, and the words wanted, in order of importance.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Where words may go: the plotting area.
    pub area: Rect,
    pub paths: Vec<Path>,
    pub marks: Vec<Rect>,
    pub wanted: Vec<Wanted>,
    /// Backend pixels per CSS pixel.
    pub scale: f64,
}

/// A word placed: its text's box (text drawn from its top-left corner at `size`), the box its
/// backdrop fills, and a leader from its line to the backdrop's edge where it is not beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub key: Key,
    pub text: String,
    pub size: f64,
    pub text_box: Rect,
    pub backdrop: Rect,
    pub leader: Option<Segment>,
}

/// The width of a text at `size`, estimated from its characters (see [`approx_text_width`],
/// which a browser test checks is never narrower than the browsers' own measure).
fn width_of(text: &str, size: f64) -> f64 {
    f64::from(approx_text_width(text, size))
}

/// A place tried for a word, and what it would cost the reader.
struct Candidate {
    text_box: Rect,
    leader_from: Option<(f64, f64)>,
    cost: f64,
}

/// Places the scene's words, in order: each takes its cheapest free place, or is dropped.
pub fn place(scene: &Scene) -> Vec<Placed> {
    let s = scene.scale;
    let pad = 1.5 * s;
    let bounds: Vec<Rect> = scene.paths.iter().map(|p| bounds_of(&p.points)).collect();
    let mut placed: Vec<Placed> = Vec::new();
    let mut leaders: Vec<Segment> = Vec::new();
    for want in &scene.wanted {
        let mut best: Option<(Candidate, &String)> = None;
        for (k, text) in want.texts.iter().enumerate() {
            let w = width_of(text, want.size);
            let h = (want.size * 1.15).ceil();
            // A shorter text is a little worse than the longer one in the same place.
            let penalty = k as f64 * 12.0 * s;
            let mut cs = candidates(&want.anchor, w, h, s);
            cs.sort_by(|a, b| a.cost.total_cmp(&b.cost));
            let found = cs
                .into_iter()
                .take_while(|c| best.as_ref().is_none_or(|(b, _)| c.cost + penalty < b.cost))
                .find(|c| free(scene, &bounds, &placed, &leaders, c, pad, s));
            if let Some(mut c) = found {
                c.cost += penalty;
                best = Some((c, text));
            }
            // A text that fits beside its line is kept rather than a shorter one.
            if best.as_ref().is_some_and(|(b, _)| b.leader_from.is_none()) {
                break;
            }
        }
        if let Some((c, text)) = best {
            let backdrop = c.text_box.grow(pad);
            let leader = c
                .leader_from
                .map(|from| (from, backdrop.edge_towards(from, 1.0 * s)));
            if let Some(l) = leader {
                leaders.push(l);
            }
            placed.push(Placed {
                key: want.key,
                text: text.clone(),
                size: want.size,
                text_box: c.text_box,
                backdrop,
                leader,
            });
        }
    }
    placed
}

fn bounds_of(points: &[(f64, f64)]) -> Rect {
    let init = Rect {
        x0: f64::INFINITY,
        y0: f64::INFINITY,
        x1: f64::NEG_INFINITY,
        y1: f64::NEG_INFINITY,
    };
    points.iter().fold(init, |r, p| Rect {
        x0: r.x0.min(p.0),
        y0: r.y0.min(p.1),
        x1: r.x1.max(p.0),
        y1: r.y1.max(p.1),
    })
}

/// Whether a candidate keeps off everything drawn and placed, and inside the area; its leader
/// (if any) must cross no word already placed and no mark.
fn free(
    scene: &Scene,
    bounds: &[Rect],
    placed: &[Placed],
    leaders: &[Segment],
    c: &Candidate,
    pad: f64,
    s: f64,
) -> bool {
    let b = c.text_box.grow(pad);
    if !b.inside(&scene.area) {
        return false;
    }
    let clear = 1.0 * s;
    if scene.marks.iter().any(|m| m.grow(clear).overlaps(&b)) {
        return false;
    }
    if placed.iter().any(|p| p.backdrop.grow(clear).overlaps(&b)) {
        return false;
    }
    let hits = |path: &[(f64, f64)], half: f64| {
        let g = b.grow(half + clear);
        path.windows(2).any(|w| g.crossed_by(w[0], w[1]))
    };
    let on_path =
        scene.paths.iter().zip(bounds).any(|(p, r)| {
            r.grow(p.half_width + clear).overlaps(&b) && hits(&p.points, p.half_width)
        });
    if on_path || leaders.iter().any(|l| hits(&[l.0, l.1], 0.5 * s)) {
        return false;
    }
    if let Some(from) = c.leader_from {
        let to = b.edge_towards(from, 1.0 * s);
        let crosses = |r: &Rect| r.grow(0.5 * s + clear).crossed_by(from, to);
        if placed.iter().any(|p| crosses(&p.backdrop)) || scene.marks.iter().any(crosses) {
            return false;
        }
    }
    true
}

/// The places tried for a word of `w` × `h` at an anchor, each with its cost: the distance
/// from where it belongs, and more for a place that needs a leader.
fn candidates(anchor: &Anchor, w: f64, h: f64, s: f64) -> Vec<Candidate> {
    // Clear of the markers on a line (the largest is 4 px from its centre) with room to spare.
    let gap = 8.0 * s;
    let mut out = Vec::new();
    let mut put = |x: f64, y: f64, from: (f64, f64), extra: f64| {
        let r = Rect::at(x, y, w, h);
        out.push(Candidate {
            text_box: r,
            leader_from: None,
            cost: r.distance(from) + extra,
        });
    };
    match anchor {
        Anchor::End(points) => {
            let Some(&end) = points.last() else {
                return Vec::new();
            };
            // Beside the end: right, then above and below it on either side.
            put(end.0 + gap * 1.5, end.1 - h / 2.0, end, 0.0);
            put(end.0 - w, end.1 - h - gap, end, 0.0);
            put(end.0 - w, end.1 + gap, end, 0.0);
            put(end.0 + gap, end.1 - h - gap, end, 0.0);
            put(end.0 + gap, end.1 + gap, end, 0.0);
            put(end.0 - w - gap * 1.5, end.1 - h / 2.0, end, 0.0);
            // Along the line, back from its end: above it and below it.
            for (p, back) in walk_back(points, 6.0 * s) {
                for dx in [-w, -w / 2.0, 0.0] {
                    let (top, bottom) = span_y(points, p.0 + dx, p.0 + dx + w);
                    let near = (p.0 + dx + w / 2.0, p.1);
                    put(p.0 + dx, top - h - gap, near, back * 0.5);
                    put(p.0 + dx, bottom + gap, near, back * 0.5);
                }
            }
            out.extend(leadered(end, w, h, s));
        }
        Anchor::Level { x, y } => {
            let at = (*x, *y);
            for k in 0..40 {
                let f = f64::from(k);
                for left in [
                    x + gap * 2.0 + f * 12.0 * s,
                    x - w - gap * 2.0 - f * 12.0 * s,
                ] {
                    put(left, y - h - gap, at, 0.0);
                    put(left, y + gap, at, 2.0 * s);
                }
            }
        }
        Anchor::Bar { x, top, bottom } => {
            let mid = (top + bottom) / 2.0;
            let at = (*x, mid);
            let cap = 6.0 * s;
            for k in 0..12 {
                let dy = f64::from(k) * h * 0.5;
                for y in [mid - h / 2.0 - dy, mid - h / 2.0 + dy] {
                    put(x - cap - gap - w, y, at, 0.0);
                    put(x + cap + gap, y, at, 0.0);
                }
            }
            put(x - w / 2.0, top - h - gap, at, 0.0);
            put(x - w / 2.0, bottom + gap, at, 0.0);
            out.extend(leadered(at, w, h, s));
        }
        Anchor::Point(p) => {
            let r = 8.0 * s;
            for (dx, dy) in [
                (r, -h / 2.0),
                (-r - w, -h / 2.0),
                (-w / 2.0, -r - h),
                (-w / 2.0, r),
                (r, -r - h),
                (r, r),
                (-r - w, -r - h),
                (-r - w, r),
            ] {
                put(p.0 + dx, p.1 + dy, *p, 0.0);
            }
            out.extend(leadered(*p, w, h, s));
        }
        Anchor::Area { upper, lower } => {
            for (edge, above) in [(upper, true), (lower, false)] {
                for (p, back) in walk_back(edge, 6.0 * s) {
                    for dx in [-w, -w / 2.0] {
                        let (top, bottom) = span_y(edge, p.0 + dx, p.0 + dx + w);
                        let near = (p.0 + dx + w / 2.0, p.1);
                        if above {
                            put(p.0 + dx, top - h - gap, near, back * 0.5);
                        } else {
                            put(p.0 + dx, bottom + gap, near, back * 0.5);
                        }
                    }
                }
            }
        }
    }
    out
}

/// Places further out, joined to `at` by a leader: rings of offsets around it.
fn leadered(at: (f64, f64), w: f64, h: f64, s: f64) -> Vec<Candidate> {
    let mut out = Vec::new();
    for ring in 1..=6 {
        let r = f64::from(ring) * (h + 6.0 * s);
        for k in 0..16 {
            let a = f64::from(k) * std::f64::consts::PI / 8.0;
            let (cx, cy) = (at.0 + r * a.cos() * 1.6, at.1 + r * a.sin());
            let text_box = Rect::at(cx - w / 2.0, cy - h / 2.0, w, h);
            let d = text_box.distance(at);
            out.push(Candidate {
                text_box,
                leader_from: Some(at),
                cost: 40.0 * s + d * 1.5,
            });
        }
    }
    out
}

/// Points along a path back from its end, every `step` pixels (or further apart on a long path,
/// at most 48 of them), with their distance from it.
fn walk_back(points: &[(f64, f64)], step: f64) -> Vec<((f64, f64), f64)> {
    let length: f64 = points
        .windows(2)
        .map(|w| (w[1].0 - w[0].0).hypot(w[1].1 - w[0].1))
        .sum();
    let step = step.max(length / 48.0);
    let mut out = Vec::new();
    let mut run = 0.0;
    let mut next = step;
    for w in points.windows(2).rev() {
        let (a, b) = (w[1], w[0]);
        let len = (b.0 - a.0).hypot(b.1 - a.1);
        while len > 0.0 && next <= run + len {
            let t = (next - run) / len;
            out.push(((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t), next));
            next += step;
        }
        run += len;
    }
    out
}

/// The highest and lowest y a path reaches between x0 and x1 (screen y grows down), or the
/// path's nearest point's where it does not reach that span.
fn span_y(points: &[(f64, f64)], x0: f64, x1: f64) -> (f64, f64) {
    let mut top = f64::INFINITY;
    let mut bottom = f64::NEG_INFINITY;
    let mut take = |y: f64| {
        top = top.min(y);
        bottom = bottom.max(y);
    };
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        let (lo, hi) = (a.0.min(b.0), a.0.max(b.0));
        if hi < x0 || lo > x1 {
            continue;
        }
        let at = |x: f64| {
            if (b.0 - a.0).abs() < 1e-9 {
                a.1
            } else {
                a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0)
            }
        };
        take(at(lo.max(x0)));
        take(at(hi.min(x1)));
    }
    if top.is_finite() {
        (top, bottom)
    } else {
        let near = points
            .iter()
            .min_by(|p, q| {
                let d = |p: &&(f64, f64)| (p.0 - (x0 + x1) / 2.0).abs();
                d(p).total_cmp(&d(q))
            })
            .map_or(0.0, |p| p.1);
        (near, near)
    }
}
