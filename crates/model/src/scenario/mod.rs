//! The scenario a person has set, and its URL query string.
//!
//! The parameter names and their defaults are a public contract: published links depend on
//! them, so they never change once shipped. `params` holds the one table of them, which the
//! parser, the writer, the notices and the README's table all read. Parsing is total: whatever
//! the query string, the result is a valid scenario plus a list of [`Notice`]s saying what was
//! corrected.

pub mod drawn;
pub mod merge;
pub mod params;

pub use drawn::{drawable_years, drawing_range, key_step, Drawn, DRAW_YEARS};

pub use params::{
    form_of, is_host_parameter, params_markdown, parse, rules_json, to_query, to_query_bare, Form,
    Kind, Param, Role, HOST_KEYS, HOST_PREFIXES, PARAMS,
};

/// Longest query string read; the rest is ignored (and reported).
pub const MAX_QUERY_BYTES: usize = 4096;
/// Most notices kept; the rest are counted.
pub const MAX_NOTICES: usize = 12;
/// Longest raw value quoted back in a notice, in characters.
const MAX_QUOTED_CHARS: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
    /// The language's tag for HTML's `lang` attribute (the page's, a button's, a quote's).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
    /// The language for a browser's `navigator.language`: Chinese for any `zh*`, else English.
    pub fn from_browser(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Whether a yearly change is a percentage or a fixed addition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Rate,
    Add,
}

impl Mode {
    pub fn code(self) -> &'static str {
        match self {
            Mode::Rate => "rate",
            Mode::Add => "add",
        }
    }
}

/// The three headline indicators, in the order the page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Indicator {
    Gdp,
    Pop,
    Re,
}

impl Indicator {
    pub const ALL: [Indicator; 3] = [Indicator::Gdp, Indicator::Pop, Indicator::Re];
    /// The code used in `show=` and in test ids.
    pub fn code(self) -> &'static str {
        match self {
            Indicator::Gdp => "gdp",
            Indicator::Pop => "pop",
            Indicator::Re => "re",
        }
    }
    pub fn from_code(code: &str) -> Option<Indicator> {
        Indicator::ALL.into_iter().find(|i| i.code() == code)
    }
}

/// Which indicators a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Show {
    pub gdp: bool,
    pub pop: bool,
    pub re: bool,
}

impl Default for Show {
    fn default() -> Self {
        Show {
            gdp: true,
            pop: true,
            re: true,
        }
    }
}

impl Show {
    pub fn has(self, i: Indicator) -> bool {
        match i {
            Indicator::Gdp => self.gdp,
            Indicator::Pop => self.pop,
            Indicator::Re => self.re,
        }
    }
    pub(crate) fn set(&mut self, i: Indicator) {
        match i {
            Indicator::Gdp => self.gdp = true,
            Indicator::Pop => self.pop = true,
            Indicator::Re => self.re = true,
        }
    }
    pub fn none() -> Self {
        Show {
            gdp: false,
            pop: false,
            re: false,
        }
    }
}

/// An inclusive range with the step the controls use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
    pub step: f64,
}

pub const GDP_RANGE: Range = Range {
    min: -10.0,
    max: 15.0,
    step: 0.1,
};
pub const DEFL_RANGE: Range = Range {
    min: -5.0,
    max: 10.0,
    step: 0.1,
};
pub const POP_RATE_RANGE: Range = Range {
    min: -3.0,
    max: 5.0,
    step: 0.05,
};
pub const POP_ADD_RANGE: Range = Range {
    min: -30.0,
    max: 50.0,
    step: 0.1,
};
pub const RE_RATE_RANGE: Range = Range {
    min: -20.0,
    max: 60.0,
    step: 0.5,
};
pub const RE_ADD_RANGE: Range = Range {
    min: -100.0,
    max: 300.0,
    step: 1.0,
};
pub const RE_BASE_RANGE: Range = Range {
    min: 0.0,
    max: 2000.0,
    step: 1.0,
};
pub const DELIVERY_RANGE: Range = Range {
    min: 0.0,
    max: 100.0,
    step: 1.0,
};
pub const FROM_YEARS: (i32, i32) = (2022, 2024);
pub const TO_YEARS: (i32, i32) = (2025, 2035);

/// Values in the URL keep at most this many decimals, so that any value prints and parses back
/// to the same number.
pub const DECIMALS: i32 = 3;

/// Rounds to [`DECIMALS`] places. Idempotent.
pub fn quantize(x: f64) -> f64 {
    let scale = 10f64.powi(DECIMALS);
    let q = (x * scale).round() / scale;
    // -0.0 prints as "-0"; keep zero plain.
    if q == 0.0 {
        0.0
    } else {
        q
    }
}

impl Range {
    pub fn contains(self, x: f64) -> bool {
        (self.min..=self.max).contains(&x)
    }
    pub fn clamp(self, x: f64) -> f64 {
        quantize(x.clamp(self.min, self.max))
    }
}

pub fn pop_range(mode: Mode) -> Range {
    match mode {
        Mode::Rate => POP_RATE_RANGE,
        Mode::Add => POP_ADD_RANGE,
    }
}

pub fn re_range(mode: Mode) -> Range {
    match mode {
        Mode::Rate => RE_RATE_RANGE,
        Mode::Add => RE_ADD_RANGE,
    }
}

/// One scenario's growth assumptions: the sliders.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// Real GDP growth, % a year.
    pub gdp: f64,
    /// GDP deflator, % a year.
    pub defl: f64,
    /// Population change: % a year, or 万人 a year.
    pub pop: f64,
    pub pop_mode: Mode,
    /// Renewable capacity change: % a year, or 万千瓦 a year.
    pub re: f64,
    pub re_mode: Mode,
}

/// What an absent model parameter means: the base year, the horizon and the growth settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Defaults {
    pub from: i32,
    pub to: i32,
    pub settings: Settings,
}

impl Defaults {
    /// The defaults of links written before the `v=2` form (releases up to 0.1.0), fixed for
    /// ever so that those links keep their meaning:
    /// - `gdp` 5.4: the official 2021–2024 average real growth (济南市发改委, "年均增长5.4%");
    /// - `defl` 2.4: the mean of the implied deflators 2020–2023 (derived);
    /// - `pop` 0.8 % a year: the bulletins' +0.8% in 2022 and 2024;
    /// - `re` 0 a year, as an addition: no data exists;
    /// - `from` 2022 (the plan's base year) and `to` 2025 (its target year).
    pub const V1: Defaults = Defaults {
        from: 2022,
        to: 2025,
        settings: Settings {
            gdp: 5.4,
            defl: 2.4,
            pop: 0.8,
            pop_mode: Mode::Rate,
            re: 0.0,
            re_mode: Mode::Add,
        },
    };

    /// The value an indicator's change starts from in a mode: the default where the mode is the
    /// default's, else no change (there is no recorded basis for the other mode).
    pub fn for_mode(&self, mode: Mode, indicator: Indicator) -> f64 {
        let d = &self.settings;
        match indicator {
            Indicator::Pop if mode == d.pop_mode => d.pop,
            Indicator::Re if mode == d.re_mode => d.re,
            _ => 0.0,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// None: the browser's language decides.
    pub lang: Option<Lang>,
    pub theme: Theme,
    pub embed: bool,
    /// Reading mode for a published scenario: controls shown as values.
    pub lock: bool,
    pub show: Show,
    /// Which indicator is in front (the instrument shows one at a time).
    pub focus: Indicator,
    /// Base year.
    pub from: i32,
    /// Last projected year.
    pub to: i32,
    pub a: Settings,
    /// The second scenario of a comparison. Its parameters (`b_gdp`, …) default to A's.
    pub b: Option<Settings>,
    /// The starting renewable capacity, 万千瓦 in the base year: the user's assumption,
    /// shared by A and B. None until given.
    pub re_base: Option<f64>,
    pub band: bool,
    /// Kept for sampled extensions; the band itself is exact and draws nothing.
    pub seed: u32,
    /// Predict-then-reveal mode for class use.
    pub predict: bool,
    /// The lines a reader drew in predict mode, one per indicator (in `Indicator::ALL`'s order).
    pub drawn: [Drawn; 3],
    /// Share of the planned investment carried out, %.
    pub delivery: f64,
}

impl Scenario {
    /// The scenario of a link that sets nothing, under some defaults.
    pub fn with_defaults(d: &Defaults) -> Scenario {
        Scenario {
            lang: None,
            theme: Theme::Auto,
            embed: false,
            lock: false,
            show: Show::default(),
            focus: Indicator::Gdp,
            from: d.from,
            to: d.to,
            a: d.settings,
            b: None,
            re_base: None,
            band: false,
            seed: 0,
            predict: false,
            drawn: Default::default(),
            delivery: 100.0,
        }
    }

    /// The line drawn for an indicator.
    pub fn drawn(&self, i: Indicator) -> &Drawn {
        &self.drawn[i as usize]
    }
}

/// What parsing corrected, for the page to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A parameter the app does not know; ignored.
    Unknown { key: String },
    /// A parameter given more than once; the first is used.
    Repeated { key: String },
    /// A value that could not be read; `used` is the fallback.
    Malformed {
        key: String,
        raw: String,
        used: String,
    },
    /// A value outside its range; `used` is the nearest allowed value.
    Clamped {
        key: String,
        raw: String,
        used: String,
    },
    /// The query string was longer than [`MAX_QUERY_BYTES`]; the rest was ignored.
    Truncated { bytes: usize },
    /// More notices than [`MAX_NOTICES`]; this many were not listed.
    More { count: usize },
}

/// Prints a number the way the URL and the notices show it.
pub fn fmt_num(x: f64) -> String {
    format!("{}", quantize(x))
}

impl Show {
    /// The codes of the shown indicators, as `show=` writes them: `gdp,re`.
    pub fn code(self) -> String {
        Indicator::ALL
            .into_iter()
            .filter(|&i| self.has(i))
            .map(Indicator::code)
            .collect::<Vec<_>>()
            .join(",")
    }
}

impl Scenario {
    /// The indicator in front: the one the link asks for, if shown, else the first shown.
    pub fn front(&self) -> Indicator {
        if self.show.has(self.focus) {
            self.focus
        } else {
            Indicator::ALL
                .into_iter()
                .find(|&i| self.show.has(i))
                .unwrap_or(Indicator::Gdp)
        }
    }

    /// The same scenario with every value in range and quantized, as parsing would leave it.
    pub fn normalized(&self) -> Scenario {
        let fix = |s: &Settings| Settings {
            gdp: GDP_RANGE.clamp(s.gdp),
            defl: DEFL_RANGE.clamp(s.defl),
            pop: pop_range(s.pop_mode).clamp(s.pop),
            pop_mode: s.pop_mode,
            re: re_range(s.re_mode).clamp(s.re),
            re_mode: s.re_mode,
        };
        Scenario {
            show: if self.show == Show::none() {
                Show::default()
            } else {
                self.show
            },
            from: self.from.clamp(FROM_YEARS.0, FROM_YEARS.1),
            to: self.to.clamp(TO_YEARS.0, TO_YEARS.1),
            a: fix(&self.a),
            b: self.b.as_ref().map(fix),
            re_base: self.re_base.map(|x| RE_BASE_RANGE.clamp(x)),
            delivery: DELIVERY_RANGE.clamp(self.delivery),
            ..self.clone()
        }
    }
}
