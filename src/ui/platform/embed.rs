//! Talking to the page that frames the widget, in the forms the hosts journalists use: this
//! app's own message (read by `embed.js`), AMP's `embed-size`, and pym.js's child protocol when
//! the frame was made by `pym.Parent` (which adds `childId` to the widget's address).

use super::window;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// pym.js's message separator: a message is `pym`, the child's id, a type and a value, joined.
const PYM: &str = "xPYMx";

/// pym's id for this frame, from the address pym.Parent gave it.
fn pym_child_id(w: &web_sys::Window) -> Option<String> {
    let href = w.location().href().ok()?;
    let url = web_sys::Url::new(&href).ok()?;
    url.search_params()
        .get("childId")
        .filter(|id| !id.is_empty())
}

fn pym_message(id: &str, kind: &str, value: &str) -> String {
    ["pym", id, kind, value].join(PYM)
}

/// The document's height, as hosts size a frame to it: the root element's own box, which
/// (unlike `scrollHeight`) does not grow to fill a frame taller than the content, so a frame
/// can shrink as well as grow.
fn content_height(w: &web_sys::Window) -> i32 {
    w.document()
        .and_then(|d| d.document_element())
        .map_or(0, |e| e.get_bounding_client_rect().height().ceil() as i32)
}

/// In an iframe, tells the parent page the content's height whenever it changes, in each form;
/// answers pym's width messages with the height, as pym's own child does. Without a parent
/// that listens, nothing happens.
pub fn report_height() {
    // Once per page: the view that calls this is rebuilt on a change of language, and by then
    // the address no longer holds pym's parameters.
    thread_local!(static STARTED: Cell<bool> = const { Cell::new(false) });
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    let Some(w) = window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    let Some(body) = w.document().and_then(|d| d.body()) else {
        return;
    };
    let pym = pym_child_id(&w);
    let last = Rc::new(Cell::new(0i32));
    let send: Rc<dyn Fn(i32, bool)> = {
        let (parent, pym, last) = (parent.clone(), pym.clone(), last.clone());
        Rc::new(move |height: i32, again: bool| {
            if height <= 0 || (height == last.get() && !again) {
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
            if let Some(id) = &pym {
                let msg = pym_message(id, "height", &height.to_string());
                let _ = parent.post_message(&JsValue::from_str(&msg), "*");
            }
        })
    };
    let measured = w.clone();
    let on_resize = {
        let send = send.clone();
        Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| {
            send(content_height(&measured), false);
        })
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // Lives as long as the page.
    on_resize.forget();
    // pym's parent sends its width on load and on every resize, and expects the height back.
    if let Some(id) = pym {
        let prefix = format!("pym{PYM}{id}{PYM}width{PYM}");
        let measured = w.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let is_width = ev
                    .data()
                    .as_string()
                    .is_some_and(|m| m.starts_with(&prefix));
                if is_width {
                    send(content_height(&measured), true);
                }
            });
        let _ = w.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        on_message.forget();
    }
}
