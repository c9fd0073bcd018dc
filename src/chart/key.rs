//! An entry of a chart's key: one kind of thing drawn, its words, its colour and its swatch's
//! class. The chart draws by it and the labels name by it.

use super::palette::Palette;
use plotters::style::RGBAColor;

/// An entry of the chart's key: one kind of thing drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    History,
    Outcome,
    Estimate,
    /// A hollow mark: a third-party figure.
    ThirdParty,
    Target,
    Required,
    PathBase,
    Pace,
    ProjectionB,
    Band,
    Guess,
}

impl Key {
    /// The words for an entry.
    pub fn words(self, w: &jinan_model::text::Words) -> &'static str {
        match self {
            Key::History => w.legend_history,
            Key::Outcome => w.legend_outcome,
            Key::Estimate => w.legend_estimate,
            Key::ThirdParty => w.legend_third_party,
            Key::Target => w.legend_target,
            Key::Required => w.legend_required,
            Key::PathBase => w.legend_path_base,
            Key::Pace => w.legend_pace,
            Key::ProjectionB => w.legend_projection_b,
            Key::Band => w.legend_band,
            Key::Guess => w.legend_guess,
        }
    }
    /// The colour it is drawn in, and its label written in.
    pub fn color(self, pal: &Palette) -> RGBAColor {
        match self {
            Key::History => pal.history,
            Key::Outcome | Key::Estimate | Key::ThirdParty => pal.outcome,
            Key::Target => pal.target,
            Key::Required => pal.required,
            Key::PathBase => pal.path_base,
            Key::Pace | Key::Band => pal.projection,
            Key::ProjectionB => pal.projection_b,
            Key::Guess => pal.guess,
        }
    }
    /// The CSS class of its swatch in the page's key.
    pub fn class(self) -> &'static str {
        match self {
            Key::History => "key-history",
            Key::Outcome => "key-outcome",
            Key::Estimate => "key-estimate",
            Key::ThirdParty => "key-third-party",
            Key::Target => "key-target",
            Key::Required => "key-required",
            Key::PathBase => "key-path-base",
            Key::Pace => "key-pace",
            Key::ProjectionB => "key-projection-b",
            Key::Band => "key-band",
            Key::Guess => "key-guess",
        }
    }
}
