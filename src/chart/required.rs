//! The renewables chart drawn before the user gives a starting capacity: the yearly addition
//! the 430万千瓦 target needs from every starting capacity between zero and the target.

use super::palette::Palette;
use super::{corner_label, err, frame, Scale};
use jinan_model::format::{axis_unit, Unit};
use jinan_model::scenario::Lang;
use plotters::coord::Shift;
use plotters::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct RequiredSpec {
    pub lang: Lang,
    /// (starting capacity, yearly addition needed), both in 万千瓦.
    pub rows: Vec<(f64, f64)>,
}

pub fn draw_required<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &RequiredSpec,
    pal: &Palette,
    scale: f64,
) -> Result<(), String> {
    let s = Scale(scale);
    let (px, font) = (|v| s.px(v), |size| s.font(size));
    let (unit, factor) = axis_unit(spec.lang, Unit::WanKw);
    let x_max = spec.rows.iter().map(|r| r.0).fold(0.0, f64::max) * factor;
    let y_max = spec.rows.iter().map(|r| r.1).fold(0.0, f64::max) * factor * 1.08;
    let (x_max, y_max) = (x_max.max(1e-9), y_max.max(1e-9));
    let mut chart = frame(root, pal, s, 40.0, 46.0)?
        .build_cartesian_2d(0.0..x_max, 0.0..y_max)
        .map_err(err)?;
    let decimals = |max: f64| {
        if max >= 20.0 {
            0
        } else if max >= 2.0 {
            1
        } else {
            2
        }
    };
    let (dx, dy) = (decimals(x_max), decimals(y_max));
    let (x_desc, y_name) = jinan_model::text::required_axes(spec.lang, unit);
    chart
        .configure_mesh()
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&|v| format!("{:.*}", dx, v))
        .y_label_formatter(&|v| format!("{:.*}", dy, v))
        .x_desc(x_desc)
        .x_label_style(font(12.0).color(&pal.axis))
        .y_label_style(font(12.0).color(&pal.axis))
        .axis_desc_style(font(12.0).color(&pal.muted))
        .axis_style(ShapeStyle::from(&pal.axis).stroke_width(px(1.0)))
        .light_line_style(TRANSPARENT)
        .bold_line_style(ShapeStyle::from(&pal.grid).stroke_width(px(1.0)))
        .draw()
        .map_err(err)?;
    corner_label(root, &y_name, pal, s, false)?;
    let pts: Vec<(f64, f64)> = spec
        .rows
        .iter()
        .map(|(s, a)| (s * factor, a * factor))
        .collect();
    chart
        .draw_series(LineSeries::new(
            pts,
            ShapeStyle::from(&pal.required).stroke_width(px(2.5)),
        ))
        .map_err(err)?;
    Ok(())
}
