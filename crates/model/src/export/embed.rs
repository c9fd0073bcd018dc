//! The HTML a publisher pastes to embed the widget.

use crate::scenario::{to_query, Indicator, Scenario};

/// The folder of the page, where `embed.js` is served beside the app.
pub fn page_folder(page: &str) -> &str {
    match page.rfind('/') {
        Some(i) => &page[..=i],
        None => page,
    }
}

/// A starting height for the embed frame, in CSS pixels, before `embed.js` (if any) fits it:
/// the widget's height budget (560 px at 600 px wide, 720 at 390) with room to spare, and a
/// row of tabs where it shows more than one indicator. Without the host script a taller widget
/// scrolls inside the frame.
pub fn embed_height(s: &Scenario) -> u32 {
    let shown = Indicator::ALL.iter().filter(|&&i| s.show.has(i)).count();
    if shown > 1 {
        680
    } else {
        620
    }
}

/// The HTML a publisher pastes: an iframe at this scenario in embed mode, and the optional
/// host script that sizes it. Attributes only, no inline style or script, so it fits a strict
/// Content-Security-Policy on the host page.
pub fn embed_code(page: &str, s: &Scenario, title: &str) -> String {
    let widget = Scenario {
        embed: true,
        ..s.clone()
    };
    let src = format!("{page}?{}", to_query(&widget));
    let esc = super::xml_escape;
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{}\" frameborder=\"0\"></iframe>\n<script src=\"{}embed.js\" defer></script>",
        esc(&src),
        esc(title),
        embed_height(s),
        esc(page_folder(page))
    )
}
