//! Downloads: a file made in the page, offered through a link of the page's own origin.

use super::window;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `contents` as a file download. A `blob:` URL of the page's own origin: nothing leaves.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser refused to make the file")?;
    download_blob(file_name, &blob)
}

pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob)
        .map_err(|_| "the browser refused a download link")?;
    let result = click_link(file_name, &url);
    // Revoke once the click has been handled.
    gloo::timers::callback::Timeout::new(1000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    result
}

/// Offers a `data:` URL (an encoded canvas) as a download.
pub fn download_data_url(file_name: &str, url: &str) -> Result<(), String> {
    click_link(file_name, url)
}

fn click_link(file_name: &str, href: &str) -> Result<(), String> {
    let doc = window().and_then(|w| w.document()).ok_or("no document")?;
    let a = doc
        .create_element("a")
        .map_err(|_| "no link element")?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "no link element")?;
    a.set_href(href);
    a.set_download(file_name);
    a.click();
    Ok(())
}
