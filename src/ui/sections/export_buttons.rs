use crate::chart::pathway::pathway_spec;
use crate::chart::poster::{draw_poster, layout, poster, poster_svg, Poster, PosterInputs, Preset};
use crate::chart::whole_drawing;
use crate::data::DATASET_SHA256;
use crate::ui::platform;
use crate::ui::state::Ctx;
use jinan_model::export::{csv, file_name, stamp};
use jinan_model::scenario::Indicator;
use jinan_model::text::{download_label, indicator_name, section_words};
use leptos::prelude::*;

/// Pixels per CSS pixel of the PNGs.
const PNG_SCALE: f64 = 2.0;

/// Downloads of one indicator's chart as an image a newsroom can publish (PNG at 2×, or SVG
/// from the same drawing code) at the chosen size, and CSV of its numbers. Each carries the
/// reproducibility stamp.
#[component]
pub fn ExportButtons(ctx: Ctx, indicator: Indicator, preset: RwSignal<Preset>) -> impl IntoView {
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
    let make_poster = move || -> Poster {
        let o = ctx.outlook(indicator).get_untracked();
        let b = ctx.outlook_b(indicator).get_untracked();
        let to = ctx.to.get_untracked();
        // The image is the page's chart: with the reader's line in predict mode.
        let drawn = ctx
            .scenario
            .with_untracked(|s| s.predict.then(|| s.drawn(indicator).clone()));
        let spec = o
            .base
            .is_some()
            .then(|| pathway_spec(data, &o, b.as_ref(), lang, to, ctx.reveal(), drawn.as_ref()));
        let chart = whole_drawing(data, spec, indicator, ctx.from.get_untracked(), lang);
        let st = current_stamp();
        ctx.scenario.with_untracked(|s| {
            poster(PosterInputs {
                data,
                scenario: s,
                outlook: &o,
                chart,
                verdict: ctx.verdict(indicator),
                stamp: &st,
                lang,
            })
        })
    };
    let report = move |r: Result<(), String>| status.set(r.err());
    let name = move |ext: &str| {
        format!(
            "jinan-pathways-{}-{}.{ext}",
            indicator.code(),
            preset.get_untracked().code()
        )
    };

    let png = move |_| {
        let p = make_poster();
        let lay = layout(&p, preset.get_untracked());
        let pal = ctx.palette.get_untracked();
        report(
            platform::canvas::png_data_url(lay.width, lay.height, PNG_SCALE, |root| {
                draw_poster(root, &p, &lay, &pal, PNG_SCALE)
            })
            .and_then(|url| platform::files::download_data_url(&name("png"), &url)),
        );
    };
    let svg_file = move |_| {
        let p = make_poster();
        let pal = ctx.palette.get_untracked();
        let text = poster_svg(&p, preset.get_untracked(), &pal);
        report(
            text.and_then(|text| platform::files::download(&name("svg"), "image/svg+xml", &text)),
        );
    };
    let csv_file = move |_| {
        let st = current_stamp();
        // The reader's line, in predict mode, as the chart shows it (from the base year on).
        let drawn = ctx.scenario.with_untracked(|s| {
            if s.predict {
                s.drawn(indicator).after(s.from)
            } else {
                Default::default()
            }
        });
        let text = ctx
            .outlook(indicator)
            .with_untracked(|o| csv(data, o, &st, lang, &drawn));
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
