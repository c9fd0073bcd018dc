//! Chart drawing with plotters, for any backend: the page's canvas, and the PNG and SVG
//! downloads. Knows the model and plotters, not the DOM, so it is tested natively with the
//! SVG backend.

pub mod areas;
pub mod glance;
#[cfg(not(target_arch = "wasm32"))]
pub mod inline_svg;
pub mod key;
pub mod labels;
pub mod palette;
pub mod pathway;
pub mod poster;
pub mod required;
pub mod text_width;
pub mod tracker;

use palette::Palette;
use pathway::{draw_frame, draw_lines, draw_pathway, Frame, PathwaySpec};
use plotters::coord::Shift;
use plotters::prelude::*;
use required::{draw_required, RequiredSpec};

/// A drawing error as the message the page shows: every chart function's `map_err`.
pub(crate) fn err<E: std::error::Error + Send + Sync>(e: DrawingAreaErrorKind<E>) -> String {
    e.to_string()
}

/// What a chart shows (the caller presents the drawing area when done): a pathway, or (renewables with no starting capacity) the addition needed
/// from every start.
#[derive(Debug, Clone, PartialEq)]
pub enum Drawing {
    /// A whole pathway chart (the exports).
    Pathway(Box<PathwaySpec>),
    /// A pathway chart's frame, for the layer under the lines.
    PathwayFrame(Box<Frame>),
    /// A pathway chart's lines, on a transparent layer over its frame.
    PathwayLines(Box<PathwaySpec>),
    Required(RequiredSpec),
    Areas(areas::AreasSpec),
}

impl Drawing {
    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        pal: &Palette,
        scale: f64,
    ) -> Result<(), String> {
        self.draw_words(root, pal, scale).map(|_| ())
    }

    /// Draws, and says where the chart's words went (in backend pixels): the page records them
    /// for its tests, as `data-labels`.
    pub fn draw_words<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        pal: &Palette,
        scale: f64,
    ) -> Result<Vec<labels::Placed>, String> {
        match self {
            Drawing::Pathway(s) => draw_pathway(root, s, pal, scale),
            Drawing::PathwayFrame(f) => draw_frame(root, f, pal, scale).map(|_| Vec::new()),
            Drawing::PathwayLines(s) => draw_lines(root, &s.frame, &s.lines, pal, scale),
            Drawing::Required(s) => draw_required(root, s, pal, scale).map(|_| Vec::new()),
            Drawing::Areas(s) => areas::draw_areas(root, s, pal, scale).map(|_| Vec::new()),
        }
    }
}

/// An indicator's whole chart as the page shows it: its pathway, or (renewables with no
/// starting capacity) the yearly addition needed from every start. The exports draw this.
pub fn whole_drawing(
    data: &jinan_model::dataset::Dataset,
    spec: Option<PathwaySpec>,
    indicator: jinan_model::scenario::Indicator,
    from: i32,
    lang: jinan_model::scenario::Lang,
) -> Drawing {
    match spec {
        Some(spec) => Drawing::Pathway(Box::new(spec)),
        None => Drawing::Required(required_spec(data, indicator, from, lang)),
    }
}

/// The additions a target needs from every starting level, in steps of 5 (万千瓦).
pub fn required_spec(
    data: &jinan_model::dataset::Dataset,
    indicator: jinan_model::scenario::Indicator,
    from: i32,
    lang: jinan_model::scenario::Lang,
) -> RequiredSpec {
    use jinan_model::results::{required_by_start, TARGET_YEAR};
    use jinan_model::verdict::target_of;
    let (target, year) = target_of(data, indicator).unwrap_or((f64::NAN, TARGET_YEAR));
    let rows = required_by_start(from, target, year, 5.0)
        .into_iter()
        .map(|(s, a, _)| (s, a))
        .collect();
    RequiredSpec { lang, rows }
}

/// plotters' SVG backend writes each font size divided by this (`plotters-svg` 0.3.7, `svg.rs`),
/// where the canvas takes it in pixels: an SVG of ours multiplies it back, so that its text is
/// the size the canvas and the layout use.
pub const SVG_FONT_FACTOR: f64 = 1.24;

/// A short fingerprint of a text (FNV-1a, 64 bits; not a defence): what the first screen's
/// chart carries to say which drawing it is (`data-key`).
pub fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Sizes in CSS pixels, multiplied into device pixels (a canvas at the screen's density, or 2×
/// for a PNG).
#[derive(Debug, Clone, Copy)]
pub struct Scale(pub f64);

impl Scale {
    pub fn px(self, v: f64) -> u32 {
        (v * self.0).round().max(1.0) as u32
    }
    pub fn font(self, size: f64) -> FontDesc<'static> {
        ("sans-serif", (size * self.0).round()).into_font()
    }
}

/// What every chart shares: the background, the margins, and room for the axis labels
/// (`x_labels` below, `y_labels` to the left, in CSS pixels).
pub fn frame<'a, 'b, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    pal: &Palette,
    s: Scale,
    x_labels: f64,
    y_labels: f64,
) -> Result<ChartBuilder<'a, 'b, DB>, String> {
    root.fill(&pal.bg).map_err(err)?;
    Ok(builder(root, s, x_labels, y_labels))
}

/// A chart box's height for its width: a share of the width, between two heights (CSS pixels).
/// The canvas is drawn at this height, and the page's style gives the box the same shape before
/// any drawing (the first screen writes [`ChartBox::css`] into the page at build time).
pub struct ChartBox {
    /// Where it is, as a CSS selector.
    pub selector: &'static str,
    pub share: f64,
    pub min: f64,
    pub max: f64,
}

/// The instrument's chart on the page: tall enough to read on a phone, not towering on a
/// desktop, and leaving the readouts and the slider in the first screen.
pub const PAGE_CHART: ChartBox = ChartBox {
    selector: ".inst-chart .chart",
    share: 0.46,
    min: 200.0,
    max: 360.0,
};

/// The widget's chart: shorter than on the page, so the card fits an article.
pub const WIDGET_CHART: ChartBox = ChartBox {
    selector: ".card .chart",
    share: 0.36,
    min: 160.0,
    max: 220.0,
};

impl ChartBox {
    pub fn height(&self, width: f64) -> f64 {
        (width * self.share).clamp(self.min, self.max)
    }
    /// The box's shape as a style rule.
    pub fn css(&self) -> String {
        format!(
            "{} {{ aspect-ratio: 1 / {}; min-height: {}px; max-height: {}px; }}",
            self.selector, self.share, self.min, self.max
        )
    }
}

/// Every chart's margins around its plotting area and axis labels, in CSS pixels: the one home
/// of the numbers that both the drawing and the page's pointer mapping ([`pathway::plot_map`])
/// read.
pub struct Margins {
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub left: f64,
}

pub const MARGINS: Margins = Margins {
    top: 22.0,
    right: 14.0,
    bottom: 4.0,
    left: 6.0,
};

/// A chart builder on `root` with [`MARGINS`] and room for the axis labels.
pub fn builder<'a, 'b, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    s: Scale,
    x_labels: f64,
    y_labels: f64,
) -> ChartBuilder<'a, 'b, DB> {
    let mut b = ChartBuilder::on(root);
    b.margin_top(s.px(MARGINS.top))
        .margin_right(s.px(MARGINS.right))
        .margin_left(s.px(MARGINS.left))
        .margin_bottom(s.px(MARGINS.bottom))
        .x_label_area_size(s.px(x_labels))
        .y_label_area_size(s.px(y_labels));
    b
}

/// The unit, written in the chart's top-left corner (or top-right), where a reader looks.
pub fn corner_label<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    pal: &Palette,
    s: Scale,
    right: bool,
) -> Result<(), String> {
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    let (w, _) = root.dim_in_pixel();
    let (x, h) = if right {
        (w as i32 - s.px(6.0) as i32, HPos::Right)
    } else {
        (s.px(6.0) as i32, HPos::Left)
    };
    let style = s.font(12.0).color(&pal.muted).pos(Pos::new(h, VPos::Top));
    root.draw(&Text::new(text.to_string(), (x, s.px(4.0) as i32), style))
        .map_err(err)
}

/// A line of an exported image's words, its top-left corner at `at` (backend pixels), in the
/// sans-serif face at `size` backend pixels, bold or not.
pub(crate) fn draw_words<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    at: (i32, i32),
    size: f64,
    color: &RGBAColor,
    bold: bool,
) -> Result<(), String> {
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    let weight = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    let style = FontDesc::new(FontFamily::SansSerif, size.round(), weight)
        .color(color)
        .pos(Pos::new(HPos::Left, VPos::Top));
    root.draw(&Text::new(text.to_string(), at, style))
        .map_err(err)
}

/// An exported image's SVG, written by plotters, made a document to publish: the text at the
/// size the layout measured (`poster::true_font_sizes`), and its title and a description (the
/// stamp) as the SVG's own `<title>` and `<desc>`.
pub(crate) fn svg_document(svg: &str, title: &str, desc: &str) -> String {
    let svg = poster::true_font_sizes(svg);
    let meta = format!(
        "<title>{}</title><desc>{}</desc>",
        jinan_model::export::xml_escape(title),
        jinan_model::export::xml_escape(desc)
    );
    match svg.find('>') {
        Some(i) => format!("{}{meta}{}", &svg[..=i], &svg[i + 1..]),
        None => svg,
    }
}
