use crate::chart::pathway::pathway_spec;
use crate::chart::{draw_stamped, svg, Drawing, STAMP_HEIGHT};
use crate::data::DATASET_SHA256;
use crate::ui::instrument::instrument::page_chart_height;
use crate::ui::platform;
use crate::ui::state::Ctx;
use jinan_model::export::{csv, file_name, stamp, stamp_line};
use jinan_model::scenario::Indicator;
use jinan_model::text::{download_label, indicator_name, section_words, words};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;

/// Width of exported charts in CSS pixels; PNGs are drawn at twice that.
const EXPORT_WIDTH: f64 = 960.0;

/// Downloads of one indicator's chart: PNG at 2×, SVG (the same drawing code), and CSV of its
/// numbers. Each carries the reproducibility stamp.
#[component]
pub fn ExportButtons(ctx: Ctx, indicator: Indicator) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = section_words(lang);
    let data = ctx.data;
    let status = RwSignal::new(None::<String>);
    let current_stamp = move || {
        ctx.scenario.with_untracked(|s| {
            stamp(
                data,
                DATASET_SHA256,
                lang,
                &platform::address::page_url(),
                s,
            )
        })
    };
    let drawing = move || {
        let o = ctx.outlook(indicator).get_untracked();
        let b = ctx.outlook_b(indicator).get_untracked();
        let to = ctx.to.get_untracked();
        let guess = ctx.guesses[indicator as usize].get_untracked();
        Drawing::Pathway(Box::new(pathway_spec(
            data,
            &o,
            b.as_ref(),
            lang,
            to,
            ctx.reveal(),
            guess,
        )))
    };
    let report = move |r: Result<(), String>| status.set(r.err());

    let png = move |_| {
        let st = stamp_line(&current_stamp());
        let pal = ctx.palette.get_untracked();
        let d = drawing();
        report((|| {
            let canvas = document()
                .create_element("canvas")
                .map_err(|_| "no canvas")?
                .dyn_into::<web_sys::HtmlCanvasElement>()
                .map_err(|_| "no canvas")?;
            let scale = 2.0;
            canvas.set_width((EXPORT_WIDTH * scale) as u32);
            canvas.set_height(((page_chart_height(EXPORT_WIDTH) + STAMP_HEIGHT) * scale) as u32);
            let backend =
                CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2D canvas context")?;
            draw_stamped(&backend.into_drawing_area(), &d, &pal, scale, &st)?;
            let url = canvas
                .to_data_url_with_type("image/png")
                .map_err(|_| "the browser refused to encode the image")?;
            platform::files::download_data_url(&file_name(Some(indicator), "png"), &url)
        })());
    };
    let svg_file = move |_| {
        let st = stamp_line(&current_stamp());
        let pal = ctx.palette.get_untracked();
        let title = format!(
            "{} · {}",
            indicator_name(lang, indicator),
            words(lang).app_name
        );
        let text = svg(
            &drawing(),
            &pal,
            EXPORT_WIDTH as u32,
            page_chart_height(EXPORT_WIDTH) as u32,
            &st,
            &title,
        );
        report(text.and_then(|text| {
            platform::files::download(&file_name(Some(indicator), "svg"), "image/svg+xml", &text)
        }));
    };
    let csv_file = move |_| {
        let st = current_stamp();
        let text = ctx
            .outlook(indicator)
            .with_untracked(|o| csv(data, o, &st, lang));
        report(platform::files::download(
            &file_name(Some(indicator), "csv"),
            "text/csv;charset=utf-8",
            &text,
        ));
    };
    let code = indicator.code();
    view! {
        <div class="exports" role="group" aria-label=format!("{}: {}", indicator_name(lang, indicator), w.download)>
            <span class="export-name">{indicator_name(lang, indicator)}</span>
            <button type="button" data-testid=format!("download-png-{code}") aria-label=download_label(lang, indicator, "PNG") on:click=png>"PNG"</button>
            <button type="button" data-testid=format!("download-svg-{code}") aria-label=download_label(lang, indicator, "SVG") on:click=svg_file>"SVG"</button>
            <button type="button" data-testid=format!("download-csv-{code}") aria-label=download_label(lang, indicator, "CSV") on:click=csv_file>"CSV"</button>
            <Show when=move || status.with(Option::is_some)>
                <span class="error" role="alert">{move || status.get()}</span>
            </Show>
        </div>
    }
}
