//! What leaves the page: the reproducibility stamp every export carries (here), the CSV of one
//! indicator's numbers (`csv`), the JSON of the whole scenario and its results (`json`), the
//! plan's register with every target's status and evidence (`promises`) and the embed code
//! (`embed`). Pure functions of the scenario, so the same scenario always gives the
//! same bytes.

mod csv;
mod embed;
mod json;
mod promises;

pub use csv::{columns, csv, rows, Row};
pub use embed::{embed_code, embed_height, page_folder};
pub use json::json;
pub use promises::{promises_columns, promises_csv, promises_json};

use super::dataset::Dataset;
use super::scenario::{to_query, Indicator, Lang, Scenario};
use super::text::pick;
use serde::Serialize;

pub const APP_NAME: &str = "Jinan Pathways";
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where an export came from and how to cite it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stamp {
    pub app: &'static str,
    pub version: &'static str,
    pub dataset_sha256: &'static str,
    /// The full calculator at this scenario.
    pub scenario_url: String,
    pub citation: String,
}

/// The full calculator's address for a scenario: `page` (origin and path) with the query,
/// leaving out what only concerns the embed (`embed`, `lock`).
pub fn scenario_url(page: &str, s: &Scenario) -> String {
    let full = Scenario {
        embed: false,
        lock: false,
        ..s.clone()
    };
    let q = to_query(&full);
    if q.is_empty() {
        page.to_string()
    } else {
        format!("{page}?{q}")
    }
}

pub fn citation(data: &Dataset, lang: Lang, url: &str) -> String {
    let plan = &data.plan;
    let issuers: Vec<&str> = plan.issuers.iter().map(|i| pick(i, lang)).collect();
    match lang {
        Lang::Zh => format!(
            "{}：《{}》，{}，{}。计算：{} {}，{}",
            issuers.join("、"),
            plan.title.zh,
            plan.issued,
            "数据见本工具来源说明",
            "济南路径（Jinan Pathways）",
            APP_VERSION,
            url
        ),
        Lang::En => format!(
            "{}, “{}” ({}), {}. Calculated with {} {}, {}",
            issuers.join(" and "),
            plan.title.en,
            plan.title.zh,
            plan.issued,
            APP_NAME,
            APP_VERSION,
            url
        ),
    }
}

/// The stamp for a scenario. `dataset_sha256` is the hash of the dataset as compiled in (the app's
/// build script computes it).
pub fn stamp(
    data: &Dataset,
    dataset_sha256: &'static str,
    lang: Lang,
    page: &str,
    s: &Scenario,
) -> Stamp {
    let url = scenario_url(page, s);
    Stamp {
        app: APP_NAME,
        version: APP_VERSION,
        dataset_sha256,
        citation: citation(data, lang, &url),
        scenario_url: url,
    }
}

/// The stamp's head, for the foot of an image (the link follows it, shortened to fit):
/// "Jinan Pathways 0.2.0 · dataset 0123456789ab".
pub fn stamp_head(st: &Stamp) -> String {
    format!(
        "{} {} · dataset {}",
        st.app,
        st.version,
        &st.dataset_sha256[..12.min(st.dataset_sha256.len())]
    )
}

/// Text escaped for XML and HTML, in an element or a quoted attribute: the embed code and
/// the images' SVG titles.
pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A file name for a download: `jinan-pathways-gdp.csv`.
pub fn file_name(what: Option<Indicator>, ext: &str) -> String {
    match what {
        Some(i) => format!("jinan-pathways-{}.{ext}", i.code()),
        None => format!("jinan-pathways.{ext}"),
    }
}
