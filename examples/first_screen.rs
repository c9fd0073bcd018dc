//! Prints the first screen rendered at build time, as JSON (`script` for the head, `style`, and
//! `body` for `#app`), as the build's last step (`examples/postbuild.rs`) writes it into
//! dist/index.html; a test checks that dist/ holds what this prints.

fn main() {
    match jinan_pathways::first_screen::render() {
        Ok(fs) => println!(
            "{}",
            serde_json::json!({ "script": fs.script, "style": fs.style, "body": fs.body })
        ),
        Err(e) => {
            eprintln!("first_screen: {e}");
            std::process::exit(1);
        }
    }
}
