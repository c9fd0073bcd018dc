use super::platform;
use super::platform::canvas::chart_height;
use super::state::Ctx;
use crate::chart::{draw_stamped, svg, Drawing, STAMP_HEIGHT};
use crate::data::{dataset, DATASET_SHA256};
use jinan_model::export::{csv, file_name, stamp, stamp_line};
use jinan_model::scenario::{Indicator, Lang};
use jinan_model::text::{indicator_name, words};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;

/// Width of exported charts in CSS pixels; PNGs are drawn at twice that.
const EXPORT_WIDTH: f64 = 960.0;

/// Downloads of one chart: PNG at 2×, SVG (the same drawing code), and CSV of its numbers. Each
/// carries the reproducibility stamp.
#[component]
pub fn ExportButtons(ctx: Ctx, indicator: Indicator, drawing: Memo<Drawing>) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = words(lang);
    let status = RwSignal::new(None::<String>);
    let current_stamp = move || {
        ctx.scenario.with(|s| {
            stamp(
                dataset(),
                DATASET_SHA256,
                lang,
                &platform::address::page_url(),
                s,
            )
        })
    };
    let report = move |r: Result<(), String>| status.set(r.err());

    let png = move |_| {
        let st = stamp_line(&current_stamp());
        let pal = ctx.palette.get_untracked();
        report(drawing.with_untracked(|d| {
            let canvas = document()
                .create_element("canvas")
                .map_err(|_| "no canvas")?
                .dyn_into::<web_sys::HtmlCanvasElement>()
                .map_err(|_| "no canvas")?;
            let scale = 2.0;
            canvas.set_width((EXPORT_WIDTH * scale) as u32);
            canvas.set_height(((chart_height(EXPORT_WIDTH) + STAMP_HEIGHT) * scale) as u32);
            let backend =
                CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2D canvas context")?;
            draw_stamped(&backend.into_drawing_area(), d, &pal, scale, &st)?;
            let url = canvas
                .to_data_url_with_type("image/png")
                .map_err(|_| "the browser refused to encode the image")?;
            platform::files::download_data_url(&file_name(Some(indicator), "png"), &url)
        }));
    };
    let svg_file = move |_| {
        let st = stamp_line(&current_stamp());
        let pal = ctx.palette.get_untracked();
        let title = format!(
            "{} · {}",
            indicator_name(lang, indicator),
            words(lang).app_name
        );
        report(drawing.with_untracked(|d| {
            let text = svg(
                d,
                &pal,
                EXPORT_WIDTH as u32,
                chart_height(EXPORT_WIDTH) as u32,
                &st,
                &title,
            )?;
            platform::files::download(&file_name(Some(indicator), "svg"), "image/svg+xml", &text)
        }));
    };
    let csv_file = move |_| {
        let st = current_stamp();
        let text = ctx
            .outlook(indicator)
            .with_untracked(|o| csv(dataset(), o, &st, lang));
        report(platform::files::download(
            &file_name(Some(indicator), "csv"),
            "text/csv;charset=utf-8",
            &text,
        ));
    };
    let label = |what: &str| match lang {
        Lang::Zh => format!("下载{}：{what}", indicator_name(lang, indicator)),
        Lang::En => format!("Download {} as {what}", indicator_name(lang, indicator)),
    };
    let code = indicator.code();
    view! {
        <div class="exports" role="group" aria-label=w.download>
            <span class="muted small">{w.download}": "</span>
            <button type="button" data-testid=format!("download-png-{code}") aria-label=label("PNG") on:click=png>"PNG"</button>
            <button type="button" data-testid=format!("download-svg-{code}") aria-label=label("SVG") on:click=svg_file>"SVG"</button>
            <button type="button" data-testid=format!("download-csv-{code}") aria-label=label("CSV") on:click=csv_file>"CSV"</button>
            <Show when=move || status.with(Option::is_some)>
                <span class="error" role="alert">{move || status.get()}</span>
            </Show>
        </div>
    }
}
