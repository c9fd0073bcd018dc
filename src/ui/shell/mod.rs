//! The page shell: what frames the instrument (the header, the targets' tabs with their
//! verdicts, the notices, the links to the sections below and the loading of them). Components
//! here read the shared `Ctx` and the browser through `platform`.

pub mod app;
pub mod header_bar;
pub mod lazy_details;
pub mod notice_list;
pub mod section_nav;
pub mod source_marker;
pub mod target_tabs;
pub mod verdict_detail;
