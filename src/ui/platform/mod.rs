//! The browser platform: the few things the page asks of the browser, each failing soft (a
//! missing API gives a default, never a panic). Every call into the browser (the window, the
//! document, observers, history, the clipboard, the worker) is made here; components name
//! `web_sys` types only for what Leptos hands them (an event, a canvas or input element).

pub mod address;
pub mod bridge;
pub mod canvas;
pub mod clipboard;
pub mod embed;
pub mod files;
pub mod first_screen;
pub mod more;
pub mod offline;
pub mod pointer;
pub mod screen;

/// The browser's window; natively (the build step that renders the first screen) there is
/// none, so every call here fails soft there too, and a component can be rendered to HTML.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// The element with this id, as an HTML element, if the document has one.
pub fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Whether the navigator has `name`: browsers leave some out of insecure (plain http) pages, and
/// calling a method of a missing one would throw through the wasm.
pub(crate) fn navigator_has(w: &web_sys::Window, name: &str) -> bool {
    js_sys::Reflect::get(&w.navigator(), &name.into())
        .is_ok_and(|v| !v.is_undefined() && !v.is_null())
}
