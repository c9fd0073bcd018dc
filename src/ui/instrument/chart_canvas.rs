use crate::chart::Drawing;
use crate::ui::platform;
use crate::ui::platform::canvas::draw_on;
use crate::ui::state::{Ctx, Stage};
use leptos::prelude::*;

/// The chart on the page: two canvases, one over the other. The back one holds what a slider
/// cannot change (the frame); the front one, transparent, holds the lines. Each redraws when
/// its drawing, the theme or the width changes, and only then: a slider move redraws the front.
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
    /// The indicator whose first-screen frame (built at build time) stands in the box until the
    /// first drawing.
    #[prop(optional)]
    frame_of: Option<&'static str>,
) -> impl IntoView {
    let width = RwSignal::new(0.0);
    let holder = NodeRef::<leptos::html::Div>::new();
    let back_canvas = NodeRef::<leptos::html::Canvas>::new();
    let front_canvas = NodeRef::<leptos::html::Canvas>::new();
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if let Some(el) = holder.get() {
            if let Some(code) = frame_of {
                platform::first_screen::adopt_frame(&el, code);
            }
            platform::screen::observe_width(&el, width);
        }
    });
    // The first view draws its charts in a task of their own, after the rest is in place.
    let drawable = move || ctx.stage.get() >= Stage::Drawn;
    // Counts drawings in `data-draws`: the tests check that a slider redraws only the lines,
    // and the benchmark times the moment the first drawing ends.
    let count = |c: &web_sys::HtmlCanvasElement, draws: u32| {
        let _ = c.set_attribute("data-draws", &(draws + 1).to_string());
        draws + 1
    };
    Effect::new(move |draws: Option<u32>| {
        let draws = draws.unwrap_or(0);
        let (Some(c), w) = (back_canvas.get(), width.get()) else {
            return draws;
        };
        if w <= 0.0 || !drawable() {
            return draws;
        }
        let pal = ctx.palette.get();
        error.set(
            back.with(|d| {
                draw_on(&c, w, height(w), !css_height, |root, scale| {
                    d.draw(root, &pal, scale)
                })
            })
            .err(),
        );
        if draws == 0 {
            if let Some(el) = holder.get_untracked() {
                platform::first_screen::drop_frame(&el);
            }
            platform::screen::mark(&format!("drawn-{}", testid.get_untracked()));
        }
        count(&c, draws)
    });
    Effect::new(move |draws: Option<u32>| {
        let draws = draws.unwrap_or(0);
        let (Some(c), w) = (front_canvas.get(), width.get()) else {
            return draws;
        };
        if w <= 0.0 || !drawable() {
            return draws;
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
        count(&c, draws)
    });
    view! {
        <div class="chart" node_ref=holder data-box="chart">
            <canvas node_ref=back_canvas data-testid=testid role="img" aria-label=label aria-describedby=described_by></canvas>
            <canvas node_ref=front_canvas class="lines" data-testid=move || format!("{}-lines", testid.get()) aria-hidden="true"></canvas>
            <Show when=move || error.with(Option::is_some)>
                <p class="error" role="alert">{move || error.get()}</p>
            </Show>
        </div>
    }
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
