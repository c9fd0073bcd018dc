use super::platform;
use super::platform::canvas::draw_on;
use super::state::Ctx;
use crate::chart::Drawing;
use leptos::prelude::*;

/// A canvas that redraws when its drawing, the theme or its container's width changes, and
/// only then.
#[component]
pub fn ChartCanvas(
    ctx: Ctx,
    drawing: Memo<Drawing>,
    /// `data-testid` of the canvas, and the name of the performance mark of its first drawing.
    #[prop(into)]
    testid: Signal<String>,
    #[prop(into)] label: Signal<String>,
    /// The id of the text that describes the chart.
    described_by: String,
) -> impl IntoView {
    let width = RwSignal::new(0.0);
    let holder = NodeRef::<leptos::html::Div>::new();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if let Some(el) = holder.get() {
            platform::screen::observe_width(&el, width);
        }
    });
    // Counts drawings in `data-draws`: the tests check that a slider redraws only its own chart,
    // and the benchmark times the moment a drawing ends.
    Effect::new(move |draws: Option<u32>| {
        let draws = draws.unwrap_or(0);
        let (Some(c), w) = (canvas.get(), width.get()) else {
            return draws;
        };
        if w <= 0.0 {
            return draws;
        }
        let pal = ctx.palette.get();
        error.set(
            drawing
                .with(|d| draw_on(&c, w, |root, scale| d.draw(root, &pal, scale)))
                .err(),
        );
        if draws == 0 {
            platform::screen::mark(&format!("drawn-{}", testid.get_untracked()));
        }
        let _ = c.set_attribute("data-draws", &(draws + 1).to_string());
        draws + 1
    });
    view! {
        <div class="chart" node_ref=holder>
            <canvas node_ref=canvas data-testid=testid role="img" aria-label=label aria-describedby=described_by></canvas>
            <Show when=move || error.with(Option::is_some)>
                <p class="error" role="alert">{move || error.get()}</p>
            </Show>
        </div>
    }
}
