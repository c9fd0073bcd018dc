//! The chart's words: what is drawn where (the scene `labels::place` keeps them off), and the
//! words drawn on their backdrops.

use super::*;

/// What a chart draws, in backend pixels, and the words it wants: the scene the labels are
/// placed in. `to_px` maps chart units (years, display units) to backend pixels.
pub(super) fn label_scene(
    f: &Frame,
    l: &Lines,
    g: &Geometry,
    area: Rect,
    to_px: &dyn Fn((f64, f64)) -> (f64, f64),
) -> Scene {
    use jinan_model::text::{line_names, LineName};
    let s = g.s.0;
    let px_of =
        |pts: &[(i32, f64)]| -> Vec<(f64, f64)> { g.xy(pts).into_iter().map(to_px).collect() };
    let mut paths = Vec::new();
    let mut marks = Vec::new();
    let mut path = |points: Vec<(f64, f64)>, width: f64| {
        paths.push(Drawn {
            points,
            half_width: width * s / 2.0,
        });
    };
    let hist = px_of(&f.history);
    let outcomes = px_of(&f.outcomes);
    let required = f.required.as_deref().map(px_of);
    let base = l.projection.as_deref().map(px_of);
    let pace = l.pace.as_deref().map(px_of);
    let b = l.projection_b.as_deref().map(px_of);
    let (tx, ty) = to_px((f.target.0 as f64, f.target.1 * g.factor));
    path(hist.clone(), 2.5);
    path(outcomes.clone(), 2.0);
    if f.show_target {
        path(vec![(area.x0, ty), (area.x1, ty)], 1.0);
    }
    for (p, w) in [(&required, 2.0), (&base, 2.0), (&pace, 2.5), (&b, 2.0)] {
        if let Some(p) = p {
            path(p.clone(), w);
        }
    }
    marks.extend(hist.iter().map(|&p| Rect::around(p, 3.5 * s)));
    marks.extend(outcomes.iter().skip(1).map(|&p| Rect::around(p, 4.0 * s)));
    marks.extend(
        pace.iter()
            .flatten()
            .skip(1)
            .map(|&p| Rect::around(p, 2.5 * s)),
    );
    marks.extend(
        b.iter()
            .flatten()
            .skip(1)
            .map(|&p| Rect::around(p, 4.0 * s)),
    );
    if f.show_target {
        marks.push(Rect::around((tx, ty), 6.0 * s + 1.5 * s));
    }
    let bar = estimate_bar(f, g).map(|(ex, from, to, _)| {
        let (x, y0) = to_px((ex, from));
        let (_, y1) = to_px((ex, to));
        let a = 5.0 * s + 1.5 * s;
        marks.push(Rect::new(
            x - a,
            y0.min(y1) - 2.0 * s,
            x + a,
            y0.max(y1) + 2.0 * s,
        ));
        (x, y0.min(y1), y0.max(y1))
    });
    let guess = l.guess.as_ref().filter(|l| l.shown()).map(|line| {
        let points = px_of(&line.points());
        if points.len() > 1 {
            path(points.clone(), 2.5);
        }
        marks.extend(
            px_of(&line.drawn)
                .into_iter()
                .map(|q| Rect::around(q, 5.0 * s)),
        );
        points
    });
    // The words, in order of importance: what is dropped first at a small size is last.
    let from = f.history.last().map_or(f.years.0, |p| p.0);
    let latest = l.pace.as_ref().and_then(|p| p.first()).map(|p| p.0);
    let size = 11.0 * s;
    let names = |n: LineName| line_names(f.lang, n, from, latest);
    let mut wanted = Vec::new();
    if f.show_target {
        wanted.push(Wanted {
            key: Key::Target,
            texts: vec![f.target_label.clone()],
            size,
            anchor: Anchor::Level { x: tx, y: ty },
        });
    }
    if let (Some((x, top, bottom)), false) = (bar, f.estimate_label.is_empty()) {
        wanted.push(Wanted {
            key: Key::Estimate,
            texts: vec![f.estimate_label.clone()],
            size,
            anchor: Anchor::Bar { x, top, bottom },
        });
    }
    if let (Some((ty3, v3)), false) = (f.third_party, f.third_party_label.is_empty()) {
        wanted.push(Wanted {
            key: Key::ThirdParty,
            texts: vec![f.third_party_label.clone()],
            size,
            anchor: Anchor::Point(to_px((ty3 as f64, v3 * g.factor))),
        });
    }
    let line = |key: Key, name: LineName, points: Option<Vec<(f64, f64)>>| {
        points.filter(|p| p.len() >= 2).map(|points| Wanted {
            key,
            texts: names(name),
            size,
            anchor: Anchor::End(points),
        })
    };
    let guess = guess.map(|points| Wanted {
        key: Key::Guess,
        texts: names(LineName::Guess),
        size,
        anchor: Anchor::End(points),
    });
    let band = l.band.as_ref().map(|[p5, _, _, p95]| Wanted {
        key: Key::Band,
        texts: names(LineName::Band),
        size,
        anchor: Anchor::Area {
            upper: px_of(p95),
            lower: px_of(p5),
        },
    });
    wanted.extend(
        [
            line(Key::History, LineName::History, Some(hist)),
            line(Key::Pace, LineName::Pace, pace),
            line(Key::PathBase, LineName::PathBase, base),
            guess,
            line(Key::Required, LineName::Required, required),
            line(Key::ProjectionB, LineName::ProjectionB, b),
            line(Key::Outcome, LineName::Outcome, Some(outcomes)),
            band,
        ]
        .into_iter()
        .flatten(),
    );
    Scene {
        area,
        paths,
        marks,
        wanted,
        scale: s,
    }
}

/// The chart's words for a frame and its lines at a size: the scene and where each word goes,
/// as `draw_lines` places them. For tests and anything else that needs the boxes.
pub fn chart_labels(
    f: &Frame,
    l: &Lines,
    size: (u32, u32),
    scale: f64,
) -> Result<(Scene, Vec<Placed>), String> {
    let mut buf = String::new();
    let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
    let g = Geometry::of(f, scale);
    let chart = g.chart(&root)?;
    let scene = scene_of(&chart, f, l, &g);
    let placed = place(&scene);
    Ok((scene, placed))
}

pub(super) fn scene_of<DB: DrawingBackend>(
    chart: &Chart<'_, DB>,
    f: &Frame,
    l: &Lines,
    g: &Geometry,
) -> Scene {
    let (xs, ys) = chart.plotting_area().get_pixel_range();
    let area = Rect::new(
        f64::from(xs.start),
        f64::from(ys.start),
        f64::from(xs.end),
        f64::from(ys.end),
    );
    let to_px = |p: (f64, f64)| {
        let (x, y) = chart.backend_coord(&p);
        (f64::from(x), f64::from(y))
    };
    label_scene(f, l, g, area, &to_px)
}

/// The words, each on a backdrop of the chart's background (so that it keeps its contrast over
/// the band and the grid), in its line's colour, with its leader where it has one.
pub(crate) fn draw_labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    placed: &[Placed],
    pal: &Palette,
    scale: f64,
) -> Result<(), String> {
    let base = root.get_base_pixel();
    let local = |p: (f64, f64)| ((p.0.round() as i32) - base.0, (p.1.round() as i32) - base.1);
    for p in placed {
        let color = p.key.color(pal);
        if let Some((a, b)) = p.leader {
            root.draw(&PathElement::new(
                vec![local(a), local(b)],
                ShapeStyle::from(&color).stroke_width(Scale(scale).px(1.0)),
            ))
            .map_err(err)?;
        }
        let (x0, y0) = local((p.backdrop.x0, p.backdrop.y0));
        let (x1, y1) = local((p.backdrop.x1, p.backdrop.y1));
        root.draw(&Rectangle::new([(x0, y0), (x1, y1)], pal.bg.filled()))
            .map_err(err)?;
        let style = ("sans-serif", p.size)
            .into_font()
            .color(&color)
            .pos(Pos::new(HPos::Left, VPos::Top));
        root.draw(&Text::new(
            p.text.clone(),
            local((p.text_box.x0, p.text_box.y0)),
            style,
        ))
        .map_err(err)?;
    }
    Ok(())
}
