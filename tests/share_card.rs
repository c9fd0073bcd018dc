//! The link preview's image (`og:image`, `static/og-image.png`) is the current default view:
//! `make og-image` renders it from `share_card_svg` and writes that SVG's hash into the PNG;
//! here the hash is compared with the SVG the code draws now.

use jinan_pathways::chart::poster::share_card_svg;
use sha2::{Digest, Sha256};

const PNG: &[u8] = include_bytes!("../static/og-image.png");

/// The PNG's chunks: (type, data).
fn chunks(png: &[u8]) -> Vec<(String, &[u8])> {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let mut out = Vec::new();
    let mut at = 8;
    while at + 8 <= png.len() {
        let len = u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]) as usize;
        let kind = String::from_utf8_lossy(&png[at + 4..at + 8]).to_string();
        out.push((kind, &png[at + 8..at + 8 + len]));
        at += 12 + len;
    }
    out
}

#[test]
fn the_share_card_is_current() {
    let cs = chunks(PNG);
    let ihdr = cs.iter().find(|c| c.0 == "IHDR").expect("a header").1;
    let size = (
        u32::from_be_bytes([ihdr[0], ihdr[1], ihdr[2], ihdr[3]]),
        u32::from_be_bytes([ihdr[4], ihdr[5], ihdr[6], ihdr[7]]),
    );
    assert_eq!(size, (1200, 675), "a social card");
    let stamped = cs
        .iter()
        .filter(|c| c.0 == "tEXt")
        .find_map(|c| {
            c.1.strip_prefix(b"jinan-share-card-sha256\0")
                .map(|v| String::from_utf8_lossy(v).to_string())
        })
        .expect("the PNG names the card it was drawn from");
    let svg = share_card_svg().expect("the card draws");
    let now = format!("{:x}", Sha256::digest(svg.as_bytes()));
    assert_eq!(
        stamped, now,
        "static/og-image.png is not of the current default view: run `make og-image` and commit it"
    );
}
