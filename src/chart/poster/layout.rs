//! Where an exported image's parts go: the title, subtitle, key, chart, sources and stamp, each
//! line wrapped to the width at its size; a pure function of the poster and the preset.

use super::*;

/// One line of text, where it goes (left, top, in CSS pixels) and its size.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub kind: LineKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Title,
    Subtitle,
    Key(Key),
    Source,
    Stamp,
}

impl Line {
    /// The box the line takes: its estimated width and one font size of height.
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        let w = width_of(&self.text, self.size, self.kind == LineKind::Title);
        (self.x, self.y, self.x + w, self.y + self.size)
    }
}

/// A line's width by the chart labels' estimate, a tenth wider for the bold title.
pub(super) fn width_of(text: &str, size: f64, bold: bool) -> f64 {
    f64::from(approx_text_width(text, size)) * if bold { 1.1 } else { 1.0 }
}

/// Where everything goes, in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// The chart's area: left, top, width, height.
    pub chart: (f64, f64, f64, f64),
    pub lines: Vec<Line>,
}

pub(super) const PAD: f64 = 24.0;
pub(super) const TITLE: f64 = 22.0;
pub(super) const SUBTITLE: f64 = 14.0;
pub(super) const KEY: f64 = 12.0;
pub(super) const SOURCE: f64 = 11.0;
pub(super) const STAMP: f64 = 10.0;
/// The key's swatch and the gap after it, before the words.
pub(super) const SWATCH: f64 = 30.0;

/// Breaks `text` into lines no wider than `width` at `size`: at spaces for words, anywhere
/// between CJK characters.
pub fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    wrap_text(text, size, width, false)
}

pub(super) fn wrap_text(text: &str, size: f64, width: f64, bold: bool) -> Vec<String> {
    let fits = |s: &str| width_of(s, size, bold) <= width;
    let mut lines = Vec::new();
    let mut line = String::new();
    // Tokens: a word with the space before it, or a single CJK character.
    let mut tokens: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        let cjk = u32::from(c) >= 0x2E80;
        if c == ' ' || cjk {
            if !word.is_empty() {
                tokens.push(std::mem::take(&mut word));
            }
            if cjk {
                tokens.push(c.to_string());
            } else {
                word.push(c);
            }
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        tokens.push(word);
    }
    for t in tokens {
        let candidate = format!("{line}{t}");
        if line.is_empty() || fits(&candidate) {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_string());
            line = t.trim_start().to_string();
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// The link shortened to fit `width`: whole parameters are dropped from its end, and "…" says
/// so; it is never cut inside one.
pub fn shorten_link(link: &str, size: f64, width: f64) -> String {
    let fits = |s: &str| f64::from(approx_text_width(s, size)) <= width;
    if fits(link) {
        return link.to_string();
    }
    let (base, query) = link.split_once('?').unwrap_or((link, ""));
    let params: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    if params.is_empty() {
        // Nothing can go without cutting the address itself.
        return link.to_string();
    }
    for n in (0..params.len()).rev() {
        let s = if n == 0 {
            format!("{base}?…")
        } else {
            format!("{base}?{}&…", params[..n].join("&"))
        };
        if fits(&s) {
            return s;
        }
    }
    format!("{base}?…")
}

/// Lays a poster out at a preset's size.
pub fn layout(p: &Poster, preset: Preset) -> Layout {
    let width = f64::from(preset.width());
    let inner = width - 2.0 * PAD;
    let mut lines = Vec::new();
    let mut y = PAD;
    let mut put = |text: String, size: f64, kind: LineKind, y: &mut f64, gap: f64| {
        lines.push(Line {
            text,
            x: PAD,
            y: *y,
            size,
            kind,
        });
        *y += size * 1.3 + gap;
    };
    for t in wrap_text(&p.title, TITLE, inner, true) {
        put(t, TITLE, LineKind::Title, &mut y, 0.0);
    }
    y += 2.0;
    for t in wrap(&p.subtitle, SUBTITLE, inner) {
        put(t, SUBTITLE, LineKind::Subtitle, &mut y, 0.0);
    }
    y += 6.0;
    let head = y;
    // From the bottom up: the stamp, the source, the key; the chart takes what is left.
    let stamp = format!("{} · {}", p.stamp_head, p.link);
    let room = inner - f64::from(approx_text_width(&format!("{} · ", p.stamp_head), STAMP));
    let stamp_text = format!("{} · {}", p.stamp_head, shorten_link(&p.link, STAMP, room));
    let stamp_text = if approx_text_width(&stamp, STAMP) as f64 <= inner {
        stamp
    } else {
        stamp_text
    };
    let source = wrap(&p.source, SOURCE, inner);
    // The key in rows: each entry a swatch and its words, side by side while they fit.
    let mut rows: Vec<Vec<(Key, String, f64)>> = vec![Vec::new()];
    let mut row_width = 0.0;
    for (k, words) in &p.keys {
        let w = SWATCH + f64::from(approx_text_width(words, KEY)) + 18.0;
        if row_width + w > inner && !rows.last().is_none_or(Vec::is_empty) {
            rows.push(Vec::new());
            row_width = 0.0;
        }
        if let Some(r) = rows.last_mut() {
            r.push((*k, words.clone(), PAD + row_width));
        }
        row_width += w;
    }
    let key_height = rows.len() as f64 * KEY * 1.6;
    let foot =
        8.0 + key_height + 6.0 + source.len() as f64 * SOURCE * 1.3 + 4.0 + STAMP * 1.3 + PAD;
    let (height, chart_h) = match preset.height() {
        Some(h) => {
            let h = f64::from(h);
            (h, (h - head - foot).max(120.0))
        }
        None => {
            let c = preset.chart_height();
            (head + c + foot, c)
        }
    };
    let chart = (PAD - 6.0, head, inner + 12.0, chart_h);
    let mut y = head + chart_h + 8.0;
    for row in rows {
        for (k, words, x) in row {
            lines.push(Line {
                text: words,
                x: x + SWATCH,
                y,
                size: KEY,
                kind: LineKind::Key(k),
            });
        }
        y += KEY * 1.6;
    }
    y += 6.0;
    for t in source {
        lines.push(Line {
            text: t,
            x: PAD,
            y,
            size: SOURCE,
            kind: LineKind::Source,
        });
        y += SOURCE * 1.3;
    }
    y += 4.0;
    lines.push(Line {
        text: stamp_text,
        x: PAD,
        y,
        size: STAMP,
        kind: LineKind::Stamp,
    });
    Layout {
        width,
        height: height.ceil(),
        chart,
        lines,
    }
}
