//! "Cite this view": on demand, the plain-text citation, the BibTeX entry and the RIS record of
//! the view on screen (`crate::cite`), each in a read-only field with a copy button. (Phrasing content
//! only, a `span` and not a `div`: it sits in the share paragraph, as the prerender writes it.)

use crate::chart::ChartSpec;
use crate::components::share::copy_to_clipboard;
use crate::data::DATASET;
use crate::i18n::Lang;
use crate::page::words;
use crate::url::absolute_address;
use crate::view_state::ViewState;
use leptos::prelude::*;

/// Today, as YYYY-MM-DD in the reader's time zone: the date of access.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}

/// Which of the citations a copy button copies.
#[derive(Clone, Copy)]
enum Format {
    Text,
    Bibtex,
    Ris,
}

#[component]
pub fn CiteView(state: RwSignal<ViewState>, spec: Memo<ChartSpec>, lang: Memo<Lang>) -> impl IntoView {
    let (open, set_open) = signal(false);
    let (status, set_status) = signal(String::new());
    // Made only while the panel is open, and again when the view changes.
    let citation = Memo::new(move |_| {
        open.get().then(|| {
            let s = state.get();
            spec.with(|spec| crate::cite::cite(&DATASET, spec, &s, &absolute_address(&s), &today()))
        })
    });
    let copy = move |format: Format| {
        let l = lang.get_untracked();
        let Some(c) = citation.get_untracked() else { return };
        let text = match format {
            Format::Text => c.text,
            Format::Bibtex => c.bibtex,
            Format::Ris => c.ris,
        };
        copy_to_clipboard(text, l.tr("Citation copied."), l.tr("Select the text above and copy it.").into(), set_status);
    };
    view! {
        <button type="button" data-testid="cite-toggle" aria-expanded=move || open.get().to_string() on:click=move |_| set_open.update(|o| *o = !*o)>
            {move || words::cite(lang.get())}
        </button>
        <span class="cite-panel" data-testid="cite-panel" hidden=move || !open.get()>
            <label>{move || lang.get().tr("Citation")}
                <textarea readonly rows="4" data-testid="cite-text" prop:value=move || citation.get().map(|c| c.text).unwrap_or_default()></textarea>
            </label>
            <button type="button" data-testid="cite-copy-text" on:click=move |_| copy(Format::Text)>{move || lang.get().tr("Copy the citation")}</button>
            <label>"BibTeX"
                <textarea readonly rows="8" data-testid="cite-bibtex" prop:value=move || citation.get().map(|c| c.bibtex).unwrap_or_default()></textarea>
            </label>
            <button type="button" data-testid="cite-copy-bibtex" on:click=move |_| copy(Format::Bibtex)>{move || lang.get().tr("Copy the BibTeX entry")}</button>
            <label>"RIS"
                <textarea readonly rows="8" data-testid="cite-ris" prop:value=move || citation.get().map(|c| c.ris).unwrap_or_default()></textarea>
            </label>
            <button type="button" data-testid="cite-copy-ris" on:click=move |_| copy(Format::Ris)>{move || lang.get().tr("Copy the RIS record")}</button>
            <span role="status" data-testid="cite-status">{status}</span>
        </span>
    }
}
