//! The "delivery" arithmetic: if a share of the planned investment is carried out, how much is
//! that per area and in all, and how much of it was new in 2023. Arithmetic on the plan's own
//! figures and nothing more: it makes no claim about what investment does to GDP.

use super::dataset::{Dataset, StageName};

#[derive(Debug, Clone, PartialEq)]
pub struct AreaDelivery {
    pub area: u8,
    /// 亿元, as planned.
    pub planned: f64,
    /// 亿元, at the share.
    pub delivered: f64,
    pub new_2023_planned: f64,
    pub new_2023_delivered: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Delivery {
    /// Percent of the planned investment carried out.
    pub share: f64,
    pub areas: Vec<AreaDelivery>,
    pub planned: f64,
    pub delivered: f64,
    pub new_2023_planned: f64,
    pub new_2023_delivered: f64,
    /// The share of the total that was new in 2023, percent (does not depend on `share`).
    pub new_2023_share: f64,
}

/// The delivery arithmetic at `share` percent (clamped to 0–100), with the dataset's
/// resolutions applied.
pub fn delivery(data: &Dataset, share: f64) -> Delivery {
    let share = if share.is_finite() {
        share.clamp(0.0, 100.0)
    } else {
        100.0
    };
    let f = share / 100.0;
    let areas: Vec<AreaDelivery> = data
        .areas
        .iter()
        .map(|a| {
            let stages = a.resolved_stages(data);
            let planned = stages.sum().investment;
            AreaDelivery {
                area: a.no,
                planned,
                delivered: planned * f,
                new_2023_planned: stages.new_2023.investment,
                new_2023_delivered: stages.new_2023.investment * f,
            }
        })
        .collect();
    let planned: f64 = areas.iter().map(|a| a.planned).sum();
    let new_2023_planned: f64 = areas.iter().map(|a| a.new_2023_planned).sum();
    Delivery {
        share,
        planned,
        delivered: planned * f,
        new_2023_planned,
        new_2023_delivered: new_2023_planned * f,
        new_2023_share: if planned > 0.0 {
            new_2023_planned / planned * 100.0
        } else {
            0.0
        },
        areas,
    }
}

/// The plan's totals over its areas: the projects, and the projects and investment (亿元) of
/// each stage, with the dataset's resolutions applied (the areas table's last row).
#[derive(Debug, Clone, PartialEq)]
pub struct PlanTotals {
    pub projects: u32,
    pub stages: Vec<(StageName, u32, f64)>,
}

pub fn plan_totals(data: &Dataset) -> PlanTotals {
    let projects = data.areas.iter().map(|a| a.total.projects).sum();
    let stages = StageName::STAGES
        .iter()
        .map(|&k| {
            data.areas.iter().fold((k, 0, 0.0), |(k, p, v), a| {
                let s = a.resolved_stages(data).get(k).unwrap_or_default();
                (k, p + s.projects, v + s.investment)
            })
        })
        .collect();
    PlanTotals { projects, stages }
}
