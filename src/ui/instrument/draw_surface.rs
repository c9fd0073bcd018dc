use super::guess::Guess;
use crate::chart::pathway::{plot_map, PathwaySpec, PlotMap};
use crate::ui::platform;
use crate::ui::platform::pointer::{self, Over};
use jinan_model::format::quantity;
use jinan_model::scenario::drawing_range;
use leptos::prelude::*;

/// Predict mode's drawing surface, over the chart: a finger, a pen or a mouse draws the line
/// (it snaps to years and follows the pointer, filling the years a quick stroke passes over);
/// the keyboard draws it too, as a vertical slider for one year at a time (left and right
/// choose the year). The line itself is drawn by the chart, with the other lines.
#[component]
pub fn DrawSurface(
    guess: Guess,
    spec: Memo<Option<PathwaySpec>>,
    /// The chart's height for its width, as the chart is drawn.
    height: fn(f64) -> f64,
) -> impl IntoView {
    let ctx = guess.ctx;
    let lang = ctx.lang_now();
    let w = ctx.words();
    let i = guess.indicator;
    let code = i.code();
    let range = drawing_range(i);
    let holder = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(0.0);
    Effect::new(move |_| {
        if let Some(el) = holder.get() {
            platform::screen::observe_width(&el, width);
        }
    });
    // Where the chart plots at its present width, as it is drawn.
    let map = Memo::new(move |_| {
        let w = width.get();
        let size = (w.round() as u32, height(w).round() as u32);
        spec.with(|s| s.as_ref().and_then(|s| plot_map(&s.frame, size).ok()))
    });
    let at = move |o: Over| -> Option<(f64, f64)> {
        let size = (o.width.round() as u32, o.height.round() as u32);
        spec.with_untracked(|s| s.as_ref().and_then(|s| plot_map(&s.frame, size).ok()))
            .map(|m| m.at(o.x, o.y))
    };
    // The last point of a stroke in progress (none: no button or finger down).
    let last = StoredValue::new(None::<(f64, f64)>);
    let stroke = move |ev: &web_sys::PointerEvent, first: bool| {
        let (Some(years), Some(p)) = (guess.years.get_untracked(), pointer::over(ev).and_then(at))
        else {
            return;
        };
        let prev = if first { None } else { last.get_value() };
        guess.set(guess.line_now().drag(i, years, prev, p));
        last.set_value(Some(p));
        let year = libm::round(p.0.clamp(f64::from(years.0), f64::from(years.1)));
        // ok: held within the drawable years just above.
        guess.active.set(year as i32);
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ctx.revealed.get_untracked() {
            return;
        }
        let Some((lo, hi)) = guess.years.get_untracked() else {
            return;
        };
        let year = guess.active.get_untracked().clamp(lo, hi);
        let start = guess.start.get_untracked().map(|s| s.1);
        let line = guess.line_now();
        let (next, changed) = match ev.key().as_str() {
            "ArrowLeft" => ((year - 1).max(lo), None),
            "ArrowRight" => ((year + 1).min(hi), None),
            "Home" => (lo, None),
            "End" => (hi, None),
            "ArrowUp" => (year, Some(line.nudge(i, year, 1.0, start))),
            "ArrowDown" => (year, Some(line.nudge(i, year, -1.0, start))),
            "PageUp" => (year, Some(line.nudge(i, year, 10.0, start))),
            "PageDown" => (year, Some(line.nudge(i, year, -10.0, start))),
            "Delete" | "Backspace" => (year, Some(line.without(year))),
            _ => return,
        };
        ev.prevent_default();
        guess.active.set(next);
        if let Some(l) = changed {
            guess.set(l);
        }
    };
    // What the keyboard acts on, as a slider says it: the year and its value.
    let active = move || guess.active_year();
    let value = move || {
        let year = active()?;
        guess.line().0.get(&year).copied()
    };
    let value_now = move || {
        value()
            .or_else(|| guess.start.get().map(|s| s.1))
            .unwrap_or((range.min + range.max) / 2.0)
    };
    let value_text = move || match (active(), value()) {
        (Some(y), Some(v)) => format!("{y}: {}", quantity(lang, i.unit(), v)),
        (Some(y), None) => format!("{y}: {}", w.not_drawn),
        (None, _) => w.nothing_to_draw.to_string(),
    };
    // The drawable years' place on the chart, and the year the keyboard is on.
    let zone = move || -> Option<(f64, f64, f64, f64)> {
        let (lo, hi) = guess.years.get()?;
        let m: PlotMap = map.get()?;
        let left = m.x_of(f64::from(lo) - 0.5).max(m.x.0 .0);
        let right = m.x_of(f64::from(hi) + 0.4);
        let (top, bottom) = (m.y.1 .0, m.y.0 .0);
        Some((left, top, right - left, bottom - top))
    };
    let cursor = move || -> Option<f64> { Some(map.get()?.x_of(f64::from(active()?))) };
    let open = move || guess.open();
    let empty = move || guess.line().is_empty();
    let help = format!("draw-keys-{code}");
    view! {
        <div
            class="draw-surface"
            node_ref=holder
            role="slider"
            tabindex=move || if open() { "0" } else { "-1" }
            aria-label=w.draw_label
            aria-describedby=help.clone()
            aria-orientation="vertical"
            aria-valuemin=range.min
            aria-valuemax=range.max
            aria-valuenow=value_now
            aria-valuetext=value_text
            aria-disabled=move || (!open()).then_some("true")
            data-testid=format!("draw-{code}")
            data-open=move || open().then_some("1")
            on:pointerdown=move |ev| {
                if ctx.revealed.get_untracked() || ev.button() > 0 {
                    return;
                }
                pointer::hold(&ev);
                stroke(&ev, true);
            }
            on:pointermove=move |ev| {
                if last.get_value().is_some() {
                    stroke(&ev, false);
                }
            }
            on:pointerup=move |_| last.set_value(None)
            on:pointercancel=move |_| last.set_value(None)
            on:keydown=on_key
        >
            <Show when=move || open() && zone().is_some()>
                <span
                    class="draw-zone"
                    aria-hidden="true"
                    style:left=move || zone().map(|z| format!("{}px", z.0))
                    style:top=move || zone().map(|z| format!("{}px", z.1))
                    style:width=move || zone().map(|z| format!("{}px", z.2))
                    style:height=move || zone().map(|z| format!("{}px", z.3))
                >
                    <Show when=empty>
                        <span class="draw-hint">{w.draw_label}</span>
                    </Show>
                </span>
                <span class="draw-cursor" aria-hidden="true" style:left=move || cursor().map(|x| format!("{x}px"))>
                    {active}
                </span>
            </Show>
        </div>
        <p class="visually-hidden" id=help>{w.draw_keys}</p>
    }
}
