//! Two views of one scenario, changed at once: the sections below the first view hear the
//! first view's scenario a moment late (it is published once the sliders settle), so a change
//! made there is sent as what changed, not as a whole scenario, and the first view applies
//! only that to what it shows now.

/// `current` with the parameters that `changed` sets differently from `base` (set, changed or
/// removed): the change someone made on `base`, applied to `current`. All three are queries.
pub fn merge(current: &str, base: &str, changed: &str) -> String {
    let pairs = |q: &str| -> Vec<(String, String)> {
        form_urlencoded::parse(q.trim_start_matches('?').as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    };
    let get = |ps: &[(String, String)], k: &str| {
        ps.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone())
    };
    let (base, changed) = (pairs(base), pairs(changed));
    let mut out = pairs(current);
    let mut keys: Vec<String> = base
        .iter()
        .chain(&changed)
        .map(|(k, _)| k.clone())
        .collect();
    keys.dedup();
    for k in keys {
        let (before, after) = (get(&base, &k), get(&changed, &k));
        if before == after {
            continue;
        }
        match after {
            Some(v) => match out.iter_mut().find(|(key, _)| *key == k) {
                Some(slot) => slot.1 = v,
                None => out.push((k, v)),
            },
            None => out.retain(|(key, _)| *key != k),
        }
    }
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in &out {
        s.append_pair(k, v);
    }
    s.finish()
}
