use super::state::Ctx;
use jinan_model::text::{notice, words};
use leptos::prelude::*;

/// What was corrected in the link, as text: nothing from the URL is ever inserted as HTML.
#[component]
pub fn NoticeList(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);
    let notices = ctx.notices;
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <section class="notices" role="status" data-testid="notices">
                <p>
                    <strong>{w.notices_title}</strong>
                </p>
                <ul>
                    {move || {
                        let lang = lang;
                        notices.with(|n| n.iter().map(|x| view! { <li>{notice(lang, x)}</li> }).collect_view())
                    }}
                </ul>
                <button type="button" on:click=move |_| notices.set(Vec::new())>
                    {if lang == jinan_model::scenario::Lang::Zh { "知道了" } else { "Dismiss" }}
                </button>
            </section>
        </Show>
    }
}
