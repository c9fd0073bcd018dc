use super::export_buttons::ExportButtons;
use crate::chart::poster::Preset;
use crate::data::DATASET_SHA256;
use crate::ui::platform;
use crate::ui::state::Ctx;
use jinan_model::export::{embed_code, file_name, json, scenario_url, stamp};
use jinan_model::page::Section;
use jinan_model::scenario::Indicator;
use jinan_model::text::section_words;
use leptos::prelude::*;

/// Share and download: the link to this exact scenario, the embed code (both follow the
/// scenario as it changes), the charts as images and their numbers, and the scenario with its
/// results as JSON.
#[component]
pub fn SharePanel(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = section_words(lang);
    let data = ctx.data;
    let page = platform::address::page_url();
    let link = {
        let page = page.clone();
        Memo::new(move |_| ctx.scenario.with(|s| scenario_url(&page, s)))
    };
    let title = w.embed_title;
    let preset = RwSignal::new(Preset::Article);
    let code = {
        let page = page.clone();
        Memo::new(move |_| ctx.scenario.with(|s| embed_code(&page, s, title)))
    };
    let status = RwSignal::new(None::<(&'static str, String)>);
    let copy = move |id: &'static str, text: String| {
        platform::clipboard::copy_text(&text, move |ok| {
            if !ok {
                platform::clipboard::select_all(id);
            }
            status.set(Some((
                id,
                if ok { w.copied } else { w.copy_failed }.to_string(),
            )));
        });
    };
    let json_file = move |_| {
        let text = ctx.scenario.with_untracked(|s| {
            let st = stamp(data, DATASET_SHA256, lang, &page, s);
            let a: Vec<_> = Indicator::ALL
                .iter()
                .map(|&i| ctx.outlook(i).get_untracked())
                .collect();
            let b: Vec<_> = Indicator::ALL
                .iter()
                .filter_map(|&i| ctx.outlook_b(i).get_untracked())
                .collect();
            json(s, &a, &b, &st)
        });
        if let Err(e) =
            platform::files::download(&file_name(None, "json"), "application/json", &text)
        {
            status.set(Some(("json", e)));
        }
    };
    let note = move |id: &'static str| {
        move || {
            status
                .get()
                .filter(|(which, _)| *which == id)
                .map(|(_, text)| text)
        }
    };
    view! {
        <section class="share" id=Section::Share.id() aria-labelledby=Section::Share.title_id()>
            <h2 id=Section::Share.title_id()>{w.share_title}</h2>
            <div class="control">
                <label for="share-link">{w.share_link}</label>
                <div class="control-row">
                    <input id="share-link" type="text" readonly prop:value=move || link.get() data-testid="share-link" />
                    <button type="button" data-testid="copy-link" on:click=move |_| copy("share-link", link.get_untracked())>{w.copy}</button>
                </div>
                <p class="control-msg ok" role="status">{note("share-link")}</p>
            </div>
            <div class="control">
                <label for="share-embed">{w.share_embed}</label>
                <textarea id="share-embed" readonly rows="4" prop:value=move || code.get() data-testid="embed-code"></textarea>
                <div class="control-row">
                    <button type="button" data-testid="copy-embed" on:click=move |_| copy("share-embed", code.get_untracked())>{w.copy}</button>
                    <span class="muted small">{w.share_embed_note}</span>
                </div>
                <p class="control-msg ok" role="status">{note("share-embed")}</p>
            </div>
            <h3>{w.image_for}</h3>
            <fieldset class="image-size">
                <legend>{w.image_size}</legend>
                {Preset::ALL
                    .into_iter()
                    .zip(w.image_presets)
                    .map(|(p, label)| {
                        let id = format!("image-{}", p.code());
                        view! {
                            <input type="radio" name="image-size" id=id.clone() data-testid=id.clone()
                                prop:checked=move || preset.get() == p
                                on:change=move |_| preset.set(p) />
                            <label for=id>{label}</label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            {Indicator::ALL
                .into_iter()
                .map(|i| view! {
                    <Show when=move || ctx.scenario.with(|s| s.show.has(i))>
                        <ExportButtons ctx=ctx indicator=i preset=preset />
                    </Show>
                })
                .collect_view()}
            <p>
                <button type="button" data-testid="download-json" on:click=json_file>{w.download_json}</button>
                <span class="error" role="alert">{note("json")}</span>
            </p>
        </section>
    }
}
