//! Images a newsroom can publish as they are: the chart with its title (the question, with the
//! target), a subtitle (the scenario in words and the record's verdict), a key of exactly what
//! is drawn, a source line and the stamp, at one of three sizes. The chart is the page's own
//! drawing; the words are laid out by a pure function, so that a test can check that nothing
//! overlaps or runs off the edge, with the same width estimate the chart's labels use.

use super::key::Key;
use super::palette::Palette;
use super::text_width::approx_text_width;
use super::{err, Drawing, Scale};
use plotters::coord::Shift;
use plotters::prelude::*;

mod layout;

pub use layout::*;

/// The sizes a reader can pick, in CSS pixels (PNGs are drawn at twice that).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// 800 px wide, as tall as it needs.
    Article,
    /// Exactly 1200 × 675: a social card.
    Social,
    /// 1080 × 1080.
    Square,
}

impl Preset {
    pub const ALL: [Preset; 3] = [Preset::Article, Preset::Social, Preset::Square];
    pub fn code(self) -> &'static str {
        match self {
            Preset::Article => "article",
            Preset::Social => "social",
            Preset::Square => "square",
        }
    }
    pub fn width(self) -> u32 {
        match self {
            Preset::Article => 800,
            Preset::Social => 1200,
            Preset::Square => 1080,
        }
    }
    /// The fixed height, or None where it follows the content.
    pub fn height(self) -> Option<u32> {
        match self {
            Preset::Article => None,
            Preset::Social => Some(675),
            Preset::Square => Some(1080),
        }
    }
    /// The chart's height where the height follows the content.
    fn chart_height(self) -> f64 {
        f64::from(self.width()) * 0.5
    }
}

/// What an exported image says besides the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Poster {
    pub title: String,
    pub subtitle: String,
    /// The key: each thing drawn, with its words.
    pub keys: Vec<(Key, String)>,
    pub source: String,
    /// The app, its version, the dataset's hash: put before the link.
    pub stamp_head: String,
    /// The scenario's link: shortened where it would not fit, at a `&`, never inside a
    /// parameter.
    pub link: String,
    /// The chart, as the page draws it: a pathway, or the additions needed from every start.
    pub chart: Drawing,
}

/// Draws a swatch for a key entry, `x`, `y` its left and the middle of its line.
fn swatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    k: Key,
    x: i32,
    y: i32,
    pal: &Palette,
    s: Scale,
) -> Result<(), String> {
    let px = |v: f64| s.px(v) as i32;
    let line = |color: &RGBAColor, w: f64| ShapeStyle::from(color).stroke_width(s.px(w));
    let (x0, x1) = (x, x + px(24.0));
    let dashes = |color: RGBAColor, on: i32, off: i32, w: f64| -> Result<(), String> {
        let mut a = x0;
        while a < x1 {
            let b = (a + on).min(x1);
            root.draw(&PathElement::new(vec![(a, y), (b, y)], line(&color, w)))
                .map_err(err)?;
            a = b + off;
        }
        Ok(())
    };
    match k {
        Key::History => {
            root.draw(&PathElement::new(
                vec![(x0, y), (x1, y)],
                line(&pal.history, 2.5),
            ))
            .map_err(err)?;
            root.draw(&Circle::new(
                ((x0 + x1) / 2, y),
                px(3.5),
                pal.history.filled(),
            ))
            .map_err(err)
        }
        Key::Outcome => root
            .draw(&PathElement::new(
                vec![(x0, y), (x1, y)],
                line(&pal.outcome, 2.0),
            ))
            .map_err(err),
        Key::Estimate => root
            .draw(&Rectangle::new(
                [
                    ((x0 + x1) / 2 - px(2.0), y - px(6.0)),
                    ((x0 + x1) / 2 + px(2.0), y + px(6.0)),
                ],
                pal.outcome.filled(),
            ))
            .map_err(err),
        Key::ThirdParty => {
            let c = (x0 + x1) / 2;
            root.draw(&Rectangle::new(
                [(c - px(5.0), y - px(5.0)), (c + px(5.0), y + px(5.0))],
                pal.outcome.filled(),
            ))
            .map_err(err)?;
            root.draw(&Rectangle::new(
                [(c - px(3.0), y - px(3.0)), (c + px(3.0), y + px(3.0))],
                pal.bg.filled(),
            ))
            .map_err(err)
        }
        Key::Target => dashes(pal.target, px(4.0), px(3.0), 1.5),
        Key::Required => dashes(pal.required, px(2.0), px(3.0), 2.0),
        Key::PathBase => dashes(pal.path_base, px(2.0), px(5.0), 2.0),
        Key::Pace => dashes(pal.projection, px(8.0), px(5.0), 2.5),
        Key::ProjectionB => dashes(pal.projection_b, px(3.0), px(3.0), 2.0),
        Key::Band => {
            root.draw(&Rectangle::new(
                [(x0, y - px(6.0)), (x1, y + px(6.0))],
                pal.band_outer.filled(),
            ))
            .map_err(err)?;
            root.draw(&Rectangle::new(
                [(x0, y - px(3.0)), (x1, y + px(3.0))],
                pal.band_inner.filled(),
            ))
            .map_err(err)
        }
        Key::Guess => {
            let (cx, g) = ((x0 + x1) / 2, px(6.0));
            root.draw(&Polygon::new(
                vec![(cx, y - g), (cx + g, y), (cx, y + g), (cx - g, y)],
                pal.guess.filled(),
            ))
            .map_err(err)
        }
    }
}

/// Draws a poster on an area of `layout`'s size times `scale`.
pub fn draw_poster<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    p: &Poster,
    layout: &Layout,
    pal: &Palette,
    scale: f64,
) -> Result<(), String> {
    let s = Scale(scale);
    root.fill(&pal.bg).map_err(err)?;
    let (cx, cy, cw, ch) = layout.chart;
    let chart = root
        .margin(0, 0, 0, 0)
        .shrink((s.px(cx), s.px(cy)), (s.px(cw), s.px(ch)));
    p.chart.draw(&chart, pal, scale)?;
    for l in &layout.lines {
        let (color, bold) = match l.kind {
            LineKind::Title => (pal.fg, true),
            LineKind::Subtitle | LineKind::Key(_) => (pal.fg, false),
            LineKind::Source | LineKind::Stamp => (pal.muted, false),
        };
        let (x, y) = (s.px(l.x) as i32, s.px(l.y) as i32);
        super::draw_words(root, &l.text, (x, y), l.size * scale, &color, bold)?;
        if let LineKind::Key(k) = l.kind {
            swatch(
                root,
                k,
                x - s.px(SWATCH) as i32,
                y + s.px(l.size / 2.0) as i32,
                pal,
                s,
            )?;
        }
    }
    root.present().map_err(err)
}

/// The poster as an SVG document of the preset's size, with its title and stamp also in the
/// SVG's `<title>` and `<desc>`.
pub fn poster_svg(p: &Poster, preset: Preset, pal: &Palette) -> Result<String, String> {
    let lay = layout(p, preset);
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (lay.width as u32, lay.height as u32))
            .into_drawing_area();
        draw_poster(&root, p, &lay, pal, 1.0)?;
    }
    Ok(super::svg_document(
        &buf,
        &p.title,
        &format!("{} · {}", p.stamp_head, p.link),
    ))
}

/// Undoes plotters' SVG font factor ([`super::SVG_FONT_FACTOR`]), so that the SVG's text is the
/// size the layout measured and the PNG shows.
pub(crate) fn true_font_sizes(svg: &str) -> String {
    const KEY: &str = "font-size=\"";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(i) = rest.find(KEY) {
        let (head, tail) = rest.split_at(i + KEY.len());
        out.push_str(head);
        let end = tail.find('"').unwrap_or(0);
        match tail[..end].parse::<f64>() {
            Ok(size) => out.push_str(&format!("{:.2}", size * super::SVG_FONT_FACTOR)),
            Err(_) => out.push_str(&tail[..end]),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Everything a poster of one indicator says, from the page's own numbers and words.
pub struct PosterInputs<'a> {
    pub data: &'a jinan_model::dataset::Dataset,
    pub scenario: &'a jinan_model::scenario::Scenario,
    pub outlook: &'a jinan_model::results::Outlook,
    /// The page's chart of this indicator (see `chart::whole_drawing`).
    pub chart: Drawing,
    pub verdict: Option<&'a jinan_model::verdict::TargetVerdict>,
    pub stamp: &'a jinan_model::export::Stamp,
    pub lang: jinan_model::scenario::Lang,
}

pub fn poster(i: PosterInputs<'_>) -> Poster {
    use jinan_model::text::{chart_title, poster_subtitle, source_line, words};
    let w = words(i.lang);
    let (target, year) = (i.outlook.target, i.outlook.target_year);
    // The required chart names what it draws on its axes; a pathway has a key.
    let keys = match &i.chart {
        Drawing::Pathway(spec) => super::pathway::keys(spec)
            .into_iter()
            .map(|k| (k, k.words(w).to_string()))
            .collect(),
        _ => Vec::new(),
    };
    let st = i.stamp;
    Poster {
        title: chart_title(i.lang, i.outlook.indicator, target, year),
        subtitle: poster_subtitle(i.lang, i.verdict, i.outlook, i.scenario),
        keys,
        source: source_line(i.lang, i.data, i.outlook.indicator),
        stamp_head: jinan_model::export::stamp_head(st),
        link: st.scenario_url.clone(),
        chart: i.chart,
    }
}

/// The share card a link preview shows (`og:image`): the default view's GDP chart as a social
/// card, in the page's first language. `tools/og-image.mjs` turns it into `static/og-image.png`
/// with this SVG's hash inside, and a test checks that the PNG is of the current SVG.
pub fn share_card_svg() -> Result<String, String> {
    use jinan_model::results::compute;
    use jinan_model::scenario::{Indicator, Lang, Scenario};
    let lang = Lang::Zh;
    let data = crate::data::dataset();
    let s = Scenario {
        lang: Some(lang),
        ..Scenario::with_defaults(crate::ui::state::current_defaults())
    };
    let outlooks = compute(data, &s, &s.a);
    let o = &outlooks[Indicator::Gdp as usize];
    let spec = super::pathway::pathway_spec(data, o, None, lang, s.to, true, None);
    let st = jinan_model::export::stamp(data, crate::data::DATASET_SHA256, lang, "./", &s);
    let verdicts = jinan_model::verdict::verdicts(data);
    let p = poster(PosterInputs {
        data,
        scenario: &s,
        outlook: o,
        chart: Drawing::Pathway(Box::new(spec)),
        verdict: verdicts.iter().find(|v| v.indicator == Indicator::Gdp),
        stamp: &st,
        lang,
    });
    poster_svg(&p, Preset::Social, &Palette::light())
}
