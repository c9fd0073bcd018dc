//! The embedded dataset: the plan and the city's recorded history, each figure with its source.
//!
//! `data/jinan.json` is the one source of truth. `build.rs` includes this file, reads the JSON
//! into these types with serde (so a malformed dataset fails the build, not the page) and
//! writes it out as a Rust `static`: `embedded` holds that compiled-in copy.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Text that is either compiled in (`Borrowed`) or read at run time (`Owned`, in tests and
/// build.rs): the embedded dataset is a `static` with no parsing at start-up.
pub type Str = Cow<'static, str>;
/// A list, in the same two forms.
pub type List<T> = Cow<'static, [T]>;

/// A text in both languages. The plan's own words are the `zh` side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Text {
    pub zh: Str,
    pub en: Str,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub schema: u32,
    pub plan: Plan,
    pub areas: List<Area>,
    pub tasks: List<Task>,
    pub series: List<Series>,
    pub facts: List<Fact>,
    pub renewables_base: MissingFigure,
    pub sources: List<Source>,
    pub corrections: List<Correction>,
    pub resolutions: List<Resolution>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub title: Text,
    pub issuers: List<Text>,
    pub issued: Str,
    pub period_start: i32,
    pub period_end: i32,
    pub source: Str,
    pub stated: StatedTotals,
}

/// The document-wide totals as its opening paragraphs state them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatedTotals {
    pub projects: Stated,
    pub investment: Stated,
    pub new_2023_projects: Stated,
    pub new_2023_investment: Stated,
    pub areas: Stated,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stated {
    pub value: f64,
    pub comparator: Comparator,
    pub quote: Str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    /// 达到, 突破, 以上: reach or exceed.
    AtLeast,
    /// 超过: strictly more than.
    Above,
    /// 左右: about.
    About,
    AtMost,
    Exactly,
    /// 3—5家: a range from `value` to `value_high`.
    Range,
    /// 年底前完成: something done by a date, with no quantity.
    ByDate,
}

/// Projects and investment (亿元) of one stage, or of an area in total.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
pub struct Stage {
    pub projects: u32,
    pub investment: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub no: u8,
    pub numeral: Str,
    pub title: Text,
    pub short: Text,
    /// The N of "认真抓好N项重点工作".
    pub tasks_stated: u32,
    pub total: Stage,
    /// 续建
    pub continuing: Stage,
    /// 2023年新开工
    pub new_2023: Stage,
    /// 计划2024年、2025年开工的谋划储备
    pub reserve: Stage,
    /// The full text's sentence these figures come from.
    pub sentence: Str,
    pub summary: AreaSummary,
}

/// What the opening summary (重点一…十) says of an area. It gives no reserve stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AreaSummary {
    pub title: Str,
    pub total: Stage,
    pub continuing: Stage,
    pub new_2023: Stage,
    pub sentence: Str,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Task {
    pub no: u8,
    pub numeral: Str,
    pub area: u8,
    pub title: Text,
    pub targets: List<Target>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub id: Str,
    pub what: Text,
    pub value: Option<f64>,
    pub value_high: Option<f64>,
    pub unit: Text,
    pub comparator: Comparator,
    pub year: i32,
    /// False where the sentence names no year and the plan's end year is implied.
    pub year_stated: bool,
    pub deadline: Option<Str>,
    /// The words of the plan that state the target, verbatim from the corrected text.
    pub quote: Str,
    /// The whole sentence, with an English translation.
    pub sentence: Text,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub status: OutcomeStatus,
    pub note: Text,
    pub facts: List<Str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeStatus {
    /// Nothing was found.
    None,
    /// Some related figure was found, but not the outcome itself.
    Partial,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reliability {
    Official,
    Bulletin,
    OfficialNews,
    ThirdParty,
    Derived,
    Unattributed,
    Missing,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: Str,
    pub title: Text,
    pub url: Option<Str>,
    pub date: Option<Str>,
    pub reliability: Reliability,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub id: Str,
    pub name: Text,
    pub unit: Str,
    pub points: List<Point>,
}

/// One recorded figure. A missing figure is kept, with `value: None`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub year: i32,
    pub value: Option<f64>,
    /// For an estimate stated only as a bound ("预计超过1.4万亿元").
    pub above: Option<f64>,
    pub reliability: Reliability,
    pub source: Option<Str>,
    pub quote: Option<Str>,
    pub note: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: Str,
    pub what: Text,
    pub value: Option<f64>,
    pub above: Option<f64>,
    pub unit: Str,
    pub year: Option<i32>,
    pub reliability: Reliability,
    pub source: Str,
    pub quote: Option<Str>,
    pub note: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MissingFigure {
    pub value: Option<f64>,
    pub note: Text,
}

/// A scan misprint in the seed text, and what the dataset holds instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    pub scanned: Str,
    pub corrected: Str,
    pub count: u32,
    pub reason: Text,
}

/// How the dataset settles a figure the plan states two ways.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resolution {
    pub area: u8,
    /// `continuing.investment`, `total.projects`, …
    pub field: Str,
    pub full_text: f64,
    pub summary: f64,
    pub used: f64,
    pub reason: Text,
}

/// Parses a dataset from its JSON form.
pub fn parse(json: &str) -> Result<Dataset, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

impl Dataset {
    pub fn series(&self, id: &str) -> Option<&Series> {
        self.series.iter().find(|s| s.id == id)
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }
    pub fn target(&self, id: &str) -> Option<(&Task, &Target)> {
        self.tasks
            .iter()
            .find_map(|t| t.targets.iter().find(|g| g.id == id).map(|g| (t, g)))
    }
    pub fn resolution(&self, area: u8, field: &str) -> Option<&Resolution> {
        self.resolutions
            .iter()
            .find(|r| r.area == area && r.field == field)
    }
}

impl Area {
    /// The stages with the dataset's resolutions applied: what the app uses.
    pub fn resolved_stages(&self, data: &Dataset) -> [Stage; 3] {
        let fix = |stage: &Stage, name: &str| Stage {
            projects: data
                .resolution(self.no, &format!("{name}.projects"))
                .map_or(stage.projects, |r| r.used as u32),
            investment: data
                .resolution(self.no, &format!("{name}.investment"))
                .map_or(stage.investment, |r| r.used),
        };
        [
            fix(&self.continuing, "continuing"),
            fix(&self.new_2023, "new_2023"),
            fix(&self.reserve, "reserve"),
        ]
    }
}

impl Series {
    /// The recorded value in `year`, if there is one.
    pub fn value(&self, year: i32) -> Option<f64> {
        self.points
            .iter()
            .find(|p| p.year == year)
            .and_then(|p| p.value)
    }
    pub fn point(&self, year: i32) -> Option<&Point> {
        self.points.iter().find(|p| p.year == year)
    }
    /// Years with a recorded value, in order, with the value.
    pub fn recorded(&self) -> impl Iterator<Item = (i32, f64)> + '_ {
        self.points
            .iter()
            .filter_map(|p| p.value.map(|v| (p.year, v)))
    }
}
