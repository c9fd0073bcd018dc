//! One indicator's numbers by year, as the data table shows them and the CSV download holds them.

use super::Stamp;
use crate::dataset::Dataset;
use crate::format::data_unit;
use crate::results::Outlook;
use crate::scenario::{Drawn, Lang};
use std::fmt::Write as _;

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
    /// p5, p25, p50, p75, p95, given the record.
    pub band: Option<[f64; 5]>,
    pub target: Option<f64>,
    /// From the latest record at the growth (the outlook's path).
    pub pace: Option<f64>,
    /// What the record says of a year it has no figure for.
    pub recorded_low: Option<f64>,
    pub recorded_high: Option<f64>,
}

/// Every year from the first recorded one to the end of the projection.
pub fn rows(data: &Dataset, o: &Outlook) -> Vec<Row> {
    let series = Some(o.indicator.series(data));
    let first = series
        .and_then(|s| s.points.first())
        .map_or(o.target_year, |p| p.year);
    let last = o
        .from_base
        .path
        .as_ref()
        .map_or(o.target_year, |p| p.end_year())
        .max(o.target_year);
    (first..=last)
        .map(|year| Row {
            year,
            recorded: series.and_then(|s| s.value(year)),
            projection: o.from_base.path.as_ref().and_then(|p| p.at(year)),
            required: o.from_base.required_path.as_ref().and_then(|p| p.at(year)),
            band: o.from_record.band.as_ref().and_then(|b| b.at(year)),
            target: (year == o.target_year).then_some(o.target),
            pace: o.from_record.pace.as_ref().and_then(|p| p.path.at(year)),
            recorded_low: series
                .and_then(|s| s.point(year))
                .and_then(|p| p.lower.as_ref().map(|b| b.value)),
            recorded_high: series
                .and_then(|s| s.point(year))
                .and_then(|p| p.upper.as_ref().map(|b| b.value)),
        })
        .collect()
}

/// The column names of [`rows`], in a language, with the unit.
pub fn columns(lang: Lang, unit: &str) -> [String; 13] {
    let names: [&str; 13] = match lang {
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
            "按此速度（自最新记录）",
            "记录范围下限",
            "记录范围上限",
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
            "at this pace from the latest record",
            "recorded range, low",
            "recorded range, high",
        ],
    };
    let mut out: [String; 13] = Default::default();
    for (i, n) in names.iter().enumerate() {
        out[i] = if i == 0 {
            n.to_string()
        } else {
            format!("{n} ({unit})")
        };
    }
    out
}

/// The column of a line drawn in predict mode, after the others.
pub fn guess_column(lang: Lang, unit: &str) -> String {
    match lang {
        Lang::Zh => format!("你的猜测 ({unit})"),
        Lang::En => format!("your guess ({unit})"),
    }
}

/// One indicator's numbers by year: recorded, projection, required path and band percentiles,
/// with units in the header, in the page's language, and the reader's line where one is drawn
/// (predict mode: a last column). Lines starting with `#` carry the stamp.
pub fn csv(data: &Dataset, o: &Outlook, st: &Stamp, lang: Lang, drawn: &Drawn) -> String {
    let unit = data_unit(o.indicator.unit());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} {}; dataset sha256 {}",
        st.app, st.version, st.dataset_sha256
    );
    let _ = writeln!(out, "# scenario: {}", st.scenario_url);
    let _ = writeln!(out, "# cite: {}", st.citation.replace('\n', " "));
    let guess = !drawn.is_empty();
    let mut header: Vec<String> = columns(lang, unit).iter().map(|c| field(c)).collect();
    if guess {
        header.push(field(&guess_column(lang, unit)));
    }
    let _ = writeln!(out, "{}", header.join(","));
    let mut all = rows(data, o);
    // A drawn year the rows do not reach (a projection that ends before it) gets its own row.
    for &year in drawn.0.keys() {
        if !all.iter().any(|r| r.year == year) {
            all.push(Row {
                year,
                recorded: o.indicator.series(data).value(year),
                projection: None,
                required: None,
                band: None,
                target: (year == o.target_year).then_some(o.target),
                pace: None,
                recorded_low: None,
                recorded_high: None,
            });
        }
    }
    all.sort_by_key(|r| r.year);
    for r in all {
        let b = |i: usize| r.band.map(|b| b[i]);
        let mut cells = vec![
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
            cell(r.pace),
            cell(r.recorded_low),
            cell(r.recorded_high),
        ];
        if guess {
            cells.push(cell(drawn.0.get(&r.year).copied()));
        }
        let _ = writeln!(
            out,
            "{}",
            cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",")
        );
    }
    out
}
