//! How the table's parameters read a raw value into a scenario and write one back: numbers
//! and years within their range, flags, words, the growth mode, a drawn line, scenario B's
//! differences from A.

use super::*;

pub(super) fn number(raw: &str, range: Range, into: &mut f64) -> Read {
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

pub(super) fn year(raw: &str, (lo, hi): (i32, i32), into: &mut i32) -> Read {
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

pub(super) fn flag(raw: &str, into: &mut bool) -> Read {
    match raw.trim() {
        "1" => *into = true,
        "0" => *into = false,
        _ => return Read::Malformed(flag_code(*into).into()),
    }
    Read::Ok
}

pub(super) fn flag_code(b: bool) -> &'static str {
    if b {
        "1"
    } else {
        "0"
    }
}

/// A word from `options`, each with the value it stands for.
pub(super) fn word<T: Copy>(raw: &str, options: &[(&str, T)], into: &mut T, current: &str) -> Read {
    match options.iter().find(|(code, _)| *code == raw.trim()) {
        Some(&(_, v)) => {
            *into = v;
            Read::Ok
        }
        None => Read::Malformed(current.into()),
    }
}

pub(super) const MODES: [(&str, Mode); 2] = [("rate", Mode::Rate), ("add", Mode::Add)];
pub(super) const MODE_WORDS: &[&str] = &["rate", "add"];

/// Sets a mode; a value carried across a change of mode would mean something else, so the
/// value starts again from the new mode's default.
pub(super) fn mode(
    raw: &str,
    d: &Defaults,
    mode: &mut Mode,
    value: &mut f64,
    indicator: Indicator,
) -> Read {
    let mut m = *mode;
    let read = word(raw, &MODES, &mut m, mode.code());
    if m != *mode {
        *value = d.for_mode(m, indicator);
        *mode = m;
    }
    read
}

/// A drawn line: read whole, or not at all.
pub(super) fn drawn(s: &mut Scenario, raw: &str, i: Indicator) -> Read {
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
pub(super) fn b(s: &mut Scenario) -> &mut Settings {
    let a = s.a;
    s.b.get_or_insert(a)
}

/// A number written when it differs from `base`.
pub(super) fn differs(v: f64, base: f64) -> Option<String> {
    (v != base).then(|| fmt_num(v))
}

/// B's change of an indicator is written when B's mode differs from A's (then always: what an
/// absent value means would depend on defaults) or, in the same mode, when the value differs.
pub(super) fn b_change(b_mode: Mode, a_mode: Mode, b: f64, a: f64) -> Option<String> {
    if b_mode != a_mode {
        Some(fmt_num(b))
    } else {
        differs(b, a)
    }
}

/// Whether B differs from A anywhere but in `gdp`: if not, `b_gdp` is written even when equal,
/// so that a comparison of two equal scenarios stays open.
pub(super) fn b_differs_besides_gdp(b: &Settings, a: &Settings) -> bool {
    b.defl != a.defl
        || b.pop_mode != a.pop_mode
        || b.pop != a.pop
        || b.re_mode != a.re_mode
        || b.re != a.re
}
