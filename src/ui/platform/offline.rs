//! The service worker that keeps the first view for use without a network.

use super::{navigator_has, window};

/// Registers `sw.js`, which keeps the first view's files so that the page opens again without a
/// network once it has loaded. Browsers offer service workers only to secure contexts; where
/// there is none, or registration is refused, the app simply has no offline copy.
pub fn register_offline_worker() {
    thread_local!(static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    let Some(w) = window() else { return };
    if !navigator_has(&w, "serviceWorker") {
        return;
    }
    let promise = w.navigator().service_worker().register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}
