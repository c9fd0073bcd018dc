//! The take-over: the live first view replaces the first screen that `index.html` carries
//! (the same components, rendered at build time) without a seam. It is built out of sight, a
//! stage a task, starting from what the reader chose before it arrived (a language, a tab, the
//! theme, then every slider moved, number typed or setting changed, replayed on the live
//! controls in order); then, in one task, it goes where the first screen stood and the first
//! screen goes. The first screen's charts move into the live view where they show exactly what
//! the live view would draw, so nothing is redrawn for nothing.

use super::app::App;
use super::section_nav::load_sections_when_near;
use crate::ui::platform;
use crate::ui::platform::first_screen::{self, Touch};
use crate::ui::state::{Ctx, Stage};
use leptos::prelude::*;

/// Starts the first view: called once, by the first wasm's `main`.
pub fn start() {
    let Some(root) = first_screen::live_root() else {
        // No first screen to take over (a page without it): build in place.
        leptos::mount::mount_to_body(move || {
            let ctx = Ctx::from_address(|_| {});
            ctx.stage.set(Stage::Shown);
            started(ctx);
            view! { <App ctx=ctx /> }
        });
        return;
    };
    // The state is made inside the mount, where Leptos has its executor and an owner for it.
    let made = std::rc::Rc::new(std::cell::Cell::new(None::<Ctx>));
    let keep = made.clone();
    leptos::mount::mount_to(root, move || {
        let before = first_screen::chosen();
        let ctx = Ctx::from_address(|s| before.apply(s));
        keep.set(Some(ctx));
        view! { <App ctx=ctx /> }
    })
    .forget();
    let Some(ctx) = made.get() else { return };
    let embed = ctx.scenario.with_untracked(|s| s.embed);
    if embed {
        platform::embed::report_height();
    }
    wasm_bindgen_futures::spawn_local(async move {
        while ctx.stage.get_untracked() < Stage::More {
            next_task().await;
            ctx.stage.update(|s| *s = s.next());
        }
        next_task().await;
        // A slider held down keeps moving: take it over once it is let go.
        while first_screen::pointer_down() {
            gloo::timers::future::TimeoutFuture::new(50).await;
        }
        let mut done = 0;
        loop {
            let (read, touches) = first_screen::touches_since(done);
            if read == 0 {
                break;
            }
            done += read;
            for t in touches {
                replay(ctx, t).await;
            }
        }
        // The reader's last tab is the one in front.
        if let Some(i) = first_screen::chosen().front {
            if ctx.focus.get_untracked() != i {
                ctx.scenario.update(|s| s.focus = i);
                next_task().await;
            }
        }
        // Everything the reader did is in the live view: it takes the first screen's place.
        first_screen::swap();
        ctx.stage.set(Stage::Shown);
        shown(ctx, embed);
    });
}

/// For a page without a first screen: what the take-over does at its start and end at once.
fn started(ctx: Ctx) {
    let embed = ctx.scenario.with_untracked(|s| s.embed);
    if embed {
        platform::embed::report_height();
    }
    shown(ctx, embed);
}

/// One of the reader's actions before the program, on the live control it was made on: the
/// panel it belongs to is brought to the front first, as the reader had it.
async fn replay(ctx: Ctx, t: Touch) {
    if let Some(i) = t.panel {
        if ctx.focus.get_untracked() != i {
            ctx.scenario.update(|s| s.focus = i);
            // The panel is rebuilt for it before its controls exist.
            next_task().await;
        }
    }
    first_screen::apply(&t);
    // What it changed (a mode changes a slider's range) is in place before the next.
    next_task().await;
}

/// What follows once the live view is on show: the sections below load when the reader comes
/// near them (the widget has none, and keeps no offline copy), and a printed chart's key opens.
fn shown(ctx: Ctx, embed: bool) {
    if !embed {
        load_sections_when_near(ctx);
        platform::more::before_print(|| platform::screen::open_details("details.chart-key"));
    }
    first_screen::mark_ready();
}

/// Yields to the browser: what was built so far is settled, and it may paint or answer the
/// reader before the next stage.
async fn next_task() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}
