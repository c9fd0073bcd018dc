//! Number formatting in both languages: a table of cases, including unit boundaries and
//! negative gaps.

use jinan_model::format::*;
use jinan_model::scenario::Lang::{En, Zh};

#[test]
fn quantities() {
    let cases = [
        (Zh, Unit::Yi, 15000.0, "1.5万亿元"),
        (En, Unit::Yi, 15000.0, "1.5 trillion yuan"),
        (Zh, Unit::Yi, 12027.5, "1.2万亿元"),
        (En, Unit::Yi, 12027.5, "1.2 trillion yuan"),
        (Zh, Unit::Yi, 13527.6, "1.35万亿元"),
        (Zh, Unit::Yi, 9443.37, "9443.4亿元"),
        (En, Unit::Yi, 9443.37, "944.3 billion yuan"),
        (Zh, Unit::Yi, 694.37, "694.4亿元"),
        (En, Unit::Yi, 694.37, "69.4 billion yuan"),
        (En, Unit::Yi, 0.5, "50 million yuan"),
        // Rounding up across a unit boundary shows the larger unit.
        (Zh, Unit::Yi, 9999.96, "1万亿元"),
        (En, Unit::Yi, 9999.9, "1 trillion yuan"),
        (En, Unit::Yi, 9.9999, "1 billion yuan"),
        (Zh, Unit::WanRen, 1000.0, "1000万人"),
        (En, Unit::WanRen, 1000.0, "10 million people"),
        (Zh, Unit::WanRen, 951.5, "951.5万人"),
        (En, Unit::WanRen, 951.5, "9.52 million people"),
        (En, Unit::WanRen, 48.5, "485,000 people"),
        (En, Unit::WanRen, 99.999, "1 million people"),
        (Zh, Unit::WanRen, 12000.0, "1.2亿人"),
        (Zh, Unit::WanKw, 430.0, "430万千瓦"),
        (En, Unit::WanKw, 430.0, "4.3 GW"),
        (En, Unit::WanKw, 26.76, "268 MW"),
        (En, Unit::WanKw, 99.96, "1 GW"),
        (Zh, Unit::WanKw, 11500.0, "1.15亿千瓦"),
        (Zh, Unit::WanKw, 0.0, "0万千瓦"),
    ];
    for (lang, unit, v, want) in cases {
        assert_eq!(quantity(lang, unit, v), want, "{lang:?} {unit:?} {v}");
    }
}

#[test]
fn negative_and_signed_values() {
    assert_eq!(quantity(Zh, Unit::Yi, -694.4), "−694.4亿元");
    assert_eq!(signed(Zh, Unit::Yi, -694.4), "−694.4亿元");
    assert_eq!(signed(En, Unit::Yi, -694.4), "−69.4 billion yuan");
    assert_eq!(signed(Zh, Unit::Yi, 121.0), "+121亿元");
    assert_eq!(signed(En, Unit::WanRen, -48.5), "−485,000 people");
    assert_eq!(signed(En, Unit::WanKw, -430.0), "−4.3 GW");
    assert_eq!(signed(Zh, Unit::Yi, -20000.0), "−2万亿元");
    // A value that rounds to zero has no sign.
    assert_eq!(signed(Zh, Unit::Yi, -0.01), "0亿元");
    assert_eq!(quantity(En, Unit::WanRen, -0.001), "0 people");
    assert_eq!(quantity(Zh, Unit::Yi, f64::NAN), "—");
}

#[test]
fn rates_and_percentages() {
    assert_eq!(percent(7.636), "7.6%");
    assert_eq!(percent(-4.64), "−4.6%");
    assert_eq!(percent(-0.04), "0.0%");
    assert_eq!(percent(5.0), "5.0%");
    assert_eq!(signed_percent(2.0), "+2.0%");
    assert_eq!(signed_percent(-2.0), "−2.0%");
    assert_eq!(signed_percent(0.01), "0.0%");
    assert_eq!(rate(En, 7.636), "7.6% a year");
    assert_eq!(rate(Zh, 7.636), "每年7.6%");
    assert_eq!(addition(Zh, Unit::WanRen, 19.5), "每年增加19.5万人");
    assert_eq!(addition(Zh, Unit::WanRen, -3.0), "每年减少3万人");
    assert_eq!(addition(En, Unit::WanRen, 19.5), "+195,000 people a year");
    assert_eq!(addition(En, Unit::WanKw, 60.0), "+600 MW a year");
    assert_eq!(addition(Zh, Unit::WanKw, 0.0), "每年不变（0万千瓦）");
}

#[test]
fn helpers() {
    assert_eq!(group(0), "0");
    assert_eq!(group(999), "999");
    assert_eq!(group(1000), "1,000");
    assert_eq!(group(1234567), "1,234,567");
    assert_eq!(trim(1.50, 2), "1.5");
    assert_eq!(trim(430.0, 1), "430");
    assert_eq!(trim(-0.0001, 2), "0");
    assert_eq!(axis_unit(En, Unit::WanKw), ("GW", 1e-2));
    assert_eq!(axis_unit(Zh, Unit::Yi), ("万亿元", 1e-4));
}
