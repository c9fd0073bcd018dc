//! The first screen rendered at build time: the components' own render (every variant, ids
//! unique), and its script's reading of a link, which must agree with the codec's: the script
//! (run in Node, as the page's head runs it) and `first_screen::variant` read the same links,
//! the links releases wrote, today's link, and many made-up ones.

use jinan_model::scenario::{to_query, Indicator, Scenario};
use jinan_pathways::first_screen::{render, script, variant, Variant};
use jinan_pathways::ui::state::current_defaults;
use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};

/// A small seeded generator: the same links on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
}

/// Today's link in the form the app writes it, and made-up links around it: every key with good,
/// bad, spaced, repeated and unknown values, host parameters, and very long ones.
fn links() -> (Vec<String>, Vec<String>) {
    let today = to_query(&Scenario::with_defaults(current_defaults()));
    let mut written = vec![String::new(), today.clone(), "v=2".into()];
    for extra in [
        "lang=en",
        "lang=zh&theme=dark",
        "embed=1&show=pop",
        "embed=1&show=gdp,re&focus=re",
        "embed=1&lock=1&show=pop",
        "predict=1",
        "embed=1&predict=1&guess_gdp=2023_12600__14000",
        "lock=1&lang=en",
        "focus=pop&theme=light",
        "show=re&focus=gdp",
        "utm_source=news&fbclid=abc",
        "childId=x&initialWidth=600&parentTitle=t&parentUrl=u",
    ] {
        written.push(extra.to_string());
        written.push(format!("{today}&{extra}"));
    }
    let values: &[&str] = &[
        "",
        "1",
        "0",
        "2",
        "en",
        "zh",
        "EN",
        " en",
        "en ",
        "zh%20",
        "%EF%BB%BFen",
        "dark",
        "light",
        "auto",
        "gdp",
        "pop",
        "re",
        "gdp,pop",
        "gdp,,re",
        " pop , re",
        "gdp,xx",
        ",",
        "5.4",
        "5.40",
        "0.6",
        "2022",
        "2030",
        "rate",
        "add",
        "0.8",
        "abc",
        "%E4%B8%AD",
        "+en",
        "1e1",
        "-0",
        "2023_12600_13300",
        "2024__1000",
        "1%20",
        "%091",
    ];
    let keys: &[&str] = &[
        "v",
        "lang",
        "theme",
        "embed",
        "lock",
        "show",
        "focus",
        "from",
        "to",
        "gdp",
        "defl",
        "pop_mode",
        "pop",
        "re_mode",
        "re",
        "re_base",
        "band",
        "seed",
        "b_gdp",
        "predict",
        "guess_gdp",
        "guess_pop",
        "delivery",
        "utm_medium",
        "pk_x",
        "fbclid",
        "langx",
        "Lang",
        "",
        "foo",
    ];
    let mut rng = Rng(0x5eed_cafe_f00d_1234);
    let mut made = Vec::new();
    for _ in 0..3000 {
        let n = 1 + rng.next() % 6;
        let mut pairs: Vec<String> = (0..n)
            .map(|_| format!("{}={}", rng.pick(keys), rng.pick(values)))
            .collect();
        if rng.next().is_multiple_of(3) {
            pairs.insert(0, today.clone());
        }
        made.push(pairs.join("&"));
    }
    made.push(format!("lang=en&{}", "x".repeat(5000)));
    made.push(format!("{}&lang=en", "utm_a=1&".repeat(600)));
    if let Ok(text) = std::fs::read_to_string("tests/fixtures/links-v1.json") {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) {
            for l in v["links"].as_array().into_iter().flatten() {
                if let Some(link) = l["link"].as_str() {
                    written.push(link.to_string());
                }
            }
        }
    }
    (written, made)
}

/// The script's reading of each link, run in Node as the page runs it (with the browser's
/// language `browser`).
fn script_reads(links: &[String], browser: &str) -> Vec<serde_json::Value> {
    let harness = format!(
        "globalThis.window = {{ __fsRead: {{}} }};\n\
         globalThis.document = {{ documentElement: {{}} }};\n\
         {}\n\
         const links = JSON.parse(require('fs').readFileSync(0, 'utf8'));\n\
         const out = links.map((q) => {{ const v = window.__fsRead.read('?' + q, {browser:?}); \
           return {{ lang: v.lang, theme: v.theme, embed: v.embed, lock: v.lock, show: Object.keys(v.show).filter((k) => v.show[k]).sort(), front: v.front, predict: v.predict, complete: v.complete }}; }});\n\
         process.stdout.write(JSON.stringify(out));\n",
        script().expect("the script")
    );
    let dir = std::env::temp_dir().join(format!("jinan-fs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let file = dir.join(format!("read-{browser}.cjs"));
    std::fs::write(&file, harness).expect("write the harness");
    let mut node = Command::new("node")
        .arg(&file)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node (make test installs what it needs)");
    let input = serde_json::to_string(links).expect("links as JSON");
    node.stdin
        .take()
        .expect("node's stdin")
        .write_all(input.as_bytes())
        .expect("write the links");
    let out = node.wait_with_output().expect("node ran");
    assert!(out.status.success(), "the harness failed");
    serde_json::from_slice(&out.stdout).expect("the script's readings as JSON")
}

fn rust_reading(v: &Variant) -> serde_json::Value {
    let mut show: Vec<&str> = Indicator::ALL
        .into_iter()
        .filter(|&i| v.show.has(i))
        .map(Indicator::code)
        .collect();
    show.sort();
    serde_json::json!({
        "lang": v.lang.code(),
        "theme": v.theme.code(),
        "embed": v.embed,
        "lock": v.lock,
        "show": show,
        "front": v.front.code(),
        "predict": v.predict,
    })
}

#[test]
fn the_script_reads_a_link_as_the_codec_does() {
    let (written, made) = links();
    let all: Vec<String> = written.iter().chain(made.iter()).cloned().collect();
    for browser in ["zh-CN", "en-GB"] {
        let js = script_reads(&all, browser);
        assert_eq!(js.len(), all.len());
        let mut complete = 0;
        for (q, j) in all.iter().zip(&js) {
            let r = variant(q, browser);
            let mut jv = j.clone();
            let js_complete = jv["complete"].as_bool() == Some(true);
            if let Some(o) = jv.as_object_mut() {
                o.remove("complete");
            }
            assert_eq!(jv, rust_reading(&r), "the variant of {q:?}");
            // Never the whole first screen where the codec reads anything else.
            assert!(
                !js_complete || r.complete,
                "{q:?}: the script shows today's defaults, the codec reads otherwise"
            );
            complete += usize::from(js_complete);
        }
        // The links the app writes for today's defaults are whole.
        for (q, j) in written.iter().zip(&js) {
            let r = variant(q, browser);
            let ours = q.is_empty()
                || q.starts_with("v=2")
                || !q
                    .split('&')
                    .any(|p| p.starts_with("v=") || p.contains("gdp=") || p.contains("re_base"));
            if r.complete && ours {
                assert_eq!(
                    j["complete"], true,
                    "{q:?} is today's defaults as the app writes them"
                );
            }
        }
        assert!(
            complete > 20,
            "some made-up links are today's defaults too ({complete})"
        );
    }
}

#[test]
fn every_variant_is_rendered_with_ids_of_its_own() {
    let fs = render().expect("the first screen renders");
    for v in ["page-zh", "page-en", "widget-zh", "widget-en"] {
        assert!(fs.body.contains(&format!("data-variant=\"{v}\"")), "{v}");
    }
    // No id twice, and every label names an element that is there.
    let mut ids = BTreeSet::new();
    for part in fs.body.split(" id=\"").skip(1) {
        let id = part.split('"').next().unwrap_or_default();
        assert!(ids.insert(id.to_string()), "the id {id} appears twice");
    }
    for part in fs.body.split(" for=\"").skip(1) {
        let id = part.split('"').next().unwrap_or_default();
        assert!(ids.contains(id), "a label names {id}, which is not there");
    }
    // Each render is today's defaults, whole: the readouts' numbers and the charts' pictures.
    assert_eq!(
        fs.body
            .matches("data-testid=\"projected-2025-gdp\"")
            .count(),
        4
    );
    assert!(!fs
        .body
        .contains("data-testid=\"projected-2025-gdp\" data-value=\"\""));
    assert_eq!(fs.body.matches("<svg class=\"fs-chart").count(), 4 * 3 * 2);
    // The same data, the same bytes.
    assert_eq!(render().expect("again"), fs);
}
