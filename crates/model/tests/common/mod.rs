//! Shared by the native test files: a small seeded generator, so that the sampled checks and
//! the fuzzing are the same on every run.

// The checks compute with the platform's math, independently of the model's libm.
#![allow(clippy::disallowed_methods)]
#![allow(dead_code)]

pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let (u, v) = (self.unit().max(1e-300), self.unit());
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

/// The dataset, read from `data/jinan.json` once per test binary (the app compiles the same
/// file in; its own tests check the compiled copy against this).
pub fn dataset() -> &'static jinan_model::dataset::Dataset {
    static DATA: std::sync::OnceLock<jinan_model::dataset::Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        let data = jinan_model::dataset::parse(DATASET_JSON).expect("data/jinan.json parses");
        assert_eq!(data.check(), Vec::<String>::new());
        data
    })
}

pub const DATASET_JSON: &str = include_str!("../../../../data/jinan.json");

/// The defaults the app derives from the dataset.
pub fn current() -> jinan_model::scenario::Defaults {
    jinan_model::defaults::current(dataset())
}

/// Reads a link as the app does, with the current defaults.
pub fn parse(
    q: &str,
) -> (
    jinan_model::scenario::Scenario,
    Vec<jinan_model::scenario::Notice>,
) {
    jinan_model::scenario::parse(q, &current())
}
