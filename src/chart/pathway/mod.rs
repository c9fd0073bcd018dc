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

mod draw;
mod geometry;
mod label_scene;

pub use super::key::Key;
pub use super::text_width::approx_text_width;
pub use draw::*;
pub use geometry::*;
pub use label_scene::*;

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
    let base_year = outlook
        .base
        .as_ref()
        .map_or(jinan_model::reality::PLAN_BASE_YEAR, |b| b.year);
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
        projection: shown(outlook.from_base.path.as_ref().map(points)),
        pace: shown(outlook.from_record.pace.as_ref().map(|p| {
            p.path
                .points()
                .filter(|(y, _)| *y <= last_year.max(outlook.target_year))
                .collect()
        })),
        projection_b: shown(
            outlook_b
                .and_then(|o| o.from_base.path.as_ref())
                .map(points),
        ),
        band: if reveal {
            outlook.from_record.band.as_ref().map(band_points)
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
        required: shown(outlook.from_base.required_path.as_ref().map(points)),
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
