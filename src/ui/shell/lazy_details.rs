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
            // A view rebuilt in place (another indicator brought to the front) reuses this
            // element: without this, the browser's open state would outlive the content.
            prop:open=move || open.get()
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
