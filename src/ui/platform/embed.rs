//! Talking to the page that frames the widget.

use super::window;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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
