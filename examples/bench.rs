//! Native benchmark: parsing the embedded dataset, and one full recompute (three indicators to
//! 2035 with their bands). Medians of many runs; run by `make bench` in release mode.

use jinan_model::dataset::parse;
use jinan_model::defaults::current;
use jinan_model::results::compute;
use jinan_model::scenario::parse as parse_query;
use jinan_pathways::data::{dataset, DATASET_JSON};
use std::hint::black_box;
use std::time::Instant;

/// Median and 95th percentile, in microseconds, of `runs` timings of `batch` calls each.
fn time(runs: usize, batch: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..batch {
                f();
            }
            start.elapsed().as_secs_f64() * 1e6 / batch as f64
        })
        .collect();
    t.sort_by(f64::total_cmp);
    (t[runs / 2], t[runs * 95 / 100])
}

fn main() {
    // The page reads the dataset as a compiled-in static: nothing is parsed at start-up. For
    // comparison, what parsing the same data from JSON would cost.
    let (p50, p95) = time(200, 1, || {
        black_box(parse(black_box(DATASET_JSON)).ok());
    });
    println!(
        "dataset: a compiled-in static, 0 µs to load; parsing the same {} bytes of JSON instead: median {p50:.1} µs, p95 {p95:.1} µs (native)",
        DATASET_JSON.len()
    );

    let data = dataset();
    let defaults = current(data);
    let (s, _) = parse_query("to=2035&band=1&re_base=200&re=40&b_gdp=4", &current(data));
    let (p50, p95) = time(500, 100, || {
        black_box(compute(data, black_box(&s), &s.a));
    });
    println!(
        "full recompute (3 indicators to 2035, bands on): median {p50:.2} µs, p95 {p95:.2} µs"
    );
    let (p50c, _) = time(500, 1000, || {
        black_box(parse_query(
            black_box(
                "lang=en&gdp=6.2&defl=1.5&pop=12&pop_mode=add&re_base=250&re=40&band=1&to=2030",
            ),
            &defaults,
        ));
    });
    println!("URL parse of a full scenario: median {p50c:.2} µs");
}
