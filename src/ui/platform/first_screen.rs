//! The first screen that `index.html` carries, as the wasm finds it: which variant is on show,
//! what the reader did on it before the program arrived (recorded by its script in
//! `window.__fs`: see `src/first_screen/script.js`), and the swap that puts the live view in its
//! place.

use super::window;
use jinan_model::scenario::{Indicator, Lang, Scenario, Theme};
use wasm_bindgen::{JsCast, JsValue};

fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

/// The script's record, `window.__fs`.
fn record() -> Option<JsValue> {
    let w = window()?;
    js_sys::Reflect::get(&w, &"__fs".into())
        .ok()
        .filter(|v| v.is_object())
}

fn field(o: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(o, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn text(o: &JsValue, name: &str) -> Option<String> {
    field(o, name).and_then(|v| v.as_string())
}

/// What the reader chose on the first screen before the program arrived: a language, a tab, a
/// theme.
#[derive(Debug, Clone, Copy, Default)]
pub struct Chosen {
    pub lang: Option<Lang>,
    pub theme: Option<Theme>,
    pub front: Option<Indicator>,
}

impl Chosen {
    /// The scenario as the reader left it.
    pub fn apply(&self, s: &mut Scenario) {
        if let Some(l) = self.lang {
            s.lang = Some(l);
        }
        if let Some(t) = self.theme {
            s.theme = t;
        }
        if let Some(i) = self.front {
            s.focus = i;
        }
    }
}

pub fn chosen() -> Chosen {
    let Some(r) = record() else {
        return Chosen::default();
    };
    Chosen {
        lang: text(&r, "lang")
            .and_then(|c| [Lang::Zh, Lang::En].into_iter().find(|l| l.code() == c)),
        theme: text(&r, "theme").and_then(|c| {
            [Theme::Auto, Theme::Light, Theme::Dark]
                .into_iter()
                .find(|t| t.code() == c)
        }),
        front: text(&r, "front").and_then(|c| Indicator::from_code(&c)),
    }
}

/// An input event on one of the first screen's controls, as the script recorded it.
#[derive(Debug, Clone)]
pub struct Touch {
    /// The control's id in the live view.
    pub id: String,
    /// The indicator whose panel holds it, if one does.
    pub panel: Option<Indicator>,
    /// `input` or `change`.
    pub event: String,
    pub value: String,
    pub checked: bool,
}

/// The reader's input events from the `n`th on, in order; a run of the same event on the same
/// control (a slider dragged) as its last. Returns how many were read, and the touches.
pub fn touches_since(n: usize) -> (usize, Vec<Touch>) {
    let Some(list) = record()
        .and_then(|r| field(&r, "touches"))
        .and_then(|t| t.dyn_into::<js_sys::Array>().ok())
    else {
        return (0, Vec::new());
    };
    let mut out: Vec<Touch> = Vec::new();
    let read = list.length() as usize;
    for t in list.iter().skip(n) {
        let Some(touch) = (|| {
            Some(Touch {
                id: text(&t, "id")?,
                panel: text(&t, "panel").and_then(|c| Indicator::from_code(&c)),
                event: text(&t, "event")?,
                value: text(&t, "value").unwrap_or_default(),
                checked: field(&t, "checked").and_then(|v| v.as_bool()) == Some(true),
            })
        })() else {
            continue;
        };
        match out.last_mut() {
            Some(last) if last.id == touch.id && last.event == touch.event => *last = touch,
            _ => out.push(touch),
        }
    }
    (read.saturating_sub(n), out)
}

/// Whether the reader is pressing on the first screen (dragging a slider, say).
pub fn pointer_down() -> bool {
    record()
        .and_then(|r| field(&r, "down"))
        .and_then(|v| v.as_bool())
        == Some(true)
}

/// Makes the input event `t` on the live control with the same id, so that the live view
/// handles it exactly as if the reader had made it there.
pub fn apply(t: &Touch) {
    let Some(el) = live()
        .and_then(|l| l.query_selector(&format!("#{}", css_id(&t.id))).ok())
        .flatten()
    else {
        return;
    };
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        if matches!(input.type_().as_str(), "checkbox" | "radio") {
            input.set_checked(t.checked);
        } else {
            input.set_value(&t.value);
        }
    } else if let Some(select) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.set_value(&t.value);
    } else {
        return;
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(ev) = web_sys::Event::new_with_event_init_dict(&t.event, &init) {
        let _ = el.dispatch_event(&ev);
    }
}

/// An id as a CSS selector may name it (ids here are letters, digits and hyphens; anything else
/// is escaped).
fn css_id(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_string()
            } else {
                format!("\\{:x} ", u32::from(c))
            }
        })
        .collect()
}

/// The element the live first view is built in, out of sight: a new one at the end of `#app`,
/// after the first screen's variants.
pub fn live_root() -> Option<web_sys::HtmlElement> {
    let doc = document()?;
    let app = doc.get_element_by_id("app")?;
    let live = doc.create_element("div").ok()?;
    live.set_id("live");
    let _ = live.set_attribute("hidden", "");
    app.append_child(&live).ok()?;
    live.dyn_into::<web_sys::HtmlElement>().ok()
}

fn live() -> Option<web_sys::Element> {
    document()?.get_element_by_id("live")
}

/// The first screen's variant on show (the script hides the others).
fn shown_variant(doc: &web_sys::Document) -> Option<web_sys::Element> {
    doc.query_selector("#app > .fs:not([hidden])")
        .ok()
        .flatten()
}

/// Puts the live view where the first screen stood, in one task, so that the browser paints
/// the one or the other and never neither: the first screen's charts move into the live
/// holders of the same indicator (each keeps one only if it shows what it would draw: see
/// `parked`), the focus moves to the same control, and the first screen goes.
pub fn swap() {
    let (Some(doc), Some(live)) = (document(), live()) else {
        return;
    };
    let variant = shown_variant(&doc);
    // A first screen that waits for the program shows no chart: none of them is the live one.
    let waiting = doc
        .document_element()
        .is_some_and(|r| r.class_list().contains("waiting"));
    if let (Some(variant), false) = (&variant, waiting) {
        if let Ok(holders) = live.query_selector_all(".chart[data-chart]") {
            for i in 0..holders.length() {
                let Some(holder) = holders
                    .get(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                else {
                    continue;
                };
                let Some(code) = holder.get_attribute("data-chart") else {
                    continue;
                };
                let selector = format!("[data-testid=panel-{code}] .chart > svg.fs-chart");
                // Before the canvases, which the CSS hides while it is there: a canvas over it
                // would make the browser composite it, and draw its text a shade differently.
                if let Ok(svgs) = variant.query_selector_all(&selector) {
                    for k in (0..svgs.length()).rev() {
                        if let Some(svg) = svgs.get(k) {
                            let _ = holder.prepend_with_node_1(&svg);
                        }
                    }
                }
            }
        }
    }
    // The control the reader was on keeps the focus.
    let focused = doc
        .active_element()
        .filter(|a| a.closest(".fs").ok().flatten().is_some())
        .map(|a| a.id())
        .filter(|id| !id.is_empty());
    if let Ok(list) = doc.query_selector_all("#app > .fs") {
        for i in 0..list.length() {
            if let Some(el) = list
                .get(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                el.remove();
            }
        }
    }
    let _ = live.remove_attribute("hidden");
    if let Some(id) = focused.map(|id| live_id(&id)) {
        if let Some(el) = live
            .query_selector(&format!("#{}", css_id(&id)))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    }
}

/// The live id of a first-screen element: the build prefixes each variant's ids (`fs3-gdp-range`)
/// so that no two are the same in the page.
pub fn live_id(id: &str) -> String {
    match id.strip_prefix("fs") {
        Some(rest) => {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            match rest[digits..].strip_prefix('-') {
                Some(plain) if digits > 0 => plain.to_string(),
                _ => id.to_string(),
            }
        }
        None => id.to_string(),
    }
}

/// The first screen's charts moved into a live chart's holder by [`swap`]: (the drawing's key,
/// the element).
pub fn parked(holder: &web_sys::Element) -> Vec<(String, web_sys::Element)> {
    let Ok(list) = holder.query_selector_all(":scope > svg.fs-chart") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|el| Some((el.get_attribute("data-key")?, el)))
        .collect()
}

/// Removes every first-screen chart from a live chart's holder, once it draws its own.
pub fn unpark(holder: &web_sys::Element) {
    for (_, el) in parked(holder) {
        el.remove();
    }
}

/// Marks the take-over done on `<html>` (`data-ready`), for tests and the benchmark.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "1");
    }
    super::screen::mark("first-view-ready");
}
