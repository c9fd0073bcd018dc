//! Named scenarios for students, each computed by the engine from the dataset and saying where
//! its numbers come from.

use super::dataset::{Dataset, FactId};
use super::engine;
use super::history;
use super::reality::PLAN_BASE_YEAR;
use super::scenario::{
    quantize, Indicator, Mode, Scenario, Settings, DECIMALS, FROM_YEARS, GDP_RANGE, POP_RATE_RANGE,
};
use super::verdict::target_of;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// The constant rates that reach the targets from the plan's base year.
    PlanNeeded,
    /// The recorded 2019–2024 averages.
    Trend,
    /// The 2025 annual growth target of about 5.5%, from the last recorded year.
    Target2025,
    /// The city's 2026 growth target of 5% or more, from the last recorded year.
    Target2026,
    /// The recorded years, then the trend.
    RecordedSoFar,
}

impl Preset {
    pub const ALL: [Preset; 5] = [
        Preset::PlanNeeded,
        Preset::Trend,
        Preset::Target2025,
        Preset::Target2026,
        Preset::RecordedSoFar,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Preset::PlanNeeded => "plan-needed",
            Preset::Trend => "trend",
            Preset::Target2025 => "target-2025",
            Preset::Target2026 => "target-2026",
            Preset::RecordedSoFar => "recorded",
        }
    }
}

/// The mean of the implied GDP deflators (derived; the middle of its range in a year whose real
/// growth is known only as a range), with the years it covers: what the trend presets assume,
/// over the trend's own years.
pub fn mean_deflator(data: &Dataset) -> Option<history::Average> {
    let d = history::implied_deflator_bounds(&data.series.gdp, &data.series.gdp_real_growth);
    Some(history::Average {
        first_year: d.first()?.0,
        last_year: d.last()?.0,
        value: d.iter().map(|x| (x.1 + x.2) / 2.0).sum::<f64>() / d.len() as f64,
    })
}

/// The latest implied deflator (the current default's, see `defaults`): what the presets that
/// start now assume, as one year's "average".
pub fn latest_deflator(data: &Dataset) -> Option<history::Average> {
    let d = super::defaults::derive(data)?;
    Some(history::Average {
        first_year: d.deflator.year,
        last_year: d.deflator.year,
        value: d.defaults.settings.defl,
    })
}

/// A preset's settings and where each number comes from: what its description says.
#[derive(Debug, Clone, PartialEq)]
pub struct Basis {
    pub settings: Settings,
    /// The base year it starts from.
    pub from: i32,
    /// GDP growth in current prices, % a year.
    pub nominal: f64,
    pub deflator: history::Average,
    /// The recorded average nominal GDP growth and population growth.
    pub gdp_trend: history::Average,
    pub pop_trend: history::Average,
    /// Whether the population trend starts from a census count (not a year-end figure).
    pub pop_from_census: bool,
    /// The growth target a preset takes, as (value, the year it is for).
    pub target: Option<(f64, i32)>,
    /// The target's own words, where the data quotes them.
    pub target_quote: Option<String>,
}

/// The settings and base year of a preset, from the dataset, with their basis; `current` keeps
/// what a preset does not set (renewables, which have no data).
pub fn basis(data: &Dataset, preset: Preset, current: &Settings) -> Option<Basis> {
    let deflator = match preset {
        Preset::Trend | Preset::RecordedSoFar => mean_deflator(data)?,
        _ => latest_deflator(data)?,
    };
    let gdp_trend = history::average_rate(Indicator::Gdp.series(data))?;
    let pop_series = Indicator::Pop.series(data);
    let pop_trend = history::average_rate(pop_series)?;
    let real_for = |nominal: f64| engine::real_rate(nominal, deflator.value).ok();
    let mut s = *current;
    s.defl = quantize(deflator.value);
    s.pop_mode = Mode::Rate;
    s.pop = pop_trend.value;
    let mut target = None;
    let mut target_quote = None;
    let mut growth_target = |id: FactId| -> Option<f64> {
        let fact = data.fact(id)?;
        let v = fact.value?;
        target = Some((v, fact.year?));
        target_quote = fact.quote.as_deref().map(str::to_string);
        Some(v)
    };
    let from = match preset {
        Preset::PlanNeeded => {
            let solve = |i: Indicator| {
                let (value, year) = target_of(data, i)?;
                let base = i.series(data).value(PLAN_BASE_YEAR)?;
                engine::solve_rate(PLAN_BASE_YEAR, base, year, value).ok()
            };
            // Rounded up to the link's precision, so that the path lands on the target (a hair
            // above it), not a hair short.
            s.gdp = quantize_up(real_for(solve(Indicator::Gdp)?)?);
            s.pop = quantize_up(solve(Indicator::Pop)?);
            PLAN_BASE_YEAR
        }
        Preset::Trend => {
            s.gdp = real_for(gdp_trend.value)?;
            PLAN_BASE_YEAR
        }
        Preset::Target2025 => {
            s.gdp = growth_target(FactId::GdpGrowthTarget2025)?;
            FROM_YEARS.1
        }
        Preset::Target2026 => {
            s.gdp = growth_target(FactId::GdpGrowthTarget2026)?;
            FROM_YEARS.1
        }
        Preset::RecordedSoFar => {
            s.gdp = real_for(gdp_trend.value)?;
            FROM_YEARS.1
        }
    };
    s.gdp = GDP_RANGE.clamp(s.gdp);
    s.pop = POP_RATE_RANGE.clamp(s.pop);
    let census = pop_series
        .points
        .iter()
        .find(|p| p.year == pop_trend.first_year)
        .is_some_and(|p| p.note.en.contains("Census"));
    Some(Basis {
        nominal: engine::nominal_rate(s.gdp, s.defl).ok()?,
        settings: s,
        from,
        deflator,
        gdp_trend,
        pop_trend,
        pop_from_census: census,
        target,
        target_quote,
    })
}

/// Rounds up to the link's precision ([`DECIMALS`] places).
fn quantize_up(x: f64) -> f64 {
    let scale = 10f64.powi(DECIMALS);
    (x * scale).ceil() / scale
}

/// The settings and base year of a preset (see [`basis`]).
pub fn settings(data: &Dataset, preset: Preset, current: &Settings) -> Option<(Settings, i32)> {
    basis(data, preset, current).map(|b| (b.settings, b.from))
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
