//! A chart as the first screen carries it, before the program: the page's own drawing (both
//! layers, the frame and the lines with their words) on plotters' SVG backend, written as a
//! compact inline `<svg>` whose colours are the page's tokens by name (classes `s-…`/`f-…`), so
//! that the theme reaches it as it reaches the page. Build time only: in the browser the chart
//! is a canvas, and the take-over keeps this picture only while it shows exactly what the
//! canvas would draw (`key`).

use super::palette::{Palette, Tokens};
use super::{Drawing, SVG_FONT_FACTOR};
use plotters::prelude::*;
use std::fmt::Write as _;

/// The two layers drawn at `size` CSS pixels, as an `<svg class="fs-chart {class}">` that fills
/// its box, carrying `key`, what says which drawing it is (`data-key`).
pub fn inline_svg(
    back: &Drawing,
    front: Option<&Drawing>,
    size: (u32, u32),
    class: &str,
    key: &str,
) -> Result<String, String> {
    let pal = Palette::from_tokens(&Tokens::MARKED);
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        back.draw(&root, &pal, 1.0)?;
        if let Some(f) = front {
            f.draw(&root, &pal, 1.0)?;
        }
        root.present().map_err(|e| e.to_string())?;
    }
    let (w, h) = size;
    Ok(format!(
        "<svg class=\"fs-chart {class}\" viewBox=\"0 0 {w} {h}\" font-family=\"sans-serif\" data-key=\"{}\" aria-hidden=\"true\" focusable=\"false\">{}</svg>",
        key,
        compact(&buf)
    ))
}

/// The token a marked colour (`#FE01xx`) names.
fn token(hex: &str) -> Option<&'static str> {
    let h = hex.strip_prefix('#')?;
    if h.len() != 6 || !h[..4].eq_ignore_ascii_case("FE01") {
        return None;
    }
    let i = usize::from(u8::from_str_radix(&h[4..], 16).ok()?);
    Tokens::NAMES.get(i).copied()
}

/// The value of `name="…"` in a tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    let end = tag[at..].find('"')?;
    Some(&tag[at..at + end])
}

/// plotters' SVG, one element a line, rewritten in the same order (what is drawn later stays on
/// top): a run of stroked polylines and lines of one colour and width (a dashed line is many)
/// joined into one path, fills and strokes as token classes (the token carries any
/// transparency, so plotters' opacities go), the background left to the page, the text at the
/// size the canvas draws it.
fn compact(svg: &str) -> String {
    let mut out = String::new();
    // The path being joined: its class and width, and its data.
    let mut run: Option<(&str, String, String)> = None;
    let flush = |out: &mut String, run: &mut Option<(&str, String, String)>| {
        if let Some((st, w, d)) = run.take() {
            let w = if w == "1" {
                String::new()
            } else {
                format!(" stroke-width=\"{w}\"")
            };
            let _ = write!(out, "<path class=\"s-{st}\" fill=\"none\"{w} d=\"{d}\"/>");
        }
    };
    let mut lines = svg.lines();
    while let Some(line) = lines.next() {
        let l = line.trim();
        let stroke = attr(l, "stroke").and_then(token);
        let fill = attr(l, "fill").and_then(token);
        let g = |n| attr(l, n).unwrap_or("0");
        if l.starts_with("<polyline") || l.starts_with("<line") {
            let Some(st) = stroke else { continue };
            let width = attr(l, "stroke-width").unwrap_or("1").to_string();
            if !matches!(&run, Some((s, w, _)) if *s == st && *w == width) {
                flush(&mut out, &mut run);
                run = Some((st, width, String::new()));
            }
            let Some((_, _, d)) = run.as_mut() else {
                continue;
            };
            if let Some(points) = attr(l, "points") {
                for (k, p) in points.split_whitespace().enumerate() {
                    let _ = write!(
                        d,
                        "{}{}",
                        if k == 0 { "M" } else { "L" },
                        p.replace(',', " ")
                    );
                }
            } else {
                let _ = write!(d, "M{} {}L{} {}", g("x1"), g("y1"), g("x2"), g("y2"));
            }
            continue;
        }
        flush(&mut out, &mut run);
        if l.starts_with("<polygon") {
            if let (Some(f), Some(points)) = (fill, attr(l, "points")) {
                let _ = write!(out, "<polygon class=\"f-{f}\" points=\"{points}\"/>");
            }
        } else if l.starts_with("<rect") {
            // The background is the page's; a label's backdrop and any mark keep their fill.
            let whole = g("x") == "0" && g("y") == "0";
            let class = match (fill, stroke) {
                (Some(f), _) if !whole => format!("f-{f}"),
                (None, Some(s)) => format!("s-{s}\" fill=\"none"),
                _ => continue,
            };
            let _ = write!(
                out,
                "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
                g("x"),
                g("y"),
                g("width"),
                g("height")
            );
        } else if l.starts_with("<circle") {
            let class = match (fill, stroke) {
                (Some(f), _) => format!("f-{f}"),
                (None, Some(s)) => format!("s-{s}\" fill=\"none"),
                _ => continue,
            };
            let _ = write!(
                out,
                "<circle class=\"{class}\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
                g("cx"),
                g("cy"),
                g("r")
            );
        } else if l.starts_with("<text") {
            // The text is on the next line, then </text>.
            let body = lines.next().unwrap_or("").trim();
            let _ = lines.next();
            let f = fill.unwrap_or("fg");
            let anchor = match attr(l, "text-anchor") {
                Some(a) if a != "start" => format!(" text-anchor=\"{a}\""),
                _ => String::new(),
            };
            let dy = attr(l, "dy")
                .map(|d| format!(" dy=\"{d}\""))
                .unwrap_or_default();
            let size = attr(l, "font-size")
                .and_then(|v| v.parse::<f64>().ok())
                .map_or_else(|| "12".into(), |v| trim_num(v * SVG_FONT_FACTOR));
            let _ = write!(
                out,
                "<text class=\"f-{f}\" x=\"{}\" y=\"{}\"{dy}{anchor} font-size=\"{size}\">{body}</text>",
                g("x"),
                g("y"),
            );
        }
    }
    flush(&mut out, &mut run);
    out
}

/// A size with at most two decimals and no trailing zeros.
fn trim_num(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
