//! The first screen built at build time (`prerender`), as the wasm takes it over: a live part
//! goes in where a static one stood, and the static one goes, in the same task, so that the
//! browser never paints both or neither.

use super::window;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

/// The element the live first view mounts into: a new one at the start of `#app`, before the
/// static screen (which keeps its place until each of its parts is replaced).
pub fn live_root() -> Option<web_sys::HtmlElement> {
    let doc = document()?;
    let app = doc.get_element_by_id("app")?;
    let live = doc.create_element("div").ok()?;
    live.set_id("live");
    app.prepend_with_node_1(&live).ok()?;
    live.dyn_into::<web_sys::HtmlElement>().ok()
}

/// Removes the static screen's elements that match `selector` (every variant's).
pub fn remove(selector: &str) {
    let Some(list) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return;
    };
    for i in 0..list.length() {
        if let Some(el) = list
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            el.remove();
        }
    }
}

/// Moves the static chart frame shown for `code`'s panel (the one at this screen's size, if
/// the address kept the base year and horizon it was drawn for) into `holder`, under the
/// canvases, so that the chart is not blank until the canvas is drawn; `drop_frame` removes it.
pub fn adopt_frame(holder: &web_sys::Element, code: &str) {
    let Some(doc) = document() else { return };
    let Ok(list) = doc.query_selector_all(&format!(".fs .fs-panel.fs-{code} .fs-frame")) else {
        return;
    };
    for i in 0..list.length() {
        let Some(svg) = list
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        // Only the one the CSS shows (the variant in front, at this size) has a width.
        if svg.get_bounding_client_rect().width() > 0.0 {
            let _ = holder.prepend_with_node_1(&svg);
            return;
        }
    }
}

/// Removes an adopted frame once the canvas has been drawn.
pub fn drop_frame(holder: &web_sys::Element) {
    if let Ok(Some(svg)) = holder.query_selector(":scope > .fs-frame") {
        svg.remove();
    }
}

/// Marks the take-over done on `<html>` (`data-ready`), for tests and the benchmark.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "1");
    }
    super::screen::mark("first-view-ready");
}
