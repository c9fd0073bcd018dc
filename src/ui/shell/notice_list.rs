use crate::ui::state::Ctx;
use jinan_model::text::notice;
use leptos::prelude::*;

/// What was corrected in the link, as text: nothing from the URL is ever inserted as HTML.
#[component]
pub fn NoticeList(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let notices = ctx.notices;
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <section class="notices" role="status" data-testid="notices">
                <p>
                    <strong>{w.notices_title}</strong>
                </p>
                <ul>
                    {move || notices.with(|n| n.iter().map(|x| view! { <li>{notice(lang, x)}</li> }).collect_view())}
                </ul>
                <button type="button" on:click=move |_| notices.set(Vec::new())>
                    {w.dismiss}
                </button>
            </section>
        </Show>
    }
}
