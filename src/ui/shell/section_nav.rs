use crate::ui::platform;
use crate::ui::platform::more::{self, Loading};
use crate::ui::state::Ctx;
use leptos::prelude::*;

/// Brings a reader to a section below: loads the sections if they are not there yet, then
/// scrolls to it once it is built.
pub fn open_section(ctx: Ctx, id: &'static str) {
    more::load(ctx.more);
    platform::screen::scroll_to_when_present(id);
}

/// Loads the sections when the browser is idle after the first chart, and makes the offline
/// copy once they have arrived (from the browser's cache). Called once per page, outside the
/// part rebuilt for a change of language.
pub fn load_sections_when_idle(ctx: Ctx) {
    let state = ctx.more;
    request_animation_frame(move || more::when_idle(move || more::load(state)));
    Effect::new(move |done: Option<bool>| {
        let loaded = state.get() == Loading::Loaded;
        if loaded && done != Some(true) {
            platform::offline::register_offline_worker();
        }
        loaded || done == Some(true)
    });
}

/// The sections below, as a row of links: what was recorded, scenarios, how it is calculated,
/// the plan, share and download. The sections themselves are the second wasm, loaded when the
/// browser is idle after the first chart, or at once when a link is followed.
#[component]
pub fn SectionNav(ctx: Ctx) -> impl IntoView {
    let w = ctx.words();
    let state = ctx.more;
    let link = move |id: &'static str, text: &'static str| {
        view! {
            <li>
                <a
                    href=format!("#{id}")
                    on:click=move |ev| {
                        ev.prevent_default();
                        open_section(ctx, id);
                    }
                >
                    {text}
                </a>
            </li>
        }
    };
    view! {
        <nav class="section-nav" aria-label=w.sections_label data-testid="section-nav">
            <ul>
                {link("recorded", w.nav_recorded)}
                {link("scenarios", w.nav_scenarios)}
                {link("math", w.nav_math)}
                {link("plan", w.nav_plan)}
                {link("share", w.nav_share)}
            </ul>
            <p class="more-state" role="status" data-testid="more-state" data-value=move || format!("{:?}", state.get()).to_lowercase()>
                {move || match state.get() {
                    Loading::Loading => w.more_loading.into_any(),
                    Loading::Failed => view! {
                        {w.more_failed}
                        " "
                        <button type="button" data-testid="more-retry" on:click=move |_| more::load(state)>{w.retry}</button>
                    }
                    .into_any(),
                    _ => ().into_any(),
                }}
            </p>
        </nav>
    }
}
