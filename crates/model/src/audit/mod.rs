//! The source audit: reconciles every total the plan states and reports each discrepancy with
//! how the dataset resolves it. The checks are here; `report` puts them in words, for `make
//! test` and the page's "How we checked the numbers".

mod report;

pub use report::num;

use super::dataset::{Area, Comparator, Dataset, Measure, Resolution, StageName, Stages};

/// Money is stated to 0.01亿元; sums within half of that agree.
const MONEY_TOLERANCE: f64 = 0.005;

/// What a check compares.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// An area's three stages against its total: projects (`money` false) or investment.
    Stages { area: u8, money: bool },
    /// The ten areas against a document-wide total.
    Document { what: DocTotal },
    /// The tasks listed under an area against the N of "认真抓好N项重点工作".
    TasksInArea { area: u8 },
    /// All tasks against 50, numbered (一)…(五十) without a gap.
    TasksInAll,
    /// The areas' announced task counts added up, against 50.
    TasksAnnounced,
    /// The opening summary (重点N) against the full text, one field.
    Summary { area: u8, field: SummaryField },
}

/// A field the opening summary states for an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryField {
    Title,
    /// A stage's (or the total's) projects or investment.
    Figure(StageName, Measure),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocTotal {
    Projects,
    Investment,
    New2023Projects,
    New2023Investment,
    Areas,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Agrees,
    /// The figures differ; `resolution` says how the dataset settles it (None: unresolved).
    Differs {
        resolution: Option<Resolution>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub check: Check,
    /// What the text states (for the summary check: what the summary says).
    pub stated: f64,
    /// What the text's parts add up to (for the summary check: what the full text says).
    pub computed: f64,
    pub comparator: Comparator,
    /// As the raw text has it, before any resolution.
    pub status: Status,
    /// Whether it agrees once the dataset's resolutions are applied.
    pub agrees_resolved: bool,
}

impl Finding {
    pub fn differs(&self) -> bool {
        matches!(self.status, Status::Differs { .. })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn discrepancies(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.differs())
    }
    /// True when every finding agrees once the dataset's resolutions are applied.
    pub fn reconciled(&self) -> bool {
        self.findings.iter().all(|f| f.agrees_resolved)
    }
}

fn holds(comparator: Comparator, stated: f64, computed: f64, money: bool) -> bool {
    let eq = if money {
        (stated - computed).abs() < MONEY_TOLERANCE
    } else {
        stated == computed
    };
    match comparator {
        Comparator::Above => computed > stated,
        Comparator::AtLeast => computed >= stated || eq,
        Comparator::AtMost => computed <= stated || eq,
        _ => eq,
    }
}

/// One comparison: what the text states, what its parts give as written and with the dataset's
/// resolutions applied, and how they must relate.
struct Compare {
    check: Check,
    stated: f64,
    raw: f64,
    resolved: f64,
    comparator: Comparator,
    money: bool,
    resolution: Option<Resolution>,
}

impl Compare {
    /// An exact comparison of a count (`money` false) or an amount of money.
    fn exact(check: Check, stated: f64, raw: f64, resolved: f64, money: bool) -> Compare {
        Compare {
            check,
            stated,
            raw,
            resolved,
            comparator: Comparator::Exactly,
            money,
            resolution: None,
        }
    }
    fn resolved_by(self, resolution: Option<&Resolution>) -> Compare {
        Compare {
            resolution: resolution.cloned(),
            ..self
        }
    }
    fn finding(self) -> Finding {
        let status = if holds(self.comparator, self.stated, self.raw, self.money) {
            Status::Agrees
        } else {
            Status::Differs {
                resolution: self.resolution,
            }
        };
        Finding {
            agrees_resolved: holds(self.comparator, self.stated, self.resolved, self.money),
            check: self.check,
            stated: self.stated,
            computed: self.raw,
            comparator: self.comparator,
            status,
        }
    }
}

fn measure_of(s: &super::dataset::Stage, m: Measure) -> f64 {
    match m {
        Measure::Projects => f64::from(s.projects),
        Measure::Investment => s.investment,
    }
}

/// The first resolution of an area for a measure, in any stage.
fn any_resolution(data: &Dataset, area: u8, m: Measure) -> Option<&Resolution> {
    StageName::STAGES
        .iter()
        .find_map(|&st| data.resolution(area, st, m))
}

/// Each area's stages against its stated total.
fn stage_sums(data: &Dataset) -> impl Iterator<Item = Compare> + '_ {
    data.areas.iter().flat_map(move |a| {
        let (raw, resolved) = (a.raw_stages().sum(), a.resolved_stages(data).sum());
        [Measure::Projects, Measure::Investment].map(|m| {
            let money = m == Measure::Investment;
            let check = Check::Stages { area: a.no, money };
            Compare::exact(
                check,
                measure_of(&a.total, m),
                measure_of(&raw, m),
                measure_of(&resolved, m),
                money,
            )
            .resolved_by(any_resolution(data, a.no, m))
        })
    })
}

/// The ten areas against the document's opening totals.
fn document_totals(data: &Dataset) -> Vec<Compare> {
    let sum = |f: &dyn Fn(&Area, &Stages) -> f64, resolved: bool| -> f64 {
        data.areas
            .iter()
            .map(|a| {
                let s = if resolved {
                    a.resolved_stages(data)
                } else {
                    a.raw_stages()
                };
                f(a, &s)
            })
            .sum()
    };
    let both = |f: &dyn Fn(&Area, &Stages) -> f64| (sum(f, false), sum(f, true));
    let st = &data.plan.stated;
    let areas = data.areas.len() as f64;
    let rows = [
        (
            DocTotal::Projects,
            &st.projects,
            false,
            both(&|a, _| f64::from(a.total.projects)),
        ),
        (
            DocTotal::Investment,
            &st.investment,
            true,
            both(&|a, _| a.total.investment),
        ),
        (
            DocTotal::New2023Projects,
            &st.new_2023_projects,
            false,
            both(&|_, s| f64::from(s.new_2023.projects)),
        ),
        (
            DocTotal::New2023Investment,
            &st.new_2023_investment,
            true,
            both(&|_, s| s.new_2023.investment),
        ),
        (DocTotal::Areas, &st.areas, false, (areas, areas)),
    ];
    rows.into_iter()
        .map(|(what, stated, money, (raw, resolved))| Compare {
            comparator: stated.comparator,
            ..Compare::exact(Check::Document { what }, stated.value, raw, resolved, money)
        })
        .collect()
}

/// The tasks listed against the counts the text announces, and against 50 in all.
fn task_counts(data: &Dataset) -> Vec<Compare> {
    let mut out: Vec<Compare> = data
        .areas
        .iter()
        .map(|a| {
            let n = data.tasks.iter().filter(|t| t.area == a.no).count() as f64;
            let check = Check::TasksInArea { area: a.no };
            Compare::exact(check, f64::from(a.tasks_stated), n, n, false)
        })
        .collect();
    let numbered = data
        .tasks
        .iter()
        .enumerate()
        .all(|(i, t)| t.no as usize == i + 1);
    let all = if numbered {
        data.tasks.len() as f64
    } else {
        f64::NAN
    };
    let announced: f64 = data.areas.iter().map(|a| f64::from(a.tasks_stated)).sum();
    // "50项重点工作" is the plan's own count of its tasks.
    out.push(Compare::exact(Check::TasksInAll, 50.0, all, all, false));
    out.push(Compare::exact(
        Check::TasksAnnounced,
        50.0,
        announced,
        announced,
        false,
    ));
    out
}

/// The opening summary of each area against its full text: the title and six figures.
fn summaries(data: &Dataset) -> impl Iterator<Item = Compare> + '_ {
    data.areas.iter().flat_map(move |a| {
        let same = if a.summary.title == a.title.zh {
            1.0
        } else {
            0.0
        };
        let title = Compare::exact(
            Check::Summary {
                area: a.no,
                field: SummaryField::Title,
            },
            1.0,
            same,
            same,
            false,
        );
        let (s, resolved) = (&a.summary, a.resolved_stages(data));
        let figures = [StageName::Total, StageName::Continuing, StageName::New2023]
            .into_iter()
            .flat_map(|st| [(st, Measure::Projects), (st, Measure::Investment)])
            .map(move |(st, m)| {
                let (summary, full, full_resolved) = match st {
                    StageName::Continuing => (&s.continuing, &a.continuing, resolved.continuing),
                    StageName::New2023 => (&s.new_2023, &a.new_2023, resolved.new_2023),
                    // The summary gives no reserve stage; only the total is left.
                    _ => (&s.total, &a.total, a.total),
                };
                let check = Check::Summary {
                    area: a.no,
                    field: SummaryField::Figure(st, m),
                };
                Compare::exact(
                    check,
                    measure_of(summary, m),
                    measure_of(full, m),
                    measure_of(&full_resolved, m),
                    m == Measure::Investment,
                )
                .resolved_by(data.resolution(a.no, st, m))
            });
        std::iter::once(title).chain(figures)
    })
}

/// Runs every check on a dataset.
pub fn audit(data: &Dataset) -> Report {
    let findings = stage_sums(data)
        .chain(document_totals(data))
        .chain(task_counts(data))
        .chain(summaries(data))
        .map(Compare::finding)
        .collect();
    Report { findings }
}
