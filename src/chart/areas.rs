//! The plan's ten areas: investment by stage (continuing, new in 2023, reserve for 2024–2025)
//! as stacked bars, one per area.

use super::palette::Palette;
use super::{corner_label, err, frame, Scale};
use jinan_model::dataset::Dataset;
use jinan_model::format::trim;
use jinan_model::scenario::Lang;
use jinan_model::text::pick;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

#[derive(Debug, Clone, PartialEq)]
pub struct AreasSpec {
    pub lang: Lang,
    /// (label, [continuing, new in 2023, reserve]) in 亿元, in the plan's order.
    pub areas: Vec<(String, [f64; 3])>,
}

pub fn areas_spec(data: &Dataset, lang: Lang) -> AreasSpec {
    AreasSpec {
        lang,
        areas: data
            .areas
            .iter()
            .map(|a| {
                let s = a.resolved_stages(data);
                (
                    format!("{} {}", a.numeral, pick(&a.short, lang)),
                    [
                        s.continuing.investment,
                        s.new_2023.investment,
                        s.reserve.investment,
                    ],
                )
            })
            .collect(),
    }
}

pub fn draw_areas<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &AreasSpec,
    pal: &Palette,
    scale: f64,
) -> Result<(), String> {
    let s = Scale(scale);
    let (px, font) = (|v| s.px(v), |size| s.font(size));
    // English in billion yuan, Chinese in 亿元.
    let (factor, unit) = jinan_model::text::investment_unit(spec.lang);
    let max = spec
        .areas
        .iter()
        .map(|(_, s)| s.iter().sum::<f64>())
        .fold(0.0, f64::max)
        * factor
        * 1.12;
    let n = spec.areas.len();
    let (w, _) = root.dim_in_pixel();
    let label_room = (f64::from(w) / scale * 0.36).clamp(90.0, 190.0);
    let mut chart = frame(root, pal, s, 26.0, label_room)?
        .build_cartesian_2d(0.0..max.max(1.0), 0.0..n as f64)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(5)
        .x_label_formatter(&|v| trim(*v, 0))
        .x_label_style(font(12.0).color(&pal.axis))
        .axis_style(ShapeStyle::from(&pal.axis).stroke_width(px(1.0)))
        .light_line_style(TRANSPARENT)
        .bold_line_style(ShapeStyle::from(&pal.grid).stroke_width(px(1.0)))
        .draw()
        .map_err(err)?;
    corner_label(root, unit, pal, s, true)?;
    for (i, (label, stages)) in spec.areas.iter().enumerate() {
        // The first area at the top.
        let y = (n - 1 - i) as f64;
        let mut x = 0.0;
        for (k, v) in stages.iter().enumerate() {
            let x1 = x + v * factor;
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(x, y + 0.15), (x1, y + 0.85)],
                    pal.stages[k].filled(),
                )))
                .map_err(err)?;
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(x, y + 0.15), (x1, y + 0.85)],
                    ShapeStyle::from(&pal.bg).stroke_width(px(1.0)),
                )))
                .map_err(err)?;
            x = x1;
        }
        chart
            .draw_series(std::iter::once(Text::new(
                label.clone(),
                (0.0, y + 0.5),
                font(12.0)
                    .color(&pal.fg)
                    .pos(Pos::new(HPos::Right, VPos::Center)),
            )))
            .map_err(err)?;
        let total: f64 = stages.iter().sum();
        chart
            .draw_series(std::iter::once(Text::new(
                trim(total * factor, 0),
                (x, y + 0.5),
                font(11.0)
                    .color(&pal.muted)
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            )))
            .map_err(err)?;
    }
    Ok(())
}
