use super::section_nav::open_section;
use crate::ui::state::Ctx;
use jinan_model::page::Section;
use jinan_model::scenario::{Lang, Theme};
use leptos::prelude::*;

/// The title, the question, the language and colour switches, and the way to share.
#[component]
pub fn HeaderBar(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let s = ctx.scenario;
    let lang_button = move |l: Lang, name: &'static str| {
        view! {
            <button
                type="button"
                lang=l.tag()
                aria-pressed=(lang == l).to_string()
                data-testid=format!("lang-{}", l.code())
                on:click=move |_| s.update(|s| s.lang = Some(l))
            >
                {name}
            </button>
        }
    };
    view! {
        <header class="page-header" data-box="header">
            <div class="titles">
                <h1>{w.app_name}</h1>
                <p class="question">{w.question}</p>
            </div>
            <div class="switches">
                <div role="group" aria-label=w.language class="lang-switch">
                    {jinan_model::text::LANGUAGE_NAMES.map(|(l, name)| lang_button(l, name))}
                </div>
                // The theme is the reader's, not the scenario's: there in reading mode too, so
                // that the header is the same for every link (the first screen shows it so).
                <label class="visually-hidden" for="theme">{w.theme}</label>
                <select
                    id="theme"
                    class="theme-switch"
                    title=w.theme
                    on:change=move |ev| {
                        let t = match event_target_value(&ev).as_str() {
                            "light" => Theme::Light,
                            "dark" => Theme::Dark,
                            _ => Theme::Auto,
                        };
                        s.update(|s| s.theme = t);
                    }
                >
                    <option value="auto" selected=move || s.with(|s| s.theme == Theme::Auto)>{w.theme_auto}</option>
                    <option value="light" selected=move || s.with(|s| s.theme == Theme::Light)>{w.theme_light}</option>
                    <option value="dark" selected=move || s.with(|s| s.theme == Theme::Dark)>{w.theme_dark}</option>
                </select>
                <a
                    class="button"
                    href=format!("#{}", Section::Share.id())
                    data-testid="share-link-top"
                    on:click=move |ev| {
                        ev.prevent_default();
                        open_section(ctx, Section::Share.id());
                    }
                >
                    {w.share}
                </a>
            </div>
        </header>
    }
}
