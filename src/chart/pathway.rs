//! The pathway chart: what was recorded, what the record says of the target year, the target,
//! the path the target needed, and the paths a setting gives. One drawing for every backend, so
//! the canvas on the page, the PNG and the SVG downloads are the same picture.
//!
//! It is drawn in two layers. The frame (axes, grid, the record, the target, the path the target
//! needed, the labels) changes only with the base year, the horizon, the theme, the language or
//! the size; the lines (the projections, the band, a guess) change with every slider move. On
//! the page each layer is its own canvas, so a slider redraws only the lines. The frame's y range
//! is rounded to the axis steps, so it stays put while the lines move within it.

use super::labels::{place, Anchor, Path as Drawn, Placed, Rect, Scene, Wanted};
use super::palette::Palette;
use super::{corner_label, err, Scale};
use jinan_model::band::Band;
use jinan_model::dataset::{Dataset, Grade};
use jinan_model::engine::Path;
use jinan_model::format::{axis_unit, trim, Unit};
use jinan_model::results::Outlook;
use jinan_model::scenario::{drawing_range, Drawn as DrawnLine, Lang};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

type Pts = Vec<(i32, f64)>;

/// What a slider cannot change: drawn once, redrawn only when it changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub lang: Lang,
    pub unit: Unit,
    /// First and last year on the x axis.
    pub years: (i32, i32),
    /// The y axis, in the dataset's unit: rounded to the axis steps.
    pub y: (f64, f64),
    /// Recorded values up to the base year.
    pub history: Pts,
    /// Recorded values after the base year: what actually happened.
    pub outcomes: Pts,
    /// What the record says of a year it has no figure for: (year, lower, upper).
    pub estimate: Option<(i32, Option<f64>, Option<f64>)>,
    /// The path the target needed from the base year.
    pub required: Option<Pts>,
    pub target: (i32, f64),
    /// Whether the target is drawn (in predict mode, only once the answers are shown).
    pub show_target: bool,
    /// The years whose recorded figure is third-party (or derived from one): drawn hollow,
    /// so that a reader tells them from the official ones.
    pub unconfirmed: Vec<i32>,
    /// The target year's figure where it is third-party, named in the chart as such.
    pub third_party: Option<(i32, f64)>,
    /// Short labels drawn in the chart.
    pub target_label: String,
    pub estimate_label: String,
    pub third_party_label: String,
}

/// What a slider changes: redrawn on every move.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lines {
    /// The setting's path from the base year (what it would have given).
    pub projection: Option<Pts>,
    /// From the latest record at the setting, held inside what is recorded of later years.
    pub pace: Option<Pts>,
    /// The second scenario of a comparison, from the base year.
    pub projection_b: Option<Pts>,
    /// p5, p25, p75, p95 paths, from the latest record.
    pub band: Option<[Pts; 4]>,
    /// The line a reader drew in predict mode (None outside predict mode).
    pub guess: Option<GuessLine>,
}

/// The reader's line in predict mode: from the base year's record, where there is one, through
/// the years drawn (none before anything is drawn).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GuessLine {
    pub start: Option<(i32, f64)>,
    pub drawn: Pts,
}

impl GuessLine {
    /// The line's points, its start first.
    pub fn points(&self) -> Pts {
        self.start
            .into_iter()
            .chain(self.drawn.iter().copied())
            .collect()
    }
    /// Whether there is anything to draw: a year drawn.
    pub fn shown(&self) -> bool {
        !self.drawn.is_empty()
    }
}

/// Everything a pathway chart shows, in the dataset's unit.
#[derive(Debug, Clone, PartialEq)]
pub struct PathwaySpec {
    pub frame: Frame,
    pub lines: Lines,
}

fn points(p: &Path) -> Pts {
    p.points().collect()
}

fn band_points(b: &Band) -> [Pts; 4] {
    [
        points(&b.paths[0]),
        points(&b.paths[1]),
        points(&b.paths[3]),
        points(&b.paths[4]),
    ]
}

/// What to draw for an outlook. `reveal` false hides the answers (predict mode): the
/// projections, the required path, the recorded outcomes and the target. `drawn` is predict
/// mode's line (Some, even empty, in predict mode): the chart then runs to the target year, on
/// a scale fixed to what may be drawn, so that it stays put under a reader's finger.
pub fn pathway_spec(
    data: &Dataset,
    outlook: &Outlook,
    outlook_b: Option<&Outlook>,
    lang: Lang,
    last_year: i32,
    reveal: bool,
    drawn: Option<&DrawnLine>,
) -> PathwaySpec {
    let indicator = outlook.indicator;
    let series = indicator.series(data);
    let base_year = outlook.base.as_ref().map_or(2022, |b| b.year);
    let recorded: Pts = series.recorded().collect();
    let history = recorded
        .iter()
        .copied()
        .filter(|(y, _)| *y <= base_year)
        .collect();
    let outcomes = if reveal {
        let o: Pts = recorded
            .iter()
            .copied()
            .filter(|(y, _)| *y >= base_year)
            .collect();
        if o.len() < 2 {
            Vec::new()
        } else {
            o
        }
    } else {
        Vec::new()
    };
    // The record's range of a year (the target year's), kept around a figure found inside it.
    let estimate = if reveal {
        series
            .points
            .iter()
            .find(|p| p.lower.is_some() || p.upper.is_some())
            .map(|p| {
                (
                    p.year,
                    p.lower.as_ref().map(|b| b.value),
                    p.upper.as_ref().map(|b| b.value),
                )
            })
    } else {
        None
    };
    let first_year = recorded.first().map_or(base_year, |r| r.0).min(base_year);
    let unit = indicator.unit();
    let (target_label, estimate_label) = labels(lang, unit, outlook.target, estimate);
    let unconfirmed: Vec<i32> = series
        .points
        .iter()
        .filter(|p| p.value.is_some() && p.reliability.grade(p.basis) < Grade::Settles)
        .map(|p| p.year)
        .filter(|y| *y <= base_year || reveal)
        .collect();
    let third_party = if reveal {
        series
            .point(outlook.target_year)
            .filter(|p| p.reliability.grade(p.basis) == Grade::Unconfirmed)
            .and_then(|p| p.value.map(|v| (p.year, v)))
    } else {
        None
    };
    let third_party_label = third_party
        .map(|(y, v)| {
            let (_, factor) = axis_unit(lang, unit);
            jinan_model::text::third_party_label(lang, y, &trim(v * factor, 2))
        })
        .unwrap_or_default();
    let shown = |pts: Option<Pts>| if reveal { pts } else { None };
    let mut lines = Lines {
        projection: shown(outlook.path.as_ref().map(points)),
        pace: shown(outlook.pace.as_ref().map(|p| {
            p.path
                .points()
                .filter(|(y, _)| *y <= last_year.max(outlook.target_year))
                .collect()
        })),
        projection_b: shown(outlook_b.and_then(|o| o.path.as_ref()).map(points)),
        band: if reveal {
            outlook.band.as_ref().map(band_points)
        } else {
            None
        },
        // The drawn line starts at the base year's record, where the reader starts from.
        guess: drawn.map(|d| GuessLine {
            start: outlook.base.as_ref().map(|b| (b.year, b.value)),
            drawn: d.from_year(base_year).collect(),
        }),
    };
    let predict = drawn.is_some();
    let last = if predict {
        outlook.target_year
    } else {
        last_year.max(outlook.target_year)
    };
    let mut frame = Frame {
        lang,
        unit,
        years: (first_year, last),
        y: (0.0, 1.0),
        history,
        outcomes,
        estimate,
        required: shown(outlook.required_path.as_ref().map(points)),
        target: (outlook.target_year, outlook.target),
        show_target: reveal,
        unconfirmed,
        third_party,
        target_label,
        estimate_label,
        third_party_label,
    };
    if predict {
        // The chart ends at the target year; so do the lines revealed on it.
        let end = outlook.target_year;
        let clip = |p: &mut Option<Pts>| {
            if let Some(p) = p {
                p.retain(|(y, _)| *y <= end);
            }
        };
        clip(&mut lines.projection);
        clip(&mut lines.pace);
        clip(&mut lines.projection_b);
        if let Some(band) = &mut lines.band {
            for p in band.iter_mut() {
                p.retain(|(y, _)| *y <= end);
            }
        }
    }
    // In predict mode the scale is what may be drawn, widened once revealed to what is shown.
    frame.y = match (predict, reveal) {
        (true, false) => {
            let r = drawing_range(indicator);
            (r.min, r.max)
        }
        (true, true) => {
            let r = drawing_range(indicator);
            let (lo, hi) = y_range(&frame, &lines);
            (lo.min(r.min), hi.max(r.max))
        }
        (false, _) => y_range(&frame, &lines),
    };
    PathwaySpec { frame, lines }
}

fn labels(
    lang: Lang,
    unit: Unit,
    target: f64,
    estimate: Option<(i32, Option<f64>, Option<f64>)>,
) -> (String, String) {
    let (name, factor) = axis_unit(lang, unit);
    let t = trim(target * factor, 2);
    let f = |v: f64| trim(v * factor, 2);
    let estimate = estimate.map(|(y, lo, hi)| (y, lo.map(f), hi.map(f)));
    jinan_model::text::chart_labels(lang, &t, name, estimate)
}

/// Every value drawn, in the dataset's unit.
fn values<'a>(frame: &'a Frame, lines: &'a Lines) -> impl Iterator<Item = f64> + 'a {
    let paths = [
        &lines.projection,
        &lines.pace,
        &lines.projection_b,
        &frame.required,
    ];
    frame
        .history
        .iter()
        .chain(&frame.outcomes)
        .map(|p| p.1)
        .chain(paths.into_iter().flatten().flatten().map(|p| p.1))
        .chain(lines.band.iter().flatten().flatten().map(|p| p.1))
        .chain(
            frame
                .estimate
                .into_iter()
                .flat_map(|e| [e.1, e.2])
                .flatten(),
        )
        .chain(
            lines
                .guess
                .iter()
                .filter(|g| g.shown())
                .flat_map(GuessLine::points)
                .map(|g| g.1),
        )
        .chain(std::iter::once(frame.target.1))
        .filter(|v| v.is_finite())
}

/// The y range in the dataset's unit: padded, then widened to whole axis steps, so that lines
/// moving a little inside it leave it (and the frame) unchanged.
pub fn y_range(frame: &Frame, lines: &Lines) -> (f64, f64) {
    let (lo, hi) = values(frame, lines).fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 1.0);
    }
    let pad = ((hi - lo) * 0.06).max(hi.abs() * 0.02).max(1e-9);
    let (lo, hi) = (
        if lo >= 0.0 {
            (lo - pad).max(0.0)
        } else {
            lo - pad
        },
        hi + pad,
    );
    let step = nice_step((hi - lo) / 5.0);
    ((lo / step).floor() * step, (hi / step).ceil() * step)
}

/// The chart's coordinates: plotters' Cartesian chart in years and display units.
type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// What both layers share: the axes' ranges in display units (the dataset's unit times
/// `factor`) and the sizes at this scale. Both layers build the same chart on the same area,
/// so their coordinates agree to the pixel.
struct Geometry {
    unit_name: &'static str,
    factor: f64,
    x: (f64, f64),
    y: (f64, f64),
    s: Scale,
}

impl Geometry {
    fn of(frame: &Frame, scale: f64) -> Geometry {
        let (unit_name, factor) = axis_unit(frame.lang, frame.unit);
        Geometry {
            unit_name,
            factor,
            x: (frame.years.0 as f64 - 0.4, frame.years.1 as f64 + 0.4),
            y: (frame.y.0 * factor, frame.y.1 * factor),
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
    fn chart<'a, DB: DrawingBackend>(
        &self,
        root: &'a DrawingArea<DB, Shift>,
    ) -> Result<Chart<'a, DB>, String> {
        super::builder(root, self.s, X_LABELS, Y_LABELS)
            .build_cartesian_2d(self.x.0..self.x.1, self.y.0..self.y.1)
            .map_err(err)
    }
}

/// Room for the years below the plotting area and the values to its left, in CSS pixels.
const X_LABELS: f64 = 26.0;
const Y_LABELS: f64 = 46.0;

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

fn draw_axes<DB: DrawingBackend>(
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
fn draw_band<DB: DrawingBackend>(
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
fn draw_target_line<DB: DrawingBackend>(
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
fn draw_record<DB: DrawingBackend>(
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
fn draw_projections<DB: DrawingBackend>(
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
fn draw_marks<DB: DrawingBackend>(
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
fn estimate_bar(f: &Frame, g: &Geometry) -> Option<(f64, f64, f64, (bool, bool))> {
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

/// What a chart draws, in backend pixels, and the words it wants: the scene the labels are
/// placed in. `to_px` maps chart units (years, display units) to backend pixels.
fn label_scene(
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

/// Where a pathway chart of `size` CSS pixels plots, and what its edges stand for: the page maps
/// the reader's pointer to a year and a value with it (predict mode's drawing).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotMap {
    /// Pixels of the left and right edges' years, and of the top and bottom values' levels.
    pub x: ((f64, f64), (f64, f64)),
    pub y: ((f64, f64), (f64, f64)),
}

impl PlotMap {
    /// The year (fractional) and the value (in the dataset's unit) at a point of the chart.
    pub fn at(&self, px: f64, py: f64) -> (f64, f64) {
        let ((x0, year0), (x1, year1)) = self.x;
        let ((y0, v0), (y1, v1)) = self.y;
        (
            year0 + (px - x0) / (x1 - x0) * (year1 - year0),
            v0 + (py - y0) / (y1 - y0) * (v1 - v0),
        )
    }
    /// The horizontal pixel of a year.
    pub fn x_of(&self, year: f64) -> f64 {
        let ((x0, year0), (x1, year1)) = self.x;
        x0 + (year - year0) / (year1 - year0) * (x1 - x0)
    }
}

/// The plotting area's mapping for a chart of `size` CSS pixels drawn from `f`: the pixels
/// plotters gives the axes' ends (its plotting area is the chart less [`super::MARGINS`] and the
/// label areas; it maps the first value to the area's first pixel and the last to its last).
/// Computed, not drawn, so that the first wasm carries no second backend; a test holds it to
/// plotters' own `backend_coord`.
pub fn plot_map(f: &Frame, size: (u32, u32)) -> Result<PlotMap, String> {
    let g = Geometry::of(f, 1.0);
    let s = g.s;
    let m = &super::MARGINS;
    let (w, h) = (i64::from(size.0), i64::from(size.1));
    let left = i64::from(s.px(m.left) + s.px(Y_LABELS));
    let right = w - i64::from(s.px(m.right)) - 1;
    let top = i64::from(s.px(m.top));
    let bottom = h - i64::from(s.px(m.bottom) + s.px(X_LABELS)) - 1;
    if right - left < 1 || bottom - top < 1 {
        return Err("the chart is too small to draw on".into());
    }
    Ok(PlotMap {
        x: ((left as f64, g.x.0), (right as f64, g.x.1)),
        y: ((bottom as f64, f.y.0), (top as f64, f.y.1)),
    })
}

/// [`plot_map`] as plotters places it, by drawing the chart's frame on an SVG backend: what
/// the tests hold the computed map to (natively only; the wasm needs no second backend).
#[cfg(not(target_arch = "wasm32"))]
pub fn plot_map_drawn(f: &Frame, size: (u32, u32)) -> Result<PlotMap, String> {
    let mut buf = String::new();
    let root = plotters::backend::SVGBackend::with_string(&mut buf, size).into_drawing_area();
    let g = Geometry::of(f, 1.0);
    let chart = g.chart(&root)?;
    let px = |x: f64, y: f64| {
        let (a, b) = chart.backend_coord(&(x, y));
        (f64::from(a), f64::from(b))
    };
    let (lo_x, lo_y) = px(g.x.0, g.y.0);
    let (hi_x, hi_y) = px(g.x.1, g.y.1);
    Ok(PlotMap {
        x: ((lo_x, g.x.0), (hi_x, g.x.1)),
        y: ((lo_y, f.y.0), (hi_y, f.y.1)),
    })
}

fn scene_of<DB: DrawingBackend>(
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

/// The width of a label in a sans-serif face, estimated from its characters, on the wide side:
/// the widest of the faces browsers pick for `sans-serif` on the machines we test (DejaVu Sans,
/// Liberation Sans, Noto Sans CJK), so that a box the chart keeps clear always holds its text
/// (a browser test measures every word drawn). plotters' own measure on the web lays out a
/// hidden element for every call, which forces a page layout on each redraw; an estimate gives
/// the canvas, the SVG and the PNG the same boxes.
pub fn approx_text_width(text: &str, size: f64) -> i32 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            c if u32::from(c) >= 0x2E80 => 1.0,
            '—' | 'm' | 'M' | 'W' | 'w' | '%' | '@' => 1.0,
            ' ' | '.' | ',' | ':' | ';' | '|' | 'i' | 'l' | 'j' | 'I' | '\'' => 0.34,
            'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' | '!' => 0.45,
            c if c.is_ascii_uppercase() => 0.78,
            _ => 0.64,
        })
        .sum();
    (ems * size).ceil() as i32
}

/// A round step (1, 2 or 5 times a power of ten) near `raw`.
pub fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let mag = libm::pow(10.0, libm::floor(libm::log10(raw)));
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

/// An entry of the chart's key: one kind of thing drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    History,
    Outcome,
    Estimate,
    /// A hollow mark: a third-party figure.
    ThirdParty,
    Target,
    Required,
    PathBase,
    Pace,
    ProjectionB,
    Band,
    Guess,
}

/// The key of exactly what a spec draws, in drawing order: nothing that is not drawn.
pub fn keys(spec: &PathwaySpec) -> Vec<Key> {
    let (f, l) = (&spec.frame, &spec.lines);
    let mut out = vec![Key::History];
    let pairs = [
        (!f.outcomes.is_empty(), Key::Outcome),
        (f.estimate.is_some(), Key::Estimate),
        (!f.unconfirmed.is_empty(), Key::ThirdParty),
        (f.show_target, Key::Target),
        (f.required.is_some(), Key::Required),
        (l.projection.is_some(), Key::PathBase),
        (l.pace.is_some(), Key::Pace),
        (l.projection_b.is_some(), Key::ProjectionB),
        (l.band.is_some(), Key::Band),
        (l.guess.as_ref().is_some_and(GuessLine::shown), Key::Guess),
    ];
    out.extend(pairs.into_iter().filter(|p| p.0).map(|p| p.1));
    out
}

impl Key {
    /// The words for an entry.
    pub fn words(self, w: &jinan_model::text::Words) -> &'static str {
        match self {
            Key::History => w.legend_history,
            Key::Outcome => w.legend_outcome,
            Key::Estimate => w.legend_estimate,
            Key::ThirdParty => w.legend_third_party,
            Key::Target => w.legend_target,
            Key::Required => w.legend_required,
            Key::PathBase => w.legend_path_base,
            Key::Pace => w.legend_pace,
            Key::ProjectionB => w.legend_projection_b,
            Key::Band => w.legend_band,
            Key::Guess => w.legend_guess,
        }
    }
    /// The colour it is drawn in, and its label written in.
    pub fn color(self, pal: &Palette) -> RGBAColor {
        match self {
            Key::History => pal.history,
            Key::Outcome | Key::Estimate | Key::ThirdParty => pal.outcome,
            Key::Target => pal.target,
            Key::Required => pal.required,
            Key::PathBase => pal.path_base,
            Key::Pace | Key::Band => pal.projection,
            Key::ProjectionB => pal.projection_b,
            Key::Guess => pal.guess,
        }
    }
    /// The CSS class of its swatch in the page's key.
    pub fn class(self) -> &'static str {
        match self {
            Key::History => "key-history",
            Key::Outcome => "key-outcome",
            Key::Estimate => "key-estimate",
            Key::ThirdParty => "key-third-party",
            Key::Target => "key-target",
            Key::Required => "key-required",
            Key::PathBase => "key-path-base",
            Key::Pace => "key-pace",
            Key::ProjectionB => "key-projection-b",
            Key::Band => "key-band",
            Key::Guess => "key-guess",
        }
    }
}
