//! Chart colours: the tokens of `style/tokens.css`, the same the page's CSS uses, turned into
//! constants when the app is built.

use plotters::style::RGBAColor;

/// The colours a chart draws with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub bg: RGBAColor,
    pub fg: RGBAColor,
    pub muted: RGBAColor,
    pub grid: RGBAColor,
    pub axis: RGBAColor,
    pub history: RGBAColor,
    /// The setting's path from the latest record: the outlook.
    pub projection: RGBAColor,
    /// The setting's path from the base year: what it would have given.
    pub path_base: RGBAColor,
    pub projection_b: RGBAColor,
    pub required: RGBAColor,
    pub target: RGBAColor,
    pub outcome: RGBAColor,
    pub band_outer: RGBAColor,
    pub band_inner: RGBAColor,
    pub guess: RGBAColor,
    /// A status that was met, and one that was missed (always with its words beside it).
    pub good: RGBAColor,
    pub bad: RGBAColor,
    /// The three stages of the plan's projects, dark to light (light to dark on the dark theme):
    /// told apart by lightness, not hue alone.
    pub stages: [RGBAColor; 3],
}

include!(concat!(env!("OUT_DIR"), "/tokens.rs"));

impl Palette {
    /// The chart colours of a theme. Every one is a token of `style/tokens.css` (`build.rs`
    /// turns the file into [`Tokens`]), so a missing token fails the build.
    pub const fn from_tokens(t: &Tokens) -> Palette {
        Palette {
            bg: t.bg,
            fg: t.fg,
            muted: t.muted,
            grid: t.grid,
            axis: t.axis,
            history: t.history,
            projection: t.projection,
            path_base: t.path_base,
            projection_b: t.projection_b,
            required: t.required,
            target: t.target,
            outcome: t.outcome,
            band_outer: t.band_outer,
            band_inner: t.band_inner,
            guess: t.guess,
            good: t.good,
            bad: t.bad,
            stages: [t.stage_1, t.stage_2, t.stage_3],
        }
    }
    pub const fn light() -> Palette {
        Palette::from_tokens(&Tokens::LIGHT)
    }
    pub const fn dark() -> Palette {
        Palette::from_tokens(&Tokens::DARK)
    }
}

/// WCAG relative luminance of an opaque colour.
pub fn luminance(c: RGBAColor) -> f64 {
    let ch = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            libm::pow((s + 0.055) / 1.055, 2.4)
        }
    };
    0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
}

/// WCAG contrast ratio of two opaque colours.
pub fn contrast(a: RGBAColor, b: RGBAColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}
