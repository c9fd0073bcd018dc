use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A `<details>` whose content is built only once it is opened, and dropped when it is closed:
/// what nobody is looking at costs nothing at start-up or on a slider move.
#[component]
pub fn LazyDetails(
    #[prop(into)] summary: String,
    #[prop(optional, into)] class: String,
    #[prop(optional, into)] testid: String,
    children: ChildrenFn,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <details
            class=class
            data-testid=testid
            on:toggle=move |ev| {
                let is_open = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                    .is_some_and(|d| d.open());
                open.set(is_open);
            }
        >
            <summary>{summary}</summary>
            <Show when=move || open.get()>{children()}</Show>
        </details>
    }
}
