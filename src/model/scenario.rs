//! The scenario a person has set, and its URL query string.
//!
//! The parameter names and their defaults are a public contract: published links depend on
//! them, so they never change once shipped. Parsing is total: whatever the query string, the
//! result is a valid scenario plus a list of [`Notice`]s saying what was corrected.

use std::fmt::Write as _;

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
    fn set(&mut self, i: Indicator) {
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

/// The defaults, fixed constants chosen from the recorded data when the codec was written
/// (changing them would change what published links mean):
/// - `gdp` 5.4: the official 2021–2024 average real growth (济南市发改委, "年均增长5.4%");
/// - `defl` 2.4: the mean of the implied deflators 2020–2023 (derived);
/// - `pop` 0.8 % a year: the 2020–2024 average (derived) and the bulletins' +0.8% in 2022 and 2024;
/// - `re` 0: no data exists, so the yearly change is the user's assumption from the start.
pub const DEFAULT_SETTINGS: Settings = Settings {
    gdp: 5.4,
    defl: 2.4,
    pop: 0.8,
    pop_mode: Mode::Rate,
    re: 0.0,
    re_mode: Mode::Add,
};

impl Default for Settings {
    fn default() -> Self {
        DEFAULT_SETTINGS
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
    /// Share of the planned investment carried out, %.
    pub delivery: f64,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            lang: None,
            theme: Theme::Auto,
            embed: false,
            lock: false,
            show: Show::default(),
            from: 2022,
            to: 2025,
            a: DEFAULT_SETTINGS,
            b: None,
            re_base: None,
            band: false,
            seed: 0,
            predict: false,
            delivery: 100.0,
        }
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

/// Quotes a raw value for a notice: shortened, with control characters made visible.
fn quote(raw: &str) -> String {
    let mut out: String = raw
        .chars()
        .take(MAX_QUOTED_CHARS)
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect();
    if raw.chars().count() > MAX_QUOTED_CHARS {
        out.push('…');
    }
    out
}

/// Prints a number the way the URL and the notices show it.
pub fn fmt_num(x: f64) -> String {
    format!("{}", quantize(x))
}

struct Parser {
    notices: Vec<Notice>,
    dropped: usize,
}

impl Parser {
    fn note(&mut self, n: Notice) {
        if self.notices.len() < MAX_NOTICES {
            self.notices.push(n);
        } else {
            self.dropped += 1;
        }
    }

    fn number(&mut self, key: &str, raw: Option<&str>, range: Range, default: f64) -> f64 {
        let Some(raw) = raw else { return default };
        match raw.trim().parse::<f64>() {
            Ok(x) if x.is_finite() => {
                let used = range.clamp(x);
                if !range.contains(x) {
                    self.note(Notice::Clamped {
                        key: key.into(),
                        raw: quote(raw),
                        used: fmt_num(used),
                    });
                }
                used
            }
            _ => {
                self.note(Notice::Malformed {
                    key: key.into(),
                    raw: quote(raw),
                    used: fmt_num(default),
                });
                default
            }
        }
    }

    fn year(&mut self, key: &str, raw: Option<&str>, (lo, hi): (i32, i32), default: i32) -> i32 {
        let Some(raw) = raw else { return default };
        match raw.trim().parse::<i64>() {
            Ok(y) => {
                let used = y.clamp(lo as i64, hi as i64) as i32;
                if used as i64 != y {
                    self.note(Notice::Clamped {
                        key: key.into(),
                        raw: quote(raw),
                        used: used.to_string(),
                    });
                }
                used
            }
            Err(_) => {
                self.note(Notice::Malformed {
                    key: key.into(),
                    raw: quote(raw),
                    used: default.to_string(),
                });
                default
            }
        }
    }

    fn flag(&mut self, key: &str, raw: Option<&str>, default: bool) -> bool {
        match raw.map(str::trim) {
            None => default,
            Some("1") => true,
            Some("0") => false,
            Some(other) => {
                let used = if default { "1" } else { "0" };
                self.note(Notice::Malformed {
                    key: key.into(),
                    raw: quote(other),
                    used: used.into(),
                });
                default
            }
        }
    }

    fn choice<T: Copy>(
        &mut self,
        key: &str,
        raw: Option<&str>,
        options: &[(&str, T)],
        default: T,
        default_code: &str,
    ) -> T {
        let Some(raw) = raw else { return default };
        match options.iter().find(|(code, _)| *code == raw.trim()) {
            Some(&(_, v)) => v,
            None => {
                self.note(Notice::Malformed {
                    key: key.into(),
                    raw: quote(raw),
                    used: default_code.into(),
                });
                default
            }
        }
    }

    fn mode(&mut self, key: &str, raw: Option<&str>, default: Mode) -> Mode {
        self.choice(
            key,
            raw,
            &[("rate", Mode::Rate), ("add", Mode::Add)],
            default,
            default.code(),
        )
    }

    /// Reads one scenario's settings from `prefix`ed keys, starting from `base`.
    fn settings(&mut self, q: &Query, prefix: &str, base: Settings) -> Settings {
        let k = |name: &str| format!("{prefix}{name}");
        let pop_mode = self.mode(&k("pop_mode"), q.get(&k("pop_mode")), base.pop_mode);
        let re_mode = self.mode(&k("re_mode"), q.get(&k("re_mode")), base.re_mode);
        // A value inherited across a change of mode means something else: start from the
        // default of the new mode instead.
        let pop_default = if pop_mode == base.pop_mode {
            base.pop
        } else {
            default_for(pop_mode, Indicator::Pop)
        };
        let re_default = if re_mode == base.re_mode {
            base.re
        } else {
            default_for(re_mode, Indicator::Re)
        };
        Settings {
            gdp: self.number(&k("gdp"), q.get(&k("gdp")), GDP_RANGE, base.gdp),
            defl: self.number(&k("defl"), q.get(&k("defl")), DEFL_RANGE, base.defl),
            pop: self.number(
                &k("pop"),
                q.get(&k("pop")),
                pop_range(pop_mode),
                pop_range(pop_mode).clamp(pop_default),
            ),
            pop_mode,
            re: self.number(
                &k("re"),
                q.get(&k("re")),
                re_range(re_mode),
                re_range(re_mode).clamp(re_default),
            ),
            re_mode,
        }
    }
}

/// The default value of an indicator's change in a mode.
pub fn default_for(mode: Mode, indicator: Indicator) -> f64 {
    match (indicator, mode) {
        (Indicator::Pop, m) if m == DEFAULT_SETTINGS.pop_mode => DEFAULT_SETTINGS.pop,
        (Indicator::Re, m) if m == DEFAULT_SETTINGS.re_mode => DEFAULT_SETTINGS.re,
        // No recorded basis for a default in the other mode: start from no change.
        _ => 0.0,
    }
}

/// The known keys, in the order they are written.
pub const KEYS: [&str; 15] = [
    "lang", "theme", "embed", "lock", "show", "from", "to", "gdp", "defl", "pop", "pop_mode", "re",
    "re_mode", "re_base", "band",
];
const MORE_KEYS: [&str; 3] = ["seed", "predict", "delivery"];
const B_KEYS: [&str; 6] = [
    "b_gdp",
    "b_defl",
    "b_pop",
    "b_pop_mode",
    "b_re",
    "b_re_mode",
];

fn known(key: &str) -> bool {
    KEYS.contains(&key) || MORE_KEYS.contains(&key) || B_KEYS.contains(&key)
}

/// Decoded key–value pairs, first occurrence of each key.
struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads a query string (with or without the leading `?`). Never fails.
pub fn parse(query: &str) -> (Scenario, Vec<Notice>) {
    let mut p = Parser {
        notices: Vec::new(),
        dropped: 0,
    };
    let mut q = query.strip_prefix('?').unwrap_or(query);
    if q.len() > MAX_QUERY_BYTES {
        let mut cut = MAX_QUERY_BYTES;
        while !q.is_char_boundary(cut) {
            cut -= 1;
        }
        p.note(Notice::Truncated { bytes: q.len() });
        q = &q[..cut];
    }
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (k, v) in form_urlencoded::parse(q.as_bytes()) {
        if k.is_empty() && v.is_empty() {
            continue;
        }
        if !known(&k) {
            p.note(Notice::Unknown { key: quote(&k) });
        } else if pairs.iter().any(|(seen, _)| *seen == k) {
            p.note(Notice::Repeated {
                key: k.into_owned(),
            });
        } else {
            pairs.push((k.into_owned(), v.into_owned()));
        }
    }
    let q = Query { pairs };
    let d = Scenario::default();

    let lang = match q.get("lang") {
        None => None,
        Some(raw) => match raw.trim() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => {
                p.note(Notice::Malformed {
                    key: "lang".into(),
                    raw: quote(raw),
                    used: "auto".into(),
                });
                None
            }
        },
    };
    let theme = p.choice(
        "theme",
        q.get("theme"),
        &[
            ("auto", Theme::Auto),
            ("light", Theme::Light),
            ("dark", Theme::Dark),
        ],
        d.theme,
        d.theme.code(),
    );
    let show = match q.get("show") {
        None => d.show,
        Some(raw) => {
            let mut show = Show::none();
            let mut bad = false;
            for part in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                match Indicator::from_code(part) {
                    Some(i) => show.set(i),
                    None => bad = true,
                }
            }
            if show == Show::none() {
                show = d.show;
                bad = true;
            }
            if bad {
                p.note(Notice::Malformed {
                    key: "show".into(),
                    raw: quote(raw),
                    used: show_code(show),
                });
            }
            show
        }
    };
    let a = p.settings(&q, "", DEFAULT_SETTINGS);
    let b = B_KEYS
        .iter()
        .any(|k| q.get(k).is_some())
        .then(|| p.settings(&q, "b_", a));
    let re_base = q
        .get("re_base")
        .and_then(|raw| match raw.trim().parse::<f64>() {
            Ok(x) if x.is_finite() => {
                let used = RE_BASE_RANGE.clamp(x);
                if !RE_BASE_RANGE.contains(x) {
                    p.note(Notice::Clamped {
                        key: "re_base".into(),
                        raw: quote(raw),
                        used: fmt_num(used),
                    });
                }
                Some(used)
            }
            _ => {
                p.note(Notice::Malformed {
                    key: "re_base".into(),
                    raw: quote(raw),
                    used: "—".into(),
                });
                None
            }
        });
    let s = Scenario {
        lang,
        theme,
        embed: p.flag("embed", q.get("embed"), d.embed),
        lock: p.flag("lock", q.get("lock"), d.lock),
        show,
        from: p.year("from", q.get("from"), FROM_YEARS, d.from),
        to: p.year("to", q.get("to"), TO_YEARS, d.to),
        a,
        b,
        re_base,
        band: p.flag("band", q.get("band"), d.band),
        seed: match q.get("seed") {
            None => d.seed,
            Some(raw) => match raw.trim().parse::<u32>() {
                Ok(s) => s,
                Err(_) => {
                    p.note(Notice::Malformed {
                        key: "seed".into(),
                        raw: quote(raw),
                        used: d.seed.to_string(),
                    });
                    d.seed
                }
            },
        },
        predict: p.flag("predict", q.get("predict"), d.predict),
        delivery: p.number("delivery", q.get("delivery"), DELIVERY_RANGE, d.delivery),
    };
    if p.dropped > 0 {
        let count = p.dropped;
        p.notices.push(Notice::More { count });
    }
    (s, p.notices)
}

fn show_code(show: Show) -> String {
    Indicator::ALL
        .into_iter()
        .filter(|&i| show.has(i))
        .map(Indicator::code)
        .collect::<Vec<_>>()
        .join(",")
}

/// Writes the query string (without `?`), leaving out every value equal to its default.
pub fn to_query(s: &Scenario) -> String {
    let d = Scenario::default();
    let mut out = String::new();
    let mut put = |k: &str, v: &str| {
        if !out.is_empty() {
            out.push('&');
        }
        // ok: writing to a String cannot fail.
        let _ = write!(out, "{k}={v}");
    };
    if let Some(lang) = s.lang {
        put("lang", lang.code());
    }
    if s.theme != d.theme {
        put("theme", s.theme.code());
    }
    if s.embed {
        put("embed", "1");
    }
    if s.lock {
        put("lock", "1");
    }
    if s.show != d.show {
        put("show", &show_code(s.show));
    }
    if s.from != d.from {
        put("from", &s.from.to_string());
    }
    if s.to != d.to {
        put("to", &s.to.to_string());
    }
    write_settings(&mut put, "", &s.a, &DEFAULT_SETTINGS);
    if let Some(re_base) = s.re_base {
        put("re_base", &fmt_num(re_base));
    }
    if s.band {
        put("band", "1");
    }
    if s.seed != d.seed {
        put("seed", &s.seed.to_string());
    }
    if let Some(b) = &s.b {
        let wrote = write_settings(&mut put, "b_", b, &s.a);
        if !wrote {
            // B the same as A: one explicit key keeps the comparison open.
            put("b_gdp", &fmt_num(b.gdp));
        }
    }
    if s.predict {
        put("predict", "1");
    }
    if s.delivery != d.delivery {
        put("delivery", &fmt_num(s.delivery));
    }
    out
}

/// Writes the settings that differ from `base`; says whether it wrote any.
fn write_settings(
    put: &mut impl FnMut(&str, &str),
    prefix: &str,
    s: &Settings,
    base: &Settings,
) -> bool {
    let mut wrote = false;
    let mut emit = |k: &str, v: String| {
        put(&format!("{prefix}{k}"), &v);
        wrote = true;
    };
    if s.gdp != base.gdp {
        emit("gdp", fmt_num(s.gdp));
    }
    if s.defl != base.defl {
        emit("defl", fmt_num(s.defl));
    }
    // The mode is written whenever the value is: a value read under another mode's default
    // would otherwise be re-derived differently.
    let pop_base = if s.pop_mode == base.pop_mode {
        base.pop
    } else {
        default_for(s.pop_mode, Indicator::Pop)
    };
    if s.pop_mode != base.pop_mode {
        emit("pop_mode", s.pop_mode.code().into());
    }
    if s.pop != pop_base {
        emit("pop", fmt_num(s.pop));
    }
    let re_base = if s.re_mode == base.re_mode {
        base.re
    } else {
        default_for(s.re_mode, Indicator::Re)
    };
    if s.re_mode != base.re_mode {
        emit("re_mode", s.re_mode.code().into());
    }
    if s.re != re_base {
        emit("re", fmt_num(s.re));
    }
    wrote
}

impl Scenario {
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
