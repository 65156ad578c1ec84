//! The chart figure: the SVG drawn by `chart::render`, a focusable target over every mark that
//! shows its exact value, period, basis and source, the text summary, and the data table.

use crate::chart::{layout::layout, render::render_svg, spec_for, ChartSpec};
use crate::data::DATASET;
use crate::view_state::ViewState;
use leptos::prelude::*;

/// The chart is laid out for the width it gets, so text stays legible on a phone instead of
/// shrinking with the drawing. (The page's side padding is 2 x 16 px.)
fn chart_width() -> f64 {
    let page = document().document_element().map_or(1024, |e| e.client_width());
    f64::from(page - 32).clamp(300.0, 720.0).floor()
}

#[component]
pub fn ChartFigure(
    state: RwSignal<ViewState>,
    /// Embedded in another page: the chart alone, without summary and table.
    #[prop(optional)]
    embedded: bool,
) -> impl IntoView {
    let width = chart_width();
    let spec = Memo::new(move |_| state.with(|s| spec_for(&DATASET, s)));
    view! {
        <figure class="chart-figure" aria-labelledby="chart-caption">
            <figcaption id="chart-caption" class="visually-hidden">{move || spec.with(|s| s.title.clone())}</figcaption>
            <div class="chart" data-testid="chart">
                <div class="chart-svg" inner_html=move || spec.with(|s| render_svg(s, width))></div>
                {move || view! { <MarkTargets spec=spec.get() width=width/> }}
            </div>
            <p class="summary" data-testid="chart-summary" class:visually-hidden=embedded>{move || spec.with(|s| s.summary.clone())}</p>
            {move || (!embedded).then(|| view! { <DataTable spec=spec.get()/> })}
        </figure>
    }
}

/// Transparent buttons laid exactly over the marks (same layout as the drawing): hover or
/// focus one and its full detail appears; screen readers read the same text.
#[component]
fn MarkTargets(spec: ChartSpec, width: f64) -> impl IntoView {
    let geometry = layout(&spec, width);
    let (active, set_active) = signal(None::<String>);
    let pct = move |v: f64, total: f64| format!("{:.3}%", v / total * 100.0);
    let targets = spec
        .panels
        .iter()
        .zip(&geometry.panels)
        .flat_map(|(panel, pg)| panel.marks.iter().zip(&pg.marks))
        .map(|(mark, rect)| {
            let detail = mark.detail.clone();
            let shown = detail.clone();
            let style = format!(
                "left:{};top:{};width:{};height:{}",
                pct(rect.x0, geometry.width),
                pct(rect.y0.min(rect.y1 - 24.0), geometry.height),
                pct(rect.x1 - rect.x0, geometry.width),
                pct((rect.y1 - rect.y0).max(24.0), geometry.height),
            );
            view! {
                <button
                    class="mark-target"
                    style=style
                    aria-label=detail
                    on:mouseenter={let s = shown.clone(); move |_| set_active.set(Some(s.clone()))}
                    on:focus=move |_| set_active.set(Some(shown.clone()))
                    on:mouseleave=move |_| set_active.set(None)
                    on:blur=move |_| set_active.set(None)
                ></button>
            }
        })
        .collect_view();
    view! {
        <div class="mark-targets">{targets}</div>
        <p class="mark-detail" data-testid="mark-detail" role="status" class:empty=move || active.get().is_none()>
            {move || active.get().unwrap_or_default()}
        </p>
    }
}

#[component]
fn DataTable(spec: ChartSpec) -> impl IntoView {
    let head = spec.table_head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view();
    let rows = spec
        .table
        .into_iter()
        .map(|row| view! { <tr>{row.cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table data-testid="chart-table">
                <caption>"What the chart plots"</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
