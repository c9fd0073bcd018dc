use crate::ui::controls::number_control::NumberControl;
use crate::ui::state::Ctx;
use jinan_model::format;
use jinan_model::scenario::{pop_range, re_range, Mode, Settings, DEFL_RANGE, GDP_RANGE};
use jinan_model::text::{change, section_words};
use leptos::prelude::*;

/// Scenario B: switched on here, then set with its own sliders (modes follow A's, which keeps a
/// comparison like with like). B lives in the URL under `b_` keys, so a teacher can send both
/// scenarios as one link.
#[component]
pub fn CompareControls(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let s = ctx.scenario;
    let on = move || s.with(|s| s.b.is_some());
    let b = move |f: fn(&Settings) -> f64| {
        Signal::derive(move || s.with(|s| s.b.as_ref().map_or(f(&s.a), f)))
    };
    let set = move |f: fn(&mut Settings, f64)| {
        Callback::new(move |v: f64| {
            s.update(|s| {
                let mut b = s.b.unwrap_or(s.a);
                f(&mut b, v);
                s.b = Some(b);
            })
        })
    };
    let pop_mode = move || s.with(|s| s.b.map_or(s.a.pop_mode, |b| b.pop_mode));
    let re_mode = move || s.with(|s| s.b.map_or(s.a.re_mode, |b| b.re_mode));
    let unit_of = move |m: Mode, u: &'static str| match m {
        Mode::Rate => format!("% {}", w.per_year),
        Mode::Add => format!("{u} {}", w.per_year),
    };
    let sw = section_words(lang);
    let (title, toggle, note) = (sw.compare_title, sw.compare_toggle, sw.compare_note);
    view! {
        <section class="compare" aria-labelledby="compare-title">
            <h3 id="compare-title">{title}</h3>
            <div class="control check">
                <input
                    type="checkbox"
                    id="compare"
                    prop:checked=on
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        s.update(|s| s.b = if checked { Some(s.b.unwrap_or(s.a)) } else { None });
                    }
                />
                <label for="compare">{toggle}</label>
            </div>
            <Show when=on>
                <p class="muted small">{note}</p>
                <div class="compare-grid">
                    <NumberControl ctx=ctx id="b-gdp" label=sw.b_real.to_string()
                        unit=format!("% {}", w.per_year) range=GDP_RANGE value=b(|b| b.gdp)
                        valuetext=Signal::derive(move || format::rate(lang, b(|b| b.gdp).get()))
                        on_change=set(|b, v| b.gdp = v) />
                    <NumberControl ctx=ctx id="b-defl" label=sw.b_defl.to_string()
                        unit=format!("% {}", w.per_year) range=DEFL_RANGE value=b(|b| b.defl)
                        valuetext=Signal::derive(move || format::rate(lang, b(|b| b.defl).get()))
                        on_change=set(|b, v| b.defl = v) />
                    <NumberControl ctx=ctx id="b-pop" label=sw.b_pop.to_string()
                        unit=Signal::derive(move || unit_of(pop_mode(), format::data_unit(format::Unit::WanRen))) range=Signal::derive(move || pop_range(pop_mode()))
                        value=b(|b| b.pop)
                        valuetext=Signal::derive(move || change(lang, format::Unit::WanRen, pop_mode() == Mode::Rate, b(|b| b.pop).get()))
                        on_change=set(|b, v| b.pop = v) />
                    <NumberControl ctx=ctx id="b-re" label=sw.b_re.to_string()
                        unit=Signal::derive(move || unit_of(re_mode(), format::data_unit(format::Unit::WanKw))) range=Signal::derive(move || re_range(re_mode()))
                        value=b(|b| b.re)
                        valuetext=Signal::derive(move || change(lang, format::Unit::WanKw, re_mode() == Mode::Rate, b(|b| b.re).get()))
                        on_change=set(|b, v| b.re = v) />
                </div>
            </Show>
        </section>
    }
}
