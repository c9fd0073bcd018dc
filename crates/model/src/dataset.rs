//! The dataset's types: the plan and the city's recorded history, each figure with its source.
//!
//! `data/jinan.json` is the one source of truth. The app's `build.rs` reads it into these types
//! with serde and runs [`Dataset::check`], so a dataset that lacks something the code asks for
//! fails the build with a message naming it, not the page. What the code looks up is named by
//! type, not by string: the series are fields, facts are [`FactId`]s, stages are [`StageName`]s.

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
    pub series: SeriesSet,
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

/// How far a figure can go towards settling a target (the rule of evidence, `status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grade {
    /// Nothing: no source is named, or nothing is there.
    Unusable,
    /// A third-party figure (or arithmetic on one): an "unconfirmed" status at most.
    Unconfirmed,
    /// An official figure, a bulletin's or an official news report's, or arithmetic on such.
    Settles,
}

impl Reliability {
    /// The grade of a figure of this reliability; a derived one takes the grade of what it was
    /// derived from (`basis`), and is unconfirmed where that is not given.
    pub fn grade(self, basis: Option<Reliability>) -> Grade {
        match self {
            Reliability::Official | Reliability::Bulletin | Reliability::OfficialNews => {
                Grade::Settles
            }
            Reliability::ThirdParty => Grade::Unconfirmed,
            Reliability::Derived => match basis {
                Some(Reliability::Derived) | None => Grade::Unconfirmed,
                Some(b) => b.grade(None),
            },
            Reliability::Unattributed | Reliability::Missing => Grade::Unusable,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: Str,
    pub title: Text,
    pub url: Option<Str>,
    pub date: Option<Str>,
    pub reliability: Reliability,
}

/// The recorded series, one field each: a series the code reads cannot be missing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesSet {
    /// 地区生产总值, nominal, 亿元.
    pub gdp: Series,
    /// Real GDP growth, %.
    pub gdp_real_growth: Series,
    /// 年末常住人口, 万人.
    pub population: Series,
    /// 可再生能源装机, 万千瓦 (no figure recorded).
    pub renewables: Series,
    pub gdp_per_capita: Series,
    pub population_registered: Series,
}

impl SeriesSet {
    /// Every series with its key, in the dataset's order.
    pub fn all(&self) -> [(&'static str, &Series); 6] {
        [
            ("gdp", &self.gdp),
            ("gdp_real_growth", &self.gdp_real_growth),
            ("population", &self.population),
            ("renewables", &self.renewables),
            ("gdp_per_capita", &self.gdp_per_capita),
            ("population_registered", &self.population_registered),
        ]
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub name: Text,
    pub unit: Str,
    pub points: List<Point>,
}

/// One year of a series. A missing figure is kept, with `value: None`; where only a range is
/// known ("预计超过1.4万亿元", or a range derived from rounded figures), the bounds say so, each
/// with its own source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub year: i32,
    pub value: Option<f64>,
    /// Of the value: `missing` when there is none.
    pub reliability: Reliability,
    pub source: Option<Str>,
    pub quote: Option<Str>,
    pub note: Text,
    pub lower: Option<Bound>,
    pub upper: Option<Bound>,
    /// For a derived value: the weakest reliability of the figures it is computed from.
    #[serde(default)]
    pub basis: Option<Reliability>,
    /// The day a figure stands at, where it is not the year's end ("截至2025年12月23日").
    #[serde(default)]
    pub as_of: Option<Str>,
}

/// A bound on a year's figure, where the figure itself is not known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bound {
    pub value: f64,
    /// Whether the bound itself is excluded: "超过1.4万亿" is strictly above 14000.
    pub strict: bool,
    pub reliability: Reliability,
    pub source: Str,
    pub quote: Option<Str>,
    pub note: Text,
    /// For a derived bound: the weakest reliability of the figures it is computed from.
    #[serde(default)]
    pub basis: Option<Reliability>,
}

impl Point {
    /// Whether anything is known of this year: a value or a bound.
    pub fn has_evidence(&self) -> bool {
        self.value.is_some() || self.lower.is_some() || self.upper.is_some()
    }
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

/// Parses a dataset from its JSON form.
pub fn parse(json: &str) -> Result<Dataset, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// The facts the code reads, by name. The build fails if one is missing from the dataset
/// ([`Dataset::check`]); the dataset may hold more, which only the register and the tests read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactId {
    /// The 2025 annual growth target set in January 2025 (about 5.5%).
    GdpGrowthTarget2025,
    /// The 2026 annual growth target in the 2026 government work report (5% or more).
    GdpGrowthTarget2026,
    /// The official 2021–2024 average real growth (5.4%).
    GdpRealAvg2021To2024,
}

impl FactId {
    pub const ALL: [FactId; 3] = [
        FactId::GdpGrowthTarget2025,
        FactId::GdpGrowthTarget2026,
        FactId::GdpRealAvg2021To2024,
    ];
    pub fn key(self) -> &'static str {
        match self {
            FactId::GdpGrowthTarget2025 => "gdp_growth_target_2025",
            FactId::GdpGrowthTarget2026 => "gdp_growth_target_2026",
            FactId::GdpRealAvg2021To2024 => "gdp_real_avg_2021_2024",
        }
    }
}

/// The three headline targets' ids in the plan's tasks.
pub const HEADLINE_TARGETS: [&str; 3] = ["gdp", "population", "renewables"];

impl Dataset {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    /// A fact by its key, for ids that come from the data itself (a target's outcome facts).
    pub fn fact_by_key(&self, key: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == key)
    }
    /// A fact the code reads. Present in every dataset that builds ([`Dataset::check`]).
    pub fn fact(&self, id: FactId) -> Option<&Fact> {
        self.fact_by_key(id.key())
    }
    pub fn target(&self, id: &str) -> Option<(&Task, &Target)> {
        self.tasks
            .iter()
            .find_map(|t| t.targets.iter().find(|g| g.id == id).map(|g| (t, g)))
    }
    pub fn resolution(&self, area: u8, stage: StageName, measure: Measure) -> Option<&Resolution> {
        self.resolutions
            .iter()
            .find(|r| r.area == area && r.stage == stage && r.measure == measure)
    }

    /// The part of the dataset the first view needs: the plan's title and totals, the series,
    /// facts and sources, and the tasks of the three headline targets with only those targets.
    /// The areas, the other tasks and targets, the scan corrections and the resolutions are
    /// left out: the sections below read the whole dataset.
    pub fn core(&self) -> Dataset {
        let tasks: Vec<Task> = self
            .tasks
            .iter()
            .filter_map(|t| {
                let targets: Vec<Target> = t
                    .targets
                    .iter()
                    .filter(|g| HEADLINE_TARGETS.contains(&g.id.as_ref()))
                    .cloned()
                    .collect();
                (!targets.is_empty()).then(|| Task {
                    targets: targets.into(),
                    ..t.clone()
                })
            })
            .collect();
        Dataset {
            areas: Cow::Borrowed(&[]),
            tasks: tasks.into(),
            corrections: Cow::Borrowed(&[]),
            resolutions: Cow::Borrowed(&[]),
            ..self.clone()
        }
    }

    /// Everything the code needs from the dataset and every reference inside it: each missing
    /// or dangling name, in words. The app's build script fails on any, so a dataset that
    /// builds has them all.
    pub fn check(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for id in FactId::ALL {
            if self.fact(id).is_none() {
                problems.push(format!(
                    "fact `{}` is missing (the code reads it)",
                    id.key()
                ));
            }
        }
        for id in HEADLINE_TARGETS {
            match self.target(id) {
                None => problems.push(format!("headline target `{id}` is missing from the tasks")),
                Some((_, t)) if t.value.is_none() => {
                    problems.push(format!("headline target `{id}` has no value"))
                }
                _ => {}
            }
        }
        let mut source = |id: &str, whose: String| {
            if self.source(id).is_none() {
                problems.push(format!(
                    "{whose} names source `{id}`, which is not in `sources`"
                ));
            }
        };
        source(&self.plan.source, "the plan".into());
        for (key, series) in self.series.all() {
            for p in series.points.iter() {
                if let Some(id) = &p.source {
                    source(id, format!("series `{key}` {}", p.year));
                }
                for b in [&p.lower, &p.upper].into_iter().flatten() {
                    source(&b.source, format!("a bound of series `{key}` {}", p.year));
                }
            }
        }
        for f in self.facts.iter() {
            source(&f.source, format!("fact `{}`", f.id));
        }
        for g in self.tasks.iter().flat_map(|t| t.targets.iter()) {
            for p in g.records.iter() {
                if let Some(id) = &p.source {
                    source(id, format!("target `{}`'s record of {}", g.id, p.year));
                }
                for b in [&p.lower, &p.upper].into_iter().flatten() {
                    source(
                        &b.source,
                        format!("a bound of target `{}`'s record of {}", g.id, p.year),
                    );
                }
            }
            for st in g.statements.iter() {
                source(&st.source, format!("a statement on target `{}`", g.id));
            }
        }
        for t in self.tasks.iter() {
            for g in t.targets.iter() {
                for f in g.outcome.facts.iter() {
                    if self.fact_by_key(f).is_none() {
                        problems.push(format!(
                            "target `{}` names fact `{f}`, which is not in `facts`",
                            g.id
                        ));
                    }
                }
            }
        }
        for r in self.resolutions.iter() {
            if !self.areas.iter().any(|a| a.no == r.area) {
                problems.push(format!(
                    "a resolution names area {}, which is not in `areas`",
                    r.area
                ));
            }
        }
        problems
    }
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
