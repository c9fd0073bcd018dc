use crate::chart::tracker::{draw_tracker, layout, tracker, tracker_svg};
use crate::data::DATASET_SHA256;
use crate::ui::platform;
use crate::ui::state::Ctx;
use jinan_model::export::{promises_csv, promises_json, stamp};
use jinan_model::page::Section;
use jinan_model::text::tracker_words;
use leptos::prelude::*;

/// Pixels per CSS pixel of the PNG.
const PNG_SCALE: f64 = 2.0;

/// The register for journalists: every target with its status, evidence and sources as CSV and
/// JSON, and the tracker as an image (PNG at 2×, or SVG) at article width, in the page's
/// language and theme. Each carries the stamp; the link in it opens the tracker.
#[component]
pub fn PromiseDownloads(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = tracker_words(lang);
    let data = ctx.data;
    let status = RwSignal::new(None::<String>);
    // The tracker does not depend on the scenario: the stamp's link opens it, in this language.
    let current_stamp = move || {
        let page = platform::address::page_url();
        let mut st = ctx
            .scenario
            .with_untracked(|s| stamp(data, DATASET_SHA256, lang, &page, s));
        st.scenario_url = format!("{page}?lang={}#{}", lang.code(), Section::Promises.id());
        st
    };
    let name = move |ext: &str| format!("jinan-pathways-promises-{}.{ext}", lang.code());
    let report = move |r: Result<(), String>| status.set(r.err());
    let csv_file = move |_| {
        let text = promises_csv(data, &current_stamp(), lang);
        report(platform::files::download(
            &name("csv"),
            "text/csv;charset=utf-8",
            &text,
        ));
    };
    let json_file = move |_| {
        let text = promises_json(data, &current_stamp(), lang);
        report(platform::files::download(
            &name("json"),
            "application/json",
            &text,
        ));
    };
    let svg_file = move |_| {
        let t = tracker(data, &current_stamp(), lang);
        let pal = ctx.palette.get_untracked();
        report(
            tracker_svg(&t, &pal)
                .and_then(|text| platform::files::download(&name("svg"), "image/svg+xml", &text)),
        );
    };
    let png_file = move |_| {
        let t = tracker(data, &current_stamp(), lang);
        let lay = layout(&t);
        let pal = ctx.palette.get_untracked();
        report(
            platform::canvas::png_data_url(lay.width, lay.height, PNG_SCALE, |root| {
                draw_tracker(root, &t, &lay, &pal, PNG_SCALE)
            })
            .and_then(|url| platform::files::download_data_url(&name("png"), &url)),
        );
    };
    view! {
        <div class="exports" role="group" aria-label=w.downloads>
            <span class="export-name">{w.downloads}</span>
            <button type="button" data-testid="promises-csv" on:click=csv_file>"CSV"</button>
            <button type="button" data-testid="promises-json" on:click=json_file>"JSON"</button>
            <span class="export-name">{w.image}</span>
            <button type="button" data-testid="promises-png" on:click=png_file>"PNG"</button>
            <button type="button" data-testid="promises-svg" on:click=svg_file>"SVG"</button>
            <Show when=move || status.with(Option::is_some)>
                <span class="error" role="alert">{move || status.get()}</span>
            </Show>
        </div>
    }
}
