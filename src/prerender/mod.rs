//! The first screen as HTML, built at build time (`examples/first_screen.rs`, run by `make
//! dist`) from the model's words and the dataset's numbers, and drawn with the chart's own code:
//! what a reader sees before the wasm arrives, and all a reader without JavaScript gets. The
//! page and the widget in both languages, each indicator's panel; a small script in the head
//! picks the variant before the first paint, and the CSS shows only it. Nothing here depends on
//! the scenario: the readouts' and the controls' boxes are reserved and empty. The wasm takes it
//! over in place (`ui::shell::takeover`).

mod frame;
mod html;
mod page;
mod parts;
mod widget;

use jinan_model::scenario::{Defaults, Lang};

/// The variant script for the head, and the first screen for `#app`.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstScreen {
    pub script: String,
    pub body: String,
}

/// The script that picks the variant, with the base year and horizons the frame is drawn for.
pub fn variant_script() -> String {
    include_str!("script.js")
        .replace("'TO_V1'", &format!("'{}'", Defaults::V1.to))
        .replace("'FROM'", &format!("'{}'", parts::FROM))
        .replace("'TO'", &format!("'{}'", parts::TO))
}

/// Everything the first screen needs, in a fixed order: the same data gives the same bytes.
pub fn first_screen() -> Result<FirstScreen, String> {
    let mut body = String::new();
    for lang in [Lang::Zh, Lang::En] {
        body.push_str(&page::page(lang)?);
    }
    for lang in [Lang::Zh, Lang::En] {
        body.push_str(&widget::widget(lang)?);
    }
    Ok(FirstScreen {
        script: variant_script(),
        body,
    })
}
