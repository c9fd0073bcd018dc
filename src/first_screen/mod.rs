//! The first screen that `index.html` carries, rendered at build time by the app's own
//! components (`ui::shell::app::App` with `Ctx::at_build`): today's defaults, whole, for the
//! page and the widget in each language, every indicator's panel with its numbers, controls
//! and chart. A reader sees it before the program arrives, and without JavaScript; the wasm
//! takes it over (`ui::shell::takeover`). Natively only: `make dist` runs it
//! (`examples/first_screen.rs`).
//!
//! The script in the page's head (`script.js`) picks the variant before the first paint, reading
//! the link by the codec's own rules; `variant` is the same reading in Rust, for the tests.

mod scope;

use crate::chart::palette::Tokens;
use crate::ui::shell::app::App;
use crate::ui::state::{current_defaults, Ctx};
use jinan_model::scenario::{parse, rules_json, Indicator, Lang, Scenario, Show, Theme};
use leptos::prelude::*;

/// The link's parameters that choose among the first screen's variants (everything else in a
/// link is either today's default, or a scenario the first screen waits for the program to show).
pub const VARIANT_KEYS: [&str; 6] = ["lang", "theme", "embed", "lock", "show", "focus"];

/// The renders the page carries, in order; the first is what a reader without JavaScript sees.
const VARIANTS: [(bool, Lang); 4] = [
    (false, Lang::Zh),
    (false, Lang::En),
    (true, Lang::Zh),
    (true, Lang::En),
];

/// What `make dist` puts into `index.html`: the script for the head, the styles the first
/// screen's charts need, and the first screen for `#app`.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstScreen {
    pub script: String,
    pub style: String,
    pub body: String,
}

/// Renders the first screen. The same data gives the same bytes. Leptos's comments stay: they
/// keep two texts that the live view writes as two nodes two nodes here too, and a browser lays
/// out one node and two a hair differently (an underline's gaps, say).
pub fn render() -> Result<FirstScreen, String> {
    inert_effects();
    let mut body = String::new();
    let mut next = 1;
    for (k, (embed, lang)) in VARIANTS.into_iter().enumerate() {
        let html = Owner::new().with(|| {
            // A render reads every signal once, outside any effect, on purpose.
            let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
            let ctx = Ctx::at_build(lang, embed);
            view! { <App ctx=ctx /> }.to_html()
        });
        // Leptos marks where one text ends and the next begins with `<!>`, which HTML reads as a
        // comment but calls an error: the shortest proper comment says the same. (Text in the
        // render is escaped, so `<!>` is never a reader's words.)
        let html = html.replace("<!>", "<!---->");
        let (html, after) = scope::scope_ids(&html, next, k > 0)?;
        next = after;
        let name = format!("{}-{}", if embed { "widget" } else { "page" }, lang.code());
        let hidden = if k == 0 { "" } else { " hidden" };
        body.push_str(&format!(
            "<div class=\"fs\" data-variant=\"{name}\"{hidden}>{html}</div>"
        ));
    }
    Ok(FirstScreen {
        script: script()?,
        style: format!(
            "{}\n{}\n{}",
            Tokens::CLASSES,
            crate::chart::PAGE_CHART.css(),
            crate::chart::WIDGET_CHART.css()
        ),
        body,
    })
}

/// A network whose round trip takes this long (milliseconds: the browser's estimate, or the
/// page's own first byte) is slow: there the page's script asks for the wasm at once rather than
/// after the first paint.
pub const SLOW_FIRST_BYTE_MS: u32 = 300;

/// The head's script, with the codec's rules in it (and the variants' keys, and what a slow
/// page is).
pub fn script() -> Result<String, String> {
    const CALL: &str = "})(RULES, KEYS, SLOW_MS);";
    let source = include_str!("script.js");
    if !source.contains(CALL) {
        return Err(format!("script.js no longer ends with `{CALL}`"));
    }
    let keys = serde_json::to_string(&VARIANT_KEYS).map_err(|e| e.to_string())?;
    Ok(source.replace(
        CALL,
        &format!(
            "}})({}, {keys}, {SLOW_FIRST_BYTE_MS});",
            rules_json(current_defaults())
        ),
    ))
}

/// What a link asks of the first screen, as the codec reads it (the script must agree: the
/// tests run both on the same links).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub lang: Lang,
    pub theme: Theme,
    pub embed: bool,
    /// Reading mode: the controls' locked forms (every render carries both).
    pub lock: bool,
    pub show: Show,
    pub front: Indicator,
    /// Predict mode: the first screen's answers (the targets' verdicts) are out of sight.
    pub predict: bool,
    /// Whether the link's scenario is today's defaults with nothing to correct: then the first
    /// screen is all the live view will show.
    pub complete: bool,
}

pub fn variant(query: &str, browser_lang: &str) -> Variant {
    let defaults = current_defaults();
    let (s, notices) = parse(query, defaults);
    let plain = Scenario {
        lang: s.lang,
        theme: s.theme,
        embed: s.embed,
        lock: s.lock,
        show: s.show,
        focus: s.focus,
        ..Scenario::with_defaults(defaults)
    };
    Variant {
        lang: s.lang.unwrap_or(Lang::from_browser(browser_lang)),
        theme: s.theme,
        embed: s.embed,
        lock: s.lock,
        show: s.show,
        front: s.front(),
        predict: s.predict,
        complete: notices.is_empty() && s == plain,
    }
}

/// Effects do not run at build time: their work (drawing on a canvas, reading the address) is
/// the browser's. Leptos spawns each on its executor; this one never runs them.
fn inert_effects() {
    struct Inert;
    impl any_spawner::CustomExecutor for Inert {
        fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
        fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
        fn poll_local(&self) {}
    }
    // Set once per process; a second call finds it set, which is as good.
    let _ = any_spawner::Executor::init_custom_executor(Inert);
}
