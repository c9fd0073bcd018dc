//! Chart colours, read from `style/tokens.css`: the same tokens the page's CSS uses.

use plotters::style::RGBAColor;

pub const TOKENS_CSS: &str = include_str!("../../style/tokens.css");

/// The colours a chart draws with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub bg: RGBAColor,
    pub fg: RGBAColor,
    pub muted: RGBAColor,
    pub grid: RGBAColor,
    pub axis: RGBAColor,
    pub history: RGBAColor,
    pub projection: RGBAColor,
    pub projection_b: RGBAColor,
    pub required: RGBAColor,
    pub target: RGBAColor,
    pub outcome: RGBAColor,
    pub band_outer: RGBAColor,
    pub band_inner: RGBAColor,
    pub guess: RGBAColor,
    /// The three stages of the plan's projects, dark to light (light to dark on the dark theme):
    /// told apart by lightness, not hue alone.
    pub stages: [RGBAColor; 3],
}

/// Parses `#rrggbb` or `#rrggbbaa`.
pub fn parse_hex(s: &str) -> Option<RGBAColor> {
    let h = s.trim().strip_prefix('#')?;
    if !(h.len() == 6 || h.len() == 8) || !h.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    let alpha = if h.len() == 8 {
        f64::from(byte(6)?) / 255.0
    } else {
        1.0
    };
    Some(RGBAColor(byte(0)?, byte(2)?, byte(4)?, alpha))
}

/// The tokens of one theme block: `:root {…}` for light, `:root[data-theme="dark"] {…}` for dark.
pub fn tokens(css: &str, dark: bool) -> Vec<(String, String)> {
    let marker = if dark {
        ":root[data-theme=\"dark\"]"
    } else {
        ":root {"
    };
    let Some(start) = css.find(marker) else {
        return Vec::new();
    };
    let body = &css[start..];
    let end = body.find('}').unwrap_or(body.len());
    body[..end]
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line.strip_prefix("--")?;
            let (name, value) = rest.split_once(':')?;
            Some((
                name.trim().to_string(),
                value.trim().trim_end_matches(';').trim().to_string(),
            ))
        })
        .collect()
}

impl Palette {
    /// The palette of a theme from the tokens file; a token that is missing or unreadable
    /// falls back to black or white so that a chart still draws.
    pub fn from_css(css: &str, dark: bool) -> Palette {
        let t = tokens(css, dark);
        let fallback = if dark {
            RGBAColor(255, 255, 255, 1.0)
        } else {
            RGBAColor(0, 0, 0, 1.0)
        };
        let get = |name: &str| {
            t.iter()
                .find(|(n, _)| n == name)
                .and_then(|(_, v)| parse_hex(v))
                .unwrap_or(fallback)
        };
        Palette {
            bg: get("bg"),
            fg: get("fg"),
            muted: get("muted"),
            grid: get("grid"),
            axis: get("axis"),
            history: get("history"),
            projection: get("projection"),
            projection_b: get("projection-b"),
            required: get("required"),
            target: get("target"),
            outcome: get("outcome"),
            band_outer: get("band-outer"),
            band_inner: get("band-inner"),
            guess: get("guess"),
            stages: [get("stage-1"), get("stage-2"), get("stage-3")],
        }
    }

    pub fn light() -> Palette {
        Palette::from_css(TOKENS_CSS, false)
    }
    pub fn dark() -> Palette {
        Palette::from_css(TOKENS_CSS, true)
    }
}

/// WCAG relative luminance of an opaque colour.
pub fn luminance(c: RGBAColor) -> f64 {
    let ch = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
}

/// WCAG contrast ratio of two opaque colours.
pub fn contrast(a: RGBAColor, b: RGBAColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}
