//! The controls: every one reads and writes the one view state. Options that would mislead
//! are disabled and say why.

use crate::data::Entity;
use crate::format;
use crate::view_state::{scale_refusal, Scale, View, ViewState, BASE_YEARS, CITY_CHOICES};
use leptos::prelude::*;

fn view_label(v: View) -> &'static str {
    match v {
        View::Growth => "Growth",
        View::Trend => "Trend",
        View::Cities => "Cities",
    }
}

#[component]
pub fn Controls(state: RwSignal<ViewState>) -> impl IntoView {
    let view = move || state.with(|s| s.view);
    let tabs = View::ALL
        .into_iter()
        .map(|v| {
            view! {
                <button
                    type="button"
                    data-testid=format!("view-{}", v.key())
                    aria-pressed=move || (view() == v).to_string()
                    on:click=move |_| state.update(|s| {
                        s.view = v;
                        if scale_refusal(v, s.scale).is_some() { s.scale = Scale::Linear; }
                    })
                >{view_label(v)}</button>
            }
        })
        .collect_view();
    let scales = Scale::ALL
        .into_iter()
        .map(|sc| {
            let refusal = move || scale_refusal(view(), sc);
            view! {
                <label title=move || refusal().unwrap_or_default()>
                    <input
                        type="radio"
                        name="scale"
                        data-testid=format!("scale-{}", sc.key())
                        prop:checked=move || state.with(|s| s.scale == sc)
                        disabled=move || refusal().is_some()
                        on:change=move |_| state.update(|s| s.scale = sc)
                    />
                    {sc.key()}
                </label>
            }
        })
        .collect_view();
    let cities = CITY_CHOICES
        .into_iter()
        .map(|e: Entity| {
            view! {
                <label>
                    <input
                        type="checkbox"
                        data-testid=format!("city-{}", e.key())
                        prop:checked=move || state.with(|s| s.cities.contains(&e))
                        on:change=move |_| state.update(|s| toggle_city(s, e))
                    />
                    {format::entity(e)}
                </label>
            }
        })
        .collect_view();
    let years = BASE_YEARS.map(|y| view! { <option value=y.to_string() selected=move || state.with(|s| s.base_year == y)>{y}</option> }).collect_view();
    view! {
        <nav class="controls" aria-label="Chart controls">
            <div class="tabs" role="group" aria-label="View">{tabs}</div>
            <fieldset class="scale" hidden=move || view() == View::Growth>
                <legend>"Scale"</legend>
                {scales}
                <p class="why" data-testid="scale-why">{move || Scale::ALL.into_iter().find_map(|sc| scale_refusal(view(), sc))}</p>
            </fieldset>
            <label class="base" hidden=move || !(view() == View::Trend && state.with(|s| s.scale == Scale::Index))>
                "Base year "
                <select data-testid="base-year" on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<u16>() { state.update(|s| s.base_year = y) }
                }>{years}</select>
            </label>
            <fieldset class="cities" hidden=move || view() != View::Cities>
                <legend>"Places"</legend>
                {cities}
            </fieldset>
            <label class="conflict" hidden=move || view() == View::Growth>
                <input type="checkbox" data-testid="alt-source" prop:checked=move || state.with(|s| s.alt_source)
                    on:change=move |_| state.update(|s| s.alt_source = !s.alt_source)/>
                "Plot HK01's 874,700 for Shenzhen 2022 (instead of CnEVPost's 848,800)"
            </label>
        </nav>
    }
}

/// Adds or removes a place, keeping the app's order and at least one place.
fn toggle_city(s: &mut ViewState, e: Entity) {
    if s.cities.contains(&e) {
        if s.cities.len() > 1 {
            s.cities.retain(|c| *c != e);
        }
    } else {
        s.cities = CITY_CHOICES.into_iter().filter(|c| *c == e || s.cities.contains(c)).collect();
    }
}
