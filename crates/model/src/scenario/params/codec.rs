//! The codec: a query string read into a scenario with a notice for each correction
//! ([`parse`]), a scenario written as a link ([`to_query`]), the link's forms, the host's own
//! parameters we leave alone, and the rules the first screen's script reads links by.

use super::*;

/// Quotes a raw value for a notice: shortened, with control characters made visible.
pub(super) fn quote(raw: &str) -> String {
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
    let lang_tags: serde_json::Map<String, serde_json::Value> = [Lang::Zh, Lang::En]
        .into_iter()
        .map(|l| (l.code().to_string(), l.tag().into()))
        .collect();
    serde_json::json!({
        "max": MAX_QUERY_BYTES,
        "params": params,
        "current": to_query(&Scenario::with_defaults(current)),
        "hostKeys": HOST_KEYS,
        "hostPrefixes": HOST_PREFIXES,
        "langTags": lang_tags,
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
