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
    /// A drawn line: a first year, then a value for it and each year after, joined by `_`.
    Drawn,
}

impl Kind {
    /// Whether a bad value of this kind is "not a number" (else "not an allowed value").
    pub fn is_numeric(self) -> bool {
        matches!(self, Kind::Number | Kind::Year | Kind::Count)
    }
}

/// What a parameter is to a link, which says when it is written and how an absent one is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// How the page looks or behaves (`lang`, `embed`, `band`, …). Its default is fixed for ever.
    Display,
    /// Part of the scenario with no default to change (`re_base`) or relative to A (`b_*`).
    Model,
    /// Part of the scenario with a default taken from the data, which may change: written in
    /// every link the app writes, so that no link depends on a default.
    Pinned,
}

/// The form of a link, which says what its absent model parameters mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// No model parameter and no `v`: the current defaults.
    Bare,
    /// Model parameters without `v=2`: written by a release before links carried every model
    /// parameter, so absent ones mean that release's defaults, [`Defaults::V1`].
    Legacy,
    /// `v=2`: every model parameter is written; one that is missing takes the current default.
    Explicit,
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
    pub role: Role,
    /// Reads a value that is present into the scenario, under the link's defaults.
    read: fn(&mut Scenario, &str, &Defaults) -> Read,
    /// The value to write for a scenario, or None to leave the key out. A pinned parameter's is
    /// always written; its value under some defaults is what the README shows.
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
fn mode(raw: &str, d: &Defaults, mode: &mut Mode, value: &mut f64, indicator: Indicator) -> Read {
    let mut m = *mode;
    let read = word(raw, &MODES, &mut m, mode.code());
    if m != *mode {
        *value = d.for_mode(m, indicator);
        *mode = m;
    }
    read
}

/// A drawn line: read whole, or not at all.
fn drawn(s: &mut Scenario, raw: &str, i: Indicator) -> Read {
    match Drawn::parse(i, raw) {
        Some((line, clamped)) => {
            let used = line.code().unwrap_or_default();
            s.drawn[i as usize] = line;
            if clamped {
                Read::Clamped(used)
            } else {
                Read::Ok
            }
        }
        None => Read::Malformed("—".into()),
    }
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

/// B's change of an indicator is written when B's mode differs from A's (then always: what an
/// absent value means would depend on defaults) or, in the same mode, when the value differs.
fn b_change(b_mode: Mode, a_mode: Mode, b: f64, a: f64) -> Option<String> {
    if b_mode != a_mode {
        Some(fmt_num(b))
    } else {
        differs(b, a)
    }
}

/// Whether B differs from A anywhere but in `gdp`: if not, `b_gdp` is written even when equal,
/// so that a comparison of two equal scenarios stays open.
fn b_differs_besides_gdp(b: &Settings, a: &Settings) -> bool {
    b.defl != a.defl
        || b.pop_mode != a.pop_mode
        || b.pop != a.pop
        || b.re_mode != a.re_mode
        || b.re != a.re
}

/// Every parameter, in the order links write them. Parsing reads them in this order too, so a
/// mode comes before its value and A before B. New keys may be added; none is ever renamed.
pub static PARAMS: &[Param] = &[
    Param {
        key: "v",
        kind: Kind::Word(&["1", "2"]),
        role: Role::Display,
        // The form is decided before any value is read (`form_of`); here only its spelling.
        read: |_, raw, _| match raw.trim() {
            "1" | "2" => Read::Ok,
            _ => Read::Malformed("2".into()),
        },
        write: |_| Some("2".into()),
    },
    Param {
        key: "lang",
        kind: Kind::Word(&["zh", "en"]),
        role: Role::Display,
        read: |s, raw, _| {
            let langs = [("zh", Some(Lang::Zh)), ("en", Some(Lang::En))];
            word(raw, &langs, &mut s.lang, "auto")
        },
        write: |s| s.lang.map(|l| l.code().into()),
    },
    Param {
        key: "theme",
        kind: Kind::Word(&["auto", "light", "dark"]),
        role: Role::Display,
        read: |s, raw, _| {
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
        role: Role::Display,
        read: |s, raw, _| flag(raw, &mut s.embed),
        write: |s| s.embed.then(|| "1".into()),
    },
    Param {
        key: "lock",
        kind: Kind::Flag,
        role: Role::Display,
        read: |s, raw, _| flag(raw, &mut s.lock),
        write: |s| s.lock.then(|| "1".into()),
    },
    Param {
        key: "show",
        kind: Kind::Indicators,
        role: Role::Display,
        read: |s, raw, _| {
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
        key: "focus",
        kind: Kind::Word(&["gdp", "pop", "re"]),
        role: Role::Display,
        read: |s, raw, _| {
            let options = Indicator::ALL.map(|i| (i.code(), i));
            let current = s.focus.code();
            word(raw, &options, &mut s.focus, current)
        },
        write: |s| (s.focus != Indicator::Gdp).then(|| s.focus.code().into()),
    },
    Param {
        key: "from",
        kind: Kind::Year,
        role: Role::Pinned,
        read: |s, raw, _| year(raw, FROM_YEARS, &mut s.from),
        write: |s| Some(s.from.to_string()),
    },
    Param {
        key: "to",
        kind: Kind::Year,
        role: Role::Pinned,
        read: |s, raw, _| year(raw, TO_YEARS, &mut s.to),
        write: |s| Some(s.to.to_string()),
    },
    Param {
        key: "gdp",
        kind: Kind::Number,
        role: Role::Pinned,
        read: |s, raw, _| number(raw, GDP_RANGE, &mut s.a.gdp),
        write: |s| Some(fmt_num(s.a.gdp)),
    },
    Param {
        key: "defl",
        kind: Kind::Number,
        role: Role::Pinned,
        read: |s, raw, _| number(raw, DEFL_RANGE, &mut s.a.defl),
        write: |s| Some(fmt_num(s.a.defl)),
    },
    Param {
        key: "pop_mode",
        kind: Kind::Word(MODE_WORDS),
        role: Role::Pinned,
        read: |s, raw, d| mode(raw, d, &mut s.a.pop_mode, &mut s.a.pop, Indicator::Pop),
        write: |s| Some(s.a.pop_mode.code().into()),
    },
    Param {
        key: "pop",
        kind: Kind::Number,
        role: Role::Pinned,
        read: |s, raw, _| number(raw, pop_range(s.a.pop_mode), &mut s.a.pop),
        write: |s| Some(fmt_num(s.a.pop)),
    },
    Param {
        key: "re_mode",
        kind: Kind::Word(MODE_WORDS),
        role: Role::Pinned,
        read: |s, raw, d| mode(raw, d, &mut s.a.re_mode, &mut s.a.re, Indicator::Re),
        write: |s| Some(s.a.re_mode.code().into()),
    },
    Param {
        key: "re",
        kind: Kind::Number,
        role: Role::Pinned,
        read: |s, raw, _| number(raw, re_range(s.a.re_mode), &mut s.a.re),
        write: |s| Some(fmt_num(s.a.re)),
    },
    Param {
        key: "re_base",
        kind: Kind::Number,
        role: Role::Model,
        read: |s, raw, _| {
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
        role: Role::Display,
        read: |s, raw, _| flag(raw, &mut s.band),
        write: |s| s.band.then(|| "1".into()),
    },
    Param {
        key: "seed",
        kind: Kind::Count,
        role: Role::Display,
        read: |s, raw, _| match raw.trim().parse::<u32>() {
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
        role: Role::Model,
        read: |s, raw, _| number(raw, GDP_RANGE, &mut b(s).gdp),
        write: |s| {
            let b = s.b?;
            (b.gdp != s.a.gdp || !b_differs_besides_gdp(&b, &s.a)).then(|| fmt_num(b.gdp))
        },
    },
    Param {
        key: "b_defl",
        kind: Kind::Number,
        role: Role::Model,
        read: |s, raw, _| number(raw, DEFL_RANGE, &mut b(s).defl),
        write: |s| differs(s.b?.defl, s.a.defl),
    },
    Param {
        key: "b_pop_mode",
        kind: Kind::Word(MODE_WORDS),
        role: Role::Model,
        read: |s, raw, d| {
            let b = b(s);
            mode(raw, d, &mut b.pop_mode, &mut b.pop, Indicator::Pop)
        },
        write: |s| {
            let b = s.b?;
            (b.pop_mode != s.a.pop_mode).then(|| b.pop_mode.code().into())
        },
    },
    Param {
        key: "b_pop",
        kind: Kind::Number,
        role: Role::Model,
        read: |s, raw, _| {
            let b = b(s);
            number(raw, pop_range(b.pop_mode), &mut b.pop)
        },
        write: |s| {
            let b = s.b?;
            b_change(b.pop_mode, s.a.pop_mode, b.pop, s.a.pop)
        },
    },
    Param {
        key: "b_re_mode",
        kind: Kind::Word(MODE_WORDS),
        role: Role::Model,
        read: |s, raw, d| {
            let b = b(s);
            mode(raw, d, &mut b.re_mode, &mut b.re, Indicator::Re)
        },
        write: |s| {
            let b = s.b?;
            (b.re_mode != s.a.re_mode).then(|| b.re_mode.code().into())
        },
    },
    Param {
        key: "b_re",
        kind: Kind::Number,
        role: Role::Model,
        read: |s, raw, _| {
            let b = b(s);
            number(raw, re_range(b.re_mode), &mut b.re)
        },
        write: |s| {
            let b = s.b?;
            b_change(b.re_mode, s.a.re_mode, b.re, s.a.re)
        },
    },
    Param {
        key: "predict",
        kind: Kind::Flag,
        role: Role::Display,
        read: |s, raw, _| flag(raw, &mut s.predict),
        write: |s| s.predict.then(|| "1".into()),
    },
    Param {
        key: "guess_gdp",
        kind: Kind::Drawn,
        role: Role::Display,
        read: |s, raw, _| drawn(s, raw, Indicator::Gdp),
        write: |s| s.drawn(Indicator::Gdp).code(),
    },
    Param {
        key: "guess_pop",
        kind: Kind::Drawn,
        role: Role::Display,
        read: |s, raw, _| drawn(s, raw, Indicator::Pop),
        write: |s| s.drawn(Indicator::Pop).code(),
    },
    Param {
        key: "guess_re",
        kind: Kind::Drawn,
        role: Role::Display,
        read: |s, raw, _| drawn(s, raw, Indicator::Re),
        write: |s| s.drawn(Indicator::Re).code(),
    },
    Param {
        key: "delivery",
        kind: Kind::Number,
        role: Role::Display,
        read: |s, raw, _| number(raw, DELIVERY_RANGE, &mut s.delivery),
        write: |s| differs(s.delivery, 100.0),
    },
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

/// The form of a query string: which defaults its absent model parameters take.
pub fn form_of(query: &str) -> Form {
    let q = query.strip_prefix('?').unwrap_or(query);
    let mut form = Form::Bare;
    for (k, v) in form_urlencoded::parse(q.as_bytes()) {
        match param(&k) {
            Some(p) if p.key == "v" => {
                return if v.trim() == "1" {
                    Form::Legacy
                } else {
                    Form::Explicit
                }
            }
            Some(p) if p.role != Role::Display => form = Form::Legacy,
            _ => {}
        }
    }
    form
}

/// Reads a query string (with or without the leading `?`). Never fails. Absent model parameters
/// take `current` (the defaults the app derives from the data) in a bare or `v=2` link, and
/// [`Defaults::V1`] in a link written before `v=2`. Notices come in the order of the keys in
/// the link.
pub fn parse(query: &str, current: &Defaults) -> (Scenario, Vec<Notice>) {
    let defaults = match form_of(query) {
        Form::Legacy => Defaults::V1,
        Form::Bare | Form::Explicit => *current,
    };
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
            None if is_host_parameter(&k) => {}
            None => notes.push((pos, Notice::Unknown { key: quote(&k) })),
            Some(p) if given.iter().any(|(_, seen, _)| seen.key == p.key) => {
                notes.push((pos, Notice::Repeated { key: p.key.into() }))
            }
            Some(p) => given.push((pos, p, v.into_owned())),
        }
    }
    let mut s = Scenario::with_defaults(&defaults);
    for p in PARAMS.iter() {
        let Some((pos, _, raw)) = given.iter().find(|(_, g, _)| g.key == p.key) else {
            continue;
        };
        let (key, raw_q) = (p.key.to_string(), quote(raw));
        match (p.read)(&mut s, raw, &defaults) {
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

/// Keys that the pages and services around a link add to it, which are not ours and not a
/// reader's mistake: embed libraries' (pym.js: `initialWidth`, `childId`, `parentTitle`,
/// `parentUrl`), campaign and click trackers' (`utm_*`, `fbclid`, `gclid`, `mc_cid`, …). They are
/// ignored without a notice; a near-miss of one of our own keys still gets one.
pub fn is_host_parameter(key: &str) -> bool {
    HOST_KEYS.contains(&key) || HOST_PREFIXES.iter().any(|p| key.starts_with(p))
}

/// The hosts' keys that [`is_host_parameter`] knows exactly.
pub const HOST_KEYS: [&str; 17] = [
    "initialWidth",
    "childId",
    "parentTitle",
    "parentUrl",
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "twclid",
    "ttclid",
    "yclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
];

/// The beginnings of the hosts' keys that [`is_host_parameter`] knows.
pub const HOST_PREFIXES: [&str; 2] = ["utm_", "pk_"];

/// The link's rules as JSON, for a reader outside this crate (the first screen's script, which
/// reads a link before the wasm arrives): every key in [`PARAMS`]'s order with its kind (the
/// words a word takes) and role, the query of the scenario `current` gives (as [`to_query`]
/// writes it), the hosts' keys, and the longest query read. Written from the table, so that no
/// rule is copied by hand.
pub fn rules_json(current: &Defaults) -> String {
    let params: Vec<serde_json::Value> = PARAMS
        .iter()
        .map(|p| {
            let (kind, words): (&str, Vec<&str>) = match p.kind {
                Kind::Number | Kind::Year | Kind::Count => ("number", Vec::new()),
                Kind::Flag => ("flag", vec!["0", "1"]),
                Kind::Word(w) => ("word", w.to_vec()),
                Kind::Indicators => ("indicators", Indicator::ALL.map(Indicator::code).to_vec()),
                Kind::Drawn => ("drawn", Vec::new()),
            };
            let role = match p.role {
                Role::Display => "display",
                Role::Model => "model",
                Role::Pinned => "pinned",
            };
            serde_json::json!({ "key": p.key, "kind": kind, "words": words, "role": role })
        })
        .collect();
    serde_json::json!({
        "max": MAX_QUERY_BYTES,
        "params": params,
        "current": to_query(&Scenario::with_defaults(current)),
        "hostKeys": HOST_KEYS,
        "hostPrefixes": HOST_PREFIXES,
    })
    .to_string()
}

/// Writes the query string (without `?`) in the explicit form: `v=2` and every pinned
/// parameter, whatever its value, so that the link never depends on a default; other parameters
/// only where they differ from their fixed default.
pub fn to_query(s: &Scenario) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for p in PARAMS.iter() {
        if let Some(v) = (p.write)(s) {
            out.append_pair(p.key, &v);
        }
    }
    out.finish()
}

/// The bare form of a scenario that has every model parameter at `current`: its display
/// parameters only, so that an address nobody has changed stays as it was given. None when
/// some model parameter differs (the explicit form is then the only faithful one).
pub fn to_query_bare(s: &Scenario, current: &Defaults) -> Option<String> {
    let plain = Scenario::with_defaults(current);
    let same = s.from == plain.from
        && s.to == plain.to
        && s.a == plain.a
        && s.b.is_none()
        && s.re_base.is_none();
    if !same {
        return None;
    }
    let mut out = form_urlencoded::Serializer::new(String::new());
    for p in PARAMS
        .iter()
        .filter(|p| p.role == Role::Display && p.key != "v")
    {
        if let Some(v) = (p.write)(s) {
            out.append_pair(p.key, &v);
        }
    }
    Some(out.finish())
}

/// What a parameter means and its default, in the README's words (for a pinned parameter, the
/// README shows its value under the current defaults and under [`Defaults::V1`] instead). Apart
/// from [`PARAMS`], which the page reads, so that these words are not in the page's wasm: only
/// the README's table (and its test) reads them.
pub struct Doc {
    pub key: &'static str,
    pub meaning: &'static str,
    pub default: &'static str,
}

/// One [`Doc`] per parameter, in [`PARAMS`]'s order.
pub static DOCS: &[Doc] = &[
    Doc {
        key: "v",
        meaning: "the form of the link: `2` (written by the app since 0.2.0) carries every model parameter; a link without `v` that has model parameters reads the absent ones with the defaults of the links written before (see below)",
        default: "none",
    },
    Doc {
        key: "lang",
        meaning: "`zh` or `en`",
        default: "the browser's language",
    },
    Doc {
        key: "theme",
        meaning: "`auto`, `light`, `dark`",
        default: "`auto`",
    },
    Doc {
        key: "embed",
        meaning: "`1`: the compact widget for an iframe",
        default: "`0`",
    },
    Doc {
        key: "lock",
        meaning: "`1`: a published scenario, values shown but not editable",
        default: "`0`",
    },
    Doc {
        key: "show",
        meaning: "which indicators, e.g. `gdp,pop`",
        default: "`gdp,pop,re`",
    },
    Doc {
        key: "focus",
        meaning: "the indicator in front: `gdp`, `pop` or `re`",
        default: "`gdp`",
    },
    Doc {
        key: "from",
        meaning: "base year, 2022–2024",
        default: "",
    },
    Doc {
        key: "to",
        meaning: "last projected year, 2025–2035",
        default: "",
    },
    Doc {
        key: "gdp",
        meaning: "real GDP growth, % a year",
        default: "",
    },
    Doc {
        key: "defl",
        meaning: "the GDP deflator, % a year",
        default: "",
    },
    Doc {
        key: "pop_mode",
        meaning: "population change as `rate` (% a year) or `add` (万人 a year)",
        default: "",
    },
    Doc {
        key: "pop",
        meaning: "population change, in `pop_mode`'s unit",
        default: "",
    },
    Doc {
        key: "re_mode",
        meaning: "renewable capacity change as `rate` (% a year) or `add` (万千瓦 a year)",
        default: "",
    },
    Doc {
        key: "re",
        meaning: "renewable capacity change, in `re_mode`'s unit",
        default: "",
    },
    Doc {
        key: "re_base",
        meaning: "starting renewable capacity, 万千瓦 (your assumption: there is no official figure)",
        default: "none",
    },
    Doc {
        key: "band",
        meaning: "`1`: the range of likely outcomes",
        default: "`0`",
    },
    Doc {
        key: "seed",
        meaning: "kept for sampled extensions (the band is exact)",
        default: "`0`",
    },
    Doc {
        key: "b_gdp",
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
    },
    Doc {
        key: "b_defl",
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
    },
    Doc {
        key: "b_pop_mode",
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
    },
    Doc {
        key: "b_pop",
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
    },
    Doc {
        key: "b_re_mode",
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
    },
    Doc {
        key: "b_re",
        meaning: "scenario B, for a comparison; unset ones follow A",
        default: "none",
    },
    Doc {
        key: "predict",
        meaning: "`1`: predict, then reveal (for class use)",
        default: "`0`",
    },
    Doc {
        key: "guess_gdp",
        meaning: "predict mode: the line a reader drew, as the first year, then a value (in the dataset's unit) for it and each year after, joined by `_`: `2023_12600_13300_14000`",
        default: "none",
    },
    Doc {
        key: "guess_pop",
        meaning: "predict mode: the line a reader drew, as the first year, then a value (in the dataset's unit) for it and each year after, joined by `_`: `2023_12600_13300_14000`",
        default: "none",
    },
    Doc {
        key: "guess_re",
        meaning: "predict mode: the line a reader drew, as the first year, then a value (in the dataset's unit) for it and each year after, joined by `_`: `2023_12600_13300_14000`",
        default: "none",
    },
    Doc {
        key: "delivery",
        meaning: "share of the planned investment carried out, %",
        default: "`100`",
    },
];

/// A parameter's words.
pub fn doc(key: &str) -> Option<&'static Doc> {
    DOCS.iter().find(|d| d.key == key)
}

/// A pinned parameter's value under some defaults, as a link writes it.
fn pinned_value(p: &Param, d: &Defaults) -> String {
    (p.write)(&Scenario::with_defaults(d)).unwrap_or_default()
}

/// The README's table of parameters, written from [`PARAMS`]: adjacent parameters with the
/// same meaning and default share a row. A pinned parameter's default is shown under `current`
/// and under [`Defaults::V1`].
pub fn params_markdown(current: &Defaults) -> String {
    let mut rows: Vec<(Vec<&str>, &str, String)> = Vec::new();
    for p in PARAMS.iter() {
        let (meaning, default) = doc(p.key).map_or(("", ""), |d| (d.meaning, d.default));
        let default = match p.role {
            Role::Pinned => format!(
                "`{}`; `{}` in a link without `v`",
                pinned_value(p, current),
                pinned_value(p, &Defaults::V1)
            ),
            _ => default.to_string(),
        };
        match rows.last_mut() {
            Some((keys, m, d)) if *m == meaning && *d == default => keys.push(p.key),
            _ => rows.push((vec![p.key], meaning, default)),
        }
    }
    let mut out = String::from("| parameter | meaning | default |\n|---|---|---|\n");
    for (keys, meaning, default) in rows {
        let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
        let _ = writeln!(out, "| {} | {meaning} | {default} |", keys.join(", "));
    }
    out
}
