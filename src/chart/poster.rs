//! Images a newsroom can publish as they are: the chart with its title (the question, with the
//! target), a subtitle (the scenario in words and the record's verdict), a key of exactly what
//! is drawn, a source line and the stamp, at one of three sizes. The chart is the page's own
//! drawing; the words are laid out by a pure function, so that a test can check that nothing
//! overlaps or runs off the edge, with the same width estimate the chart's labels use.

use super::palette::Palette;
use super::pathway::{approx_text_width, Key};
use super::{err, Drawing, Scale};
use plotters::coord::Shift;
use plotters::prelude::*;

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
fn width_of(text: &str, size: f64, bold: bool) -> f64 {
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

const PAD: f64 = 24.0;
const TITLE: f64 = 22.0;
const SUBTITLE: f64 = 14.0;
const KEY: f64 = 12.0;
const SOURCE: f64 = 11.0;
const STAMP: f64 = 10.0;
/// The key's swatch and the gap after it, before the words.
const SWATCH: f64 = 30.0;

/// Breaks `text` into lines no wider than `width` at `size`: at spaces for words, anywhere
/// between CJK characters.
pub fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    wrap_text(text, size, width, false)
}

fn wrap_text(text: &str, size: f64, width: f64, bold: bool) -> Vec<String> {
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
