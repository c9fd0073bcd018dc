//! Prints the first screen built at build time, as JSON (`script` for the head, `body` for
//! `#app`): `make dist` writes it into dist/index.html (tools/postbuild.mjs), and a browser test
//! checks that dist/ holds what this prints.

fn main() {
    match jinan_pathways::prerender::first_screen() {
        Ok(fs) => println!(
            "{}",
            serde_json::json!({ "script": fs.script, "body": fs.body })
        ),
        Err(e) => {
            eprintln!("first_screen: {e}");
            std::process::exit(1);
        }
    }
}
