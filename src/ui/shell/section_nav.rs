use crate::ui::platform;
use crate::ui::platform::more::{self, Loading};
use crate::ui::state::Ctx;
use jinan_model::page::Section;
use leptos::prelude::*;

/// Brings a reader to a section below: loads the sections if they are not there yet, then
/// scrolls to it once it is built.
pub fn open_section(ctx: Ctx, id: &'static str) {
    more::load(ctx.more);
    platform::screen::scroll_to_when_present(id);
}

/// Loads the sections when the reader comes near them, follows a link to one, or prints; and
/// makes the offline copy, which keeps them too. Called once per page, outside the part rebuilt
/// for a change of language.
pub fn load_sections_when_near(ctx: Ctx) {
    let state = ctx.more;
    request_animation_frame(move || {
        more::when_near("more", move || more::load(state));
        // The offline copy fetches every file, the sections' too, off the main thread. While the
        // sections are loading it waits for them, so that it takes them from the browser's cache
        // rather than fetching them a second time.
        more::when_idle(move || {
            if state.get_untracked() == Loading::Idle {
                platform::offline::register_offline_worker();
            }
        });
    });
    more::before_print(move || more::load(state));
    if let Some(id) = platform::screen::section_in_fragment(Section::ALL.map(Section::id)) {
        open_section(ctx, id);
    }
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
/// reader comes near them, or at once when a link is followed.
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
        <nav class="section-nav" aria-label=w.sections_label data-testid="section-nav" data-box="nav" data-waits>
            <ul>
                {Section::NAV
                    .map(Section::id)
                    .into_iter()
                    .zip([w.nav_recorded, w.nav_scenarios, w.nav_math, w.nav_plan, w.nav_share])
                    .map(|(id, text)| link(id, text))
                    .collect_view()}
            </ul>
            <p class="more-state" role="status" data-testid="more-state" data-value=move || state.get().code()>
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
