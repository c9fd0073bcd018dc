//! The plan's register with every target's status, its evidence and sources, as CSV and JSON:
//! what a newsroom needs to check the tracker line by line.

use super::Stamp;
use crate::dataset::{Dataset, Point, Target};
use crate::scenario::Lang;
use crate::status::{as_of, assess_all, counts, Assessed, Decision, Part};
use crate::text::{
    context_words, part_reliability, pick, record_words, reliability, settle_words, status_name,
    status_reason, target_value, target_year,
};
use serde::Serialize;
use std::fmt::Write as _;

/// Quotes a CSV field when it needs it (RFC 4180).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The record a row shows: the one that decided, or else the latest there is.
fn shown_record<'a>(a: &'a Assessed<'_>) -> Option<(&'a Point, Part)> {
    match &a.assessment.decision {
        Decision::Record { point, part } => Some((point, *part)),
        _ => a.assessment.latest.as_ref().map(|p| (p, Part::Value)),
    }
}

/// The source of a record's deciding part (the value's, or its bound's).
fn record_source(p: &Point, part: Part) -> Option<&str> {
    let bound = match part {
        Part::Value => None,
        Part::Lower => p.lower.as_ref(),
        Part::Upper => p.upper.as_ref(),
    };
    bound
        .map(|b| b.source.as_ref())
        .or(p.source.as_deref())
        .or_else(|| p.lower.as_ref().map(|b| b.source.as_ref()))
}

fn record_quote(p: &Point, part: Part) -> Option<&str> {
    let bound = match part {
        Part::Value => None,
        Part::Lower => p.lower.as_ref(),
        Part::Upper => p.upper.as_ref(),
    };
    bound
        .and_then(|b| b.quote.as_deref())
        .or(p.quote.as_deref())
        .or_else(|| p.lower.as_ref().and_then(|b| b.quote.as_deref()))
}

fn area_name(data: &Dataset, t: &crate::dataset::Task, lang: Lang) -> String {
    data.areas
        .iter()
        .find(|a| a.no == t.area)
        .map(|a| pick(&a.short, lang).to_string())
        .unwrap_or_default()
}

/// The register's column names.
pub fn promises_columns(lang: Lang) -> [&'static str; 17] {
    match lang {
        Lang::Zh => [
            "编号",
            "领域",
            "任务",
            "目标",
            "计划原文",
            "目标值",
            "判断年份",
            "状态代码",
            "状态",
            "依据",
            "记录",
            "记录可靠性",
            "来源",
            "来源网址",
            "引文",
            "达标可能性",
            "能判断它的是",
        ],
        Lang::En => [
            "id",
            "area",
            "task",
            "target",
            "the plan's words",
            "target value",
            "year judged",
            "status code",
            "status",
            "why",
            "record",
            "record's reliability",
            "source",
            "source address",
            "quoted",
            "chance of meeting it",
            "what would settle it",
        ],
    }
}

/// Every target as a CSV row, with the stamp on `#` lines first.
pub fn promises_csv(data: &Dataset, st: &Stamp, lang: Lang) -> String {
    let all = assess_all(data);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} {}; dataset sha256 {}",
        st.app, st.version, st.dataset_sha256
    );
    if let Some(d) = as_of(data, &all) {
        let _ = writeln!(out, "# as of: {d}");
    }
    let _ = writeln!(out, "# link: {}", st.scenario_url);
    let _ = writeln!(out, "# cite: {}", st.citation.replace('\n', " "));
    let head: Vec<String> = promises_columns(lang).iter().map(|c| field(c)).collect();
    let _ = writeln!(out, "{}", head.join(","));
    for a in &all {
        let (t, x) = (a.target, &a.assessment);
        let rec = shown_record(a);
        let source = rec
            .and_then(|(p, part)| record_source(p, part))
            .and_then(|id| data.source(id));
        let why = std::iter::once(status_reason(lang, t, x))
            .chain(x.context.iter().map(|c| context_words(lang, c)))
            .collect::<Vec<_>>()
            .join(" ");
        let cells = [
            t.id.to_string(),
            area_name(data, a.task, lang),
            format!("({}) {}", a.task.numeral, pick(&a.task.title, lang)),
            pick(&t.what, lang).to_string(),
            t.quote.to_string(),
            target_value(lang, t),
            target_year(lang, t),
            x.status.code().to_string(),
            status_name(lang, x.status).to_string(),
            why,
            rec.map(|(p, _)| record_words(lang, t, p))
                .unwrap_or_default(),
            rec.map(|(p, part)| part_reliability(lang, p, part))
                .unwrap_or_default(),
            source
                .map(|s| pick(&s.title, lang).to_string())
                .unwrap_or_default(),
            source
                .and_then(|s| s.url.as_deref())
                .unwrap_or_default()
                .to_string(),
            rec.and_then(|(p, part)| record_quote(p, part))
                .unwrap_or_default()
                .to_string(),
            // Four places, as a reader of the table reads it; the JSON keeps every digit.
            x.chance.map(|c| format!("{:.4}", c.p)).unwrap_or_default(),
            if x.status == crate::status::Status::Unknown {
                settle_words(lang, t, x)
            } else {
                String::new()
            },
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
struct JsonSource {
    id: String,
    title: String,
    url: Option<String>,
    date: Option<String>,
    reliability: &'static str,
}

#[derive(Serialize)]
struct JsonRecord {
    year: i32,
    as_of: Option<String>,
    value: Option<f64>,
    lower: Option<f64>,
    upper: Option<f64>,
    /// Which part of the record decided: "value", "lower" or "upper".
    decided_by: Option<&'static str>,
    reliability: String,
    source: Option<JsonSource>,
    quote: Option<String>,
    note: String,
}

#[derive(Serialize)]
struct JsonStatement {
    year: i32,
    names_target: bool,
    says_met: Option<bool>,
    reliability: &'static str,
    source: Option<JsonSource>,
    quote: String,
    note: String,
}

#[derive(Serialize)]
struct JsonChance {
    probability: f64,
    pace_pct_a_year: f64,
    pace_years: (i32, i32),
    spread_of_log_growth: f64,
}

#[derive(Serialize)]
struct JsonNeeded {
    from_year: i32,
    from_value: f64,
    rate_pct_a_year: Option<f64>,
    addition_a_year: Option<f64>,
}

#[derive(Serialize)]
struct JsonTarget {
    id: String,
    area: u8,
    area_name: String,
    task: u8,
    task_title: String,
    what: String,
    plan_words: String,
    value: Option<f64>,
    value_high: Option<f64>,
    unit: String,
    comparator: String,
    target_words: String,
    year_judged: i32,
    year_stated: bool,
    status: &'static str,
    status_words: &'static str,
    why: String,
    /// What decided it: "record", "statement", "outlook" or "nothing".
    decided_by: &'static str,
    record: Option<JsonRecord>,
    statement: Option<JsonStatement>,
    needed: Option<JsonNeeded>,
    chance: Option<JsonChance>,
    context: Vec<JsonStatement>,
    what_would_settle_it: Option<String>,
}

#[derive(Serialize)]
struct JsonPromises<'a> {
    stamp: &'a Stamp,
    as_of: Option<String>,
    summary: Vec<(&'static str, usize)>,
    targets: Vec<JsonTarget>,
}

fn json_source(data: &Dataset, id: Option<&str>, lang: Lang) -> Option<JsonSource> {
    let s = data.source(id?)?;
    Some(JsonSource {
        id: s.id.to_string(),
        title: pick(&s.title, lang).to_string(),
        url: s.url.as_deref().map(str::to_string),
        date: s.date.as_deref().map(str::to_string),
        reliability: reliability(Lang::En, s.reliability),
    })
}

fn json_statement(data: &Dataset, s: &crate::dataset::Statement, lang: Lang) -> JsonStatement {
    JsonStatement {
        year: s.year,
        names_target: s.names_target,
        says_met: s.says_met,
        reliability: reliability(Lang::En, s.reliability),
        source: json_source(data, Some(&s.source), lang),
        quote: s.quote.to_string(),
        note: pick(&s.note, lang).to_string(),
    }
}

fn comparator_code(t: &Target) -> String {
    serde_json::to_value(t.comparator)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The register as JSON: the stamp, the date the record stands at, the counts, and every
/// target with its status and evidence.
pub fn promises_json(data: &Dataset, st: &Stamp, lang: Lang) -> String {
    let all = assess_all(data);
    let targets = all
        .iter()
        .map(|a| {
            let (t, x) = (a.target, &a.assessment);
            let record = shown_record(a).map(|(p, part)| JsonRecord {
                year: p.year,
                as_of: p.as_of.as_deref().map(str::to_string),
                value: p.value,
                lower: p.lower.as_ref().map(|b| b.value),
                upper: p.upper.as_ref().map(|b| b.value),
                decided_by: matches!(x.decision, Decision::Record { .. }).then_some(match part {
                    Part::Value => "value",
                    Part::Lower => "lower",
                    Part::Upper => "upper",
                }),
                reliability: part_reliability(Lang::En, p, part),
                source: json_source(data, record_source(p, part), lang),
                quote: record_quote(p, part).map(str::to_string),
                note: pick(&p.note, lang).to_string(),
            });
            JsonTarget {
                id: t.id.to_string(),
                area: a.task.area,
                area_name: area_name(data, a.task, lang),
                task: a.task.no,
                task_title: pick(&a.task.title, lang).to_string(),
                what: pick(&t.what, lang).to_string(),
                plan_words: t.quote.to_string(),
                value: t.value,
                value_high: t.value_high,
                unit: pick(&t.unit, Lang::Zh).to_string(),
                comparator: comparator_code(t),
                target_words: target_value(lang, t),
                year_judged: x.year,
                year_stated: x.year_stated,
                status: x.status.code(),
                status_words: status_name(lang, x.status),
                why: status_reason(lang, t, x),
                decided_by: match x.decision {
                    Decision::Record { .. } => "record",
                    Decision::Statement(_) => "statement",
                    Decision::Outlook(_) => "outlook",
                    Decision::Nothing => "nothing",
                },
                record,
                statement: match &x.decision {
                    Decision::Statement(s) => Some(json_statement(data, s, lang)),
                    _ => None,
                },
                needed: x.needed.map(|n| JsonNeeded {
                    from_year: n.from.0,
                    from_value: n.from.1,
                    rate_pct_a_year: n.rate,
                    addition_a_year: n.addition,
                }),
                chance: x.chance.map(|c| JsonChance {
                    probability: c.p,
                    pace_pct_a_year: c.pace,
                    pace_years: c.years,
                    spread_of_log_growth: c.spread,
                }),
                context: x
                    .context
                    .iter()
                    .map(|s| json_statement(data, s, lang))
                    .collect(),
                what_would_settle_it: (x.status == crate::status::Status::Unknown)
                    .then(|| settle_words(lang, t, x)),
            }
        })
        .collect();
    let doc = JsonPromises {
        stamp: st,
        as_of: as_of(data, &all),
        summary: counts(all.iter().map(|a| a.assessment.status))
            .iter()
            .map(|(s, n)| (s.code(), *n))
            .collect(),
        targets,
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
