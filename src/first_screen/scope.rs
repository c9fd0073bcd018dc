//! Ids made unique in the page. The first screen holds four renders of the same components (the
//! page and the widget, in two languages), each with every indicator's panel, so the same id
//! would appear many times. Each render's ids, and each panel's within it, get a prefix of their
//! own (`fs3-gdp-range`), and every reference to an id (a label's `for`, `aria-*`, a fragment
//! link) follows its target; so does a radio group's `name`. The live view has the plain ids
//! (`platform::first_screen::live_id` strips the prefix).

use lol_html::html_content::Element;
use lol_html::{element, end_tag, rewrite_str, RewriteStrSettings};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// The attributes that name other elements by id.
const REFERENCES: [&str; 6] = [
    "for",
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
    "list",
    "headers",
];

/// An element that starts a scope of its own: an indicator's panel.
fn is_scope(el: &Element) -> bool {
    el.get_attribute("data-testid")
        .is_some_and(|t| t.starts_with("panel-"))
}

#[derive(Default)]
struct Scopes {
    /// Each scope's parent (the render's own scope has none).
    parent: Vec<Option<usize>>,
    /// The open scopes, innermost last.
    stack: Vec<usize>,
    /// Where each id is defined.
    defined: BTreeMap<(usize, String), ()>,
}

impl Scopes {
    fn new() -> Scopes {
        Scopes {
            parent: vec![None],
            stack: vec![0],
            ..Scopes::default()
        }
    }
    fn current(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }
    fn open(&mut self) -> usize {
        let s = self.parent.len();
        self.parent.push(Some(self.current()));
        self.stack.push(s);
        s
    }
    /// The scope that defines `id`, seen from the current one: its own or an enclosing one's,
    /// else the first panel's that does (a tab names the panel it controls, and in the first
    /// screen every indicator's panel has one).
    fn resolve(&self, id: &str) -> Option<usize> {
        let mut at = Some(self.current());
        while let Some(s) = at {
            if self.defined.contains_key(&(s, id.to_string())) {
                return Some(s);
            }
            at = self.parent.get(s).copied().flatten();
        }
        self.defined.keys().find(|(_, d)| d == id).map(|(s, _)| *s)
    }
}

/// Walks `html` once, calling `visit` on every element with the scopes as they stand there.
fn walk(
    html: &str,
    scopes: &Rc<RefCell<Scopes>>,
    visit: impl Fn(&mut Element, &mut Scopes) + 'static,
) -> Result<String, String> {
    let s = scopes.clone();
    rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!("*", move |el| {
            if is_scope(el) {
                s.borrow_mut().open();
                let closing = s.clone();
                el.on_end_tag(end_tag!(move |_| {
                    closing.borrow_mut().stack.pop();
                    Ok(())
                }))?;
            }
            visit(el, &mut s.borrow_mut());
            Ok(())
        })),
    )
    .map_err(|e| e.to_string())
}

/// `html` (one render) with every id, reference and radio group prefixed by scope; scopes are
/// numbered from `first`. A render out of sight (`hidden`) has its `<main>` hidden too: a page
/// has one visible main, whichever render it shows. Returns the HTML and the next free number.
pub fn scope_ids(html: &str, first: usize, hidden: bool) -> Result<(String, usize), String> {
    // First the ids each scope defines, then the rewrite, which needs them all (a label may come
    // before the input it names).
    let found = Rc::new(RefCell::new(Scopes::new()));
    walk(html, &found, |el, scopes| {
        if let Some(id) = el.get_attribute("id") {
            let at = scopes.current();
            scopes.defined.insert((at, id), ());
        }
    })?;
    let defined = std::mem::take(&mut found.borrow_mut().defined);
    let count = found.borrow().parent.len();
    let rewriting = Rc::new(RefCell::new(Scopes {
        defined,
        ..Scopes::new()
    }));
    let prefix = move |scope: usize| format!("fs{}-", first + scope);
    let out = walk(html, &rewriting, move |el, scopes| {
        let here = scopes.current();
        if hidden && el.tag_name() == "main" {
            let _ = el.set_attribute("hidden", "");
        }
        if let Some(id) = el.get_attribute("id") {
            let _ = el.set_attribute("id", &format!("{}{id}", prefix(here)));
        }
        for name in REFERENCES {
            if let Some(refs) = el.get_attribute(name) {
                let scoped: Vec<String> = refs
                    .split_whitespace()
                    .map(|r| match scopes.resolve(r) {
                        Some(s) => format!("{}{r}", prefix(s)),
                        None => r.to_string(),
                    })
                    .collect();
                let _ = el.set_attribute(name, &scoped.join(" "));
            }
        }
        if let Some(target) = el
            .get_attribute("href")
            .and_then(|h| h.strip_prefix('#').map(String::from))
        {
            if let Some(s) = scopes.resolve(&target) {
                let _ = el.set_attribute("href", &format!("#{}{target}", prefix(s)));
            }
        }
        if el.get_attribute("type").as_deref() == Some("radio") {
            if let Some(name) = el.get_attribute("name") {
                let _ = el.set_attribute("name", &format!("{}{name}", prefix(here)));
            }
        }
    })?;
    Ok((out, first + count))
}
