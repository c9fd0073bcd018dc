//! A few functions that write HTML: escaped text and attributes, elements.

/// Text or an attribute value, escaped.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The attributes of a tag: `name="value"`, or the bare name where the value is empty.
fn attrs(a: &[(&str, &str)]) -> String {
    a.iter()
        .map(|(k, v)| {
            if v.is_empty() {
                format!(" {k}")
            } else {
                format!(" {k}=\"{}\"", esc(v))
            }
        })
        .collect()
}

/// An element holding `inner` (HTML, already escaped where it is text).
pub fn el(tag: &str, a: &[(&str, &str)], inner: &str) -> String {
    format!("<{tag}{}>{inner}</{tag}>", attrs(a))
}

/// An element holding text.
pub fn text(tag: &str, a: &[(&str, &str)], t: &str) -> String {
    el(tag, a, &esc(t))
}

/// A void element (`<input>`).
pub fn void(tag: &str, a: &[(&str, &str)]) -> String {
    format!("<{tag}{}>", attrs(a))
}
