//! The link's parameters: one table, [`PARAMS`], that the parser, the writer, the notices and
//! the README's table all read. A parameter's key, once shipped, never changes.

use super::*;
use std::fmt::Write as _;

mod codec;
mod docs;
mod values;

pub use codec::*;
pub use docs::*;
use values::*;

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
