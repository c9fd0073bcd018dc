//! Drawing a pathway chart on any plotters backend: the frame (axes, record, target, the path
//! needed, marks), then the lines of the setting.

use super::*;

/// Draws a whole pathway chart, frame then lines: the exports' way.
pub fn draw_pathway<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &PathwaySpec,
    pal: &Palette,
    scale: f64,
) -> Result<Vec<Placed>, String> {
    draw_frame(root, &spec.frame, pal, scale)?;
    draw_lines(root, &spec.frame, &spec.lines, pal, scale)
}

/// The frame: background, axes, grid, the record, the target and the path it needed.
pub fn draw_frame<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    f: &Frame,
    pal: &Palette,
    scale: f64,
) -> Result<(), String> {
    let g = Geometry::of(f, scale);
    root.fill(&pal.bg).map_err(err)?;
    let mut chart = g.chart(root)?;
    draw_axes(&mut chart, root, f, &g, pal)?;
    draw_target_line(&mut chart, f, &g, pal)?;
    draw_record(&mut chart, f, &g, pal)?;
    draw_marks(&mut chart, f, &g, pal)
}

/// The frame with the words of what it draws (the target, the record's range, the record and
/// the path needed), placed as the lines' layer places them: the first screen's picture before
/// the wasm arrives, when no line of a setting is drawn yet.
pub fn draw_frame_labelled<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    f: &Frame,
    pal: &Palette,
    scale: f64,
) -> Result<(), String> {
    draw_frame(root, f, pal, scale)?;
    let g = Geometry::of(f, scale);
    let chart = g.chart(root)?;
    let placed = place(&scene_of(&chart, f, &Lines::default(), &g));
    draw_labels(root, &placed, pal, scale)
}

/// The lines on a transparent layer over the frame: the band, the projections, a guess, and the
/// chart's words; returns where the words went.
pub fn draw_lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    f: &Frame,
    l: &Lines,
    pal: &Palette,
    scale: f64,
) -> Result<Vec<Placed>, String> {
    let g = Geometry::of(f, scale);
    let mut chart = g.chart(root)?;
    draw_band(&mut chart, l, &g, pal)?;
    draw_projections(&mut chart, l, &g, pal)?;
    // The reader's line, a diamond at each year drawn (not at the record it starts from).
    if let Some(line) = l.guess.as_ref().filter(|l| l.shown()) {
        let k = g.s.px(5.0) as i32;
        chart
            .draw_series(LineSeries::new(
                g.xy(&line.points()),
                g.line(&pal.guess, 2.5),
            ))
            .map_err(err)?;
        chart
            .draw_series(g.xy(&line.drawn).into_iter().map(|p| {
                EmptyElement::at(p)
                    + Polygon::new(vec![(0, -k), (k, 0), (0, k), (-k, 0)], pal.guess.filled())
            }))
            .map_err(err)?;
    }
    // The words go last, over everything drawn on either layer, each kept off all of it.
    let placed = place(&scene_of(&chart, f, l, &g));
    draw_labels(root, &placed, pal, scale)?;
    Ok(placed)
}

pub(super) fn draw_axes<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    root: &DrawingArea<DB, Shift>,
    f: &Frame,
    g: &Geometry,
    pal: &Palette,
) -> Result<(), String> {
    let (w, _) = root.dim_in_pixel();
    let span = f.years.1 - f.years.0;
    // Fewer year labels on a narrow chart.
    let every = if f64::from(w) / g.s.0 < 420.0 {
        (span / 4).max(1)
    } else {
        (span / 8).max(1)
    };
    let label_style = g.s.font(12.0).color(&pal.axis);
    let y_step = nice_step((g.y.1 - g.y.0) / 5.0);
    let y_decimals = if y_step >= 1.0 {
        0
    } else if y_step >= 0.1 {
        1
    } else {
        2
    };
    chart
        .configure_mesh()
        .x_labels((span as usize / every as usize + 1).max(2))
        // Years only: a tick between two years gets no label.
        .x_label_formatter(&|x| {
            let y = x.round() as i32;
            if (x - y as f64).abs() < 1e-6 {
                y.to_string()
            } else {
                String::new()
            }
        })
        .y_labels(6)
        .y_label_formatter(&|v| format!("{:.*}", y_decimals, v))
        .x_label_style(label_style.clone())
        .y_label_style(label_style)
        .axis_style(g.line(&pal.axis, 1.0))
        .light_line_style(TRANSPARENT)
        .bold_line_style(g.line(&pal.grid, 1.0))
        .draw()
        .map_err(err)?;
    corner_label(root, g.unit_name, pal, g.s, false)
}

/// The range of likely outcomes: the 90% band, and the 50% band inside it.
pub(super) fn draw_band<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    l: &Lines,
    g: &Geometry,
    pal: &Palette,
) -> Result<(), String> {
    let Some([p5, p25, p75, p95]) = &l.band else {
        return Ok(());
    };
    for (lower, upper, color) in [(p5, p95, pal.band_outer), (p25, p75, pal.band_inner)] {
        let mut poly = g.xy(upper);
        poly.extend(g.xy(lower).into_iter().rev());
        chart
            .draw_series(std::iter::once(Polygon::new(poly, color.filled())))
            .map_err(err)?;
    }
    Ok(())
}

/// The target: a faint line across the whole chart.
pub(super) fn draw_target_line<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    f: &Frame,
    g: &Geometry,
    pal: &Palette,
) -> Result<(), String> {
    if !f.show_target {
        return Ok(());
    }
    let tv = f.target.1 * g.factor;
    chart
        .draw_series(DashedLineSeries::new(
            vec![(g.x.0, tv), (g.x.1, tv)],
            g.s.px(2.0),
            g.s.px(4.0),
            g.line(&pal.target, 1.0),
        ))
        .map_err(err)?;
    Ok(())
}

/// The record: the path the target needed, the history up to the base year, and what was
/// recorded after it. Each differs in style as well as colour.
pub(super) fn draw_record<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    f: &Frame,
    g: &Geometry,
    pal: &Palette,
) -> Result<(), String> {
    let px = |v| g.s.px(v);
    if let Some(req) = &f.required {
        chart
            .draw_series(DashedLineSeries::new(
                g.xy(req),
                px(2.0),
                px(3.0),
                g.line(&pal.required, 2.0),
            ))
            .map_err(err)?;
    }
    let hist = g.xy(&f.history);
    chart
        .draw_series(LineSeries::new(hist.clone(), g.line(&pal.history, 2.5)))
        .map_err(err)?;
    // A third-party figure is a hollow mark: the line's colour round the background's.
    let hollow = |year: i32| f.unconfirmed.contains(&year);
    chart
        .draw_series(f.history.iter().zip(&hist).map(|(&(y, _), &p)| {
            let fill = if hollow(y) { pal.bg } else { pal.history };
            EmptyElement::at(p)
                + Circle::new((0, 0), px(3.5), pal.history.filled())
                + Circle::new((0, 0), px(if hollow(y) { 2.0 } else { 0.0 }), fill.filled())
        }))
        .map_err(err)?;
    if !f.outcomes.is_empty() {
        let pts = g.xy(&f.outcomes);
        chart
            .draw_series(LineSeries::new(pts.clone(), g.line(&pal.outcome, 2.0)))
            .map_err(err)?;
        let half = px(4.0) as i32;
        let inner = (half - px(1.5) as i32).max(1);
        chart
            .draw_series(f.outcomes.iter().zip(&pts).skip(1).map(|(&(y, _), &p)| {
                let fill = if hollow(y) { pal.bg } else { pal.outcome };
                EmptyElement::at(p)
                    + Rectangle::new([(-half, -half), (half, half)], pal.outcome.filled())
                    + Rectangle::new([(-inner, -inner), (inner, inner)], fill.filled())
            }))
            .map_err(err)?;
    }
    Ok(())
}

/// The setting's paths: scenario B's, the path from the base year, and the path from the latest
/// record, which is the outlook and is drawn last, on top.
pub(super) fn draw_projections<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    l: &Lines,
    g: &Geometry,
    pal: &Palette,
) -> Result<(), String> {
    let px = |v| g.s.px(v);
    if let Some(b) = &l.projection_b {
        let pts = g.xy(b);
        chart
            .draw_series(DashedLineSeries::new(
                pts.clone(),
                px(3.0),
                px(3.0),
                g.line(&pal.projection_b, 2.0),
            ))
            .map_err(err)?;
        chart
            .draw_series(
                pts.iter()
                    .skip(1)
                    .map(|&p| Cross::new(p, px(4.0), g.line(&pal.projection_b, 1.5))),
            )
            .map_err(err)?;
    }
    if let Some(p) = &l.projection {
        chart
            .draw_series(DashedLineSeries::new(
                g.xy(p),
                px(2.0),
                px(5.0),
                g.line(&pal.path_base, 2.0),
            ))
            .map_err(err)?;
    }
    if let Some(p) = &l.pace {
        let pts = g.xy(p);
        chart
            .draw_series(DashedLineSeries::new(
                pts.clone(),
                px(8.0),
                px(5.0),
                g.line(&pal.projection, 2.5),
            ))
            .map_err(err)?;
        chart
            .draw_series(
                pts.iter()
                    .skip(1)
                    .map(|&p| Circle::new(p, px(2.5), pal.projection.filled())),
            )
            .map_err(err)?;
    }
    Ok(())
}

/// The marks: the target year's recorded range (a bar between its bounds, or an arrow from a
/// single bound) and the target's cross. Their words are placed with the lines' (`labels`).
pub(super) fn draw_marks<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    f: &Frame,
    g: &Geometry,
    pal: &Palette,
) -> Result<(), String> {
    let px = |v| g.s.px(v);
    let (ty, tv) = (f.target.0 as f64, f.target.1 * g.factor);
    let m = px(6.0) as i32;
    if let Some((ex, from, to, ends)) = estimate_bar(f, g) {
        let style = g.line(&pal.outcome, 3.0);
        let a = px(5.0) as i32;
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![(ex, from), (ex, to)],
                style,
            )))
            .map_err(err)?;
        // A cap where the range has a bound; an arrowhead at its open end.
        let up = to > from;
        for (bound, at) in [(ends.0, from), (ends.1, to)] {
            let mark = if bound {
                vec![(-a, 0), (a, 0)]
            } else {
                let tip = if up { -a } else { a };
                vec![(-a, -tip / 2), (0, tip), (a, -tip / 2)]
            };
            chart
                .draw_series(std::iter::once(
                    EmptyElement::at((ex, at)) + PathElement::new(mark, style),
                ))
                .map_err(err)?;
        }
    }
    if f.show_target {
        let cross = g.line(&pal.target, 2.5);
        chart
            .draw_series(std::iter::once(
                EmptyElement::at((ty, tv))
                    + PathElement::new(vec![(-m, -m), (m, m)], cross)
                    + PathElement::new(vec![(-m, m), (m, -m)], cross),
            ))
            .map_err(err)?;
    }
    Ok(())
}

/// The record's range bar in chart units: its x, where it starts and ends, and whether each
/// end is a bound (capped) or open (an arrow away from the one bound).
pub(super) fn estimate_bar(f: &Frame, g: &Geometry) -> Option<(f64, f64, f64, (bool, bool))> {
    let (ey, lo, hi) = f.estimate?;
    let span = (g.y.1 - g.y.0) * 0.12;
    let (from, to) = match (lo, hi) {
        (Some(lo), Some(hi)) => (lo * g.factor, hi * g.factor),
        (Some(lo), None) => (lo * g.factor, lo * g.factor + span),
        (None, Some(hi)) => (hi * g.factor, hi * g.factor - span),
        (None, None) => return None,
    };
    Some((ey as f64, from, to, (lo.is_some(), hi.is_some())))
}
