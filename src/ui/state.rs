//! The page's state: the scenario (which the URL mirrors) and what derives from it. Each
//! indicator's outlook is its own memo, so moving one slider recomputes one indicator. Both
//! halves of the page build a `Ctx`: the first view from the address, the sections from what
//! the first view publishes (see `platform::bridge`).
//!
//! Shared, and why: the scenario is the one source of truth (the link is a function of it); the
//! language, theme and palette derive from it and the browser; the outlooks derive from it and
//! the data; predict mode's reveal is the reader's own and stays out of the link (the lines they
//! draw are part of the scenario, so a link carries them).

use super::platform;
use super::platform::more::Loading;
use crate::chart::palette::Palette;
use crate::data;
use jinan_model::dataset::Dataset;
use jinan_model::results::{outlook, Outlook};
use jinan_model::scenario::merge::merge;
use jinan_model::scenario::{
    form_of, parse, to_query, to_query_bare, Defaults, Form, Indicator, Lang, Notice, Scenario,
    Theme,
};
use jinan_model::text::{words, Words};
use jinan_model::verdict::{verdicts, TargetVerdict};
use leptos::prelude::*;

/// How long the address bar waits for the sliders to settle (browsers throttle `replaceState`).
const URL_DELAY_MS: u32 = 120;

#[derive(Clone, Copy)]
pub struct Ctx {
    /// The dataset this half of the page carries: the first view's core, or the whole.
    pub data: &'static Dataset,
    pub scenario: RwSignal<Scenario>,
    /// The defaults a bare address shows, derived from the dataset once.
    pub defaults: &'static Defaults,
    /// What parsing the URL corrected.
    pub notices: RwSignal<Vec<Notice>>,
    pub lang: Memo<Lang>,
    pub dark: Memo<bool>,
    pub palette: Memo<Palette>,
    /// Base year, last projected year and the indicator in front, as memos: much depends on
    /// them, and they rarely change.
    pub from: Memo<i32>,
    pub to: Memo<i32>,
    pub focus: Memo<Indicator>,
    outlooks: [Memo<Outlook>; 3],
    outlooks_b: [Memo<Option<Outlook>>; 3],
    /// Predict mode: whether the answers are shown yet. Kept out of the URL (the drawn lines
    /// are in it): a shared guess opens unrevealed.
    pub revealed: RwSignal<bool>,
    /// Where loading the sections below stands (the first view's).
    pub more: RwSignal<Loading>,
    /// How far the first view has been built ([`Stage`]): it takes the first screen over a task
    /// at a time. The sections are built whole.
    pub stage: RwSignal<Stage>,
    /// Where this view is rendered: in the browser, or at build time as the first screen.
    pub render: Render,
}

/// Which of a control's forms a view renders (`Ctx::lock_forms`).
#[derive(Debug, Clone, Copy)]
pub struct LockForms {
    pub editable: bool,
    pub locked: bool,
    /// Whether both are rendered, each to be marked with `data-lock` (`off`, `on`).
    mark: bool,
}

impl LockForms {
    /// The `data-lock` mark of the editable form, where both are rendered.
    pub fn off(self) -> Option<&'static str> {
        self.mark.then_some("off")
    }
    /// The `data-lock` mark of the locked form, where both are rendered.
    pub fn on(self) -> Option<&'static str> {
        self.mark.then_some("on")
    }
}

/// Where a view is rendered. The same components make both: at build time, natively, they
/// render the first screen that `index.html` carries (every indicator's panel, the one in front
/// shown, charts as SVG, controls' values in their attributes); in the browser the wasm renders
/// the live view, which takes that screen over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Render {
    Live,
    AtBuild,
}

impl Ctx {
    fn new(
        data: &'static Dataset,
        scenario: Scenario,
        notices: Vec<Notice>,
        revealed: bool,
    ) -> Ctx {
        let scenario = RwSignal::new(scenario);
        let browser_lang = Lang::from_browser(&platform::address::navigator_language());
        let lang = Memo::new(move |_| scenario.with(|s| s.lang).unwrap_or(browser_lang));
        let system_dark = platform::screen::prefers_dark();
        let dark = Memo::new(move |_| match scenario.with(|s| s.theme) {
            Theme::Auto => system_dark.get(),
            Theme::Light => false,
            Theme::Dark => true,
        });
        let palette = Memo::new(move |_| {
            if dark.get() {
                Palette::dark()
            } else {
                Palette::light()
            }
        });
        let outlooks = Indicator::ALL
            .map(|i| Memo::new(move |_| scenario.with(|s| outlook(data, s, &s.a, i))));
        let outlooks_b = Indicator::ALL.map(|i| {
            Memo::new(move |_| scenario.with(|s| s.b.as_ref().map(|b| outlook(data, s, b, i))))
        });
        Ctx {
            data,
            scenario,
            defaults: current_defaults(),
            notices: RwSignal::new(notices),
            lang,
            dark,
            palette,
            from: Memo::new(move |_| scenario.with(|s| s.from)),
            to: Memo::new(move |_| scenario.with(|s| s.to)),
            focus: Memo::new(move |_| scenario.with(Scenario::front)),
            outlooks,
            outlooks_b,
            revealed: RwSignal::new(revealed),
            more: RwSignal::new(Loading::Idle),
            stage: RwSignal::new(Stage::Shown),
            render: Render::Live,
        }
    }

    /// The first screen as the build renders it: today's defaults, in one language, for the
    /// page or the widget, built whole.
    pub fn at_build(lang: Lang, embed: bool) -> Ctx {
        let scenario = Scenario {
            lang: Some(lang),
            embed,
            ..Scenario::with_defaults(current_defaults())
        };
        Ctx {
            render: Render::AtBuild,
            ..Ctx::new(data::core(), scenario, Vec::new(), false)
        }
    }

    /// Whether this is the first screen rendered at build time.
    pub fn at_build_time(self) -> bool {
        self.render == Render::AtBuild
    }

    /// Whether the live view has been built up to `stage` (always, at build time).
    pub fn built(self, stage: Stage) -> bool {
        self.stage.get() >= stage
    }

    /// The first view: reads the address (and what the reader chose on the first screen before
    /// the program arrived: `choose`), keeps the address following the scenario, publishes the
    /// scenario for the sections and takes their requests.
    pub fn from_address(choose: impl FnOnce(&mut Scenario)) -> Ctx {
        let query = platform::address::current_query();
        let defaults = current_defaults();
        let (mut scenario, notices) = parse(&query, defaults);
        choose(&mut scenario);
        let bare = form_of(&query) == Form::Bare;
        let ctx = Ctx::new(data::core(), scenario, notices, false);
        ctx.stage.set(Stage::Top);
        ctx.follow_in_address_bar(bare);
        ctx.follow_on_root_element();
        ctx.publish_for_sections();
        ctx
    }

    /// The sections: start from what the first view published, follow it, and send changes
    /// back to it.
    pub fn following_first_view() -> Ctx {
        let (query, revealed) = platform::bridge::published().unwrap_or_default();
        let (scenario, _) = parse(&query, current_defaults());
        let ctx = Ctx::new(data::dataset(), scenario, Vec::new(), revealed);
        let (s, rev) = (ctx.scenario, ctx.revealed);
        // The last query heard from the first view: a change that is not it came from here.
        let heard = StoredValue::new(query.to_string());
        platform::bridge::on_published(move |q, r| {
            heard.set_value(q.clone());
            let (next, _) = parse(&q, current_defaults());
            if s.with_untracked(|cur| *cur != next) {
                s.set(next);
            }
            if rev.get_untracked() != r {
                rev.set(r);
            }
        });
        Effect::new(move |_| {
            let q = s.with(to_query);
            if heard.with_value(|h| *h != q) {
                heard.with_value(|h| platform::bridge::request(&q, h));
            }
        });
        ctx
    }

    /// Keeps the address bar a link to what is on screen. An address that set no model
    /// parameter stays bare until something changes; from then on it carries every model
    /// parameter (`v=2`), like every link the app writes.
    fn follow_in_address_bar(self, bare: bool) {
        let pending = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
        let (scenario, defaults) = (self.scenario, self.defaults);
        Effect::new(move |first: Option<()>| {
            if first.is_none() {
                let query = scenario.with(|s| match bare {
                    true => to_query_bare(s, defaults).unwrap_or_else(|| to_query(s)),
                    false => to_query(s),
                });
                platform::address::replace_query(&query);
                return;
            }
            let query = scenario.with(to_query);
            // Replacing the previous timer cancels it.
            let t = gloo::timers::callback::Timeout::new(URL_DELAY_MS, move || {
                platform::address::replace_query(&query)
            });
            pending.set_value(Some(t));
        });
    }

    fn follow_on_root_element(self) {
        let (lang, dark) = (self.lang, self.dark);
        // Predict mode's answers on the first screen (the targets' verdicts) wait for Reveal,
        // keeping their place: the first screen's script hides them the same way.
        let (scenario, revealed) = (self.scenario, self.revealed);
        Effect::new(move |_| {
            let concealed = scenario.with(|s| s.predict) && !revealed.get();
            platform::address::set_root_class("concealed", concealed);
        });
        Effect::new(move |_| {
            let l = lang.get();
            platform::address::set_root_attribute("lang", l.tag());
            platform::address::set_title(&format!("{} · {}", words(l).app_name, words(l).question));
        });
        Effect::new(move |_| {
            platform::address::set_root_attribute(
                "data-theme",
                if dark.get() { "dark" } else { "light" },
            )
        });
    }

    /// Publishes the scenario for the sections: a slider's move or a stroke of a drawn line once
    /// it settles (they follow a move after it, not during it: its cost stays in the first
    /// view), and anything else (a tab, a reveal, a switch) at once.
    fn publish_for_sections(self) {
        let (s, revealed, defaults) = (self.scenario, self.revealed, self.defaults);
        let pending = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
        Effect::new(move |prev: Option<(Scenario, bool)>| {
            let now = s.get();
            let q = to_query(&now);
            let r = revealed.get();
            let slider_only = prev.as_ref().is_some_and(|(p, pr)| {
                *pr == r
                    && Scenario {
                        a: now.a,
                        b: now.b,
                        drawn: now.drawn.clone(),
                        ..p.clone()
                    } == now
            });
            if slider_only {
                let t = gloo::timers::callback::Timeout::new(URL_DELAY_MS, move || {
                    platform::bridge::publish(&q, r)
                });
                pending.set_value(Some(t));
            } else {
                pending.set_value(None);
                platform::bridge::publish(&q, r);
            }
            (now, r)
        });
        // The sections heard this view a moment late: apply what they changed, not the whole
        // of what they saw (a tab or a slider moved since stays as it is).
        platform::bridge::on_request(move |q, base| {
            let now = s.with_untracked(to_query);
            let (next, _) = parse(&merge(&now, &base, &q), defaults);
            if s.with_untracked(|cur| *cur != next) {
                s.set(next);
            }
        });
    }

    pub fn outlook(self, i: Indicator) -> Memo<Outlook> {
        self.outlooks[i as usize]
    }
    pub fn outlook_b(self, i: Indicator) -> Memo<Option<Outlook>> {
        self.outlooks_b[i as usize]
    }
    /// The language the page is built in. The page is rebuilt when it changes, so components
    /// read it once, untracked, and use plain strings.
    pub fn lang_now(self) -> Lang {
        self.lang.get_untracked()
    }
    pub fn words(self) -> &'static Words {
        words(self.lang_now())
    }
    /// Whether the answers (projections, recorded outcomes, required paths) may be shown: always,
    /// except in predict mode before the student presses Reveal.
    pub fn reveal(self) -> bool {
        !self.scenario.with_untracked(|s| s.predict) || self.revealed.get()
    }
    /// Whether controls are shown as values only. Set by the link alone, so read once.
    pub fn locked(self) -> bool {
        self.scenario.with_untracked(|s| s.lock)
    }
    /// Which of a control's two forms to render, editable and locked (values only): the one the
    /// link asks for; at build time both, each marked (`data-lock`) for the first screen's
    /// script to show the one the link asks for.
    pub fn lock_forms(self) -> LockForms {
        let locked = self.locked();
        let both = self.at_build_time();
        LockForms {
            editable: both || !locked,
            locked: both || locked,
            mark: both,
        }
    }
    /// The verdicts: from the data alone, so computed once.
    pub fn verdicts(self) -> &'static [TargetVerdict] {
        // The first view's core and the whole dataset give the same verdicts (the core keeps
        // the series, the facts and the headline targets): one copy serves both halves.
        static VERDICTS: std::sync::OnceLock<Vec<TargetVerdict>> = std::sync::OnceLock::new();
        VERDICTS.get_or_init(|| verdicts(self.data))
    }
    pub fn verdict(self, i: Indicator) -> Option<&'static TargetVerdict> {
        self.verdicts().iter().find(|v| v.indicator == i)
    }
}

/// How far the live first view has come (`shell::takeover`). It is built out of sight, a task
/// a stage (each short, so that the reader's page never waits on one long task), while the first
/// screen stays on show, then put in its place in one task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The header and the targets' tabs (the widget: its tabs and the card's title).
    Top,
    /// The indicator in front: its readouts, chart and main control.
    Panel,
    /// The rest: the other settings, what explains the chart, the links to the sections.
    More,
    /// In place of the first screen, on show: charts draw, the sections may load.
    Shown,
}

impl Stage {
    /// The stage after this one.
    pub fn next(self) -> Stage {
        match self {
            Stage::Top => Stage::Panel,
            Stage::Panel => Stage::More,
            Stage::More | Stage::Shown => Stage::Shown,
        }
    }
}

/// The current defaults, derived from the compiled-in dataset once for the page's life.
pub fn current_defaults() -> &'static Defaults {
    static DEFAULTS: std::sync::OnceLock<Defaults> = std::sync::OnceLock::new();
    DEFAULTS.get_or_init(|| jinan_model::defaults::current(data::core()))
}
