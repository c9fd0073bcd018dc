//! Named scenarios for students, each computed by the engine from the dataset and saying where
//! its numbers come from.

use super::dataset::Dataset;
use super::engine;
use super::history;
use super::reality::PLAN_BASE_YEAR;
use super::results::target_of;
use super::scenario::{
    quantize, Indicator, Mode, Scenario, Settings, FROM_YEARS, GDP_RANGE, POP_RATE_RANGE,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// The constant rates that reach the targets from the plan's base year.
    PlanNeeded,
    /// The recorded 2019–2024 averages.
    Trend,
    /// The 2025 annual growth target of about 5.5%, from the last recorded year.
    Target2025,
    /// The recorded years, then the trend.
    RecordedSoFar,
}

impl Preset {
    pub const ALL: [Preset; 4] = [
        Preset::PlanNeeded,
        Preset::Trend,
        Preset::Target2025,
        Preset::RecordedSoFar,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Preset::PlanNeeded => "plan-needed",
            Preset::Trend => "trend",
            Preset::Target2025 => "target-2025",
            Preset::RecordedSoFar => "recorded",
        }
    }
}

/// The mean of the implied GDP deflators (derived): the deflator every preset assumes, since
/// no preset has a better source for it.
pub fn mean_deflator(data: &Dataset) -> Option<f64> {
    let d = history::implied_deflator(data.series("gdp")?, data.series("gdp_real_growth")?);
    (!d.is_empty()).then(|| d.iter().map(|x| x.1).sum::<f64>() / d.len() as f64)
}

/// The recorded average nominal GDP growth and population growth, with their years.
fn trend(data: &Dataset) -> Option<(history::Average, history::Average)> {
    let gdp = history::average_rate(data.series(Indicator::Gdp.series_id())?)?;
    let pop = history::average_rate(data.series(Indicator::Pop.series_id())?)?;
    Some((gdp, pop))
}

/// The settings and base year of a preset, from the dataset; `current` keeps what a preset does
/// not set (renewables, which have no data).
pub fn settings(data: &Dataset, preset: Preset, current: &Settings) -> Option<(Settings, i32)> {
    let defl = mean_deflator(data)?;
    let real_for = |nominal: f64| engine::real_rate(nominal, defl).ok();
    let mut s = *current;
    s.defl = quantize(defl);
    s.pop_mode = Mode::Rate;
    let from = match preset {
        Preset::PlanNeeded => {
            let solve = |i: Indicator| {
                let (target, year) = target_of(data, i)?;
                let base = data.series(i.series_id())?.value(PLAN_BASE_YEAR)?;
                engine::solve_rate(PLAN_BASE_YEAR, base, year, target).ok()
            };
            s.gdp = real_for(solve(Indicator::Gdp)?)?;
            s.pop = solve(Indicator::Pop)?;
            PLAN_BASE_YEAR
        }
        Preset::Trend => {
            let (gdp, pop) = trend(data)?;
            s.gdp = real_for(gdp.value)?;
            s.pop = pop.value;
            PLAN_BASE_YEAR
        }
        Preset::Target2025 => {
            s.gdp = data.fact("gdp_growth_target_2025")?.value?;
            let (_, pop) = trend(data)?;
            s.pop = pop.value;
            FROM_YEARS.1
        }
        Preset::RecordedSoFar => {
            let (gdp, pop) = trend(data)?;
            s.gdp = real_for(gdp.value)?;
            s.pop = pop.value;
            FROM_YEARS.1
        }
    };
    s.gdp = GDP_RANGE.clamp(s.gdp);
    s.pop = POP_RATE_RANGE.clamp(s.pop);
    Some((s, from))
}

/// The scenario with a preset applied to A (or to B, when comparing).
pub fn apply(data: &Dataset, preset: Preset, scenario: &Scenario, to_b: bool) -> Scenario {
    let mut out = scenario.clone();
    let current = if to_b {
        scenario.b.unwrap_or(scenario.a)
    } else {
        scenario.a
    };
    if let Some((s, from)) = settings(data, preset, &current) {
        if to_b {
            out.b = Some(s);
        } else {
            out.a = s;
            out.from = from;
        }
    }
    out
}
