//! The few things the page asks of the browser, each failing soft: a missing API gives a
//! default, never a panic.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The query string of the address, without `?`.
pub fn current_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// Puts `query` in the address bar without reloading or adding a history entry.
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let path = w.location().pathname().unwrap_or_default();
    let hash = w.location().hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

pub fn navigator_language() -> String {
    window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

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

/// Sets an attribute on the `<html>` element (`lang`, `data-theme`).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute(name, value);
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// A performance mark, for the benchmark to read.
pub fn mark(name: &str) {
    if let Some(p) = window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
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

/// The page's origin and path, without query or fragment: where links to scenarios point.
pub fn page_url() -> String {
    let Some(w) = window() else {
        return String::new();
    };
    let loc = w.location();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}

/// Offers `contents` as a file download. A `blob:` URL of the page's own origin: nothing leaves.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser refused to make the file")?;
    download_blob(file_name, &blob)
}

pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob)
        .map_err(|_| "the browser refused a download link")?;
    let result = click_link(file_name, &url);
    // Revoke once the click has been handled.
    gloo::timers::callback::Timeout::new(1000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    result
}

/// Offers a `data:` URL (an encoded canvas) as a download.
pub fn download_data_url(file_name: &str, url: &str) -> Result<(), String> {
    click_link(file_name, url)
}

fn click_link(file_name: &str, href: &str) -> Result<(), String> {
    let doc = window().and_then(|w| w.document()).ok_or("no document")?;
    let a = doc
        .create_element("a")
        .map_err(|_| "no link element")?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "no link element")?;
    a.set_href(href);
    a.set_download(file_name);
    a.click();
    Ok(())
}

/// Whether the navigator has `name`: browsers leave some out of insecure (plain http) pages, and
/// calling a method of a missing one would throw through the wasm.
fn navigator_has(w: &web_sys::Window, name: &str) -> bool {
    js_sys::Reflect::get(&w.navigator(), &name.into())
        .is_ok_and(|v| !v.is_undefined() && !v.is_null())
}

/// Copies text to the clipboard; `done` hears whether it worked.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = window() else {
        return done(false);
    };
    if !navigator_has(&w, "clipboard") {
        return done(false);
    }
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Registers `sw.js`, which keeps the first view's files so that the page opens again without a
/// network once it has loaded. Browsers offer service workers only to secure contexts; where
/// there is none, or registration is refused, the app simply has no offline copy.
pub fn register_offline_worker() {
    let Some(w) = window() else { return };
    if !navigator_has(&w, "serviceWorker") {
        return;
    }
    let promise = w.navigator().service_worker().register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// Selects the text of an input or textarea, for copying by hand when the clipboard is refused.
pub fn select_all(id: &str) {
    let el = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el {
        if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            i.select();
        } else if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            t.select();
        }
    }
}

/// In an iframe, tells the parent page the content's height whenever it changes: in this app's
/// own message form and in AMP's. Without a parent that listens, nothing happens.
pub fn report_height() {
    let Some(w) = window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    let Some(body) = w.document().and_then(|d| d.body()) else {
        return;
    };
    let last = std::rc::Rc::new(std::cell::Cell::new(0i32));
    let send = move |height: i32| {
        if height == last.get() || height <= 0 {
            return;
        }
        last.set(height);
        for (key, value, kind) in [
            ("sender", "jinan-pathways", "resize"),
            ("sentinel", "amp", "embed-size"),
        ] {
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &key.into(), &value.into());
            let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
            let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
            let _ = parent.post_message(&msg, "*");
        }
    };
    let measured = body.clone();
    let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| {
        send(measured.offset_height());
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // Lives as long as the page.
    cb.forget();
}
