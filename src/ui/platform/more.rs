//! Loading the second wasm, which builds the sections below the first view: when the reader comes
//! near them, or at once when a reader asks for a section. A failed load is
//! retried under a new address (a browser remembers a failed module for the page's life).

use super::window;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(
    inline_js = "export function load_more(js, wasm) { return import(js).then((m) => m.default({ module_or_path: wasm })); }"
)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn load_more(js: &str, wasm: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Where the sections' files are: `postbuild` writes their content-hashed names into
/// `<meta name="jinan-more" content="…js …wasm">`; a build without it uses the plain names.
fn files() -> (String, String) {
    let meta = window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=jinan-more]").ok().flatten())
        .and_then(|m| m.get_attribute("content"));
    let mut parts = meta.as_deref().unwrap_or("").split_whitespace();
    match (parts.next(), parts.next()) {
        (Some(js), Some(wasm)) => (js.to_string(), wasm.to_string()),
        _ => ("jinan-more.js".into(), "jinan-more_bg.wasm".into()),
    }
}

/// A file's full address: `import()` resolves a relative one against the importing module, not
/// the page.
fn absolute(path: &str, attempt: u32) -> Option<String> {
    let base = window()?.document()?.base_uri().ok()??;
    let url = web_sys::Url::new_with_base(path, &base).ok()?;
    if attempt > 0 {
        url.search_params().set("attempt", &attempt.to_string());
    }
    Some(url.href())
}

/// Where loading stands, for the page to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loading {
    Idle,
    Loading,
    Loaded,
    Failed,
}

impl Loading {
    /// Its name in `data-value` (a testing contract).
    pub fn code(self) -> &'static str {
        match self {
            Loading::Idle => "idle",
            Loading::Loading => "loading",
            Loading::Loaded => "loaded",
            Loading::Failed => "failed",
        }
    }
}

const ATTEMPTS: u32 = 3;

/// Loads the sections once; later calls while loading or loaded do nothing, and a call after a
/// failure tries again.
pub fn load(state: RwSignal<Loading>) {
    if matches!(state.get_untracked(), Loading::Loading | Loading::Loaded) {
        return;
    }
    state.set(Loading::Loading);
    wasm_bindgen_futures::spawn_local(async move {
        let (js, wasm) = files();
        for attempt in 0..ATTEMPTS {
            if attempt > 0 {
                // 0.5 s, then 2 s: a brief outage passes; a long one ends in the retry button.
                let wait = 500 * 4u32.pow(attempt - 1);
                gloo::timers::future::TimeoutFuture::new(wait).await;
            }
            let (Some(js), Some(wasm)) = (absolute(&js, attempt), absolute(&wasm, attempt)) else {
                break;
            };
            let Ok(promise) = load_more(&js, &wasm) else {
                continue;
            };
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                state.set(Loading::Loaded);
                return;
            }
        }
        state.set(Loading::Failed);
    });
}

/// Runs `f` when the browser is idle (or soon, where it cannot say when it is).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return };
    let cb = Closure::once_into_js(f);
    let idle =
        js_sys::Reflect::get(&w, &"requestIdleCallback".into()).is_ok_and(|v| v.is_function());
    let scheduled = if idle {
        let opts = web_sys::IdleRequestOptions::new();
        opts.set_timeout(2000);
        w.request_idle_callback_with_options(cb.unchecked_ref(), &opts)
            .is_ok()
    } else {
        false
    };
    if !scheduled {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 200);
    }
}

/// Runs `f` once, when the element `id` comes within a screen's height below the viewport (or
/// at once, where the browser cannot say). A reader who stays with the instrument never pays for
/// what is below it; one who scrolls finds it built by the time it is in view.
pub fn when_near(id: &str, f: impl FnOnce() + 'static) {
    let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return f();
    };
    let once = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
    let run = once.clone();
    let cb = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let near = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if near {
                observer.disconnect();
                if let Some(f) = run.take() {
                    f();
                }
            }
        },
    );
    let opts = web_sys::IntersectionObserverInit::new();
    opts.set_root_margin("0px 0px 100% 0px");
    match web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &opts) {
        Ok(observer) => {
            observer.observe(&el);
            // The observer holds the callback for the page's life (it disconnects after once).
            cb.forget();
        }
        Err(_) => {
            if let Some(f) = once.take() {
                f();
            }
        }
    }
}

/// Runs `f` before the page is printed, so that a printout can carry the sections.
pub fn before_print(f: impl Fn() + 'static) {
    let Some(w) = window() else { return };
    let cb = Closure::<dyn Fn()>::new(f);
    let _ = w.add_event_listener_with_callback("beforeprint", cb.as_ref().unchecked_ref());
    cb.forget();
}
