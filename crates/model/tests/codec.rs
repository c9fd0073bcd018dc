//! The scenario's URL codec: defaults, corrections, round trips and hostile input.

use jinan_model::scenario::*;
use proptest::prelude::*;

mod common;
use common::Rng;

/// Current defaults for these tests: unlike `Defaults::V1` in every field, so that each test
/// shows which of the two a link was read with.
const CURRENT: Defaults = Defaults {
    from: 2023,
    to: 2030,
    settings: Settings {
        gdp: 5.0,
        defl: 0.8,
        pop: 0.5,
        pop_mode: Mode::Rate,
        re: 3.0,
        re_mode: Mode::Add,
    },
};

fn parse(q: &str) -> (Scenario, Vec<Notice>) {
    jinan_model::scenario::parse(q, &CURRENT)
}

fn notices(q: &str) -> Vec<Notice> {
    parse(q).1
}

#[test]
fn a_bare_address_reads_the_current_defaults_and_stays_bare() {
    let d = Scenario::with_defaults(&CURRENT);
    assert_eq!(parse(""), (d.clone(), vec![]));
    assert_eq!(parse("?"), (d.clone(), vec![]));
    assert_eq!(form_of(""), Form::Bare);
    // Display parameters alone leave it bare.
    let (s, n) = parse("lang=en&band=1&theme=dark");
    assert_eq!(
        (s.a, s.from, s.to, n),
        (CURRENT.settings, 2023, 2030, vec![])
    );
    assert_eq!(to_query_bare(&d, &CURRENT).as_deref(), Some(""));
    assert_eq!(
        to_query_bare(&s, &CURRENT).as_deref(),
        Some("lang=en&theme=dark&band=1")
    );
    // Any model parameter away from the default: only the explicit form is faithful.
    let moved = Scenario {
        a: Settings { gdp: 6.0, ..d.a },
        ..d.clone()
    };
    assert_eq!(to_query_bare(&moved, &CURRENT), None);
}

#[test]
fn every_link_the_app_writes_carries_every_model_parameter() {
    let d = Scenario::with_defaults(&CURRENT);
    assert_eq!(
        to_query(&d),
        "v=2&from=2023&to=2030&gdp=5&defl=0.8&pop_mode=rate&pop=0.5&re_mode=add&re=3"
    );
    assert_eq!(form_of(&to_query(&d)), Form::Explicit);
    // Read with other defaults, an explicit link shows the same scenario.
    let other = Defaults::V1;
    for q in [
        to_query(&d),
        to_query(&parse("gdp=6&pop_mode=add&pop=7&b_gdp=4&re_base=100&band=1").0),
    ] {
        assert_eq!(
            jinan_model::scenario::parse(&q, &other),
            parse(&q),
            "{q} depends on the defaults"
        );
    }
}

#[test]
fn links_written_before_v2_keep_the_defaults_they_were_written_with() {
    // A link with a model parameter and no `v` was written by a release whose defaults were
    // Defaults::V1: what it leaves out means those, whatever the current ones are.
    let (s, n) = parse("gdp=6");
    assert_eq!(n, vec![]);
    assert_eq!(form_of("gdp=6"), Form::Legacy);
    assert_eq!((s.from, s.to), (2022, 2025));
    assert_eq!(
        s.a,
        Settings {
            gdp: 6.0,
            ..Defaults::V1.settings
        }
    );
    // So does one that sets only B, or only the renewables start.
    assert_eq!(parse("b_gdp=4").0.a, Defaults::V1.settings);
    assert_eq!(parse("re_base=200").0.to, 2025);
    // `v=1` says so explicitly; `v=2` reads absent ones with the current defaults.
    assert_eq!(parse("v=1").0.a, Defaults::V1.settings);
    assert_eq!(
        parse("v=2&gdp=6").0.a,
        Settings {
            gdp: 6.0,
            ..CURRENT.settings
        }
    );
    // A mode switched in an old link starts from the old defaults.
    assert_eq!(parse("pop_mode=rate&b_pop_mode=rate").0.a.pop, 0.8);
}

#[test]
fn documented_defaults() {
    let d = Scenario::with_defaults(&Defaults::V1);
    assert_eq!((d.from, d.to), (2022, 2025));
    assert_eq!(
        (d.a.gdp, d.a.defl, d.a.pop, d.a.pop_mode),
        (5.4, 2.4, 0.8, Mode::Rate)
    );
    assert_eq!((d.a.re, d.a.re_mode, d.re_base), (0.0, Mode::Add, None));
    assert_eq!(
        (d.lang, d.theme, d.embed, d.lock, d.band, d.b, d.focus),
        (None, Theme::Auto, false, false, false, None, Indicator::Gdp)
    );
    assert_eq!(
        d.show,
        Show {
            gdp: true,
            pop: true,
            re: true
        }
    );
}

#[test]
fn a_full_scenario_reads_as_written() {
    let (s, n) = parse(
        "lang=en&theme=dark&embed=1&lock=1&show=gdp,re&from=2023&to=2030&gdp=6.2&defl=-0.5&pop=12&pop_mode=add&re=8&re_mode=rate&re_base=250&band=1&seed=7",
    );
    assert_eq!(n, vec![]);
    assert_eq!(s.lang, Some(Lang::En));
    assert_eq!(s.theme, Theme::Dark);
    assert!(s.embed && s.lock && s.band);
    assert_eq!(
        s.show,
        Show {
            gdp: true,
            pop: false,
            re: true
        }
    );
    assert_eq!((s.from, s.to), (2023, 2030));
    assert_eq!(
        (s.a.gdp, s.a.defl, s.a.pop, s.a.pop_mode),
        (6.2, -0.5, 12.0, Mode::Add)
    );
    assert_eq!(
        (s.a.re, s.a.re_mode, s.re_base, s.seed),
        (8.0, Mode::Rate, Some(250.0), 7)
    );
}

#[test]
fn malformed_values_fall_back_to_the_default_and_say_so() {
    let (s, n) = parse("gdp=abc");
    assert_eq!(s.a.gdp, 5.4);
    assert_eq!(
        n,
        vec![Notice::Malformed {
            key: "gdp".into(),
            raw: "abc".into(),
            used: "5.4".into()
        }]
    );
    for bad in ["", "NaN", "inf", "-inf", "1e999", "0x10", "5,5", "5%"] {
        let (s, n) = parse(&format!("defl={bad}"));
        assert_eq!(s.a.defl, 2.4, "{bad}");
        assert_eq!(n.len(), 1, "{bad}");
    }
    let (s, n) = parse("from=2023.5&embed=yes&theme=purple&lang=fr&seed=-1&pop_mode=both");
    assert_eq!(
        (s.from, s.embed, s.theme, s.lang, s.seed, s.a.pop_mode),
        (2022, false, Theme::Auto, None, 0, Mode::Rate)
    );
    assert_eq!(n.len(), 6);
    assert!(n.iter().all(|x| matches!(x, Notice::Malformed { .. })));
}

#[test]
fn out_of_range_values_are_clamped_and_reported() {
    let (s, n) = parse("gdp=-150&defl=99&from=2019&to=2100&re_base=-5&delivery=250");
    assert_eq!(
        (s.a.gdp, s.a.defl, s.from, s.to, s.re_base, s.delivery),
        (-10.0, 10.0, 2022, 2035, Some(0.0), 100.0)
    );
    assert_eq!(n.len(), 6);
    assert!(n.iter().all(|x| matches!(x, Notice::Clamped { .. })));
    assert_eq!(
        n[0],
        Notice::Clamped {
            key: "gdp".into(),
            raw: "-150".into(),
            used: "-10".into()
        }
    );
    // The range follows the mode: 40 is a fine addition and too much of a rate.
    assert_eq!(parse("pop=40&pop_mode=add").0.a.pop, 40.0);
    assert_eq!(parse("pop=40").0.a.pop, 5.0);
    assert_eq!(parse("gdp=1e308").0.a.gdp, 15.0);
}

#[test]
fn unknown_and_repeated_keys() {
    let (s, n) = parse("gdp=6&gdp=9&utm_source=x&GDP=3&gpd=4");
    assert_eq!(s.a.gdp, 6.0);
    assert_eq!(
        n,
        vec![
            Notice::Repeated { key: "gdp".into() },
            Notice::Unknown { key: "GDP".into() },
            Notice::Unknown { key: "gpd".into() },
        ]
    );
}

#[test]
fn what_hosts_and_trackers_add_is_not_the_reader_s_mistake() {
    // pym.js adds these to the frame's address; newsletters and social sites add the others.
    let q = "v=2&gdp=6&initialWidth=600&childId=jinan-1&parentTitle=A%20story&parentUrl=https%3A%2F%2Fnews.example%2Fa\
             &utm_source=newsletter&utm_medium=email&utm_campaign=x&fbclid=abc&gclid=def&mc_cid=1&mc_eid=2&_ga=3&pk_campaign=q";
    let (s, n) = parse(q);
    assert_eq!((s.a.gdp, n), (6.0, vec![]));
    for key in [
        "initialWidth",
        "childId",
        "parentTitle",
        "parentUrl",
        "utm_term",
        "fbclid",
        "mc_eid",
    ] {
        assert!(is_host_parameter(key), "{key}");
    }
    // A typo of one of our own keys still gets a notice.
    assert_eq!(
        notices("v=2&deflator=1"),
        vec![Notice::Unknown {
            key: "deflator".into()
        }]
    );
    assert!(!is_host_parameter("utm"));
}

#[test]
fn show_lists() {
    assert_eq!(
        parse("show=re,gdp").0.show,
        Show {
            gdp: true,
            pop: false,
            re: true
        }
    );
    // Written with form-urlencoding (the comma escaped), read back either way.
    assert!(to_query(&parse("show=re,gdp").0).contains("&show=gdp%2Cre&"));
    assert_eq!(parse("show=gdp%2Cre").0.show, parse("show=re,gdp").0.show);
    let (s, n) = parse("show=gdp,wat");
    assert_eq!(
        s.show,
        Show {
            gdp: true,
            pop: false,
            re: false
        }
    );
    assert_eq!(
        n,
        vec![Notice::Malformed {
            key: "show".into(),
            raw: "gdp,wat".into(),
            used: "gdp".into()
        }]
    );
    let (s, n) = parse("show=");
    assert_eq!(s.show, Show::default());
    assert_eq!(n.len(), 1);
}

#[test]
fn b_parameters_start_from_a() {
    let (s, n) = parse("gdp=6&pop=1.2&b_gdp=4");
    assert_eq!(n, vec![]);
    let b = s.b.unwrap();
    assert_eq!((b.gdp, b.pop, b.defl), (4.0, 1.2, 2.4));
    assert!(
        to_query(&s).ends_with("&gdp=6&defl=2.4&pop_mode=rate&pop=1.2&re_mode=add&re=0&b_gdp=4"),
        "{}",
        to_query(&s)
    );
    // B equal to A still survives a round trip.
    let same = Scenario {
        b: Some(s.a),
        ..s.clone()
    };
    assert_eq!(parse(&to_query(&same)).0, same);
    // Changing B's mode starts B's value from that mode's default, not A's number.
    let (s, _) = parse("pop=1.5&b_pop_mode=add");
    assert_eq!(s.b.unwrap().pop, 0.0);
}

#[test]
fn hostile_values_are_quoted_as_text_and_shortened() {
    let (s, n) = parse("gdp=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    assert_eq!(s.a.gdp, 5.4);
    assert!(n.contains(&Notice::Malformed {
        key: "gdp".into(),
        raw: "<script>alert(1)</script>".into(),
        used: "5.4".into()
    }));
    assert!(n.contains(&Notice::Malformed {
        key: "lang".into(),
        raw: "\"><img src=x onerror=alert(1)>".into(),
        used: "auto".into()
    }));
    let long = "9".repeat(500);
    match &notices(&format!("theme={long}"))[0] {
        Notice::Malformed { raw, .. } => assert!(raw.chars().count() <= 33 && raw.ends_with('…')),
        other => panic!("{other:?}"),
    }
    // Control characters never reach the page.
    match &notices("theme=%00%1b[31m")[0] {
        Notice::Malformed { raw, .. } => assert!(!raw.chars().any(char::is_control)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn huge_queries_are_cut_and_notices_capped() {
    let q = (0..2000)
        .map(|i| format!("k{i}=v"))
        .collect::<Vec<_>>()
        .join("&");
    let n = notices(&q);
    assert_eq!(n.len(), MAX_NOTICES + 1);
    assert!(matches!(n[0], Notice::Truncated { .. }));
    assert!(matches!(n.last(), Some(Notice::More { .. })));
}

#[test]
fn browser_language() {
    assert_eq!(Lang::from_browser("zh-CN"), Lang::Zh);
    assert_eq!(Lang::from_browser("zh-Hant-TW"), Lang::Zh);
    assert_eq!(Lang::from_browser("ZH"), Lang::Zh);
    assert_eq!(Lang::from_browser("en-GB"), Lang::En);
    assert_eq!(Lang::from_browser("fr"), Lang::En);
    assert_eq!(Lang::from_browser(""), Lang::En);
}

fn value(r: Range) -> impl Strategy<Value = f64> {
    let (lo, hi) = ((r.min * 1000.0) as i64, (r.max * 1000.0) as i64);
    (lo..=hi).prop_map(|k| k as f64 / 1000.0)
}

fn mode() -> impl Strategy<Value = Mode> {
    prop_oneof![Just(Mode::Rate), Just(Mode::Add)]
}

fn settings() -> impl Strategy<Value = Settings> {
    (value(GDP_RANGE), value(DEFL_RANGE), mode(), mode())
        .prop_flat_map(|(gdp, defl, pm, rm)| {
            (
                Just(gdp),
                Just(defl),
                Just(pm),
                Just(rm),
                value(pop_range(pm)),
                value(re_range(rm)),
            )
        })
        .prop_map(|(gdp, defl, pop_mode, re_mode, pop, re)| Settings {
            gdp,
            defl,
            pop,
            pop_mode,
            re,
            re_mode,
        })
}

/// A drawn line: any of the years a line may be drawn for, each a value in the drawing's range.
fn drawn(i: Indicator) -> impl Strategy<Value = Drawn> {
    let r = drawing_range(i);
    proptest::collection::btree_map(DRAW_YEARS.0..=DRAW_YEARS.1, value(r), 0..=3).prop_map(Drawn)
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        (
            prop_oneof![Just(None), Just(Some(Lang::Zh)), Just(Some(Lang::En))],
            prop_oneof![Just(Theme::Auto), Just(Theme::Light), Just(Theme::Dark)],
            any::<(bool, bool, bool, bool)>(),
            (any::<(bool, bool, bool)>()).prop_filter("one shown", |(a, b, c)| *a || *b || *c),
        ),
        (
            FROM_YEARS.0..=FROM_YEARS.1,
            TO_YEARS.0..=TO_YEARS.1,
            settings(),
            proptest::option::of(settings()),
        ),
        (
            proptest::option::of(value(RE_BASE_RANGE)),
            any::<u32>(),
            value(DELIVERY_RANGE),
            prop_oneof![
                Just(Indicator::Gdp),
                Just(Indicator::Pop),
                Just(Indicator::Re)
            ],
        ),
        (
            drawn(Indicator::Gdp),
            drawn(Indicator::Pop),
            drawn(Indicator::Re),
        ),
    )
        .prop_map(
            |(
                (lang, theme, (embed, lock, band, predict), (gdp, pop, re)),
                (from, to, a, b),
                (re_base, seed, delivery, focus),
                (dg, dp, dr),
            )| Scenario {
                lang,
                theme,
                embed,
                lock,
                show: Show { gdp, pop, re },
                focus,
                from,
                to,
                a,
                b,
                re_base,
                band,
                seed,
                predict,
                drawn: [dg, dp, dr],
                delivery,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_of_serialize_is_identity(s in scenario()) {
        let q = to_query(&s);
        let (back, n) = parse(&q);
        prop_assert_eq!(n, vec![], "{}", q);
        prop_assert_eq!(&back, &s);
        // Whatever the defaults of the reader.
        prop_assert_eq!(jinan_model::scenario::parse(&q, &Defaults::V1).0, s.clone());
        // The bare form, where there is one, reads back the same under the same defaults.
        if let Some(bare) = to_query_bare(&s, &CURRENT) {
            prop_assert_eq!(parse(&bare).0, s);
        }
    }

    #[test]
    fn any_drawn_line_round_trips_through_the_link(g in drawn(Indicator::Gdp), p in drawn(Indicator::Pop)) {
        let s = Scenario {
            predict: true,
            drawn: [g.clone(), p, Drawn::default()],
            ..Scenario::with_defaults(&CURRENT)
        };
        let q = to_query(&s);
        let (back, n) = parse(&q);
        prop_assert_eq!(n, vec![], "{}", q);
        prop_assert_eq!(back.drawn, s.drawn);
        // Its form: the first year, then a value for each year on.
        if let Some((&first, _)) = g.0.first_key_value() {
            let code = g.code().unwrap();
            prop_assert!(code.starts_with(&format!("{first}_")), "{}", code);
            prop_assert!(!code.contains('%'), "written without escapes: {}", code);
        }
    }

    #[test]
    fn whatever_is_parsed_is_canonical(q in ".{0,200}") {
        let (s, _) = parse(&q);
        prop_assert_eq!(s.normalized(), s.clone());
        prop_assert_eq!(parse(&to_query(&s)).0, s);
    }
}

#[test]
fn a_hundred_thousand_random_and_mutated_queries_never_panic() {
    // Every key of the table, and some that are not keys.
    let keys: Vec<&str> = PARAMS
        .iter()
        .map(|p| p.key)
        .chain(["x", "", "%", "gdp%00", "utm_source", "initialWidth"])
        .collect();
    let values = [
        "",
        "0",
        "1",
        "-1",
        "5.4",
        "-100",
        "-100.0001",
        "1e308",
        "-1e308",
        "1e-320",
        "NaN",
        "inf",
        "abc",
        "%",
        "%ZZ",
        "%FF%FE",
        "%E6%B5%8E",
        "zh",
        "en",
        "dark",
        "rate",
        "add",
        "gdp,pop,re",
        ",,,",
        "2022",
        "2035",
        "99999999999999999999",
        "<script>alert(1)</script>",
        "+",
        "%2B5",
        "5.4.3",
        "٣",
        "１２",
        "\u{202e}",
        "&",
        "=",
    ];
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut seen_notices = 0usize;
    for i in 0..100_000 {
        let q = match i % 3 {
            // Well-formed pairs with hostile values.
            0 => (0..rng.below(8))
                .map(|_| format!("{}={}", rng.pick(&keys), rng.pick(&values)))
                .collect::<Vec<_>>()
                .join("&"),
            // Random bytes, as a lossy string.
            1 => {
                let bytes: Vec<u8> = (0..rng.below(64)).map(|_| rng.next() as u8).collect();
                String::from_utf8_lossy(&bytes).into_owned()
            }
            // A valid query with characters flipped, cut or duplicated.
            _ => {
                let mut s: Vec<char> = "lang=zh&gdp=6.5&defl=2&pop=10&pop_mode=add&re_base=200&re=40&band=1&b_gdp=4&to=2030"
                    .chars()
                    .collect();
                for _ in 0..1 + rng.below(6) {
                    let at = rng.below(s.len().max(1));
                    match rng.below(3) {
                        0 => s[at] = char::from_u32(rng.next() as u32 % 0x3000).unwrap_or('?'),
                        1 if s.len() > 1 => {
                            s.remove(at);
                        }
                        _ => {
                            let c = s[at];
                            s.insert(at, c);
                        }
                    }
                }
                s.into_iter().collect()
            }
        };
        let (s, n) = parse(&q);
        assert_eq!(s.normalized(), s, "{q:?}");
        assert!(n.len() <= MAX_NOTICES + 1);
        seen_notices += n.len();
    }
    // The generator really exercised the correction paths.
    assert!(seen_notices > 50_000, "{seen_notices}");
}

#[test]
fn the_readme_s_table_is_the_codec_s_table() {
    let readme = include_str!("../../../README.md");
    let table = params_markdown(&jinan_model::defaults::current(common::dataset()));
    assert!(
        readme.contains(&table),
        "README.md's parameter table differs from the codec's; it should read:\n{table}"
    );
}

#[test]
fn each_documented_default_is_what_an_absent_key_gives() {
    let (bare, _) = parse("");
    // Every parameter has its words, in the table's order.
    let keys: Vec<_> = PARAMS.iter().map(|p| p.key).collect();
    let docs: Vec<_> = jinan_model::scenario::params::DOCS
        .iter()
        .map(|d| d.key)
        .collect();
    assert_eq!(keys, docs);
    for p in PARAMS.iter().filter(|p| p.role == Role::Display) {
        // A default written as one value in backquotes, e.g. "`5.4`" or "`rate`".
        let d = jinan_model::scenario::params::doc(p.key).unwrap().default;
        let Some(v) = d.strip_prefix('`').and_then(|r| r.split('`').next()) else {
            continue;
        };
        if p.is_b() {
            continue;
        }
        let (s, n) = parse(&format!("{}={v}", p.key));
        assert_eq!(n, vec![], "{}={v}", p.key);
        assert_eq!(
            s, bare,
            "{}: the documented default {d} is not what an absent key gives",
            p.key
        );
    }
}

#[test]
fn the_embed_frame_starts_at_the_widget_budget() {
    use jinan_model::export::embed_height;
    let (one, _) = parse("show=gdp");
    let (all, _) = parse("");
    assert_eq!(embed_height(&one), 620);
    assert_eq!(embed_height(&all), 680);
}

#[test]
fn a_change_from_the_sections_is_applied_to_what_the_first_view_shows_now() {
    use jinan_model::scenario::merge::merge;
    // The sections heard focus=pop and gdp=5; since then the first view moved on (gdp front,
    // gdp=6). A preset there sets gdp=7 and from=2024: only those reach the first view.
    let base = "v=2&focus=pop&from=2022&gdp=5&defl=0.8";
    let current = "v=2&focus=gdp&from=2022&gdp=6&defl=0.8";
    let changed = "v=2&focus=pop&from=2024&gdp=7&defl=0.8";
    assert_eq!(
        merge(current, base, changed),
        "v=2&focus=gdp&from=2024&gdp=7&defl=0.8"
    );
    // A parameter the change removes is removed; one it adds is added.
    assert_eq!(
        merge("v=2&b_gdp=4&band=1", "v=2&b_gdp=4", "v=2&seed=3"),
        "v=2&band=1&seed=3"
    );
    // No change, no difference.
    assert_eq!(merge(current, base, base), current);
    // Applied to the scenario, through the codec: the first view's focus stays.
    let (s, _) = parse(&merge(current, base, changed));
    assert_eq!((s.focus, s.from, s.a.gdp), (Indicator::Gdp, 2024, 7.0));
}

#[test]
fn a_drawn_line_in_a_link() {
    let (s, n) = parse("predict=1&guess_gdp=2023_12600__14000");
    assert_eq!(n, vec![]);
    assert_eq!(
        s.drawn(Indicator::Gdp)
            .0
            .iter()
            .map(|(y, v)| (*y, *v))
            .collect::<Vec<_>>(),
        vec![(2023, 12600.0), (2025, 14000.0)]
    );
    assert!(to_query(&s).contains("guess_gdp=2023_12600__14000"));
    // Held in the drawing's range, with a notice; unreadable, left out with one.
    let (s, n) = parse("guess_pop=2024_2000");
    assert_eq!(s.drawn(Indicator::Pop).0.get(&2024), Some(&1100.0));
    assert!(matches!(&n[..], [Notice::Clamped { key, .. }] if key == "guess_pop"));
    for bad in [
        "x",
        "2023",
        "2023_",
        "2019_900",
        "2023_1_2_3_4",
        "2023_abc",
        "2023_inf",
    ] {
        let (s, n) = parse(&format!("guess_re={bad}"));
        assert!(s.drawn(Indicator::Re).is_empty(), "{bad}");
        assert!(
            matches!(&n[..], [Notice::Malformed { key, .. }] if key == "guess_re"),
            "{bad}: {n:?}"
        );
    }
    // A link without one draws nothing: every earlier link keeps its meaning.
    assert!(parse("v=2&gdp=5").0.drawn.iter().all(Drawn::is_empty));
}
