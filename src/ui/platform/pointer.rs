//! A pointer over an element (predict mode's drawing): where it is, in the element's own CSS
//! pixels, and holding on to it while a finger, a pen or a mouse button is down.

use wasm_bindgen::JsCast;

/// A point over an element, from its top-left corner, and the element's size (CSS pixels).
#[derive(Debug, Clone, Copy)]
pub struct Over {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

fn target(ev: &web_sys::PointerEvent) -> Option<web_sys::Element> {
    ev.current_target()?.dyn_into::<web_sys::Element>().ok()
}

/// Where the pointer is over the element that listens.
pub fn over(ev: &web_sys::PointerEvent) -> Option<Over> {
    let r = target(ev)?.get_bounding_client_rect();
    Some(Over {
        x: f64::from(ev.client_x()) - r.left(),
        y: f64::from(ev.client_y()) - r.top(),
        width: r.width(),
        height: r.height(),
    })
}

/// Keeps the pointer's events coming to the element that listens until it is lifted, even
/// where it leaves the element (a stroke past the chart's edge), and keeps the browser from
/// selecting text or scrolling under it. (Focus stays where it was: a mouse or a finger has no
/// need of the keyboard's marks.)
pub fn hold(ev: &web_sys::PointerEvent) {
    ev.prevent_default();
    if let Some(el) = target(ev) {
        let _ = el.set_pointer_capture(ev.pointer_id());
    }
}
