//! The screen: pixel density, the colour scheme, element sizes, focus and timing marks.

use super::window;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn device_pixel_ratio() -> f64 {
    let r = window().map_or(1.0, |w| w.device_pixel_ratio());
    if r.is_finite() && r > 0.0 {
        r.min(4.0)
    } else {
        1.0
    }
}

/// Follows `prefers-color-scheme: dark` for the app's lifetime.
pub fn prefers_dark() -> RwSignal<bool> {
    let dark = RwSignal::new(false);
    let Some(mql) =
        window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
    else {
        return dark;
    };
    dark.set(mql.matches());
    let listener = gloo::events::EventListener::new(&mql, "change", move |ev| {
        if let Some(e) = ev.dyn_ref::<web_sys::MediaQueryListEvent>() {
            dark.set(e.matches());
        }
    });
    // The app lives as long as the page, and so does this listener.
    listener.forget();
    dark
}

/// Writes an element's content-box width (CSS pixels) into `width` whenever it changes, until
/// the calling component is cleaned up.
pub fn observe_width(el: &web_sys::Element, width: RwSignal<f64>) {
    width.set(f64::from(el.client_width()));
    let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries
            .get(0)
            .dyn_ref::<web_sys::ResizeObserverEntry>()
            .cloned()
        else {
            return;
        };
        let w = entry.content_rect().width();
        if w.is_finite() && (w - width.get_untracked()).abs() >= 1.0 {
            width.set(w);
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(el);
    let kept = StoredValue::new_local(Some((observer, cb)));
    on_cleanup(move || {
        if let Some(Some((observer, _cb))) = kept.try_update_value(|v| v.take()) {
            observer.disconnect();
        }
    });
}

/// Moves keyboard focus to the first element matching `selector`, after the current render.
pub fn focus(selector: &str) {
    let selector = selector.to_string();
    request_animation_frame(move || {
        let el = window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}

/// A performance mark, for the benchmark to read.
pub fn mark(name: &str) {
    if let Some(p) = window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Scrolls to the element with `id` once it exists (the sections arrive a little after they
/// are asked for), and moves keyboard focus to it; gives up after about ten seconds.
pub fn scroll_to_when_present(id: &'static str) {
    fn attempt(id: &'static str, left: u32) {
        let el = window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id));
        match el {
            Some(el) => {
                el.scroll_into_view();
                if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                    // Focusable for this purpose only, not in the tab order.
                    if h.get_attribute("tabindex").is_none() {
                        let _ = h.set_attribute("tabindex", "-1");
                    }
                    let _ = h.focus();
                }
            }
            None if left > 0 => {
                gloo::timers::callback::Timeout::new(100, move || attempt(id, left - 1)).forget();
            }
            None => {}
        }
    }
    attempt(id, 100);
}

/// Which of `ids` the address's fragment names (`#plan`), for a link straight to a section.
pub fn section_in_fragment(ids: impl IntoIterator<Item = &'static str>) -> Option<&'static str> {
    let hash = window()?.location().hash().ok()?;
    let name = hash.strip_prefix('#')?;
    ids.into_iter().find(|id| *id == name)
}

/// Opens every `<details>` matching `selector` (the charts' keys, before the page is printed).
pub fn open_details(selector: &str) {
    let Some(list) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(selector).ok())
    else {
        return;
    };
    for i in 0..list.length() {
        if let Some(d) = list
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            d.set_open(true);
        }
    }
}
