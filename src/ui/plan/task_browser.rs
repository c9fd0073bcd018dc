use crate::ui::state::Ctx;
use jinan_model::dataset::Target;
use jinan_model::scenario::Lang;
use jinan_model::text::{area_heading, pick, target_value, target_year};
use leptos::prelude::*;

/// The 50 tasks, area by area, each with its quantified targets and the plan's sentence.
#[component]
pub fn TaskBrowser(ctx: Ctx) -> impl IntoView {
    let lang = ctx.lang_now();
    let data = ctx.data;
    let target_view = move |g: &Target| {
        let year = target_year(lang, g);
        let en = (lang == Lang::En)
            .then(|| view! { <p class="translation">{g.sentence.en.to_string()}</p> });
        view! {
            <li class="target-item" data-testid=format!("target-{}", g.id)>
                <strong>{pick(&g.what, lang).to_string()}</strong>
                ": "
                {target_value(lang, g)}
                " · "
                {year}
                <blockquote lang=Lang::Zh.tag()>{g.sentence.zh.to_string()}</blockquote>
                {en}
            </li>
        }
    };
    let areas = data
        .areas
        .iter()
        .map(|a| {
            let tasks = data
                .tasks
                .iter()
                .filter(|t| t.area == a.no)
                .map(|t| {
                    let targets = (!t.targets.is_empty()).then(|| view! { <ul class="targets">{t.targets.iter().map(target_view).collect_view()}</ul> });
                    let en = (lang == Lang::En).then(|| format!(" — {}", t.title.en));
                    view! {
                        <li data-testid=format!("task-{}", t.no)>
                            <span lang=Lang::Zh.tag()>{format!("({}){}", t.numeral, t.title.zh)}</span>
                            {en}
                            {targets}
                        </li>
                    }
                })
                .collect_view();
            let count = data.tasks.iter().filter(|t| t.area == a.no).count();
            let head = area_heading(lang, a, count);
            let title_en = (lang == Lang::En).then(|| view! { <p class="translation">{a.title.en.to_string()}</p> });
            view! {
                <details class="area" data-testid=format!("area-{}", a.no)>
                    <summary>{head}</summary>
                    <p lang=Lang::Zh.tag()>{a.title.zh.to_string()}</p>
                    {title_en}
                    <ol class="tasks">{tasks}</ol>
                </details>
            }
        })
        .collect_view();
    view! { <div class="task-browser">{areas}</div> }
}
