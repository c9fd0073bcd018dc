//! A target's record at a glance (the tracker's small charts): each recorded figure as a mark by
//! year, with the reliability the main chart shows (a third-party figure, or one derived from
//! one, is hollow). A year that gives only a bound ("above 287.5万") is a bound, never a value.

use crate::dataset::{Grade, Point};

/// What a mark says of its year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    Value(f64),
    /// The figure is at least this (strictly more where `strict`).
    AtLeast {
        value: f64,
        strict: bool,
    },
    /// The figure is at most this (strictly less where `strict`).
    AtMost {
        value: f64,
        strict: bool,
    },
}

impl Figure {
    pub fn value(self) -> f64 {
        match self {
            Figure::Value(v)
            | Figure::AtLeast { value: v, .. }
            | Figure::AtMost { value: v, .. } => v,
        }
    }
}

/// One mark of a record at a glance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    pub year: i32,
    pub figure: Figure,
    /// Whether the figure is third-party, or derived from one: drawn hollow, named as such.
    pub unconfirmed: bool,
}

/// The marks of a target's records, in year order: a year's figure, and its bounds where the
/// record gives them (the GDP's 2025 has a third-party figure inside an official range). A
/// figure with no source to name is not drawn, as it decides nothing.
pub fn marks(records: &[Point]) -> Vec<Mark> {
    let mut out = Vec::new();
    for p in records {
        let grade = p.reliability.grade(p.basis);
        if let Some(v) = p.value.filter(|v| v.is_finite() && grade > Grade::Unusable) {
            out.push(Mark {
                year: p.year,
                figure: Figure::Value(v),
                unconfirmed: grade < Grade::Settles,
            });
        }
        for (b, lower) in [(&p.lower, true), (&p.upper, false)] {
            let Some(b) = b
                .as_ref()
                .filter(|b| b.value.is_finite() && b.reliability.grade(b.basis) > Grade::Unusable)
            else {
                continue;
            };
            let figure = if lower {
                Figure::AtLeast {
                    value: b.value,
                    strict: b.strict,
                }
            } else {
                Figure::AtMost {
                    value: b.value,
                    strict: b.strict,
                }
            };
            out.push(Mark {
                year: p.year,
                figure,
                unconfirmed: b.reliability.grade(b.basis) < Grade::Settles,
            });
        }
    }
    out.sort_by_key(|m| m.year);
    out
}
