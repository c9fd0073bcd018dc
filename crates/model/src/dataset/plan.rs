//! The plan's side of the dataset: its areas, tasks and targets with their words, the stated
//! totals and stages, the outcome notes, and the corrections the audit resolves.

use super::*;

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
    /// The target's own recorded figures, in its unit, where the dataset holds them here (the
    /// headline targets' records are the series: see `status::records_of`).
    #[serde(default)]
    pub records: List<Point>,
    /// Official sentences about the target without a figure ("提前完成"), each saying whether
    /// its wording names this target.
    #[serde(default)]
    pub statements: List<Statement>,
    /// What would settle the target, where the general words ("an official figure for 2025")
    /// would mislead.
    #[serde(default)]
    pub settle_by: Option<Text>,
}

/// A sentence from a source that says a target (or something like it) was or was not met,
/// without a figure. It can settle a status only when its wording names the same indicator
/// and target (`names_target`); otherwise it is shown, quoted, as context.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub year: i32,
    /// What it reports: met (true), not met (false), or neither.
    pub says_met: Option<bool>,
    pub names_target: bool,
    pub reliability: Reliability,
    pub source: Str,
    pub quote: Str,
    /// Why it does or does not settle the target.
    pub note: Text,
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

/// The stages of an area's projects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageName {
    /// 续建
    Continuing,
    /// 2023年新开工
    #[serde(rename = "new_2023")]
    New2023,
    /// 计划2024年、2025年开工的谋划储备
    Reserve,
    /// The area's stated total.
    Total,
}

impl StageName {
    /// The three stages that add up to an area's total, in the plan's order.
    pub const STAGES: [StageName; 3] = [
        StageName::Continuing,
        StageName::New2023,
        StageName::Reserve,
    ];
}

/// What a stage counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Projects,
    /// 亿元
    Investment,
}

/// How the dataset settles a figure the plan states two ways.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resolution {
    pub area: u8,
    pub stage: StageName,
    pub measure: Measure,
    pub full_text: f64,
    pub summary: f64,
    pub used: f64,
    pub reason: Text,
}

/// An area's three stages, by name.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Stages {
    pub continuing: Stage,
    pub new_2023: Stage,
    pub reserve: Stage,
}

impl Stages {
    pub fn get(&self, name: StageName) -> Option<Stage> {
        match name {
            StageName::Continuing => Some(self.continuing),
            StageName::New2023 => Some(self.new_2023),
            StageName::Reserve => Some(self.reserve),
            StageName::Total => None,
        }
    }
    /// In the plan's order.
    pub fn each(&self) -> [(StageName, Stage); 3] {
        [
            (StageName::Continuing, self.continuing),
            (StageName::New2023, self.new_2023),
            (StageName::Reserve, self.reserve),
        ]
    }
    pub fn sum(&self) -> Stage {
        let all = self.each();
        Stage {
            projects: all.iter().map(|(_, s)| s.projects).sum(),
            investment: all.iter().map(|(_, s)| s.investment).sum(),
        }
    }
}

impl Area {
    /// The stages as the full text gives them, before any resolution.
    pub fn raw_stages(&self) -> Stages {
        Stages {
            continuing: self.continuing,
            new_2023: self.new_2023,
            reserve: self.reserve,
        }
    }
    /// The stages with the dataset's resolutions applied: what the app uses.
    pub fn resolved_stages(&self, data: &Dataset) -> Stages {
        let fix = |stage: Stage, name: StageName| Stage {
            projects: data
                .resolution(self.no, name, Measure::Projects)
                .map_or(stage.projects, |r| r.used as u32),
            investment: data
                .resolution(self.no, name, Measure::Investment)
                .map_or(stage.investment, |r| r.used),
        };
        Stages {
            continuing: fix(self.continuing, StageName::Continuing),
            new_2023: fix(self.new_2023, StageName::New2023),
            reserve: fix(self.reserve, StageName::Reserve),
        }
    }
}
