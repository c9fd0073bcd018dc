use crate::ui::shell::lazy_details::LazyDetails;
use crate::ui::state::Ctx;
use jinan_model::scenario::{FROM_YEARS, TO_YEARS};
use jinan_model::text::defaults_note;
use leptos::prelude::*;

/// The settings the three indicators share: base year, horizon and the band; and where the
/// settings a bare link opens with come from.
#[component]
pub fn HorizonControls(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let w = ctx.words();
    let s = ctx.scenario;
    let from = move || s.with(|s| s.from);
    let to = move || s.with(|s| s.to);
    let years = (FROM_YEARS.0..=FROM_YEARS.1).collect::<Vec<_>>();
    let forms = ctx.lock_forms();
    // A published scenario: the settings as words, nothing to change.
    let locked = forms.locked.then(|| {
        let (f, t, band) = s.with_untracked(|s| (s.from, s.to, s.band));
        view! {
            <p class="shared locked-shared" data-testid="locked-shared" data-lock=forms.on()>
                {format!("{} {f} · {} {t}", w.base_year, w.horizon)}
                {band.then(|| format!(" · {}", w.legend_band))}
            </p>
        }
    });
    let editable = forms.editable.then(|| view! {
        <div class="shared" data-lock=forms.off()>
            <div class="control">
                <label for="base-year">{w.base_year}</label>
                <select
                    id="base-year"
                    on:change=move |ev| {
                        if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                            s.update(|s| s.from = y.clamp(FROM_YEARS.0, FROM_YEARS.1));
                        }
                    }
                >
                    {years
                        .into_iter()
                        .map(|y| {
                            view! {
                                <option value=y.to_string() selected=move || from() == y>
                                    {if y == FROM_YEARS.0 { format!("{y} ({})", w.base_year_plan) } else { y.to_string() }}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="control">
                <label for="horizon">{w.horizon}</label>
                <div class="control-row">
                    <input
                        type="range"
                        id="horizon"
                        min=TO_YEARS.0
                        max=TO_YEARS.1
                        step="1"
                        prop:value=move || to().to_string()
                        value=ctx.at_build_time().then(|| s.with_untracked(|s| s.to).to_string())
                        aria-valuetext=move || to().to_string()
                        on:input=move |ev| {
                            if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                                s.update(|s| s.to = y.clamp(TO_YEARS.0, TO_YEARS.1));
                            }
                        }
                    />
                    <output for="horizon" data-testid="horizon-value">{to}</output>
                </div>
            </div>
            <div class="control check">
                <input
                    type="checkbox"
                    id="band"
                    prop:checked=move || s.with(|s| s.band)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        s.update(|s| s.band = on);
                    }
                />
                <label for="band">{w.band}</label>
                <p class="muted small">{w.band_note}</p>
            </div>
            <LazyDetails summary=w.defaults_title class="defaults-note" testid="defaults-note">
                <p>{move || jinan_model::defaults::derive(ctx.data).map(|d| defaults_note(lang, &d)).unwrap_or_default()}</p>
            </LazyDetails>
        </div>
    });
    view! { {locked} {editable} }
}
