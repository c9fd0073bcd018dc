//! The pathway chart: recorded history, the projection, the required path, the target, the
//! recorded outcomes after the base year and the band. One drawing function for every backend,
//! so the canvas on the page, the PNG and the SVG downloads are the same picture.

use super::palette::Palette;
use super::{corner_label, err, frame, Scale};
use jinan_model::band::Band;
use jinan_model::dataset::Dataset;
use jinan_model::engine::Path;
use jinan_model::format::{axis_unit, trim, Unit};
use jinan_model::results::Outlook;
use jinan_model::scenario::Lang;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Everything a pathway chart shows, in the dataset's unit.
#[derive(Debug, Clone, PartialEq)]
pub struct PathwaySpec {
    pub lang: Lang,
    pub unit: Unit,
    /// First and last year on the x axis.
    pub years: (i32, i32),
    /// Recorded values up to the base year.
    pub history: Vec<(i32, f64)>,
    /// Recorded values after the base year: what actually happened.
    pub outcomes: Vec<(i32, f64)>,
    /// An estimate known only as a lower bound ("above 1.4万亿"), with its year.
    pub estimate_above: Option<(i32, f64)>,
    pub projection: Option<Vec<(i32, f64)>>,
    /// The second scenario of a comparison.
    pub projection_b: Option<Vec<(i32, f64)>>,
    pub required: Option<Vec<(i32, f64)>>,
    pub target: (i32, f64),
    /// p5, p25, p75, p95 paths.
    pub band: Option<[Vec<(i32, f64)>; 4]>,
    /// A student's guess in predict mode.
    pub guess: Option<(i32, f64)>,
    /// Short labels drawn in the chart.
    pub target_label: String,
    pub estimate_label: String,
}

fn points(p: &Path) -> Vec<(i32, f64)> {
    p.points().collect()
}

fn band_points(b: &Band) -> [Vec<(i32, f64)>; 4] {
    [
        points(&b.paths[0]),
        points(&b.paths[1]),
        points(&b.paths[3]),
        points(&b.paths[4]),
    ]
}

/// What to draw for an outlook. `reveal` false hides the answers (predict mode): the
/// projection, the required path and the recorded outcomes.
pub fn pathway_spec(
    data: &Dataset,
    outlook: &Outlook,
    outlook_b: Option<&Outlook>,
    lang: Lang,
    last_year: i32,
    reveal: bool,
    guess: Option<f64>,
) -> PathwaySpec {
    let indicator = outlook.indicator;
    let series = Some(indicator.series(data));
    let base_year = outlook.base.as_ref().map_or(2022, |b| b.year);
    let recorded: Vec<(i32, f64)> = series.map(|s| s.recorded().collect()).unwrap_or_default();
    let history = recorded
        .iter()
        .copied()
        .filter(|(y, _)| *y <= base_year)
        .collect();
    let outcomes = if reveal {
        let mut o: Vec<(i32, f64)> = recorded
            .iter()
            .copied()
            .filter(|(y, _)| *y >= base_year)
            .collect();
        if o.len() < 2 {
            o.clear();
        }
        o
    } else {
        Vec::new()
    };
    let estimate_above = if reveal {
        series.and_then(|s| {
            s.points
                .iter()
                .find(|p| p.value.is_none() && p.lower.is_some())
                .and_then(|p| Some((p.year, p.lower.as_ref()?.value)))
        })
    } else {
        None
    };
    let first_year = recorded.first().map_or(base_year, |r| r.0).min(base_year);
    let unit = indicator.unit();
    let (target_label, estimate_label) =
        labels(lang, unit, outlook.target, estimate_above.map(|e| e.1));
    PathwaySpec {
        lang,
        unit,
        years: (first_year, last_year.max(outlook.target_year)),
        history,
        outcomes,
        estimate_above,
        projection: if reveal {
            outlook.path.as_ref().map(points)
        } else {
            None
        },
        projection_b: if reveal {
            outlook_b.and_then(|o| o.path.as_ref()).map(points)
        } else {
            None
        },
        required: if reveal {
            outlook.required_path.as_ref().map(points)
        } else {
            None
        },
        target: (outlook.target_year, outlook.target),
        band: if reveal {
            outlook.band.as_ref().map(band_points)
        } else {
            None
        },
        guess: guess.map(|g| (outlook.target_year, g)),
        target_label,
        estimate_label,
    }
}

fn labels(lang: Lang, unit: Unit, target: f64, estimate: Option<f64>) -> (String, String) {
    let (name, factor) = axis_unit(lang, unit);
    let t = trim(target * factor, 2);
    let e = estimate.map(|e| trim(e * factor, 2)).unwrap_or_default();
    match lang {
        Lang::Zh => (format!("目标 {t}{name}"), format!("预计超过{e}{name}")),
        Lang::En => (format!("target {t} {name}"), format!("estimate: above {e}")),
    }
}

impl PathwaySpec {
    /// Every value drawn, for the y range.
    fn values(&self) -> impl Iterator<Item = f64> + '_ {
        let lines = [&self.projection, &self.projection_b, &self.required];
        self.history
            .iter()
            .chain(&self.outcomes)
            .map(|p| p.1)
            .chain(lines.into_iter().flatten().flatten().map(|p| p.1))
            .chain(self.band.iter().flatten().flatten().map(|p| p.1))
            .chain(self.estimate_above.map(|e| e.1))
            .chain(self.guess.map(|g| g.1))
            .chain(std::iter::once(self.target.1))
            .filter(|v| v.is_finite())
    }

    /// The y range in the dataset's unit, padded.
    pub fn y_range(&self) -> (f64, f64) {
        let (lo, hi) = self
            .values()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
        if !lo.is_finite() || !hi.is_finite() {
            return (0.0, 1.0);
        }
        let pad = ((hi - lo) * 0.08).max(hi.abs() * 0.02).max(1e-9);
        let lo = if lo >= 0.0 {
            (lo - pad).max(0.0)
        } else {
            lo - pad
        };
        (lo, hi + pad)
    }
}

/// The chart's coordinates: plotters' Cartesian chart in years and display units.
type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// What every part of the drawing shares: the axes' ranges in display units (the dataset's
/// unit times `factor`) and the sizes at this scale.
struct Geometry {
    unit_name: &'static str,
    factor: f64,
    x: (f64, f64),
    y: (f64, f64),
    s: Scale,
}

impl Geometry {
    fn of(spec: &PathwaySpec, scale: f64) -> Geometry {
        let (unit_name, factor) = axis_unit(spec.lang, spec.unit);
        let (lo, hi) = spec.y_range();
        Geometry {
            unit_name,
            factor,
            x: (spec.years.0 as f64 - 0.4, spec.years.1 as f64 + 0.4),
            y: (lo * factor, hi * factor),
            s: Scale(scale),
        }
    }
    fn xy(&self, pts: &[(i32, f64)]) -> Vec<(f64, f64)> {
        pts.iter()
            .map(|(y, v)| (*y as f64, v * self.factor))
            .collect()
    }
    fn line(&self, color: &RGBAColor, width: f64) -> ShapeStyle {
        ShapeStyle::from(color).stroke_width(self.s.px(width))
    }
}

/// Draws a pathway chart. `scale` multiplies every size (device pixels per CSS pixel).
pub fn draw_pathway<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &PathwaySpec,
    pal: &Palette,
    scale: f64,
) -> Result<(), String> {
    let g = Geometry::of(spec, scale);
    let mut chart = frame(root, pal, g.s, 26.0, 46.0)?
        .build_cartesian_2d(g.x.0..g.x.1, g.y.0..g.y.1)
        .map_err(err)?;
    draw_axes(&mut chart, root, spec, &g, pal)?;
    draw_band(&mut chart, spec, &g, pal)?;
    draw_target_line(&mut chart, spec, &g, pal)?;
    draw_lines(&mut chart, spec, &g, pal)?;
    draw_marks(&mut chart, root, spec, &g, pal)
}

fn draw_axes<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    root: &DrawingArea<DB, Shift>,
    spec: &PathwaySpec,
    g: &Geometry,
    pal: &Palette,
) -> Result<(), String> {
    let (w, _) = root.dim_in_pixel();
    let span = spec.years.1 - spec.years.0;
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
        .x_label_formatter(&|x| {
            let y = x.round() as i32;
            if (x - y as f64).abs() < 1e-6 && (y - spec.years.0) % every == 0 {
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
fn draw_band<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    spec: &PathwaySpec,
    g: &Geometry,
    pal: &Palette,
) -> Result<(), String> {
    let Some([p5, p25, p75, p95]) = &spec.band else {
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
fn draw_target_line<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    spec: &PathwaySpec,
    g: &Geometry,
    pal: &Palette,
) -> Result<(), String> {
    let tv = spec.target.1 * g.factor;
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

/// The lines: the path the target needs, the recorded history, scenario B's and A's
/// projections, and what was recorded after the base year. Each differs in style as well as
/// colour.
fn draw_lines<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    spec: &PathwaySpec,
    g: &Geometry,
    pal: &Palette,
) -> Result<(), String> {
    let px = |v| g.s.px(v);
    if let Some(req) = &spec.required {
        chart
            .draw_series(DashedLineSeries::new(
                g.xy(req),
                px(2.0),
                px(3.0),
                g.line(&pal.required, 2.0),
            ))
            .map_err(err)?;
    }
    let hist = g.xy(&spec.history);
    chart
        .draw_series(LineSeries::new(hist.clone(), g.line(&pal.history, 2.5)))
        .map_err(err)?;
    chart
        .draw_series(
            hist.iter()
                .map(|&p| Circle::new(p, px(3.5), pal.history.filled())),
        )
        .map_err(err)?;
    if let Some(b) = &spec.projection_b {
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
    if let Some(p) = &spec.projection {
        chart
            .draw_series(DashedLineSeries::new(
                g.xy(p),
                px(8.0),
                px(5.0),
                g.line(&pal.projection, 2.5),
            ))
            .map_err(err)?;
    }
    if !spec.outcomes.is_empty() {
        let pts = g.xy(&spec.outcomes);
        chart
            .draw_series(LineSeries::new(pts.clone(), g.line(&pal.outcome, 1.5)))
            .map_err(err)?;
        let half = px(4.0) as i32;
        chart
            .draw_series(pts.iter().skip(1).map(|&p| {
                EmptyElement::at(p)
                    + Rectangle::new([(-half, -half), (half, half)], pal.outcome.filled())
            }))
            .map_err(err)?;
    }
    Ok(())
}

/// The marks with words: the 2025 estimate (a bound, drawn as an arrow) and the target's cross,
/// each with its label placed so the two never overprint; and a student's guess.
fn draw_marks<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    root: &DrawingArea<DB, Shift>,
    spec: &PathwaySpec,
    g: &Geometry,
    pal: &Palette,
) -> Result<(), String> {
    let (px, font) = (|v| g.s.px(v), |size| g.s.font(size));
    let (x0, x1) = g.x;
    let (ty, tv) = (spec.target.0 as f64, spec.target.1 * g.factor);
    let right_room = x1 - ty > (x1 - x0) * 0.3;
    let m = px(6.0) as i32;
    let places = label_places(
        spec.estimate_above
            .map(|(ey, ev)| chart.backend_coord(&(ey as f64, ev * g.factor)).1),
        chart.backend_coord(&(ty, tv)).1,
        !right_room,
        LabelMetrics {
            height: px(11.0) as i32,
            nudge: px(3.0) as i32,
            mark: m,
        },
    );

    if let Some((ey, ev)) = spec.estimate_above {
        // A bound, not a point: a bar rising from the bound with an arrowhead, and its words.
        let (ex, ev) = (ey as f64, ev * g.factor);
        let style = g.line(&pal.outcome, 2.0);
        let top = ev + (g.y.1 - g.y.0) * 0.12;
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![(ex, ev), (ex, top)],
                style,
            )))
            .map_err(err)?;
        let a = px(5.0) as i32;
        chart
            .draw_series(std::iter::once(
                EmptyElement::at((ex, top))
                    + Polygon::new(vec![(0, -a), (-a, a / 2), (a, a / 2)], pal.outcome.filled()),
            ))
            .map_err(err)?;
        chart
            .draw_series(std::iter::once(
                EmptyElement::at((ex, ev)) + PathElement::new(vec![(-a, 0), (a, 0)], style),
            ))
            .map_err(err)?;
        let (lx, ly) = chart.backend_coord(&(ex - 0.15, ev));
        let (v, dy) = places.estimate;
        backdrop_label(
            root,
            &spec.estimate_label,
            (lx, ly + dy),
            &font(11.0).color(&pal.outcome).pos(Pos::new(HPos::Right, v)),
            pal,
            px(1.0) as i32,
        )?;
    }

    let cross = g.line(&pal.target, 2.5);
    chart
        .draw_series(std::iter::once(
            EmptyElement::at((ty, tv))
                + PathElement::new(vec![(-m, -m), (m, m)], cross)
                + PathElement::new(vec![(-m, m), (m, -m)], cross),
        ))
        .map_err(err)?;
    let anchor = if right_room { HPos::Left } else { HPos::Right };
    let tx = if right_room { ty + 0.25 } else { ty - 0.25 };
    let (lx, ly) = chart.backend_coord(&(tx, tv));
    let (v, dy) = places.target;
    backdrop_label(
        root,
        &spec.target_label,
        (lx, ly + dy),
        &font(11.0).color(&pal.target).pos(Pos::new(anchor, v)),
        pal,
        px(1.0) as i32,
    )?;

    if let Some((gy, gv)) = spec.guess {
        let k = px(6.0) as i32;
        chart
            .draw_series(std::iter::once(
                EmptyElement::at((gy as f64, gv * g.factor))
                    + Polygon::new(vec![(0, -k), (k, 0), (0, k), (-k, 0)], pal.guess.filled()),
            ))
            .map_err(err)?;
    }
    Ok(())
}

/// A short label on a backdrop of the chart's background, so that it stays legible where it
/// crosses a line. `at` is in backend pixels; the style's anchor says which corner it is.
fn backdrop_label<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    at: (i32, i32),
    style: &TextStyle,
    pal: &Palette,
    pad: i32,
) -> Result<(), String> {
    let base = root.get_base_pixel();
    let (x, y) = (at.0 - base.0, at.1 - base.1);
    let size = style.font.get_size();
    let (w, h) = (approx_text_width(text, size), size.round() as i32);
    let left = match style.pos.h_pos {
        HPos::Left => x,
        HPos::Right => x - w,
        HPos::Center => x - w / 2,
    };
    let (top, bottom) = vertical_span(y, style.pos.v_pos, h);
    root.draw(&Rectangle::new(
        [(left - pad, top - pad), (left + w + pad, bottom + pad)],
        pal.bg.mix(0.7).filled(),
    ))
    .map_err(err)?;
    root.draw(&Text::new(text.to_string(), (x, y), style.clone()))
        .map_err(err)
}

/// Sizes for [`label_places`], in backend pixels.
#[derive(Debug, Clone, Copy)]
pub struct LabelMetrics {
    /// The labels' font size, which is the height of their box.
    pub height: i32,
    /// The gap between a label and the point it names.
    pub nudge: i32,
    /// Half the size of the target's cross.
    pub mark: i32,
}

/// Where the 2025 estimate's label and the target's label go, as (anchor, offset from their
/// points' y): the estimate's below its bound, away from the lines that climb towards it, and the
/// target's above its cross. When both sit left of the same year (`side_by_side`) and that would
/// overprint, the higher one goes above its point and the lower one below.
pub fn label_places(
    estimate_py: Option<i32>,
    target_py: i32,
    side_by_side: bool,
    m: LabelMetrics,
) -> LabelPlaces {
    let usual = LabelPlaces {
        estimate: (VPos::Top, m.nudge),
        target: (VPos::Bottom, -m.nudge),
    };
    // With the estimate lower on screen the usual places cannot overlap: its label hangs below a
    // point that is below the target's label.
    match estimate_py {
        Some(e) if side_by_side && e <= target_py && usual.overlap(e, target_py, m.height) => {
            LabelPlaces {
                estimate: (VPos::Bottom, -m.nudge),
                target: (VPos::Top, m.mark + m.nudge),
            }
        }
        _ => usual,
    }
}

/// See [`label_places`].
#[derive(Clone, Copy)]
pub struct LabelPlaces {
    pub estimate: (VPos, i32),
    pub target: (VPos, i32),
}

impl LabelPlaces {
    /// Whether the two labels' boxes share a row of pixels.
    pub fn overlap(&self, estimate_py: i32, target_py: i32, height: i32) -> bool {
        let (et, eb) = vertical_span(estimate_py + self.estimate.1, self.estimate.0, height);
        let (tt, tb) = vertical_span(target_py + self.target.1, self.target.0, height);
        et < tb && tt < eb
    }
}

/// The top and bottom of a text box of `height` anchored at `y`.
pub fn vertical_span(y: i32, v: VPos, height: i32) -> (i32, i32) {
    match v {
        VPos::Top => (y, y + height),
        VPos::Bottom => (y - height, y),
        VPos::Center => (y - height / 2, y + height - height / 2),
    }
}

/// The width of a label in a sans-serif face, estimated from its characters. plotters' own
/// measure on the web lays out a hidden element for every call, which forces a page layout on
/// each redraw; an estimate is enough for a backdrop and gives the SVG and PNG the same box.
pub fn approx_text_width(text: &str, size: f64) -> i32 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            c if u32::from(c) >= 0x2E80 => 1.0,
            ' ' | '.' | ',' | ':' | ';' | '!' | '|' | 'i' | 'l' | 'j' | 'I' | '\'' => 0.3,
            'm' | 'w' | 'M' | 'W' => 0.85,
            c if c.is_ascii_uppercase() || c.is_ascii_digit() => 0.62,
            _ => 0.55,
        })
        .sum();
    (ems * size).round() as i32
}

/// A round step (1, 2 or 5 times a power of ten) near `raw`.
pub fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    mag * if f < 1.5 {
        1.0
    } else if f < 3.5 {
        2.0
    } else if f < 7.5 {
        5.0
    } else {
        10.0
    }
}
