use crate::ui::platform;
use leptos::prelude::*;

/// Where it is placed, the static first screen's parts that `selector` names are removed: once
/// the live parts before it are in, in the same task, so the browser paints the one or the
/// other and never neither. Renders nothing.
#[component]
pub fn Replaces(selector: &'static str) -> impl IntoView {
    // An effect runs once the view it belongs to is in the document.
    Effect::new(move |_| platform::first_screen::remove(selector));
}
