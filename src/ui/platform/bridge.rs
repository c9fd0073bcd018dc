//! The two halves of the page talk through the document: the first view publishes the scenario
//! (its explicit link form) and the predict-mode reveal on `<html>`, and announces each change
//! with an event; the sections read it from there and ask for changes the same way. Only
//! strings cross: each half has its own Leptos runtime and reads the query with the codec.

use super::window;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const QUERY: &str = "data-jinan-query";
const REVEALED: &str = "data-jinan-revealed";
const REQUEST: &str = "data-jinan-request";
const REQUEST_BASE: &str = "data-jinan-request-base";
const PUBLISHED: &str = "jinan-pathways-published";
const REQUESTED: &str = "jinan-pathways-requested";

fn root() -> Option<web_sys::Element> {
    window()?.document()?.document_element()
}

fn announce(name: &str) {
    if let (Some(w), Ok(ev)) = (window(), web_sys::Event::new(name)) {
        let _ = w.dispatch_event(&ev);
    }
}

fn listen(name: &'static str, f: impl Fn() + 'static) {
    let Some(w) = window() else { return };
    let cb = Closure::<dyn Fn()>::new(f);
    let _ = w.add_event_listener_with_callback(name, cb.as_ref().unchecked_ref());
    // Lives as long as the page.
    cb.forget();
}

/// The first view: the scenario as a link, and whether predict mode's answers are shown.
pub fn publish(query: &str, revealed: bool) {
    if let Some(r) = root() {
        let _ = r.set_attribute(QUERY, query);
        let _ = r.set_attribute(REVEALED, if revealed { "1" } else { "0" });
    }
    announce(PUBLISHED);
}

/// What the first view published last, if it has.
pub fn published() -> Option<(String, bool)> {
    let r = root()?;
    let q = r.get_attribute(QUERY)?;
    Some((q, r.get_attribute(REVEALED).as_deref() == Some("1")))
}

/// The sections: hear every publication.
pub fn on_published(f: impl Fn(String, bool) + 'static) {
    listen(PUBLISHED, move || {
        if let Some((q, r)) = published() {
            f(q, r)
        }
    });
}

/// The sections: ask the first view to show another scenario, `query`, made by a change to
/// `base` (the scenario as the sections last heard it).
pub fn request(query: &str, base: &str) {
    if let Some(r) = root() {
        let _ = r.set_attribute(REQUEST, query);
        let _ = r.set_attribute(REQUEST_BASE, base);
    }
    announce(REQUESTED);
}

/// The first view: hear every request, as (query, base).
pub fn on_request(f: impl Fn(String, String) + 'static) {
    listen(REQUESTED, move || {
        let Some(r) = root() else { return };
        if let Some(q) = r.get_attribute(REQUEST) {
            f(q, r.get_attribute(REQUEST_BASE).unwrap_or_default())
        }
    });
}
