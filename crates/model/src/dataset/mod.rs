//! The dataset's types: the plan and the city's recorded history, each figure with its source.
//!
//! `data/jinan.json` is the one source of truth. The app's `build.rs` reads it into these types
//! with serde and runs [`Dataset::check`], so a dataset that lacks something the code asks for
//! fails the build with a message naming it, not the page. What the code looks up is named by
//! type, not by string: the series are fields, facts are [`FactId`]s, stages are [`StageName`]s.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

mod plan;
mod record;

pub use plan::*;
pub use record::*;

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

/// Parses a dataset from its JSON form.
pub fn parse(json: &str) -> Result<Dataset, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
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
