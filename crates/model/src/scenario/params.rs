//! The link's parameters: one table, [`PARAMS`], that the parser, the writer, the notices and
//! the README's table all read. A parameter's key, once shipped, never changes.

use super::*;
use std::fmt::Write as _;

/// What a parameter holds, which says how it is read and what a notice calls a bad value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A decimal number in a range (which may depend on a mode read before it).
    Number,
    /// A year in a range.
    Year,
    /// A whole number from 0.
    Count,
    /// `0` or `1`.
    Flag,
    /// One of a fixed set of words.
    Word(&'static [&'static str]),
    /// A comma-separated list of indicator codes.
    Indicators,
}

impl Kind {
    /// Whether a bad value of this kind is "not a number" (else "not an allowed value").
    pub fn is_numeric(self) -> bool {
        matches!(self, Kind::Number | Kind::Year | Kind::Count)
    }
}

/// What reading one value did.
enum Read {
    Ok,
    /// Out of range: the nearest allowed value, as written back.
    Clamped(String),
    /// Unreadable: the value used instead, as written back.
    Malformed(String),
}

/// One parameter of the link.
pub struct Param {
    pub key: &'static str,
    pub kind: Kind,
    /// What it means, in the README's words.
    pub meaning: &'static str,
    /// Its default, in the README's words.
    pub default: &'static str,
    /// Reads a value that is present into the scenario.
    read: fn(&mut Scenario, &str) -> Read,
    /// The value to write for a scenario, or None to leave the key out.
    write: fn(&Scenario) -> Option<String>,
}

impl Param {
    /// Whether this parameter belongs to scenario B of a comparison.
    pub fn is_b(&self) -> bool {
        self.key.starts_with("b_")
    }
}

fn number(raw: &str, range: Range, into: &mut f64) -> Read {
    match raw.trim().parse::<f64>() {
        Ok(x) if x.is_finite() => {
            *into = range.clamp(x);
            if range.contains(x) {
                Read::Ok
            } else {
                Read::Clamped(fmt_num(*into))
            }
        }
        _ => Read::Malformed(fmt_num(*into)),
    }
}

fn year(raw: &str, (lo, hi): (i32, i32), into: &mut i32) -> Read {
    match raw.trim().parse::<i64>() {
        Ok(y) => {
            *into = y.clamp(i64::from(lo), i64::from(hi)) as i32;
            if i64::from(*into) == y {
                Read::Ok
            } else {
                Read::Clamped(into.to_string())
            }
        }
        Err(_) => Read::Malformed(into.to_string()),
    }
}

fn flag(raw: &str, into: &mut bool) -> Read {
    match raw.trim() {
        "1" => *into = true,
        "0" => *into = false,
        _ => return Read::Malformed(flag_code(*into).into()),
    }
    Read::Ok
}

fn flag_code(b: bool) -> &'static str {
    if b {
        "1"
    } else {
        "0"
    }
}

/// A word from `options`, each with the value it stands for.
fn word<T: Copy>(raw: &str, options: &[(&str, T)], into: &mut T, current: &str) -> Read {
    match options.iter().find(|(code, _)| *code == raw.trim()) {
        Some(&(_, v)) => {
            *into = v;
            Read::Ok
        }
        None => Read::Malformed(current.into()),
    }
}

const MODES: [(&str, Mode); 2] = [("rate", Mode::Rate), ("add", Mode::Add)];
const MODE_WORDS: &[&str] = &["rate", "add"];

/// Sets a mode; a value carried across a change of mode would mean something else, so the
/// value starts again from the new mode's default.
fn mode(raw: &str, mode: &mut Mode, value: &mut f64, indicator: Indicator) -> Read {
    let mut m = *mode;
    let read = word(raw, &MODES, &mut m, mode.code());
    if m != *mode {
        *value = default_for(m, indicator);
        *mode = m;
    }
    read
}

/// Scenario B, created as a copy of A by the first `b_` key read (A's keys are all read by then).
fn b(s: &mut Scenario) -> &mut Settings {
    let a = s.a;
    s.b.get_or_insert(a)
}

/// A number written when it differs from `base`.
fn differs(v: f64, base: f64) -> Option<String> {
    (v != base).then(|| fmt_num(v))
}

/// What an indicator's change is compared with to decide whether to write it: the base's value
/// when the mode is the same, the mode's default otherwise.
fn change_base(mode: Mode, value_base: f64, mode_base: Mode, i: Indicator) -> f64 {
    if mode == mode_base {
        value_base
    } else {
        default_for(mode, i)
    }
}

fn pop_base(s: &Settings, base: &Settings) -> f64 {
    change_base(s.pop_mode, base.pop, base.pop_mode, Indicator::Pop)
}

fn re_base_of(s: &Settings, base: &Settings) -> f64 {
    change_base(s.re_mode, base.re, base.re_mode, Indicator::Re)
}

/// Whether B differs from A anywhere but in `gdp`: if not, `b_gdp` is written even when equal,
/// so that a comparison of two equal scenarios stays open.
fn b_differs_besides_gdp(b: &Settings, a: &Settings) -> bool {
    b.defl != a.defl
        || b.pop_mode != a.pop_mode
        || b.pop != pop_base(b, a)
        || b.re_mode != a.re_mode
        || b.re != re_base_of(b, a)
}

const D: Settings = DEFAULT_SETTINGS;

/// Every parameter, in the order links write them. Parsing reads them in this order too, so a
/// mode comes before its value and A before B.
pub static PARAMS: &[Param] = &[
    Param {
        key: "lang",
        kind: Kind::Word(&["zh", "en"]),
        meaning: "`zh` or `en`",
        default: "the browser's language",
        read: |s, raw| {
            let langs = [("zh", Some(Lang::Zh)), ("en", Some(Lang::En))];
            word(raw, &langs, &mut s.lang, "auto")
        },
        write: |s| s.lang.map(|l| l.code().into()),
    },
    Param {
        key: "theme",
        kind: Kind::Word(&["auto", "light", "dark"]),
        meaning: "`auto`, `light`, `dark`",
        default: "`auto`",
        read: |s, raw| {
            let themes = [
                ("auto", Theme::Auto),
                ("light", Theme::Light),
                ("dark", Theme::Dark),
            ];
            let current = s.theme.code();
            word(raw, &themes, &mut s.theme, current)
        },
        write: |s| (s.theme != Theme::Auto).then(|| s.theme.code().into()),
    },
    Param {
        key: "embed",
        kind: Kind::Flag,
        meaning: "`1`: the compact widget for an iframe",
        default: "`0`",
        read: |s, raw| flag(raw, &mut s.embed),
        write: |s| s.embed.then(|| "1".into()),
    },
    Param {
        key: "lock",
        kind: Kind::Flag,
        meaning: "`1`: a published scenario, values shown but not editable",
        default: "`0`",
        read: |s, raw| flag(raw, &mut s.lock),
        write: |s| s.lock.then(|| "1".into()),
    },
    Param {
        key: "show",
        kind: Kind::Indicators,
        meaning: "which indicators, e.g. `gdp,pop`",
        default: "`gdp,pop,re`",
        read: |s, raw| {
            let mut show = Show::none();
            let mut bad = false;
            for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                match Indicator::from_code(part) {
                    Some(i) => show.set(i),
                    None => bad = true,
                }
            }
            if show == Show::none() {
                show = Show::default();
                bad = true;
            }
            s.show = show;
            if bad {
                Read::Malformed(show.code())
            } else {
                Read::Ok
            }
        },
        write: |s| (s.show != Show::default()).then(|| s.show.code()),
    },
    Param {
        key: "from",
        kind: Kind::Year,
        meaning: "base year, 2022–2024",
        default: "`2022`",
        read: |s, raw| year(raw, FROM_YEARS, &mut s.from),
        write: |s| (s.from != 2022).then(|| s.from.to_string()),
    },
    Param {
        key: "to",
        kind: Kind::Year,
        meaning: "last projected year, 2025–2035",
        default: "`2025`",
        read: |s, raw| year(raw, TO_YEARS, &mut s.to),
        write: |s| (s.to != 2025).then(|| s.to.to_string()),
    },
    Param {
        key: "gdp",
        kind: Kind::Number,
        meaning: "real GDP growth, % a year",
        default: "`5.4`",
        read: |s, raw| number(raw, GDP_RANGE, &mut s.a.gdp),
        write: |s| differs(s.a.gdp, D.gdp),
    },
    Param {
        key: "defl",
        kind: Kind::Number,
        meaning: "the GDP deflator, % a year",
        default: "`2.4`",
        read: |s, raw| number(raw, DEFL_RANGE, &mut s.a.defl),
        write: |s| differs(s.a.defl, D.defl),
    },
    Param {
        key: "pop_mode",
        kind: Kind::Word(MODE_WORDS),
        meaning: "population change as `rate` (% a year) or `add` (万人 a year)",
        default: "`rate`",
        read: |s, raw| mode(raw, &mut s.a.pop_mode, &mut s.a.pop, Indicator::Pop),
        write: |s| (s.a.pop_mode != D.pop_mode).then(|| s.a.pop_mode.code().into()),
    },
    Param {
        key: "pop",
        kind: Kind::Number,
        meaning: "population change, in `pop_mode`'s unit",
        default: "`0.8` (rate), `0` (add)",
        read: |s, raw| number(raw, pop_range(s.a.pop_mode), &mut s.a.pop),
        write: |s| differs(s.a.pop, pop_base(&s.a, &D)),
    },
    Param {
        key: "re_mode",
        kind: Kind::Word(MODE_WORDS),
        meaning: "renewable capacity change as `rate` (% a year) or `add` (万千瓦 a year)",
        default: "`add`",
        read: |s, raw| mode(raw, &mut s.a.re_mode, &mut s.a.re, Indicator::Re),
        write: |s| (s.a.re_mode != D.re_mode).then(|| s.a.re_mode.code().into()),
    },
    Param {
        key: "re",
        kind: Kind::Number,
        meaning: "renewable capacity change, in `re_mode`'s unit",
        default: "`0`",
        read: |s, raw| number(raw, re_range(s.a.re_mode), &mut s.a.re),
        write: |s| differs(s.a.re, re_base_of(&s.a, &D)),
    },
    Param {
        key: "re_base",
        kind: Kind::Number,
        meaning:
            "starting renewable capacity, 万千瓦 (your assumption: there is no official figure)",
        default: "none",
        read: |s, raw| {
            let mut v = s.re_base.unwrap_or(0.0);
            let read = number(raw, RE_BASE_RANGE, &mut v);
            match read {
                Read::Malformed(_) => Read::Malformed("—".into()),
                other => {
                    s.re_base = Some(v);
                    other
                }
            }
        },
        write: |s| s.re_base.map(fmt_num),
    },
    Param {
        key: "band",
        kind: Kind::Flag,
        meaning: "`1`: the range of likely outcomes",
        default: "`0`",
        read: |s, raw| flag(raw, &mut s.band),
        write: |s| s.band.then(|| "1".into()),
    },
    Param {
        key: "seed",
        kind: Kind::Count,
        meaning: "kept for sampled extensions (the band is exact)",
        default: "`0`",
        read: |s, raw| match raw.trim().parse::<u32>() {
            Ok(n) => {
                s.seed = n;
                Read::Ok
            }
            Err(_) => Read::Malformed(s.seed.to_string()),
        },
        write: |s| (s.seed != 0).then(|| s.seed.to_string()),
    },
    Param {
        key: "b_gdp",
        kind: Kind::Number,
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
        read: |s, raw| number(raw, GDP_RANGE, &mut b(s).gdp),
        write: |s| {
            let b = s.b?;
            (b.gdp != s.a.gdp || !b_differs_besides_gdp(&b, &s.a)).then(|| fmt_num(b.gdp))
        },
    },
    Param {
        key: "b_defl",
        kind: Kind::Number,
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
        read: |s, raw| number(raw, DEFL_RANGE, &mut b(s).defl),
        write: |s| differs(s.b?.defl, s.a.defl),
    },
    Param {
        key: "b_pop_mode",
        kind: Kind::Word(MODE_WORDS),
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
        read: |s, raw| {
            let b = b(s);
            mode(raw, &mut b.pop_mode, &mut b.pop, Indicator::Pop)
        },
        write: |s| {
            let b = s.b?;
            (b.pop_mode != s.a.pop_mode).then(|| b.pop_mode.code().into())
        },
    },
    Param {
        key: "b_pop",
        kind: Kind::Number,
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
        read: |s, raw| {
            let b = b(s);
            number(raw, pop_range(b.pop_mode), &mut b.pop)
        },
        write: |s| {
            let b = s.b?;
            differs(b.pop, pop_base(&b, &s.a))
        },
    },
    Param {
        key: "b_re_mode",
        kind: Kind::Word(MODE_WORDS),
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
        read: |s, raw| {
            let b = b(s);
            mode(raw, &mut b.re_mode, &mut b.re, Indicator::Re)
        },
        write: |s| {
            let b = s.b?;
            (b.re_mode != s.a.re_mode).then(|| b.re_mode.code().into())
        },
    },
    Param {
        key: "b_re",
        kind: Kind::Number,
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
        read: |s, raw| {
            let b = b(s);
            number(raw, re_range(b.re_mode), &mut b.re)
        },
        write: |s| {
            let b = s.b?;
            differs(b.re, re_base_of(&b, &s.a))
        },
    },
    Param {
        key: "predict",
        kind: Kind::Flag,
        meaning: "`1`: predict, then reveal (for class use)",
        default: "`0`",
        read: |s, raw| flag(raw, &mut s.predict),
        write: |s| s.predict.then(|| "1".into()),
    },
    Param {
        key: "delivery",
        kind: Kind::Number,
        meaning: "share of the planned investment carried out, %",
        default: "`100`",
        read: |s, raw| number(raw, DELIVERY_RANGE, &mut s.delivery),
        write: |s| differs(s.delivery, 100.0),
    },
    // Keys added later go at the end: the order above is the order links were written in.
];

/// The parameter of a key.
pub fn param(key: &str) -> Option<&'static Param> {
    PARAMS.iter().find(|p| p.key == key)
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

/// Reads a query string (with or without the leading `?`). Never fails. Notices come in the
/// order of the keys in the link.
pub fn parse(query: &str) -> (Scenario, Vec<Notice>) {
    // (position in the link, notice)
    let mut notes: Vec<(usize, Notice)> = Vec::new();
    let mut q = query.strip_prefix('?').unwrap_or(query);
    if q.len() > MAX_QUERY_BYTES {
        let mut cut = MAX_QUERY_BYTES;
        while !q.is_char_boundary(cut) {
            cut -= 1;
        }
        notes.push((0, Notice::Truncated { bytes: q.len() }));
        q = &q[..cut];
    }
    // (position, param, raw value): the first occurrence of each known key.
    let mut given: Vec<(usize, &'static Param, String)> = Vec::new();
    for (pos, (k, v)) in form_urlencoded::parse(q.as_bytes()).enumerate() {
        let pos = pos + 1;
        if k.is_empty() && v.is_empty() {
            continue;
        }
        match param(&k) {
            None => notes.push((pos, Notice::Unknown { key: quote(&k) })),
            Some(p) if given.iter().any(|(_, seen, _)| seen.key == p.key) => {
                notes.push((pos, Notice::Repeated { key: p.key.into() }))
            }
            Some(p) => given.push((pos, p, v.into_owned())),
        }
    }
    let mut s = Scenario::default();
    for p in PARAMS.iter() {
        let Some((pos, _, raw)) = given.iter().find(|(_, g, _)| g.key == p.key) else {
            continue;
        };
        let (key, raw_q) = (p.key.to_string(), quote(raw));
        match (p.read)(&mut s, raw) {
            Read::Ok => {}
            Read::Clamped(used) => notes.push((
                *pos,
                Notice::Clamped {
                    key,
                    raw: raw_q,
                    used,
                },
            )),
            Read::Malformed(used) => notes.push((
                *pos,
                Notice::Malformed {
                    key,
                    raw: raw_q,
                    used,
                },
            )),
        }
    }
    notes.sort_by_key(|(pos, _)| *pos);
    let dropped = notes.len().saturating_sub(MAX_NOTICES);
    let mut notices: Vec<Notice> = notes.into_iter().take(MAX_NOTICES).map(|n| n.1).collect();
    if dropped > 0 {
        notices.push(Notice::More { count: dropped });
    }
    (s, notices)
}

/// Writes the query string (without `?`), leaving out every value equal to its default.
pub fn to_query(s: &Scenario) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for p in PARAMS.iter() {
        if let Some(v) = (p.write)(s) {
            out.append_pair(p.key, &v);
        }
    }
    out.finish()
}

/// The README's table of parameters, written from [`PARAMS`]: adjacent parameters with the
/// same meaning and default share a row.
pub fn params_markdown() -> String {
    let mut rows: Vec<(Vec<&str>, &str, &str)> = Vec::new();
    for p in PARAMS.iter() {
        match rows.last_mut() {
            Some((keys, meaning, default)) if *meaning == p.meaning && *default == p.default => {
                keys.push(p.key)
            }
            _ => rows.push((vec![p.key], p.meaning, p.default)),
        }
    }
    let mut out = String::from("| parameter | meaning | default |\n|---|---|---|\n");
    for (keys, meaning, default) in rows {
        let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
        let _ = writeln!(out, "| {} | {meaning} | {default} |", keys.join(", "));
    }
    out
}
