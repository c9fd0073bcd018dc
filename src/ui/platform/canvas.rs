//! Drawing on a canvas at the screen's pixel density: plotters does not scale for
//! `devicePixelRatio` (its issue #164), so the pixel buffer is sized by the ratio here and the
//! drawing code multiplies its sizes by the same factor.

use super::screen::device_pixel_ratio;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;

/// Sizes the canvas for `css_width` × `css_height` (and its box too, unless the page's CSS
/// sets it: `set_box`), clears it, and draws on it.
pub fn draw_on(
    canvas: &web_sys::HtmlCanvasElement,
    css_width: f64,
    css_height: f64,
    set_box: bool,
    draw: impl FnOnce(&DrawingArea<CanvasBackend, Shift>, f64) -> Result<(), String>,
) -> Result<(), String> {
    if !(css_width.is_finite() && css_width >= 10.0 && css_height.is_finite() && css_height >= 10.0)
    {
        return Ok(());
    }
    let dpr = device_pixel_ratio();
    let (w, h) = (
        (css_width * dpr).round() as u32,
        (css_height * dpr).round() as u32,
    );
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline'.
    if set_box {
        let _ = canvas
            .style()
            .set_property("height", &format!("{css_height}px"));
    }
    // A layer over another must start transparent; resizing clears it, redrawing does not.
    if let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    {
        ctx.clear_rect(0.0, 0.0, f64::from(w), f64::from(h));
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or("this browser gave no 2D canvas context")?;
    let root = backend.into_drawing_area();
    draw(&root, dpr)?;
    root.present().map_err(|e| e.to_string())
}

/// An image of `width` × `height` CSS pixels drawn at `scale` pixels each on a canvas of its
/// own (not in the page), as a PNG `data:` URL: the exports' PNGs.
pub fn png_data_url(
    width: f64,
    height: f64,
    scale: f64,
    draw: impl FnOnce(&DrawingArea<CanvasBackend, Shift>) -> Result<(), String>,
) -> Result<String, String> {
    let canvas = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        .ok_or("no canvas")?;
    canvas.set_width((width * scale).round() as u32);
    canvas.set_height((height * scale).round() as u32);
    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2D canvas context")?;
    draw(&backend.into_drawing_area())?;
    canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| "the browser refused to encode the image".into())
}
