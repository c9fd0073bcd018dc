//! What the downloads contain: CSV of one indicator's numbers, JSON of the whole scenario and
//! its results, and the reproducibility stamp every export carries. Pure functions of the
//! scenario, so the same scenario always gives the same bytes.

use super::dataset::Dataset;
use super::embedded::DATASET_SHA256;
use super::engine::Growth;
use super::format::data_unit;
use super::results::{Outlook, Reached};
use super::scenario::{to_query, Indicator, Lang, Mode, Scenario, Settings};
use super::text::pick;
use serde::Serialize;
use std::fmt::Write as _;

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

pub fn stamp(data: &Dataset, lang: Lang, page: &str, s: &Scenario) -> Stamp {
    let url = scenario_url(page, s);
    Stamp {
        app: APP_NAME,
        version: APP_VERSION,
        dataset_sha256: DATASET_SHA256,
        citation: citation(data, lang, &url),
        scenario_url: url,
    }
}

/// The stamp as one line, for the foot of an image.
pub fn stamp_line(st: &Stamp) -> String {
    format!(
        "{} {} · dataset {} · {}",
        st.app,
        st.version,
        &st.dataset_sha256[..12.min(st.dataset_sha256.len())],
        st.scenario_url
    )
}

fn cell(v: Option<f64>) -> String {
    v.filter(|x| x.is_finite())
        .map(|x| format!("{x}"))
        .unwrap_or_default()
}

/// Quotes a CSV field when it needs it (RFC 4180).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One year of an indicator's numbers, as the table view and the CSV show them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row {
    pub year: i32,
    pub recorded: Option<f64>,
    pub projection: Option<f64>,
    pub required: Option<f64>,
    /// p5, p25, p50, p75, p95.
    pub band: Option<[f64; 5]>,
    pub target: Option<f64>,
}

/// Every year from the first recorded one to the end of the projection.
pub fn rows(data: &Dataset, o: &Outlook) -> Vec<Row> {
    let series = data.series(o.indicator.series_id());
    let first = series
        .and_then(|s| s.points.first())
        .map_or(o.target_year, |p| p.year);
    let last = o
        .path
        .as_ref()
        .map_or(o.target_year, |p| p.end_year())
        .max(o.target_year);
    (first..=last)
        .map(|year| Row {
            year,
            recorded: series.and_then(|s| s.value(year)),
            projection: o.path.as_ref().and_then(|p| p.at(year)),
            required: o.required_path.as_ref().and_then(|p| p.at(year)),
            band: o.band.as_ref().and_then(|b| b.at(year)),
            target: (year == o.target_year).then_some(o.target),
        })
        .collect()
}

/// The column names of [`rows`], in a language, with the unit.
pub fn columns(lang: Lang, unit: &str) -> [String; 10] {
    let names: [&str; 10] = match lang {
        Lang::Zh => [
            "年份",
            "记录值",
            "预测值",
            "达标所需路径",
            "5%分位",
            "25%分位",
            "50%分位",
            "75%分位",
            "95%分位",
            "目标",
        ],
        Lang::En => [
            "year",
            "recorded",
            "projection",
            "required path",
            "p5",
            "p25",
            "p50",
            "p75",
            "p95",
            "target",
        ],
    };
    let mut out: [String; 10] = Default::default();
    for (i, n) in names.iter().enumerate() {
        out[i] = if i == 0 {
            n.to_string()
        } else {
            format!("{n} ({unit})")
        };
    }
    out
}

/// One indicator's numbers by year: recorded, projection, required path and band percentiles,
/// with units in the header, in the page's language. Lines starting with `#` carry the stamp.
pub fn csv(data: &Dataset, o: &Outlook, st: &Stamp, lang: Lang) -> String {
    let unit = data_unit(o.indicator.unit());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} {}; dataset sha256 {}",
        st.app, st.version, st.dataset_sha256
    );
    let _ = writeln!(out, "# scenario: {}", st.scenario_url);
    let _ = writeln!(out, "# cite: {}", st.citation.replace('\n', " "));
    let header: Vec<String> = columns(lang, unit).iter().map(|c| field(c)).collect();
    let _ = writeln!(out, "{}", header.join(","));
    for r in rows(data, o) {
        let b = |i: usize| r.band.map(|b| b[i]);
        let cells = [
            r.year.to_string(),
            cell(r.recorded),
            cell(r.projection),
            cell(r.required),
            cell(b(0)),
            cell(b(1)),
            cell(b(2)),
            cell(b(3)),
            cell(b(4)),
            cell(r.target),
        ];
        let _ = writeln!(
            out,
            "{}",
            cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",")
        );
    }
    out
}

#[derive(Serialize)]
struct JsonSettings {
    real_gdp_growth_pct: f64,
    gdp_deflator_pct: f64,
    population_change: f64,
    population_mode: &'static str,
    renewables_change: f64,
    renewables_mode: &'static str,
}

impl From<&Settings> for JsonSettings {
    fn from(s: &Settings) -> Self {
        let mode = |m: Mode| {
            if m == Mode::Rate {
                "percent a year"
            } else {
                "fixed addition a year"
            }
        };
        JsonSettings {
            real_gdp_growth_pct: s.gdp,
            gdp_deflator_pct: s.defl,
            population_change: s.pop,
            population_mode: mode(s.pop_mode),
            renewables_change: s.re,
            renewables_mode: mode(s.re_mode),
        }
    }
}

#[derive(Serialize)]
struct JsonScenario {
    query: String,
    base_year: i32,
    last_year: i32,
    settings: JsonSettings,
    settings_b: Option<JsonSettings>,
    renewables_start: Option<f64>,
    renewables_start_note: &'static str,
    band: bool,
}

#[derive(Serialize)]
struct JsonPoint {
    year: i32,
    value: f64,
}

#[derive(Serialize)]
struct JsonOutlook {
    indicator: &'static str,
    unit: &'static str,
    target: f64,
    target_year: i32,
    base_year: Option<i32>,
    base_value: Option<f64>,
    /// "percent a year" or "addition a year"; for GDP the nominal rate.
    growth_kind: &'static str,
    growth: f64,
    projected_2025: Option<f64>,
    gap: Option<f64>,
    gap_pct: Option<f64>,
    required: Option<f64>,
    required_real_gdp_growth_pct: Option<f64>,
    reached_year: Option<i32>,
    probability_of_reaching: Option<f64>,
    history_average: Option<f64>,
    history_average_years: Option<(i32, i32)>,
    projection: Vec<JsonPoint>,
    required_path: Vec<JsonPoint>,
    error: Option<String>,
}

fn points(p: Option<&super::engine::Path>) -> Vec<JsonPoint> {
    p.map(|p| {
        p.points()
            .map(|(year, value)| JsonPoint { year, value })
            .collect()
    })
    .unwrap_or_default()
}

fn growth_parts(g: Growth) -> (&'static str, f64) {
    match g {
        Growth::Rate(r) => ("percent a year", r),
        Growth::Add(a) => ("addition a year", a),
    }
}

impl From<&Outlook> for JsonOutlook {
    fn from(o: &Outlook) -> Self {
        let (growth_kind, growth) = growth_parts(o.growth);
        JsonOutlook {
            indicator: o.indicator.code(),
            unit: data_unit(o.indicator.unit()),
            target: o.target,
            target_year: o.target_year,
            base_year: o.base.as_ref().map(|b| b.year),
            base_value: o.base.as_ref().map(|b| b.value),
            growth_kind,
            growth,
            projected_2025: o.projected,
            gap: o.gap,
            gap_pct: o.gap_pct,
            required: o.required.map(|g| growth_parts(g).1),
            required_real_gdp_growth_pct: o.required_real,
            reached_year: match o.reached {
                Some(Reached::Year(y)) => Some(y),
                _ => None,
            },
            probability_of_reaching: o.probability,
            history_average: o.history_average.map(|a| a.value),
            history_average_years: o.history_average.map(|a| (a.first_year, a.last_year)),
            projection: points(o.path.as_ref()),
            required_path: points(o.required_path.as_ref()),
            error: o.error.map(|e| e.to_string()),
        }
    }
}

#[derive(Serialize)]
struct JsonDoc<'a> {
    stamp: &'a Stamp,
    scenario: JsonScenario,
    results: Vec<JsonOutlook>,
    results_b: Vec<JsonOutlook>,
}

/// The scenario and its results, with the stamp. Pretty-printed for people who open it.
pub fn json(s: &Scenario, outlooks: &[Outlook], outlooks_b: &[Outlook], st: &Stamp) -> String {
    let doc = JsonDoc {
        stamp: st,
        scenario: JsonScenario {
            query: to_query(&Scenario {
                embed: false,
                lock: false,
                ..s.clone()
            }),
            base_year: s.from,
            last_year: s.to,
            settings: (&s.a).into(),
            settings_b: s.b.as_ref().map(Into::into),
            renewables_start: s.re_base,
            renewables_start_note: "the user's own assumption: no official figure exists",
            band: s.band,
        },
        results: outlooks.iter().map(Into::into).collect(),
        results_b: outlooks_b.iter().map(Into::into).collect(),
    };
    // Serialising plain structs of numbers and strings cannot fail.
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// A file name for a download: `jinan-pathways-gdp.csv`.
pub fn file_name(what: Option<Indicator>, ext: &str) -> String {
    match what {
        Some(i) => format!("jinan-pathways-{}.{ext}", i.code()),
        None => format!("jinan-pathways.{ext}"),
    }
}

/// The folder of the page, where `embed.js` is served beside the app.
pub fn page_folder(page: &str) -> &str {
    match page.rfind('/') {
        Some(i) => &page[..=i],
        None => page,
    }
}

/// A starting height for the embed frame, in CSS pixels, before `embed.js` (if any) fits it.
pub fn embed_height(s: &Scenario) -> u32 {
    let shown = Indicator::ALL.iter().filter(|&&i| s.show.has(i)).count() as u32;
    80 + 820 * shown.max(1)
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
    let esc = |t: &str| {
        t.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{}\" frameborder=\"0\"></iframe>\n<script src=\"{}embed.js\" defer></script>",
        esc(&src),
        esc(title),
        embed_height(s),
        esc(page_folder(page))
    )
}
