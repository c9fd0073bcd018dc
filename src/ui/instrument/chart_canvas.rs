use crate::chart::Drawing;
use crate::ui::platform;
use crate::ui::platform::canvas::draw_on;
use crate::ui::state::{Ctx, Stage};
use leptos::prelude::*;

/// The widths (CSS pixels) at which the first screen carries a chart, each with the class the
/// page's CSS shows it by: a phone's and a wider screen's (`.narrow` below 600 px, `.wide` from
/// 600 px).
pub type FirstScreenWidths = &'static [(u32, &'static str)];

/// The chart on the page: two canvases, one over the other. The back one holds what a slider
/// cannot change (the frame); the front one, transparent, holds the lines. Each redraws when
/// its drawing, the theme or the width changes, and only then: a slider move redraws the front.
///
/// At build time it is the same picture as SVG, at each of `first_screen`'s widths. The
/// take-over moves that picture into the live chart, which keeps it, drawing nothing, if it is
/// the very drawing the canvases would draw, until anything changes (a setting, the theme, the
/// width).
#[component]
pub fn ChartCanvas(
    ctx: Ctx,
    back: Memo<Drawing>,
    front: Memo<Option<Drawing>>,
    /// `data-testid` of the back canvas (the front one's adds `-lines`), and the name of the
    /// performance mark of its first drawing.
    #[prop(into)]
    testid: Signal<String>,
    #[prop(into)] label: Signal<String>,
    /// The id of the text that describes the chart.
    described_by: String,
    /// The chart's height for its width, in CSS pixels.
    height: fn(f64) -> f64,
    /// Whether the CSS sets the box's height (the instrument's and the widget's charts, whose
    /// box is there before the first drawing): then the canvas fills it.
    #[prop(optional)]
    css_height: bool,
    /// The indicator whose chart this is, for the take-over to find the first screen's.
    #[prop(optional)]
    chart: Option<&'static str>,
    /// What identifies the picture this chart draws (`chart_drawings`): the first screen's is
    /// kept where it is the same.
    #[prop(optional, into)]
    picture: Option<Signal<String>>,
    /// Where the first screen carries this chart (none: it does not).
    #[prop(optional)]
    first_screen: FirstScreenWidths,
    /// What lies over the chart (predict mode's drawing surface).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    if ctx.at_build_time() {
        let key = picture.map(|p| p.get_untracked()).unwrap_or_default();
        return at_build(back, front, height, chart, &key, first_screen).into_any();
    }
    let width = RwSignal::new(0.0);
    let holder = NodeRef::<leptos::html::Div>::new();
    let back_canvas = NodeRef::<leptos::html::Canvas>::new();
    let front_canvas = NodeRef::<leptos::html::Canvas>::new();
    let error = RwSignal::new(None::<String>);
    // Whether the first screen's picture stands in for the canvases (until something changes).
    let adopted = StoredValue::new(None::<bool>);
    Effect::new(move |_| {
        if let Some(el) = holder.get() {
            platform::screen::observe_width(&el, width);
        }
    });
    // Charts draw once the live view is on show, and at its width.
    let drawable = move || ctx.stage.get() >= Stage::Shown;
    let mark_shown = move || {
        platform::screen::mark(&format!("drawn-{}", testid.get_untracked()));
    };
    // Decided once, at the first drawing: the first screen's picture of this very drawing is
    // kept (at another width than it was drawn for it shows scaled, as it did before; the
    // reader's first change redraws at the true width).
    let adopt = move || -> bool {
        if let Some(a) = adopted.get_value() {
            return a;
        }
        let Some(el) = holder.get_untracked() else {
            return false;
        };
        let key = picture.map(|p| p.get_untracked());
        let kept = platform::first_screen::parked(&el)
            .iter()
            .any(|(k, _)| Some(k) == key.as_ref());
        if kept {
            // The chart's words are the picture's own (`<text>`), so the canvas has none.
            let _ = el.set_attribute("data-adopted", "1");
            mark_shown();
        } else {
            platform::first_screen::unpark(&el);
        }
        adopted.set_value(Some(kept));
        kept
    };
    // Counts drawings in `data-draws`: the tests check that a slider redraws only the lines,
    // and the benchmark times the moment the first drawing ends.
    let count = move |c: &web_sys::HtmlCanvasElement| {
        let draws: u32 = c
            .get_attribute("data-draws")
            .and_then(|d| d.parse().ok())
            .unwrap_or(0);
        let _ = c.set_attribute("data-draws", &(draws + 1).to_string());
        if draws == 0 && c.get_attribute("class").is_none() {
            mark_shown();
        }
    };
    let draw_back = move |c: &web_sys::HtmlCanvasElement, w: f64| {
        let pal = ctx.palette.get();
        error.set(
            back.with(|d| {
                draw_on(c, w, height(w), !css_height, |root, scale| {
                    d.draw(root, &pal, scale)
                })
            })
            .err(),
        );
        count(c);
    };
    // Each layer's first run with a width on show may keep the picture; any later run of either
    // is a change: the picture goes and both layers draw (the back was never drawn).
    let seen = StoredValue::new(0u8);
    let first_run = move |layer: u8| {
        let s = seen.get_value();
        seen.set_value(s | layer);
        s & layer == 0
    };
    let give_up_picture = move || {
        if adopted.get_value() != Some(true) {
            return false;
        }
        adopted.set_value(Some(false));
        if let Some(el) = holder.get_untracked() {
            platform::first_screen::unpark(&el);
            let _ = el.remove_attribute("data-adopted");
        }
        true
    };
    const BACK: u8 = 1;
    const FRONT: u8 = 2;
    Effect::new(move |_| {
        let (Some(c), w) = (back_canvas.get(), width.get()) else {
            return;
        };
        // Read, not only tracked: a memo never computed has no sources to hear a change from.
        back.with(|_| ());
        ctx.palette.track();
        if w <= 0.0 || !drawable() || (first_run(BACK) && adopt()) {
            return;
        }
        give_up_picture();
        draw_back(&c, w);
    });
    Effect::new(move |_| {
        let (Some(c), w) = (front_canvas.get(), width.get()) else {
            return;
        };
        front.with(|_| ());
        ctx.palette.track();
        if w <= 0.0 || !drawable() || (first_run(FRONT) && adopt()) {
            return;
        }
        if give_up_picture() {
            if let Some(b) = back_canvas.get_untracked() {
                draw_back(&b, w);
            }
        }
        let pal = ctx.palette.get();
        let mut words = Vec::new();
        let mut at = 1.0;
        let drawn = front.with(|d| {
            draw_on(&c, w, height(w), !css_height, |root, scale| {
                at = scale;
                match d {
                    Some(d) => d.draw_words(root, &pal, scale).map(|p| words = p),
                    None => Ok(()),
                }
            })
        });
        if let Err(e) = drawn {
            error.set(Some(e));
        }
        // Where the chart's words went, in CSS pixels: a testing contract, as `data-value` is.
        let _ = c.set_attribute("data-labels", &labels_json(&words, at));
        count(&c);
    });
    view! {
        <div class="chart" node_ref=holder data-box="chart" data-chart=chart>
            <canvas node_ref=back_canvas data-testid=testid role="img" aria-label=label aria-describedby=described_by></canvas>
            <canvas node_ref=front_canvas class="lines" data-testid=move || format!("{}-lines", testid.get()) aria-hidden="true"></canvas>
            {children.map(|c| c())}
            <Show when=move || error.with(Option::is_some)>
                <p class="error" role="alert">{move || error.get()}</p>
            </Show>
        </div>
    }
    .into_any()
}

/// The chart as the first screen carries it: the picture at each width, in the chart's box.
#[cfg(not(target_arch = "wasm32"))]
fn at_build(
    back: Memo<Drawing>,
    front: Memo<Option<Drawing>>,
    height: fn(f64) -> f64,
    chart: Option<&'static str>,
    key: &str,
    widths: FirstScreenWidths,
) -> impl IntoView {
    let svgs: String = back.with_untracked(|b| {
        front.with_untracked(|f| {
            widths
                .iter()
                .filter_map(|&(w, class)| {
                    let h = height(f64::from(w)).round() as u32;
                    crate::chart::inline_svg::inline_svg(b, f.as_ref(), (w, h), class, key).ok()
                })
                .collect()
        })
    });
    view! { <div class="chart" data-box="chart" data-chart=chart inner_html=svgs></div> }
}

/// The wasm never renders at build time.
#[cfg(target_arch = "wasm32")]
fn at_build(
    _: Memo<Drawing>,
    _: Memo<Option<Drawing>>,
    _: fn(f64) -> f64,
    _: Option<&'static str>,
    _: &str,
    _: FirstScreenWidths,
) -> impl IntoView {
}

/// The placed words as JSON: key, text and box (left, top, right, bottom) in CSS pixels.
fn labels_json(words: &[crate::chart::labels::Placed], scale: f64) -> String {
    let items: Vec<String> = words
        .iter()
        .map(|p| {
            let b = p.text_box;
            format!(
                "{{\"key\":\"{}\",\"text\":{},\"size\":{},\"box\":[{},{},{},{}]}}",
                p.key.class(),
                json_string(&p.text),
                p.size / scale,
                b.x0 / scale,
                b.y0 / scale,
                b.x1 / scale,
                b.y1 / scale
            )
        })
        .collect();
    format!("[{}]", items.join(","))
}

/// A JSON string literal (the words hold no control characters; quotes and backslashes are
/// escaped all the same).
fn json_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}
