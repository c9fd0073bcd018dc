//! Predict mode's drawn line for one indicator, as the drawing surface over the chart and the
//! number boxes under it share it: the line lives in the scenario (a link carries it), the year
//! the keyboard acts on lives here.

use crate::ui::state::Ctx;
use jinan_model::scenario::{drawable_years, Drawn, Indicator};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Guess {
    pub ctx: Ctx,
    pub indicator: Indicator,
    /// The years that may be drawn: after the base year, to the target year (None: none left).
    pub years: Memo<Option<(i32, i32)>>,
    /// The base year's record, where the line starts.
    pub start: Memo<Option<(i32, f64)>>,
    /// The year the arrow keys move.
    pub active: RwSignal<i32>,
}

impl Guess {
    pub fn new(ctx: Ctx, indicator: Indicator) -> Guess {
        let o = ctx.outlook(indicator);
        let from = ctx.from;
        let years = Memo::new(move |_| drawable_years(from.get(), o.with(|o| o.target_year)));
        let start = Memo::new(move |_| o.with(|o| o.base.as_ref().map(|b| (b.year, b.value))));
        let first = years
            .get_untracked()
            .map_or(jinan_model::results::TARGET_YEAR, |y| y.0);
        Guess {
            ctx,
            indicator,
            years,
            start,
            active: RwSignal::new(first),
        }
    }

    /// The line as drawn (tracked).
    pub fn line(self) -> Drawn {
        self.ctx.scenario.with(|s| s.drawn(self.indicator).clone())
    }

    /// The line as drawn, untracked (in an event handler).
    pub fn line_now(self) -> Drawn {
        self.ctx
            .scenario
            .with_untracked(|s| s.drawn(self.indicator).clone())
    }

    /// Replaces the line, where it changed.
    pub fn set(self, line: Drawn) {
        let i = self.indicator as usize;
        if self.ctx.scenario.with_untracked(|s| s.drawn[i] != line) {
            self.ctx.scenario.update(|s| s.drawn[i] = line);
        }
    }

    /// Whether the reader may draw: until Reveal.
    pub fn open(self) -> bool {
        !self.ctx.revealed.get()
    }

    /// The year the keyboard acts on, held within the years that may be drawn.
    pub fn active_year(self) -> Option<i32> {
        let (lo, hi) = self.years.get()?;
        Some(self.active.get().clamp(lo, hi))
    }
}
