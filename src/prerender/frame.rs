//! The chart's frame for the first screen: drawn by the chart's own functions on plotters' SVG
//! backend, then written compactly (a path per colour and stroke where plotters writes a
//! polyline per dash, colours as classes of the page's tokens so that the theme applies to it).

use crate::chart::palette::Palette;
use crate::chart::pathway::{draw_frame_labelled, pathway_spec};
use crate::chart::required::draw_required;
use crate::chart::required_spec;
use crate::data;
use crate::ui::state::current_defaults;
use jinan_model::results::outlook;
use jinan_model::scenario::{Indicator, Lang, Scenario};
use plotters::prelude::*;

/// The frame of an indicator's chart at the default base year and horizon, `w` × `h` CSS pixels,
/// as an `<svg>` that fills its box (class `fs-frame`, and `extra` classes).
pub fn frame_svg(
    lang: Lang,
    i: Indicator,
    size: (u32, u32),
    extra: &str,
) -> Result<String, String> {
    let data = data::dataset();
    let s = Scenario {
        lang: Some(lang),
        ..Scenario::with_defaults(current_defaults())
    };
    let pal = Palette::light();
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        let o = outlook(data, &s, &s.a, i);
        match o.base {
            Some(_) => {
                let spec = pathway_spec(data, &o, None, lang, s.to, true, None);
                draw_frame_labelled(&root, &spec.frame, &pal, 1.0)?;
            }
            None => draw_required(&root, &required_spec(data, i, s.from, lang), &pal, 1.0)?,
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(compact(&buf, size, &pal, extra))
}

/// An indicator's frame at each of `sizes` (width, height, class): the CSS shows the one for the
/// screen.
pub fn frames(lang: Lang, i: Indicator, sizes: &[(u32, u32, &str)]) -> Result<String, String> {
    sizes
        .iter()
        .map(|(w, h, class)| frame_svg(lang, i, (*w, *h), class))
        .collect()
}

/// The token a colour of the light palette is, for its class.
fn token(hex: &str, pal: &Palette) -> Option<&'static str> {
    let c = |c: RGBAColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    [
        (pal.bg, "bg"),
        (pal.fg, "fg"),
        (pal.muted, "muted"),
        (pal.grid, "grid"),
        (pal.history, "history"),
        (pal.outcome, "outcome"),
        (pal.required, "required"),
        (pal.target, "target"),
        (pal.projection, "projection"),
        (pal.path_base, "path-base"),
        (pal.guess, "guess"),
    ]
    .into_iter()
    .find(|(col, _)| c(*col).eq_ignore_ascii_case(hex))
    .map(|(_, t)| t)
}

/// The value of `name="…"` in a tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    let end = tag[at..].find('"')?;
    Some(&tag[at..at + end])
}

/// plotters' SVG, one element a line, rewritten: every stroked polyline and line of one colour
/// and width joined into one path, fills and strokes as token classes, the background left to
/// the page, text in one group that names the face once.
fn compact(svg: &str, size: (u32, u32), pal: &Palette, extra: &str) -> String {
    use std::collections::BTreeMap;
    let mut paths: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut shapes = String::new();
    let mut texts = String::new();
    let mut lines = svg.lines().peekable();
    while let Some(line) = lines.next() {
        let l = line.trim();
        let stroke = attr(l, "stroke").and_then(|h| token(h, pal));
        let fill = attr(l, "fill").and_then(|h| token(h, pal));
        let width = attr(l, "stroke-width").unwrap_or("1").to_string();
        if l.starts_with("<polyline") {
            let (Some(st), Some(points)) = (stroke, attr(l, "points")) else {
                continue;
            };
            let pts: Vec<&str> = points.split_whitespace().collect();
            let d = paths.entry((st.to_string(), width)).or_default();
            for (k, p) in pts.iter().enumerate() {
                let p = p.replace(',', " ");
                d.push_str(&format!("{}{p}", if k == 0 { "M" } else { "L" }));
            }
        } else if l.starts_with("<line") {
            let Some(st) = stroke else { continue };
            let g = |n| attr(l, n).unwrap_or("0");
            let d = paths.entry((st.to_string(), width)).or_default();
            d.push_str(&format!("M{} {}L{} {}", g("x1"), g("y1"), g("x2"), g("y2")));
        } else if l.starts_with("<rect") {
            // The background is the page's; a label's backdrop and any mark keep their fill.
            let (x, y, w, h) = (
                attr(l, "x"),
                attr(l, "y"),
                attr(l, "width"),
                attr(l, "height"),
            );
            let whole = x == Some("0") && y == Some("0");
            if let (Some(f), false) = (fill, whole) {
                shapes.push_str(&format!(
                    "<rect class=\"f-{f}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
                    x.unwrap_or("0"),
                    y.unwrap_or("0"),
                    w.unwrap_or("0"),
                    h.unwrap_or("0")
                ));
            }
        } else if l.starts_with("<circle") {
            if let Some(f) = fill {
                shapes.push_str(&format!(
                    "<circle class=\"f-{f}\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
                    attr(l, "cx").unwrap_or("0"),
                    attr(l, "cy").unwrap_or("0"),
                    attr(l, "r").unwrap_or("0")
                ));
            }
        } else if l.starts_with("<text") {
            // The text is on the next line, then </text>.
            let body = lines.next().unwrap_or("").trim();
            let _ = lines.next();
            let f = fill.unwrap_or("fg");
            let anchor = attr(l, "text-anchor").unwrap_or("start");
            let dy = attr(l, "dy")
                .map(|d| format!(" dy=\"{d}\""))
                .unwrap_or_default();
            let size = attr(l, "font-size")
                .and_then(|v| v.parse::<f64>().ok())
                .map(|v| format!("{:.1}", v * 1.24))
                .unwrap_or_else(|| "12".into());
            let anchor = if anchor == "start" {
                String::new()
            } else {
                format!(" text-anchor=\"{anchor}\"")
            };
            texts.push_str(&format!(
                "<text class=\"f-{f}\" x=\"{}\" y=\"{}\"{dy}{anchor} font-size=\"{size}\">{body}</text>",
                attr(l, "x").unwrap_or("0"),
                attr(l, "y").unwrap_or("0"),
            ));
        }
    }
    let strokes: String = paths
        .into_iter()
        .map(|((st, w), d)| {
            let w = if w == "1" {
                String::new()
            } else {
                format!(" stroke-width=\"{w}\"")
            };
            format!("<path class=\"s-{st}\"{w} d=\"{d}\"/>")
        })
        .collect();
    let (w, h) = size;
    format!(
        "<svg class=\"fs-frame{}\" viewBox=\"0 0 {w} {h}\" aria-hidden=\"true\" focusable=\"false\">{strokes}{shapes}<g font-family=\"sans-serif\">{texts}</g></svg>",
        if extra.is_empty() { String::new() } else { format!(" {extra}") }
    )
}
