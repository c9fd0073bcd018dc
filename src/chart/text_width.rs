//! How wide a chart's words are, estimated: what every chart keeps clear for its labels.

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
