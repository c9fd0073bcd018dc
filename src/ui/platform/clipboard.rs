//! Copying text, and selecting it for copying by hand where the clipboard is refused.

use super::{navigator_has, window};
use wasm_bindgen::JsCast;

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
