//! The address bar, the document's title and language: where the scenario lives.

use super::window;
use wasm_bindgen::JsValue;

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

pub fn navigator_language() -> String {
    window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
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

/// Adds or removes a class of the `<html>` element (`concealed`: predict mode's answers wait).
pub fn set_root_class(name: &str, on: bool) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().toggle_with_force(name, on);
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}
