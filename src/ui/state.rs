//! The page's state: the scenario (which the URL mirrors) and what derives from it. Each
//! indicator's outlook is its own memo, so moving one slider recomputes and redraws one panel.

use super::platform;
use crate::chart::palette::Palette;
use crate::data::dataset;
use jinan_model::results::{outlook, Outlook};
use jinan_model::scenario::{
    form_of, parse, to_query, to_query_bare, Defaults, Form, Indicator, Lang, Notice, Range,
    Scenario, Theme,
};
use jinan_model::text::{words, Words};
use leptos::prelude::*;

/// The range of a student's guess for 2025 in predict mode, in the dataset's unit: wide enough
/// to be wrong either way.
pub fn guess_range(i: Indicator) -> Range {
    match i {
        Indicator::Gdp => Range {
            min: 10000.0,
            max: 20000.0,
            step: 50.0,
        },
        Indicator::Pop => Range {
            min: 900.0,
            max: 1100.0,
            step: 1.0,
        },
        Indicator::Re => Range {
            min: 0.0,
            max: 1000.0,
            step: 5.0,
        },
    }
}

/// How long the address bar waits for the sliders to settle (browsers throttle `replaceState`).
const URL_DELAY_MS: u32 = 120;

#[derive(Clone, Copy)]
pub struct Ctx {
    pub scenario: RwSignal<Scenario>,
    /// The defaults a bare address shows, derived from the dataset once.
    pub defaults: &'static Defaults,
    /// What parsing the URL corrected.
    pub notices: RwSignal<Vec<Notice>>,
    pub lang: Memo<Lang>,
    pub dark: Memo<bool>,
    pub palette: Memo<Palette>,
    /// Base year and last projected year, as memos: much depends on them, and they rarely change.
    pub from: Memo<i32>,
    pub to: Memo<i32>,
    outlooks: [Memo<Outlook>; 3],
    outlooks_b: [Memo<Option<Outlook>>; 3],
    /// Predict mode: whether the answers are shown yet, and the student's guesses (亿元, 万人,
    /// 万千瓦 for 2025). Kept out of the URL: a guess is the student's own.
    pub revealed: RwSignal<bool>,
    pub guesses: [RwSignal<Option<f64>>; 3],
}

impl Ctx {
    /// Reads the address, and keeps it following the scenario from then on.
    pub fn from_address() -> Ctx {
        let query = platform::address::current_query();
        let defaults = current_defaults();
        let (scenario, notices) = parse(&query, defaults);
        let bare = form_of(&query) == Form::Bare;
        let scenario = RwSignal::new(scenario);
        let notices = RwSignal::new(notices);
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
            .map(|i| Memo::new(move |_| scenario.with(|s| outlook(dataset(), s, &s.a, i))));
        let outlooks_b = Indicator::ALL.map(|i| {
            Memo::new(move |_| scenario.with(|s| s.b.as_ref().map(|b| outlook(dataset(), s, b, i))))
        });
        let ctx = Ctx {
            scenario,
            defaults,
            notices,
            lang,
            dark,
            palette,
            from: Memo::new(move |_| scenario.with(|s| s.from)),
            to: Memo::new(move |_| scenario.with(|s| s.to)),
            outlooks,
            outlooks_b,
            revealed: RwSignal::new(false),
            // A guess starts in the middle of its slider, and is drawn from the start.
            guesses: Indicator::ALL.map(|i| {
                let r = guess_range(i);
                RwSignal::new(Some((r.min + r.max) / 2.0))
            }),
        };
        ctx.follow_in_address_bar(bare);
        ctx.follow_on_root_element();
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
        Effect::new(move |_| {
            let l = lang.get();
            platform::address::set_root_attribute(
                "lang",
                if l == Lang::Zh { "zh-CN" } else { "en" },
            );
            platform::address::set_title(&format!("{} · {}", words(l).app_name, words(l).question));
        });
        Effect::new(move |_| {
            platform::address::set_root_attribute(
                "data-theme",
                if dark.get() { "dark" } else { "light" },
            )
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
}

/// The current defaults, derived from the compiled-in dataset once for the page's life.
pub fn current_defaults() -> &'static Defaults {
    static DEFAULTS: std::sync::OnceLock<Defaults> = std::sync::OnceLock::new();
    DEFAULTS.get_or_init(|| jinan_model::defaults::current(dataset()))
}
