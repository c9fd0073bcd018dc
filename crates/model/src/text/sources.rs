//! The sources of an indicator's figures, as a line, a list and a brief.

use super::*;

/// The source line under a chart: the plan, the statistical sources of the plotted history, each
/// named once, and the maker.
pub fn source_line(lang: Lang, data: &crate::dataset::Dataset, i: Indicator) -> String {
    let names = source_names(lang, data, i);
    let plan = format!("《{}》({})", data.plan.title.zh, data.plan.issued);
    match lang {
        Lang::Zh => {
            let rest = if names.is_empty() {
                String::new()
            } else {
                format!("；{}", names.join("；"))
            };
            format!("来源：{plan}{rest}。制作：济南路径")
        }
        Lang::En => {
            let rest = if names.is_empty() {
                String::new()
            } else {
                format!("; {}", names.join("; "))
            };
            format!("Sources: the plan, {plan}{rest}. Made with Jinan Pathways")
        }
    }
}

/// The sources of an indicator's plotted history (values and bounds), each named once.
pub fn source_names(lang: Lang, data: &crate::dataset::Dataset, i: Indicator) -> Vec<String> {
    let series = i.series(data);
    let mut names: Vec<String> = Vec::new();
    let ids = series.points.iter().flat_map(|p| {
        p.source
            .iter()
            .chain(p.lower.iter().map(|b| &b.source))
            .chain(p.upper.iter().map(|b| &b.source))
    });
    for id in ids {
        if let Some(src) = data.source(id) {
            let name = pick(&src.title, lang).to_string();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// The widget's source line in a few words, its full list one click away: "Sources: the plan
/// (2023-01-28) and 8 published figures' sources".
pub fn source_brief(lang: Lang, data: &crate::dataset::Dataset, i: Indicator) -> String {
    let n = source_names(lang, data, i).len();
    let issued = &data.plan.issued;
    match (lang, n) {
        (Lang::Zh, 0) => format!("来源：三年行动计划（{issued}）"),
        (Lang::Zh, n) => format!("来源：三年行动计划（{issued}）及{n}个统计与新闻来源"),
        (Lang::En, 0) => format!("Source: the plan ({issued})"),
        (Lang::En, 1) => format!("Sources: the plan ({issued}) and 1 statistical or news source"),
        (Lang::En, n) => {
            format!("Sources: the plan ({issued}) and {n} statistical and news sources")
        }
    }
}
