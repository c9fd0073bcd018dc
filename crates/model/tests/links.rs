//! Published links keep their meaning: every link in `tests/fixtures/links-v1.json` was written
//! by release 0.1.0 (before links carried `v=2`), with the inputs it showed and its readouts
//! as that release computed them. Read today, each shows the same inputs and the same numbers.

use jinan_model::results::{compute, Reached};
use jinan_model::scenario::{form_of, Form, Mode, Settings};
use serde_json::Value;

mod common;
use common::{dataset, parse};

const FIXTURE: &str = include_str!("../../../tests/fixtures/links-v1.json");

fn mode(v: &Value) -> Mode {
    match v.as_str() {
        Some("add") => Mode::Add,
        _ => Mode::Rate,
    }
}

fn settings(v: &Value) -> Settings {
    let n = |k: &str| v[k].as_f64().unwrap_or_else(|| panic!("{k} in {v}"));
    Settings {
        gdp: n("gdp"),
        defl: n("defl"),
        pop: n("pop"),
        pop_mode: mode(&v["pop_mode"]),
        re: n("re"),
        re_mode: mode(&v["re_mode"]),
    }
}

fn close(a: Option<f64>, b: &Value, what: &str) {
    match (a, b.as_f64()) {
        (None, None) => {}
        (Some(a), Some(b)) => assert!(
            (a - b).abs() <= 1e-9 * b.abs().max(1.0),
            "{what}: {a} now, {b} then"
        ),
        (a, _) => panic!("{what}: {a:?} now, {b} then"),
    }
}

#[test]
fn links_written_before_v2_show_what_they_showed() {
    let fixture: Value = serde_json::from_str(FIXTURE).expect("the fixture parses");
    let links = fixture["links"].as_array().expect("links");
    assert_eq!(links.len(), 20);
    let mut checked = 0;
    for l in links {
        let q = l["link"].as_str().expect("link");
        let (s, notices) = parse(q);
        assert!(notices.is_empty(), "{q}: {notices:?}");
        if form_of(q) == Form::Bare {
            // A link that sets no model parameter (the bare address, `band=1`, `theme=dark`) asks
            // for the calculator as it is today
            // (README "Embedding and links"): today's defaults, by design.
            let today = common::current();
            assert_eq!(
                (s.from, s.to, s.a),
                (today.from, today.to, today.settings),
                "{q}"
            );
            continue;
        }
        assert_eq!(form_of(q), Form::Legacy, "{q}");
        let i = &l["inputs"];
        let ctx = format!("link {q:?}");
        assert_eq!(s.a, settings(i), "{ctx}");
        assert_eq!(s.b, (!i["b"].is_null()).then(|| settings(&i["b"])), "{ctx}");
        assert_eq!(i64::from(s.from), i["from"].as_i64().unwrap_or(0), "{ctx}");
        assert_eq!(i64::from(s.to), i["to"].as_i64().unwrap_or(0), "{ctx}");
        assert_eq!(Some(s.band), i["band"].as_bool(), "{ctx}");
        close(Some(s.delivery), &i["delivery"], &ctx);
        close(s.re_base, &i["re_base"], &ctx);
        let outlooks = compute(dataset(), &s, &s.a);
        for o in &outlooks {
            let r = &l["readouts"][o.indicator.code()];
            let what = format!("{ctx} {}", o.indicator.code());
            close(
                o.from_base.projected,
                &r["projected_2025"],
                &format!("{what} projected"),
            );
            close(o.from_base.gap, &r["gap"], &format!("{what} gap"));
            let required = o.from_base.required.map(|g| match g {
                jinan_model::engine::Growth::Rate(x) | jinan_model::engine::Growth::Add(x) => x,
            });
            close(required, &r["required"], &format!("{what} required"));
            let year = match o.from_base.reached {
                Some(Reached::Year(y)) => Some(f64::from(y)),
                _ => None,
            };
            close(year, &r["reached_year"], &format!("{what} reached"));
        }
        checked += 1;
    }
    assert_eq!(checked, 17, "every link that sets a model parameter");
}
