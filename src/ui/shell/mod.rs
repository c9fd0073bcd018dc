//! The page shell: what frames the instrument (the header, the targets' tabs with their
//! verdicts and the line that opens the tracker of all the plan's promises, the notices, the
//! links to the sections below and the loading of them), and the take-over of the first screen
//! built at build time (`takeover`). Components here read the shared `Ctx` and the browser
//! through `platform`.

pub mod app;
pub mod header_bar;
pub mod lazy_details;
pub mod notice_list;
pub mod promises_link;
pub mod section_nav;
pub mod source_marker;
pub mod takeover;
pub mod target_tabs;
pub mod verdict_badge;
pub mod verdict_detail;
