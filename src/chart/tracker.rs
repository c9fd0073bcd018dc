//! An image of the plan's tracker a newsroom can publish: a title, the date the record stands
//! at and the counts, every target with its status in words (with a mark and a colour beside
//! them, never instead), what the plan asked and what the record says, the rule the statuses
//! follow, the sources and the stamp, and each record at a glance (a small chart under it, where
//! the record has a figure). Article width; as tall as it needs. Laid out by a pure
//! function, so that a test can check nothing overlaps or leaves the image, with the width
//! estimate the chart's labels use.

use super::glance::{draw_glance, glance_spec, GlanceSpec, SIZE as GLANCE};
use super::palette::Palette;
use super::poster::{shorten_link, wrap};
use super::text_width::approx_text_width;
use super::{err, Scale};
use jinan_model::dataset::Dataset;
use jinan_model::export::Stamp;
use jinan_model::scenario::Lang;
use jinan_model::status::{as_of, assess_all, counts, records_of, Decision, Status};
use jinan_model::text::{
    pick, promises_summary, record_words, status_mark, status_name, target_value, tracker_words,
};
use plotters::coord::Shift;
use plotters::prelude::*;

/// The image's width in CSS pixels (PNGs are drawn at twice that).
pub const WIDTH: f64 = 800.0;

/// One target's row.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackerRow {
    pub status: Status,
    /// The mark and the words: "✗ missed".
    pub status_words: String,
    /// What the plan asked: "Total talent pool: at least 300万人 (2025)".
    pub target: String,
    /// What the record says: "2025: 310万人", or what is missing.
    pub record: String,
    /// The record at a glance, where it has a figure.
    pub glance: Option<GlanceSpec>,
}

/// What the image says.
#[derive(Debug, Clone, PartialEq)]
pub struct Tracker {
    pub title: String,
    pub subtitle: String,
    pub heads: [String; 3],
    pub rows: Vec<TrackerRow>,
    /// The rule the statuses follow, in a sentence.
    pub rule: String,
    pub source: String,
    pub stamp_head: String,
    pub link: String,
}

/// The tracker of a dataset, in a language, stamped.
pub fn tracker(data: &Dataset, st: &Stamp, lang: Lang) -> Tracker {
    let w = tracker_words(lang);
    let all = assess_all(data);
    let c = counts(all.iter().map(|a| a.assessment.status));
    let date = as_of(data, &all).unwrap_or_else(|| "—".into());
    let rows = all
        .iter()
        .map(|a| {
            let (t, x) = (a.target, &a.assessment);
            let record = match (&x.decision, &x.latest) {
                (Decision::Record { point, .. }, _) => record_words(lang, t, point),
                (_, Some(p)) => record_words(lang, t, p),
                (_, None) => w.no_record.to_string(),
            };
            let year = if x.year_stated {
                x.year.to_string()
            } else {
                format!("{}{}", x.year, w.year_not_stated)
            };
            TrackerRow {
                status: x.status,
                status_words: format!("{} {}", status_mark(x.status), status_name(lang, x.status)),
                target: format!(
                    "{}{}{} ({year})",
                    pick(&t.what, lang),
                    w.colon,
                    target_value(lang, t)
                ),
                record,
                glance: glance_spec(lang, t, x.year, records_of(data, t)),
            }
        })
        .collect();
    // Each source a row's record or sentence rests on, once, in the order first used.
    let mut sources: Vec<String> = Vec::new();
    let mut add = |id: &str| {
        if let Some(s) = data.source(id) {
            let name = pick(&s.title, lang).to_string();
            if !sources.contains(&name) {
                sources.push(name);
            }
        }
    };
    add(&data.plan.source);
    for a in &all {
        let x = &a.assessment;
        let p = match &x.decision {
            Decision::Record { point, .. } => Some(&**point),
            _ => x.latest.as_ref(),
        };
        if let Some(p) = p {
            for id in p.source.iter().chain(
                [&p.lower, &p.upper]
                    .into_iter()
                    .flatten()
                    .map(|b| &b.source),
            ) {
                add(id);
            }
        }
        if let Decision::Statement(s) = &x.decision {
            add(&s.source);
        }
    }
    Tracker {
        title: w.image_title.to_string(),
        subtitle: format!("{}{date}{}{}", w.as_of, w.sep, promises_summary(lang, &c)),
        heads: w.image_heads.map(str::to_string),
        rows,
        rule: w.rule.to_string(),
        source: format!("{}{}", w.sources, sources.join(w.list_sep)),
        stamp_head: jinan_model::export::stamp_head(st),
        link: st.scenario_url.clone(),
    }
}

/// What a line of text is, for its colour and weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Title,
    Subtitle,
    Head,
    Status(Status),
    Cell,
    Foot,
}

/// One line of text and where it goes: left, top and size in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub kind: Kind,
}

impl Line {
    /// Its box: estimated width (a tenth wider for bold) and one font size of height.
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        let bold = matches!(self.kind, Kind::Title | Kind::Head);
        let w = f64::from(approx_text_width(&self.text, self.size)) * if bold { 1.1 } else { 1.0 };
        (self.x, self.y, self.x + w, self.y + self.size)
    }
}

/// Where everything goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub lines: Vec<Line>,
    /// Each row's band (top, height), for the stripes and rules, and its status for the swatch.
    pub rows: Vec<(f64, f64, Status)>,
    /// The columns' left edges and widths.
    pub columns: [(f64, f64); 3],
    /// Each record at a glance: its top-left corner (its size is `glance::SIZE`) and its row.
    pub glances: Vec<((f64, f64), usize)>,
}

const PAD: f64 = 24.0;
const TITLE: f64 = 20.0;
const SUB: f64 = 13.0;
const HEAD: f64 = 11.0;
const CELL: f64 = 11.5;
const FOOT: f64 = 10.5;
const STAMP: f64 = 10.0;
const GAP: f64 = 10.0;
/// The room the status column's swatch takes before its words.
const SWATCH: f64 = 14.0;

/// Lays the tracker out at [`WIDTH`].
pub fn layout(t: &Tracker) -> Layout {
    let inner = WIDTH - 2.0 * PAD;
    let status_w = 150.0;
    let record_w = 230.0;
    let target_w = inner - status_w - record_w - 2.0 * GAP;
    let columns = [
        (PAD, status_w),
        (PAD + status_w + GAP, target_w),
        (PAD + status_w + target_w + 2.0 * GAP, record_w),
    ];
    let mut lines = Vec::new();
    let mut y = PAD;
    let mut block = |text: &str, size: f64, kind: Kind, width: f64, y: &mut f64| {
        let bold = kind == Kind::Title;
        for l in wrap(text, size * if bold { 1.1 } else { 1.0 }, width) {
            lines.push(Line {
                text: l,
                x: PAD,
                y: *y,
                size,
                kind,
            });
            *y += size * 1.3;
        }
    };
    block(&t.title, TITLE, Kind::Title, inner, &mut y);
    y += 4.0;
    block(&t.subtitle, SUB, Kind::Subtitle, inner, &mut y);
    y += 10.0;
    for (h, (x, w)) in t.heads.iter().zip(columns) {
        for (i, l) in wrap(h, HEAD * 1.1, w).into_iter().enumerate() {
            lines.push(Line {
                text: l,
                x,
                y: y + i as f64 * HEAD * 1.3,
                size: HEAD,
                kind: Kind::Head,
            });
        }
    }
    y += HEAD * 1.3 + 6.0;
    let mut rows = Vec::new();
    let mut glances = Vec::new();
    for (k, r) in t.rows.iter().enumerate() {
        let top = y;
        let record_lines = wrap(&r.record, CELL, record_w).len().max(1);
        let cells = [
            (
                wrap(&r.status_words, CELL, status_w - SWATCH),
                Kind::Status(r.status),
                columns[0].0 + SWATCH,
            ),
            (wrap(&r.target, CELL, target_w), Kind::Cell, columns[1].0),
            (wrap(&r.record, CELL, record_w), Kind::Cell, columns[2].0),
        ];
        let n = cells.iter().map(|c| c.0.len()).max().unwrap_or(1).max(1);
        for (texts, kind, x) in cells {
            for (i, l) in texts.into_iter().enumerate() {
                lines.push(Line {
                    text: l,
                    x,
                    y: top + 4.0 + i as f64 * CELL * 1.3,
                    size: CELL,
                    kind,
                });
            }
        }
        let mut h = n as f64 * CELL * 1.3 + 8.0;
        if r.glance.is_some() {
            // Under the record's words, in its column.
            let at = (
                columns[2].0,
                top + 4.0 + record_lines as f64 * CELL * 1.3 + 4.0,
            );
            glances.push((at, k));
            h = h.max(at.1 + GLANCE.1 + 4.0 - top);
        }
        rows.push((top, h, r.status));
        y += h;
    }
    y += 10.0;
    let mut foot = |text: &str, size: f64, y: &mut f64| {
        for l in wrap(text, size, inner) {
            lines.push(Line {
                text: l,
                x: PAD,
                y: *y,
                size,
                kind: Kind::Foot,
            });
            *y += size * 1.3;
        }
    };
    foot(&t.rule, FOOT, &mut y);
    y += 4.0;
    foot(&t.source, FOOT, &mut y);
    y += 4.0;
    let head = format!("{} · ", t.stamp_head);
    let room = inner - f64::from(approx_text_width(&head, STAMP));
    let stamp = format!("{head}{}", shorten_link(&t.link, STAMP, room));
    lines.push(Line {
        text: stamp,
        x: PAD,
        y,
        size: STAMP,
        kind: Kind::Foot,
    });
    y += STAMP * 1.3 + PAD;
    Layout {
        width: WIDTH,
        height: y.ceil(),
        lines,
        rows,
        columns,
        glances,
    }
}

fn status_color(s: Status, pal: &Palette) -> RGBAColor {
    match s.met() {
        Some(true) => pal.good,
        Some(false) => pal.bad,
        None => pal.muted,
    }
}

/// Draws the tracker on an area of the layout's size times `scale`.
pub fn draw_tracker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    t: &Tracker,
    lay: &Layout,
    pal: &Palette,
    scale: f64,
) -> Result<(), String> {
    let s = Scale(scale);
    let px = |v: f64| s.px(v) as i32;
    root.fill(&pal.bg).map_err(err)?;
    let (left, right) = (px(PAD - 6.0), px(lay.width - PAD + 6.0));
    for (i, (top, h, status)) in lay.rows.iter().enumerate() {
        if i % 2 == 0 {
            root.draw(&Rectangle::new(
                [(left, px(*top)), (right, px(top + h))],
                pal.grid.mix(0.5).filled(),
            ))
            .map_err(err)?;
        }
        // The swatch: a square in the status's colour, hollow where nothing settles it.
        let (x, y) = (px(lay.columns[0].0), px(top + 6.0));
        let k = px(9.0);
        let color = status_color(*status, pal);
        let style = if status.met().is_some() {
            color.filled()
        } else {
            ShapeStyle::from(color).stroke_width(s.px(1.5))
        };
        root.draw(&Rectangle::new([(x, y), (x + k, y + k)], style))
            .map_err(err)?;
    }
    for ((x, y), k) in &lay.glances {
        if let Some(spec) = t.rows.get(*k).and_then(|r| r.glance.as_ref()) {
            let area = root
                .clone()
                .shrink((px(*x), px(*y)), (s.px(GLANCE.0), s.px(GLANCE.1)));
            draw_glance(&area, spec, pal, scale)?;
        }
    }
    for l in &lay.lines {
        let (color, bold) = match l.kind {
            Kind::Title | Kind::Head => (pal.fg, true),
            Kind::Subtitle | Kind::Cell => (pal.fg, false),
            Kind::Status(st) => (status_color(st, pal), false),
            Kind::Foot => (pal.muted, false),
        };
        super::draw_words(
            root,
            &l.text,
            (px(l.x), px(l.y)),
            l.size * scale,
            &color,
            bold,
        )?;
    }
    root.present().map_err(err)
}

/// The tracker as an SVG document, with its title and stamp also in `<title>` and `<desc>`.
pub fn tracker_svg(t: &Tracker, pal: &Palette) -> Result<String, String> {
    let lay = layout(t);
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (lay.width as u32, lay.height as u32))
            .into_drawing_area();
        draw_tracker(&root, t, &lay, pal, 1.0)?;
    }
    Ok(super::svg_document(
        &buf,
        &t.title,
        &format!("{} · {}", t.stamp_head, t.link),
    ))
}
