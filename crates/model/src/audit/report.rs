//! The audit's findings in words, in both languages.

use super::{Check, DocTotal, Finding, Report, Status, SummaryField};
use crate::dataset::{Comparator, Dataset, Measure, StageName};
use crate::scenario::Lang;
use std::fmt::Write as _;

impl Report {
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
                let area = area_name(*area);
                let Some((zh_f, en_f)) = summary_field_words(*field) else {
                    let same = self.computed == 1.0;
                    return match (zh, same) {
                        (true, true) => format!("{area}：摘要标题与全文标题相同"),
                        (true, false) => format!("{area}：摘要标题与全文标题不同"),
                        (false, true) => format!(
                            "{area}: the summary's title and the full text's title are the same"
                        ),
                        (false, false) => format!(
                            "{area}: the summary's title and the full text's title are different"
                        ),
                    };
                };
                if zh {
                    format!("{area}：{zh_f}，摘要 {s}，全文 {c}")
                } else {
                    format!("{area}: {en_f}: summary {s}, full text {c}")
                }
            }
        }
    }
}

/// A summary field's name in Chinese and English; None for the title.
fn summary_field_words(field: SummaryField) -> Option<(&'static str, &'static str)> {
    let SummaryField::Figure(stage, measure) = field else {
        return None;
    };
    Some(match (stage, measure) {
        (StageName::Total, Measure::Projects) => ("项目总数", "total projects"),
        (StageName::Total, Measure::Investment) => ("总投资（亿元）", "total investment (亿元)"),
        (StageName::Continuing, Measure::Projects) => ("续建项目数", "continuing projects"),
        (StageName::Continuing, Measure::Investment) => {
            ("续建项目投资（亿元）", "continuing investment (亿元)")
        }
        (StageName::New2023, Measure::Projects) => ("2023年新开工项目数", "projects new in 2023"),
        (StageName::New2023, Measure::Investment) => (
            "2023年新开工项目投资（亿元）",
            "investment new in 2023 (亿元)",
        ),
        (StageName::Reserve, Measure::Projects) => ("谋划储备项目数", "reserve projects"),
        (StageName::Reserve, Measure::Investment) => {
            ("谋划储备项目投资（亿元）", "reserve investment (亿元)")
        }
    })
}
