use super::section_nav::open_section;
use crate::data::PROMISE_COUNTS;
use crate::ui::state::Ctx;
use jinan_model::page::Section;
use jinan_model::text::{promises_summary, tracker_words};
use leptos::prelude::*;

/// The line under the targets' verdicts that counts all of the plan's promises by status and
/// opens the tracker (`#promises`). The counts were made at build time from the whole dataset.
#[component]
pub fn PromisesLink(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = tracker_words(lang);
    view! {
        <p class="promises-link" data-testid="promises-link" data-box="promises-link" data-waits>
            <a
                href=format!("#{}", Section::Promises.id())
                on:click=move |ev| {
                    ev.prevent_default();
                    open_section(ctx, Section::Promises.id());
                }
            >
                {promises_summary(lang, &PROMISE_COUNTS)}
                " "
                <span class="see-each">{w.see_each}" →"</span>
            </a>
        </p>
    }
}
