use crate::chart::glance::{draw_glance, GlanceSpec, SIZE};
use crate::ui::platform::canvas::draw_on;
use crate::ui::state::Ctx;
use jinan_model::dataset::Target;
use jinan_model::text::glance_words;
use leptos::prelude::*;

/// A target's record at a glance, in its tracker row: the chart the tracker's image carries too,
/// drawn on a canvas (redrawn with the theme), its words as its text alternative.
#[component]
pub fn RecordGlance(ctx: Ctx, target: &'static Target, spec: GlanceSpec) -> impl IntoView {
    let lang = ctx.lang_now();
    let label = glance_words(lang, target, &spec.marks);
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let Some(c) = canvas.get() else {
            return;
        };
        let pal = ctx.palette.get();
        let drawn = draw_on(&c, SIZE.0, SIZE.1, true, |root, scale| {
            draw_glance(root, &spec, &pal, scale).map(|_| ())
        });
        error.set(drawn.err());
        let _ = c.set_attribute("data-drawn", "1");
    });
    view! {
        <canvas
            class="glance"
            node_ref=canvas
            role="img"
            aria-label=label
            data-testid=format!("glance-{}", target.id)
            width=SIZE.0
            height=SIZE.1
        ></canvas>
        <Show when=move || error.with(Option::is_some)>
            <p class="error" role="alert">{move || error.get()}</p>
        </Show>
    }
}
