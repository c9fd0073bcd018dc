//! The build's last step, after `trunk build` (Trunk runs it as its `post_build` hook, on the
//! staging folder, so `trunk serve` gives the same page as `make dist`; run by hand on a built
//! `dist/` it finds its work done and does only what changed, as a host that sets `OG_BASE_URL`
//! may): puts the first screen, rendered here by the app's own components, and the styles into
//! the page; lets the loader fetch the first view's files once the first screen is painted;
//! names the sections' wasm by its content; writes `_headers` with the production
//! Content-Security-Policy (each inline script and style allowed by its SHA-256, nothing else
//! inline) and `sw.js` from `static/sw.js`.
//!
//! Usage: `cargo run --example postbuild [dir]` (default: `$TRUNK_STAGING_DIR`, else `dist`).

use base64::Engine as _;
use regex::Regex;
use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};

type Result<T> = std::result::Result<T, String>;

fn read(p: &Path) -> Result<String> {
    fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

fn write(p: &Path, s: &str) -> Result<()> {
    fs::write(p, s).map_err(|e| format!("{}: {e}", p.display()))
}

fn re(s: &str) -> Regex {
    Regex::new(s).expect("ok: a pattern written here")
}

fn sha256_base64(s: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The first screen, built by the app's components: the variant script and the styles into the
/// head, the screen into `#app`. Done once: the markers go.
fn first_screen(html: String) -> Result<String> {
    let script_mark = re(r"<!-- first-screen:script[\s\S]*?-->");
    let body_mark = "<!-- first-screen:body -->";
    if !script_mark.is_match(&html) || !html.contains(body_mark) {
        return if html.contains("data-variant=") {
            Ok(html)
        } else {
            Err("index.html has no first-screen markers".into())
        };
    }
    let fs = jinan_pathways::first_screen::render()?;
    let head = format!(
        "<script>{}</script>\n  <style>{}</style>",
        fs.script, fs.style
    );
    let html = script_mark
        .replace(&html, regex::NoExpand(&head))
        .into_owned();
    Ok(html.replacen(body_mark, &fs.body, 1))
}

/// The first paint needs the page and its styles only: the styles go into the page (one request
/// fewer before anything is seen; the CSP allows each `<style>` by its hash).
fn inline_styles(mut html: String, dir: &Path) -> Result<String> {
    let link = re(r#"<link rel="stylesheet" href="\./([^"]+\.css)"[^>]*/?>"#);
    let found: Vec<(String, String)> = link
        .captures_iter(&html)
        .map(|c| (c[0].to_string(), c[1].to_string()))
        .collect();
    for (tag, file) in found {
        let css = read(&dir.join(file))?;
        html = html.replacen(&tag, &format!("<style>{}</style>", css.trim()), 1);
    }
    Ok(html)
}

/// The first paint needs the page alone; the first view's files are asked for as early as that
/// allows. The loader (which runs once the page is parsed) imports the bindings and fetches the
/// wasm once the browser reports the first screen painted, so that nothing but the page is
/// fetched before the first paint; except where the page itself was slow to come (time to its
/// first byte of 300 ms or more, a phone's network): there the head's script has asked for the
/// wasm at once (`window.__fs.wasm`, at low priority), since its answer cannot arrive before the
/// page's bytes have. The head's script finds the files in `meta[name=jinan-wasm]`. Trunk's
/// static import of the loader, and its preloads, would be fetched beside the page: they go.
fn loader(html: String) -> Result<String> {
    if html.contains("const wasmFile = ") {
        return Ok(html);
    }
    let import = re(r"import init, \* as bindings from '(\./[^']+\.js)';\n");
    let init = re(r"const wasm = await init\(\{ module_or_path: '(\./[^']+_bg\.wasm)' \}\);");
    let (Some(js), Some(wasm)) = (
        import.captures(&html).map(|c| c[1].to_string()),
        init.captures(&html).map(|c| c[1].to_string()),
    ) else {
        return Err("Trunk's loader has changed: no `import init, * as bindings from` and `const wasm = await init({ module_or_path: … })`".into());
    };
    let html = import.replace(&html, "").into_owned();
    let html = re(r#"<link rel="preload" href="[^"]+_bg\.wasm"[^>]*>"#)
        .replace(&html, "")
        .into_owned();
    let html = re(r#"<link rel="modulepreload" [^>]*>"#)
        .replace_all(&html, "")
        .into_owned();
    // The first paint, as the browser reports it (the first screen shows whole, so it is the
    // largest paint too); at most 250 ms, where the browser does not report paints.
    let painted = "await new Promise((r) => { if (!(PerformanceObserver.supportedEntryTypes || []).includes('paint')) return setTimeout(r, 250); const o = new PerformanceObserver((l) => { if (l.getEntriesByName('first-contentful-paint').length) { o.disconnect(); r(); } }); o.observe({ type: 'paint', buffered: true }); setTimeout(() => { o.disconnect(); r(); }, 250); });";
    let call = format!(
        "const early = window.__fs && window.__fs.wasm;\nif (!early) {painted}\nconst wasmFile = early || fetch('{wasm}');\nconst bindings = await import('{js}');\nconst init = bindings.default;\nconst wasm = await init({{ module_or_path: wasmFile }});"
    );
    let html = init.replace(&html, regex::NoExpand(&call)).into_owned();
    Ok(html.replacen(
        "<meta charset=\"utf-8\">",
        &format!("<meta charset=\"utf-8\">\n  <meta name=\"jinan-wasm\" content=\"{js} {wasm}\">"),
        1,
    ))
}

/// The sections' wasm is built by Trunk as a worker-type asset, under its plain name (Trunk does
/// not load it): its files get content-hashed names, like the first view's, and the first view
/// is told where they are.
fn name_sections(html: String, dir: &Path) -> Result<String> {
    let files = ["jinan-more.js", "jinan-more_bg.wasm"];
    if files.iter().all(|f| dir.join(f).exists()) {
        let mut h = Sha256::new();
        for f in files {
            h.update(fs::read(dir.join(f)).map_err(|e| format!("{f}: {e}"))?);
        }
        let tag = &hex(&h.finalize())[..16];
        let named = [
            format!("jinan-more-{tag}.js"),
            format!("jinan-more-{tag}_bg.wasm"),
        ];
        for (from, to) in files.iter().zip(&named) {
            fs::rename(dir.join(from), dir.join(to)).map_err(|e| format!("{from}: {e}"))?;
        }
        let html = re(r#"<meta name="jinan-more"[^>]*>\n?"#)
            .replace(&html, "")
            .into_owned();
        Ok(html.replacen(
            "</head>",
            &format!(
                "  <meta name=\"jinan-more\" content=\"./{} ./{}\">\n</head>",
                named[0], named[1]
            ),
            1,
        ))
    } else if html.contains("name=\"jinan-more\"") {
        Ok(html)
    } else {
        Err(
            "the sections' wasm (jinan-more.js, jinan-more_bg.wasm) is missing: has Trunk changed?"
                .into(),
        )
    }
}

/// Link previews want og:image as an absolute address: where the site's address is known at
/// build time (`OG_BASE_URL`, ending in /), give it.
fn og_base(html: String) -> String {
    let Ok(base) = std::env::var("OG_BASE_URL") else {
        return html;
    };
    let folder = &base[..base.rfind('/').map_or(base.len(), |i| i + 1)];
    let image = format!("{folder}og-image.png");
    let html = re(r#"(<meta property="og:image" content=")[^"]*""#)
        .replace(&html, |c: &regex::Captures| format!("{}{image}\"", &c[1]))
        .into_owned();
    re(r#"(<meta property="og:url" content=")[^"]*""#)
        .replace(&html, |c: &regex::Captures| format!("{}{base}\"", &c[1]))
        .into_owned()
}

/// The built files (content-hashed names), and the snippets wasm-bindgen writes (small JS
/// modules the first view imports; their names carry no content hash), as paths from `dir`.
fn built_files(dir: &Path) -> Result<(Vec<String>, Vec<String>)> {
    let hashed = re(r"-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$");
    let mut built = Vec::new();
    for e in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let name = e
            .map_err(|e| e.to_string())?
            .file_name()
            .to_string_lossy()
            .into_owned();
        let app_file = [".js", ".wasm", ".css"].iter().any(|x| name.ends_with(x));
        if app_file && name != "embed.js" && name != "sw.js" {
            if !hashed.is_match(&name) {
                return Err(format!("{name} has no content hash: has Trunk changed?"));
            }
            built.push(name);
        }
    }
    built.sort();
    let mut snippets = Vec::new();
    fn walk(dir: &Path, rel: &str, out: &mut Vec<String>) {
        let Ok(entries) = fs::read_dir(dir.join(rel)) else {
            return;
        };
        for e in entries.flatten() {
            let p = format!("{rel}/{}", e.file_name().to_string_lossy());
            if e.path().is_dir() {
                walk(dir, &p, out);
            } else if p.ends_with(".js") {
                out.push(p);
            }
        }
    }
    walk(dir, "snippets", &mut snippets);
    snippets.sort();
    Ok((built, snippets))
}

fn run(dir: &Path) -> Result<()> {
    let index = dir.join("index.html");
    let html = read(&index)?;
    let html = first_screen(html)?;
    let html = inline_styles(html, dir)?;
    let html = loader(html)?;
    let html = name_sections(html, dir)?;
    let html = og_base(html);
    write(&index, &html)?;

    let styles: Vec<String> = re(r"<style>([\s\S]*?)</style>")
        .captures_iter(&html)
        .map(|c| format!("'sha256-{}'", sha256_base64(&c[1])))
        .collect();
    if styles.is_empty() {
        return Err("index.html has no styles: has Trunk changed?".into());
    }
    let scripts: Vec<String> = re(r"<script([^>]*)>([\s\S]*?)</script>")
        .captures_iter(&html)
        .filter(|c| !re(r"\bsrc=").is_match(&c[1]))
        .map(|c| format!("'sha256-{}'", sha256_base64(&c[2])))
        .collect();
    if scripts.is_empty() {
        return Err("no inline loader found in index.html: has Trunk changed?".into());
    }
    let csp = [
        "default-src 'self'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval' {}", scripts.join(" ")),
        format!("style-src 'self' {}", styles.join(" ")),
        "img-src 'self' data: blob:".into(),
        "font-src 'self'".into(),
        "connect-src 'self'".into(),
        "object-src 'none'".into(),
        "base-uri 'none'".into(),
        "form-action 'none'".into(),
        "frame-ancestors *".into(),
    ]
    .join("; ");
    let (built, snippets) = built_files(dir)?;
    // A built file's name changes with its content, so browsers may keep it for a year without
    // asking again; the page, the worker and the host script keep the host's default
    // revalidation. (Paths are from the site's root: under a sub-path, only `/*` applies.)
    let immutable: String = built
        .iter()
        .map(|f| format!("/{f}\n  Cache-Control: public, max-age=31536000, immutable\n"))
        .collect();
    let headers = format!(
        "# Written by examples/postbuild.rs at build time. The nginx equivalent is in README.md.\n/*\n  Content-Security-Policy: {csp}\n  Referrer-Policy: no-referrer\n  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()\n  X-Content-Type-Options: nosniff\n{immutable}"
    );
    write(&dir.join("_headers"), &headers)?;
    println!(
        "{}/_headers written ({} inline script hash, {} immutable files)",
        dir.display(),
        scripts.len(),
        built.len()
    );

    // The worker's cache is named by a hash of the files it keeps, so a new build installs a new
    // cache and the old one is deleted.
    let mut version = Sha256::new();
    let kept: Vec<&String> = built.iter().chain(&snippets).collect();
    for f in std::iter::once(&"index.html".to_string()).chain(kept.iter().copied()) {
        version.update(f.as_bytes());
        version.update(fs::read(dir.join(f)).map_err(|e| format!("{f}: {e}"))?);
    }
    let cache = format!("jinan-pathways-{}", &hex(&version.finalize())[..16]);
    let files: Vec<&str> = std::iter::once("./")
        .chain(kept.iter().map(|f| f.as_str()))
        .collect();
    let template = read(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/static/sw.js"
    )))?;
    let cache_line = re(r"(?m)^const CACHE = .*$");
    let files_line = re(r"(?m)^const FILES = .*$");
    if !cache_line.is_match(&template) || !files_line.is_match(&template) {
        return Err("static/sw.js has no `const CACHE = ` and `const FILES = ` lines".into());
    }
    let files_json = serde_json::to_string(&files).map_err(|e| e.to_string())?;
    let sw = cache_line.replace(
        &template,
        regex::NoExpand(&format!("const CACHE = {cache:?};")),
    );
    let sw = files_line.replace(
        &sw,
        regex::NoExpand(&format!("const FILES = {files_json};")),
    );
    write(&dir.join("sw.js"), &sw)?;
    println!(
        "{}/sw.js written (cache {cache}, {} files)",
        dir.display(),
        files.len()
    );
    Ok(())
}

fn main() {
    let dir: PathBuf = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| "dist".into())
        .into();
    if let Err(e) = run(&dir) {
        eprintln!("postbuild: {e}");
        std::process::exit(1);
    }
}
