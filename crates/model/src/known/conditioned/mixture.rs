//! The exact arithmetic behind the conditioned outlook: the value's distribution year by year as
//! a mixture over a grid (a Simpson rule on a bounded space), cut at each recorded range, and
//! its tail probability and quantiles.

use super::*;

/// Intervals of the Simpson rule over a recorded range: the range is a few spreads wide at
/// most, where 16 intervals are exact to far below what any readout shows.
pub(super) const INTERVALS: usize = 16;
/// How many spreads from its centre a normal is taken to reach, for brackets and ranges.
pub(super) const REACH: f64 = 9.0;

/// The space the model is normal in: log-values for a rate, values for an addition.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Space {
    Log,
    Linear,
}

impl Space {
    pub(super) fn of(growth: Growth) -> Space {
        match growth {
            Growth::Rate(_) => Space::Log,
            Growth::Add(_) => Space::Linear,
        }
    }
    /// A value into the space; None for a value the space cannot hold (a log of zero or less).
    pub(super) fn into_space(self, x: f64) -> Option<f64> {
        match self {
            Space::Log => (x > 0.0).then(|| libm::log(x)),
            Space::Linear => Some(x),
        }
    }
    pub(super) fn value(self, z: f64) -> f64 {
        match self {
            Space::Log => libm::exp(z),
            // A quantity cannot fall below zero: the path stops there, and so does the band.
            Space::Linear => z.max(0.0),
        }
    }
}

/// A value excluded by a strict bound is approached, not reached: a hair inside it.
pub(super) fn inside(z: f64, towards_lower: bool) -> f64 {
    let eps = 1e-12 * z.abs().max(1.0);
    if towards_lower {
        z - eps
    } else {
        z + eps
    }
}

/// A mixture of normals (centres and weights, one spread), truncated to `lo..hi` (infinite
/// for an open side): the value of one year, in the model's space.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Dist {
    comps: Vec<(f64, f64)>,
    s: f64,
    lo: f64,
    hi: f64,
}

impl Dist {
    /// The mass of one component inside `lo..x`.
    pub(super) fn part(&self, m: f64, x: f64) -> f64 {
        let x = x.min(self.hi);
        if x <= self.lo {
            return 0.0;
        }
        if self.s == 0.0 {
            return if m <= x { 1.0 } else { 0.0 };
        }
        normal_cdf((x - m) / self.s) - normal_cdf((self.lo - m) / self.s)
    }
    pub(super) fn total(&self) -> f64 {
        self.comps
            .iter()
            .map(|&(m, w)| w * self.part(m, f64::INFINITY))
            .sum()
    }
    /// The distribution function, given the mixture's mass inside the range (`total`).
    pub(super) fn cdf_over(&self, total: f64, x: f64) -> f64 {
        if total.is_nan() || total <= 0.0 {
            return f64::NAN;
        }
        let below: f64 = self.comps.iter().map(|&(m, w)| w * self.part(m, x)).sum();
        (below / total).clamp(0.0, 1.0)
    }
    pub(super) fn density(&self, x: f64) -> f64 {
        if self.s == 0.0 || x < self.lo || x > self.hi {
            return 0.0;
        }
        let k = 1.0 / (self.s * (2.0 * std::f64::consts::PI).sqrt());
        self.comps
            .iter()
            .map(|&(m, w)| w * k * libm::exp(-0.5 * ((x - m) / self.s).powi(2)))
            .sum()
    }
    /// The `p`-quantile, by bisection inside the components' own quantiles, which bracket it.
    pub(super) fn quantile(&self, p: f64) -> f64 {
        if self.s == 0.0 {
            // Point masses: the first whose cumulative weight reaches p.
            let mut c: Vec<(f64, f64)> = self.comps.clone();
            c.sort_by(|a, b| a.0.total_cmp(&b.0));
            let total: f64 = c.iter().map(|x| x.1).sum();
            let mut acc = 0.0;
            for (m, w) in &c {
                acc += w / total;
                if acc >= p - 1e-12 {
                    return *m;
                }
            }
            return c.last().map_or(f64::NAN, |x| x.0);
        }
        let lo_m = self.comps.iter().map(|c| c.0).fold(f64::INFINITY, f64::min);
        let hi_m = self
            .comps
            .iter()
            .map(|c| c.0)
            .fold(f64::NEG_INFINITY, f64::max);
        let (mut a, mut b) = (
            (lo_m - REACH * self.s).max(self.lo),
            (hi_m + REACH * self.s).min(self.hi),
        );
        if self.lo == f64::NEG_INFINITY && self.hi == f64::INFINITY {
            let z = inverse_normal(p);
            (a, b) = (lo_m + z * self.s, hi_m + z * self.s);
            if (b - a).abs() < 1e-15 {
                return a;
            }
        }
        let total = self.total();
        for _ in 0..48 {
            let mid = 0.5 * (a + b);
            if self.cdf_over(total, mid) < p {
                a = mid;
            } else {
                b = mid;
            }
        }
        0.5 * (a + b)
    }
    /// The chance of a value of at least `c`, computed as the upper tail itself (not one less
    /// the distribution function, which would round a tiny chance to nothing).
    pub(super) fn at_least(&self, c: f64) -> f64 {
        if self.s == 0.0 {
            let total: f64 = self.comps.iter().map(|x| x.1).sum();
            let above: f64 = self.comps.iter().filter(|x| x.0 >= c).map(|x| x.1).sum();
            return above / total;
        }
        let from = c.max(self.lo);
        if from >= self.hi {
            return 0.0;
        }
        // Φ(b) − Φ(a) as Φ(−a) − Φ(−b): exact in the upper tail.
        let tail = |m: f64| {
            let upper = if self.hi == f64::INFINITY {
                0.0
            } else {
                normal_cdf(-(self.hi - m) / self.s)
            };
            normal_cdf(-(from - m) / self.s) - upper
        };
        let above: f64 = self.comps.iter().map(|&(m, w)| w * tail(m)).sum();
        let total = self.total();
        if total.is_nan() || total <= 0.0 {
            return f64::NAN;
        }
        (above / total).clamp(0.0, 1.0)
    }
    /// Points and weights of a Simpson rule over the distribution's range: the start of the
    /// years after it.
    pub(super) fn discretize(&self) -> Vec<(f64, f64)> {
        if self.s == 0.0 {
            return self.comps.clone();
        }
        let lo_m = self.comps.iter().map(|c| c.0).fold(f64::INFINITY, f64::min);
        let hi_m = self
            .comps
            .iter()
            .map(|c| c.0)
            .fold(f64::NEG_INFINITY, f64::max);
        let a = (lo_m - REACH * self.s).max(self.lo);
        let b = (hi_m + REACH * self.s).min(self.hi);
        if b.is_nan() || a.is_nan() || b <= a {
            return vec![(a.min(b), 1.0)];
        }
        let h = (b - a) / INTERVALS as f64;
        let nodes: Vec<(f64, f64)> = (0..=INTERVALS)
            .map(|i| {
                let x = a + h * i as f64;
                let coef = if i == 0 || i == INTERVALS {
                    1.0
                } else if i % 2 == 1 {
                    4.0
                } else {
                    2.0
                };
                (x, coef * h / 3.0 * self.density(x))
            })
            .collect();
        let total: f64 = nodes.iter().map(|n| n.1).sum();
        if !total.is_finite() || total <= 0.0 {
            return vec![(0.5 * (a + b), 1.0)];
        }
        nodes.into_iter().map(|(x, w)| (x, w / total)).collect()
    }
}

/// The inverse of the standard normal distribution function, by bisection on Φ (used only to
/// bracket quantiles, so speed matters more than the last digit).
pub(super) fn inverse_normal(p: f64) -> f64 {
    let (mut a, mut b) = (-REACH, REACH);
    for _ in 0..64 {
        let mid = 0.5 * (a + b);
        if normal_cdf(mid) < p {
            a = mid;
        } else {
            b = mid;
        }
    }
    0.5 * (a + b)
}

/// The model for one record and one growth: its space, its yearly step and spread there.
pub(super) struct Model<'a> {
    record: &'a Record,
    pub(super) space: Space,
    mu: f64,
    sigma: f64,
}

impl<'a> Model<'a> {
    pub(super) fn new(record: &'a Record, growth: Growth, spread: f64) -> Result<Model<'a>> {
        // The deterministic projection checks every input the model shares with it.
        engine::project(record.latest.0, record.latest.1, growth, record.latest.0)?;
        if !spread.is_finite() {
            return Err(EngineError::NotFinite { what: "the spread" });
        }
        let mu = match growth {
            Growth::Rate(r) => libm::log1p(r / 100.0),
            Growth::Add(a) => a,
        };
        Ok(Model {
            record,
            space: Space::of(growth),
            mu,
            sigma: spread.abs(),
        })
    }

    /// A recorded range in the model's space; an open side (or one the space cannot hold) is
    /// infinite.
    pub(super) fn range(&self, w: &Window) -> (f64, f64) {
        // A strict bound moves a hair inside, towards the other side.
        let side = |bound: Option<(f64, bool)>, upper: bool, open: f64| {
            bound
                .and_then(|(v, strict)| {
                    let z = self.space.into_space(v)?;
                    Some(if strict { inside(z, upper) } else { z })
                })
                .unwrap_or(open)
        };
        (
            side(w.low, false, f64::NEG_INFINITY),
            side(w.high, true, f64::INFINITY),
        )
    }

    /// The distribution of the value in `year` (after the latest record), given everything
    /// recorded before and in it.
    pub(super) fn dist(&self, year: i32) -> Result<Dist> {
        let (l, v) = self.record.latest;
        let z = self
            .space
            .into_space(v)
            .ok_or(EngineError::BaseNotPositive { base: v })?;
        let mut nodes = vec![(z, 1.0)];
        let mut t = l;
        let shifted = |nodes: &[(f64, f64)], k: i32| -> Vec<(f64, f64)> {
            nodes
                .iter()
                .map(|&(m, w)| (m + f64::from(k) * self.mu, w))
                .collect()
        };
        for w in self.record.windows.iter().filter(|w| w.year <= year) {
            let k = w.year - t;
            let (lo, hi) = self.range(w);
            let mut d = Dist {
                comps: shifted(&nodes, k),
                s: self.sigma * f64::from(k).sqrt(),
                lo,
                hi,
            };
            let mass = d.total();
            if d.s == 0.0 || mass.is_nan() || mass <= 1e-300 {
                // The record is beyond what the scenario can give (no spread, or far in its
                // tail): the value is at the record's edge nearest to the scenario.
                d.comps = d
                    .comps
                    .iter()
                    .map(|&(m, w)| (m.clamp(lo.min(hi), hi.max(lo)), w))
                    .collect();
                d.s = 0.0;
            }
            if w.year == year {
                return Ok(d);
            }
            nodes = d.discretize();
            t = w.year;
        }
        let k = year - t;
        Ok(Dist {
            comps: shifted(&nodes, k),
            s: self.sigma * f64::from(k.max(0)).sqrt(),
            lo: f64::NEG_INFINITY,
            hi: f64::INFINITY,
        })
    }
}
