//! The controls: each reads and writes the one view state, and every change is normalized
//! so the state stays one the app can show. Options that would mislead are disabled and say
//! why, in a title and in visible text.

use crate::data::{Entity, Sector};
use crate::format;
use crate::view_state::{
    base_years,
    cities_for, extras_for, metrics_for, normalize, scale_refusal, Currency, Extra, Magnitude, MetricChoice, Scale, View, ViewState,
    CITY_CHOICES,
};
use leptos::prelude::*;

fn view_label(v: View) -> &'static str {
    match v {
        View::Growth => "Growth",
        View::Scale => "Scale",
        View::Trend => "Trend",
        View::Cities => "Cities",
        View::Ratios => "Ratios",
    }
}

fn extra_label(e: Extra) -> &'static str {
    match e {
        Extra::Exports => "Exports",
        Extra::Gdp => "GDP",
        Extra::Peers => "Peer places",
        Extra::Funds => "Biomedical funds",
        Extra::AiCore => "Core AI industry",
    }
}

fn metric_label(m: MetricChoice) -> &'static str {
    match m {
        MetricChoice::NevProduction => "NEV production",
        MetricChoice::AiOutput => "AI output value",
        MetricChoice::Gdp => "GDP",
        MetricChoice::NewThreeExports => "'New three' exports",
        MetricChoice::BioVa => "Biomedical value added",
    }
}

/// Whether the current chart has yuan values, which currency and unit apply to.
pub fn has_money(s: &ViewState) -> bool {
    match s.view {
        View::Scale => true,
        View::Trend | View::Cities => s.metric != MetricChoice::NevProduction,
        View::Growth | View::Ratios => false,
    }
}

/// Applies a change and keeps the state valid.
fn change(state: RwSignal<ViewState>, f: impl FnOnce(&mut ViewState)) {
    state.update(|s| {
        f(s);
        normalize(s);
    });
}

/// Adds or removes an item, keeping the app's order (and at least one item if `keep_one`).
fn toggle<T: Copy + PartialEq>(list: &mut Vec<T>, item: T, order: &[T], keep_one: bool) {
    if list.contains(&item) {
        if !keep_one || list.len() > 1 {
            list.retain(|x| *x != item);
        }
    } else {
        *list = order.iter().copied().filter(|x| *x == item || list.contains(x)).collect();
    }
}

#[component]
pub fn Controls(state: RwSignal<ViewState>) -> impl IntoView {
    let view = Memo::new(move |_| state.with(|s| s.view));
    let shown_in = move |views: &'static [View]| move || !views.contains(&view.get());
    let tabs = View::ALL
        .iter()
        .map(|&v| {
            view! {
                <button type="button" data-testid=format!("view-{}", v.key()) aria-pressed=move || (view.get() == v).to_string()
                    on:click=move |_| change(state, |s| s.view = v)>{view_label(v)}</button>
            }
        })
        .collect_view();
    let sectors = Sector::PRIORITY
        .into_iter()
        .map(|sec| {
            view! {
                <label><input type="checkbox" data-testid=format!("sector-{}", sec.key())
                    prop:checked=move || state.with(|s| s.sectors.contains(&sec))
                    on:change=move |_| change(state, |s| toggle(&mut s.sectors, sec, &Sector::PRIORITY, true))/>
                {format::sector_short(sec)}</label>
            }
        })
        .collect_view();
    let extras = Extra::ALL
        .iter()
        .map(|&e| {
            view! {
                <label hidden=move || !extras_for(view.get()).contains(&e)><input type="checkbox" data-testid=format!("extra-{}", e.key())
                    prop:checked=move || state.with(|s| s.extras.contains(&e))
                    on:change=move |_| change(state, |s| toggle(&mut s.extras, e, Extra::ALL, false))/>
                {extra_label(e)}</label>
            }
        })
        .collect_view();
    let metrics = MetricChoice::ALL
        .iter()
        .map(|&m| view! { <option value=m.key() hidden=move || !metrics_for(view.get()).contains(&m) selected=move || state.with(|s| s.metric == m)>{metric_label(m)}</option> })
        .collect_view();
    let scales = Scale::ALL
        .iter()
        .map(|&sc| {
            let refusal = move || scale_refusal(view.get(), sc);
            view! {
                <label title=move || refusal().unwrap_or_default()>
                    <input type="radio" name="scale" data-testid=format!("scale-{}", sc.key())
                        prop:checked=move || state.with(|s| s.scale == sc) disabled=move || refusal().is_some()
                        on:change=move |_| change(state, |s| s.scale = sc)/>
                    {sc.key()}
                </label>
            }
        })
        .collect_view();
    let cities = CITY_CHOICES
        .into_iter()
        .map(|e: Entity| {
            let missing = move || !cities_for(state.with(|s| s.metric)).contains(&e);
            view! {
                <label title=move || if missing() { "No data for this measure" } else { "" }>
                    <input type="checkbox" data-testid=format!("city-{}", e.key()) disabled=missing
                        prop:checked=move || state.with(|s| s.cities.contains(&e))
                        on:change=move |_| change(state, |s| toggle(&mut s.cities, e, &CITY_CHOICES, true))/>
                    {format::entity(e)}
                </label>
            }
        })
        .collect_view();
    let years = move || {
        let (metric, chosen) = state.with(|s| (s.metric, s.base_year));
        let years = base_years(metric);
        let first = years.first().copied();
        years
            .into_iter()
            .map(|y| view! { <option value=y.to_string() selected=chosen.or(first) == Some(y)>{y}</option> })
            .collect_view()
    };
    let currencies = Currency::ALL
        .iter()
        .map(|&c| {
            view! {
                <label><input type="radio" name="currency" data-testid=format!("cur-{}", c.key())
                    prop:checked=move || state.with(|s| s.currency == c) disabled=move || !state.with(has_money)
                    on:change=move |_| change(state, |s| s.currency = c)/>
                {if c == Currency::Cny { "yuan" } else { "US dollars" }}</label>
            }
        })
        .collect_view();
    let magnitudes = Magnitude::ALL
        .iter()
        .map(|&m| view! { <option value=m.key() selected=move || state.with(|s| s.magnitude == m)>{if m == Magnitude::Auto { "auto" } else { m.key() }}</option> })
        .collect_view();
    view! {
        <nav class="controls" aria-label="Chart controls">
            <div class="tabs" role="group" aria-label="View">{tabs}</div>
            <fieldset hidden=shown_in(&[View::Growth, View::Scale])>
                <legend>"Sectors"</legend>{sectors}
            </fieldset>
            <fieldset hidden=shown_in(&[View::Growth, View::Scale])>
                <legend>"Add"</legend>{extras}
            </fieldset>
            <label hidden=shown_in(&[View::Trend, View::Cities])>"Measure "
                <select data-testid="metric" on:change=move |ev| {
                    if let Some(m) = MetricChoice::parse(&event_target_value(&ev)) { change(state, |s| s.metric = m) }
                }>{metrics}</select>
            </label>
            <fieldset hidden=shown_in(&[View::Cities])>
                <legend>"Places"</legend>{cities}
                <p class="why" data-testid="cities-why">{move || {
                    let metric = state.with(|s| s.metric);
                    let missing: Vec<&str> = CITY_CHOICES.iter().filter(|e| !cities_for(metric).contains(e)).map(|e| format::entity(*e)).collect();
                    (!missing.is_empty()).then(|| format!("No {} data for {}.", metric_label(metric), missing.join(", ")))
                }}</p>
            </fieldset>
            <fieldset class="scale" hidden=shown_in(&[View::Scale, View::Trend, View::Cities])>
                <legend>"Scale"</legend>{scales}
                <p class="why" data-testid="scale-why">{move || Scale::ALL.iter().find_map(|sc| scale_refusal(view.get(), *sc))}</p>
            </fieldset>
            <label hidden=move || !(view.get() == View::Trend && state.with(|s| s.scale == Scale::Index))>"Base year "
                <select data-testid="base-year" on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<u16>() { change(state, |s| s.base_year = Some(y)) }
                }>{years}</select>
            </label>
            <fieldset hidden=shown_in(&[View::Scale, View::Trend, View::Cities])>
                <legend>"Currency"</legend>{currencies}
                <label>"Unit " <select data-testid="magnitude" disabled=move || !state.with(has_money) on:change=move |ev| {
                    if let Some(m) = Magnitude::parse(&event_target_value(&ev)) { change(state, |s| s.magnitude = m) }
                }>{magnitudes}</select></label>
                <p class="why" hidden=move || state.with(has_money)>"This chart counts vehicles, not yuan."</p>
            </fieldset>
            <label class="conflict" hidden=move || !(matches!(view.get(), View::Trend | View::Cities) && state.with(|s| s.metric == MetricChoice::NevProduction))>
                <input type="checkbox" data-testid="alt-source" prop:checked=move || state.with(|s| s.alt_source)
                    on:change=move |_| change(state, |s| s.alt_source = !s.alt_source)/>
                "Plot HK01's 874,700 for Shenzhen 2022 (instead of CnEVPost's 848,800)"
            </label>
        </nav>
    }
}
