//! Prints the share card's SVG (the default view as a social card): `make og-image` renders it
//! to `static/og-image.png`.

fn main() {
    match jinan_pathways::chart::poster::share_card_svg() {
        Ok(svg) => print!("{svg}"),
        Err(e) => {
            eprintln!("the share card could not be drawn: {e}");
            std::process::exit(1);
        }
    }
}
