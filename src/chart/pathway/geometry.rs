//! Where a pathway chart plots: the axes' ranges and the sizes at a scale (`Geometry`), and the
//! plotting area's map from pixels to years and values that the page's pointer reads.

use super::*;

/// What both layers share: the axes' ranges in display units (the dataset's unit times
/// `factor`) and the sizes at this scale. Both layers build the same chart on the same area,
/// so their coordinates agree to the pixel.
pub(super) struct Geometry {
    pub(super) unit_name: &'static str,
    pub(super) factor: f64,
    pub(super) x: (f64, f64),
    pub(super) y: (f64, f64),
    pub(super) s: Scale,
}

impl Geometry {
    pub(super) fn of(frame: &Frame, scale: f64) -> Geometry {
        let (unit_name, factor) = axis_unit(frame.lang, frame.unit);
        Geometry {
            unit_name,
            factor,
            x: (frame.years.0 as f64 - 0.4, frame.years.1 as f64 + 0.4),
            y: (frame.y.0 * factor, frame.y.1 * factor),
            s: Scale(scale),
        }
    }
    pub(super) fn xy(&self, pts: &[(i32, f64)]) -> Vec<(f64, f64)> {
        pts.iter()
            .map(|(y, v)| (*y as f64, v * self.factor))
            .collect()
    }
    pub(super) fn line(&self, color: &RGBAColor, width: f64) -> ShapeStyle {
        ShapeStyle::from(color).stroke_width(self.s.px(width))
    }
    pub(super) fn chart<'a, DB: DrawingBackend>(
        &self,
        root: &'a DrawingArea<DB, Shift>,
    ) -> Result<Chart<'a, DB>, String> {
        crate::chart::builder(root, self.s, X_LABELS, Y_LABELS)
            .build_cartesian_2d(self.x.0..self.x.1, self.y.0..self.y.1)
            .map_err(err)
    }
}

/// Room for the years below the plotting area and the values to its left, in CSS pixels.
pub(super) const X_LABELS: f64 = 26.0;
pub(super) const Y_LABELS: f64 = 46.0;

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
/// plotters gives the axes' ends (its plotting area is the chart less [`crate::chart::MARGINS`] and the
/// label areas; it maps the first value to the area's first pixel and the last to its last).
/// Computed, not drawn, so that the first wasm carries no second backend; a test holds it to
/// plotters' own `backend_coord`.
pub fn plot_map(f: &Frame, size: (u32, u32)) -> Result<PlotMap, String> {
    let g = Geometry::of(f, 1.0);
    let s = g.s;
    let m = &crate::chart::MARGINS;
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
