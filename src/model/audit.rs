//! The source audit: reconciles every total the plan states and reports each discrepancy with
//! how the dataset resolves it. The page shows it as "How we checked the numbers".

use super::dataset::{Comparator, Dataset, Resolution, Stage};
use super::scenario::Lang;
use std::fmt::Write as _;

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
    Summary { area: u8, field: &'static str },
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

fn raw_stages(a: &super::dataset::Area) -> [Stage; 3] {
    [a.continuing, a.new_2023, a.reserve]
}

/// Runs every check on a dataset.
pub fn audit(data: &Dataset) -> Report {
    let mut findings = Vec::new();
    let mut push = |check: Check,
                    stated: f64,
                    raw: f64,
                    resolved: f64,
                    comparator: Comparator,
                    money: bool,
                    resolution: Option<Resolution>| {
        let status = if holds(comparator, stated, raw, money) {
            Status::Agrees
        } else {
            Status::Differs { resolution }
        };
        findings.push(Finding {
            check,
            stated,
            computed: raw,
            comparator,
            status,
            agrees_resolved: holds(comparator, stated, resolved, money),
        });
    };
    let area_resolution = |area: u8, prefix: &str| -> Option<Resolution> {
        data.resolutions
            .iter()
            .find(|r| r.area == area && r.field.starts_with(prefix))
            .cloned()
    };

    for a in data.areas.iter() {
        let raw = raw_stages(a);
        let resolved = a.resolved_stages(data);
        let count = |s: &[Stage; 3]| s.iter().map(|x| x.projects as f64).sum::<f64>();
        let money = |s: &[Stage; 3]| s.iter().map(|x| x.investment).sum::<f64>();
        let fix = |field: &str| data.resolution(a.no, field).cloned();
        let any_fix = |suffix: &str| {
            ["continuing", "new_2023", "reserve"]
                .iter()
                .find_map(|st| fix(&format!("{st}.{suffix}")))
        };
        push(
            Check::Stages {
                area: a.no,
                money: false,
            },
            a.total.projects as f64,
            count(&raw),
            count(&resolved),
            Comparator::Exactly,
            false,
            any_fix("projects"),
        );
        push(
            Check::Stages {
                area: a.no,
                money: true,
            },
            a.total.investment,
            money(&raw),
            money(&resolved),
            Comparator::Exactly,
            true,
            any_fix("investment"),
        );
    }

    let st = &data.plan.stated;
    let sum = |f: &dyn Fn(&super::dataset::Area, &[Stage; 3]) -> f64, resolved: bool| -> f64 {
        data.areas
            .iter()
            .map(|a| {
                let s = if resolved {
                    a.resolved_stages(data)
                } else {
                    raw_stages(a)
                };
                f(a, &s)
            })
            .sum()
    };
    let doc = [
        (
            DocTotal::Projects,
            &st.projects,
            false,
            sum(&|a, _| a.total.projects as f64, false),
            sum(&|a, _| a.total.projects as f64, true),
        ),
        (
            DocTotal::Investment,
            &st.investment,
            true,
            sum(&|a, _| a.total.investment, false),
            sum(&|a, _| a.total.investment, true),
        ),
        (
            DocTotal::New2023Projects,
            &st.new_2023_projects,
            false,
            sum(&|_, s| s[1].projects as f64, false),
            sum(&|_, s| s[1].projects as f64, true),
        ),
        (
            DocTotal::New2023Investment,
            &st.new_2023_investment,
            true,
            sum(&|_, s| s[1].investment, false),
            sum(&|_, s| s[1].investment, true),
        ),
        (
            DocTotal::Areas,
            &st.areas,
            false,
            data.areas.len() as f64,
            data.areas.len() as f64,
        ),
    ];
    for (what, stated, money, raw, resolved) in doc {
        push(
            Check::Document { what },
            stated.value,
            raw,
            resolved,
            stated.comparator,
            money,
            None,
        );
    }

    for a in data.areas.iter() {
        let n = data.tasks.iter().filter(|t| t.area == a.no).count() as f64;
        push(
            Check::TasksInArea { area: a.no },
            a.tasks_stated as f64,
            n,
            n,
            Comparator::Exactly,
            false,
            None,
        );
    }
    let numbered = data
        .tasks
        .iter()
        .enumerate()
        .all(|(i, t)| t.no as usize == i + 1);
    let stated_all: f64 = data.areas.iter().map(|a| a.tasks_stated as f64).sum();
    let n_all = if numbered {
        data.tasks.len() as f64
    } else {
        f64::NAN
    };
    push(
        Check::TasksInAll,
        50.0,
        n_all,
        n_all,
        Comparator::Exactly,
        false,
        None,
    );
    push(
        Check::TasksAnnounced,
        50.0,
        stated_all,
        stated_all,
        Comparator::Exactly,
        false,
        None,
    );

    for a in data.areas.iter() {
        let s = &a.summary;
        let resolved = a.resolved_stages(data);
        let title_same = if s.title == a.title.zh { 1.0 } else { 0.0 };
        push(
            Check::Summary {
                area: a.no,
                field: "title",
            },
            1.0,
            title_same,
            title_same,
            Comparator::Exactly,
            false,
            None,
        );
        let fields: [(&'static str, f64, f64, f64, bool); 6] = [
            (
                "total.projects",
                s.total.projects as f64,
                a.total.projects as f64,
                a.total.projects as f64,
                false,
            ),
            (
                "total.investment",
                s.total.investment,
                a.total.investment,
                a.total.investment,
                true,
            ),
            (
                "continuing.projects",
                s.continuing.projects as f64,
                a.continuing.projects as f64,
                resolved[0].projects as f64,
                false,
            ),
            (
                "continuing.investment",
                s.continuing.investment,
                a.continuing.investment,
                resolved[0].investment,
                true,
            ),
            (
                "new_2023.projects",
                s.new_2023.projects as f64,
                a.new_2023.projects as f64,
                resolved[1].projects as f64,
                false,
            ),
            (
                "new_2023.investment",
                s.new_2023.investment,
                a.new_2023.investment,
                resolved[1].investment,
                true,
            ),
        ];
        for (field, summary, full, full_resolved, money) in fields {
            push(
                Check::Summary { area: a.no, field },
                summary,
                full,
                full_resolved,
                Comparator::Exactly,
                money,
                area_resolution(a.no, field),
            );
        }
    }
    Report { findings }
}

impl Report {
    pub fn discrepancies(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.differs())
    }
    /// True when every finding agrees once the dataset's resolutions are applied.
    pub fn reconciled(&self) -> bool {
        self.findings.iter().all(|f| f.agrees_resolved)
    }

    /// The report as plain text, for `make test` and the page's "How we checked the numbers".
    pub fn to_text(&self, data: &Dataset, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let mut out = String::new();
        let checks = self.findings.len();
        let differ = self.discrepancies().count();
        let _ = writeln!(
            out,
            "{}",
            if zh {
                format!(
                    "共核对{checks}项，发现{differ}处不一致；应用数据集的处理后{}。",
                    if self.reconciled() {
                        "全部相符"
                    } else {
                        "仍有不符"
                    }
                )
            } else {
                format!(
                    "{checks} checks, {differ} discrepancies; with the dataset's resolutions applied, {}.",
                    if self.reconciled() { "everything reconciles" } else { "some still differ" }
                )
            }
        );
        for f in &self.findings {
            let mark = match (&f.status, f.agrees_resolved) {
                (Status::Agrees, _) => {
                    if zh {
                        "相符"
                    } else {
                        "agrees"
                    }
                }
                (Status::Differs { .. }, true) => {
                    if zh {
                        "不一致，已处理"
                    } else {
                        "differs, resolved"
                    }
                }
                (Status::Differs { .. }, false) => {
                    if zh {
                        "不一致，未处理"
                    } else {
                        "differs, UNRESOLVED"
                    }
                }
            };
            let _ = writeln!(out, "- [{mark}] {}", f.describe(data, lang));
            if let Status::Differs {
                resolution: Some(r),
            } = &f.status
            {
                let _ = writeln!(out, "    {}", if zh { &r.reason.zh } else { &r.reason.en });
            }
        }
        let _ = writeln!(
            out,
            "{}",
            if zh {
                "扫描错字更正："
            } else {
                "Scan misprints corrected:"
            }
        );
        for c in data.corrections.iter() {
            let _ = writeln!(
                out,
                "- {} → {} (×{}): {}",
                c.scanned,
                c.corrected,
                c.count,
                if zh { &c.reason.zh } else { &c.reason.en }
            );
        }
        out
    }
}

/// Prints a figure without trailing zeros: 125.74, 1301.
pub fn num(x: f64) -> String {
    if !x.is_finite() {
        return "—".into();
    }
    let s = format!("{:.2}", x);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

impl Finding {
    /// One line saying what was compared, with the figures.
    pub fn describe(&self, data: &Dataset, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let area_name = |no: u8| -> String {
            let numeral = data
                .areas
                .iter()
                .find(|a| a.no == no)
                .map_or("?", |a| &*a.numeral);
            if zh {
                format!("重点{numeral}")
            } else {
                format!("Area {no}")
            }
        };
        let (s, c) = (num(self.stated), num(self.computed));
        match &self.check {
            Check::Stages { area, money } => match (zh, money) {
                (true, false) => format!(
                    "{}：续建、2023年新开工、谋划储备项目数之和 {c} 个，所列总数 {s} 个",
                    area_name(*area)
                ),
                (true, true) => format!(
                    "{}：三类项目投资之和 {c} 亿元，所列总投资 {s} 亿元",
                    area_name(*area)
                ),
                (false, false) => format!(
                    "{}: continuing + new in 2023 + reserve = {c} projects; stated total {s}",
                    area_name(*area)
                ),
                (false, true) => format!(
                    "{}: the three stages add up to {c}亿元; stated total {s}亿元",
                    area_name(*area)
                ),
            },
            Check::Document { what } => {
                let cmp = match self.comparator {
                    Comparator::Above => {
                        if zh {
                            "超过"
                        } else {
                            "above "
                        }
                    }
                    _ => "",
                };
                let (zh_name, en_name, unit_zh, unit_en) = match what {
                    DocTotal::Projects => (
                        "十大领域重点项目",
                        "Key projects in the ten areas",
                        "个",
                        "",
                    ),
                    DocTotal::Investment => (
                        "十大领域总投资",
                        "Total investment in the ten areas",
                        "亿元",
                        "亿元",
                    ),
                    DocTotal::New2023Projects => {
                        ("2023年新开工项目", "Projects new in 2023", "个", "")
                    }
                    DocTotal::New2023Investment => (
                        "2023年新开工项目投资",
                        "Investment of projects new in 2023",
                        "亿元",
                        "亿元",
                    ),
                    DocTotal::Areas => ("领域数", "Areas", "个", ""),
                };
                if zh {
                    format!("{zh_name}：各领域合计 {c}{unit_zh}，文件所述 {cmp}{s}{unit_zh}")
                } else {
                    format!("{en_name}: the areas add up to {c}{unit_en}; the document states {cmp}{s}{unit_en}")
                }
            }
            Check::TasksInArea { area } => {
                if zh {
                    format!(
                        "{}：列出重点工作 {c} 项，文中称“认真抓好{s}项重点工作”",
                        area_name(*area)
                    )
                } else {
                    format!(
                        "{}: {c} tasks listed; the text announces {s}",
                        area_name(*area)
                    )
                }
            }
            Check::TasksInAll => {
                if zh {
                    format!("重点工作总数：{c} 项（应为 {s} 项，编号连续）")
                } else {
                    format!("All tasks: {c} (should be {s}, numbered without a gap)")
                }
            }
            Check::TasksAnnounced => {
                if zh {
                    format!("各部分“认真抓好N项重点工作”之和：{c} 项（应为 {s} 项）")
                } else {
                    format!("The areas' announced task counts add up to {c} (should be {s})")
                }
            }
            Check::Summary { area, field } => {
                if *field == "title" {
                    return if zh {
                        format!(
                            "{}：摘要标题与全文标题{}",
                            area_name(*area),
                            if self.computed == 1.0 {
                                "相同"
                            } else {
                                "不同"
                            }
                        )
                    } else {
                        format!(
                            "{}: the summary's title and the full text's title are {}",
                            area_name(*area),
                            if self.computed == 1.0 {
                                "the same"
                            } else {
                                "different"
                            }
                        )
                    };
                }
                let (zh_f, en_f) = match *field {
                    "total.projects" => ("项目总数", "total projects"),
                    "total.investment" => ("总投资（亿元）", "total investment (亿元)"),
                    "continuing.projects" => ("续建项目数", "continuing projects"),
                    "continuing.investment" => {
                        ("续建项目投资（亿元）", "continuing investment (亿元)")
                    }
                    "new_2023.projects" => ("2023年新开工项目数", "projects new in 2023"),
                    _ => (
                        "2023年新开工项目投资（亿元）",
                        "investment new in 2023 (亿元)",
                    ),
                };
                if zh {
                    format!("{}：{zh_f}，摘要 {s}，全文 {c}", area_name(*area))
                } else {
                    format!("{}: {en_f}: summary {s}, full text {c}", area_name(*area))
                }
            }
        }
    }
}
