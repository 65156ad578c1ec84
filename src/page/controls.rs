//! The controls' markup for a view state, showing what each setting's controls show for it
//! (`view_state::Setting::status`, `Group::hidden` and `Group::why`). Pure and tested
//! natively; the app (`app::controls`) copies the same statuses onto the DOM and passes presses
//! to `Setting::apply`. One listener and one effect instead of a reactive closure per input
//! keeps the WebAssembly small.

use crate::data::Sector;
use crate::format;
use crate::i18n::{fill, Lang};
use crate::escape::escape;
use crate::view_state::{city_choices, metric_label, view_name, Extra, Group, Magnitude, MetricChoice, Scale, Setting, View, ViewState};
use super::part::Part;
use std::fmt::Write;

fn extra_label(e: Extra, l: Lang) -> &'static str {
    match e {
        Extra::Exports => l.tr("Exports"),
        Extra::Gdp => l.tr("GDP"),
        Extra::Peers => l.tr("Peer places"),
        Extra::Funds => l.tr("Biomedical funds"),
        Extra::AiCore => l.tr("Core AI industry"),
    }
}

fn scale_label(s: Scale, l: Lang) -> &'static str {
    match s {
        Scale::Linear => l.tr("linear"),
        Scale::Log => l.tr("log"),
        Scale::Index => l.tr("index"),
    }
}

fn magnitude_label(m: Magnitude, l: Lang) -> &'static str {
    match m {
        Magnitude::Auto => l.tr("auto"),
        Magnitude::Million => l.tr("m"),
        Magnitude::Yi => l.tr("100 m"),
        Magnitude::Billion => l.tr("bn"),
        Magnitude::Trillion => l.tr("tn"),
    }
}

/// Every year a base-year option may be offered for; `status` hides the ones a series lacks.
const YEAR_OPTIONS: std::ops::RangeInclusive<u16> = 2020..=2025;

/// Which controls: the view tabs (above the chart) or the chart's options (below it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nav {
    Tabs,
    Options,
}

impl Nav {
    pub fn class(self) -> &'static str {
        match self {
            Nav::Tabs => "controls view-tabs",
            Nav::Options => "controls chart-options",
        }
    }

    pub fn label(self, l: Lang) -> &'static str {
        match self {
            Nav::Tabs => l.tr("Views"),
            Nav::Options => l.tr("Chart controls"),
        }
    }
}

/// Whether a place picker of this many places shows only the chosen ones and those the search
/// finds: past two dozen, a list of every place is a wall to scroll, on a phone most of all.
pub fn is_long_picker(places: usize) -> bool {
    places > 24
}

/// A name as the place search compares it: lower case, letters and digits only, so that
/// "xian", "Xi'an" and "XI AN" find the same place, and "深圳" finds Shenzhen.
pub fn search_key(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// ` name` when `on`: a boolean HTML attribute.
fn flag(name: &str, on: bool) -> &str {
    if on {
        name
    } else {
        ""
    }
}

fn input(h: &mut String, s: &ViewState, kind: &str, setting: Setting, value: &str, label: &str) {
    let st = setting.status(s, value);
    let key = setting.key();
    let _ = write!(
        h,
        "<label{}><input type=\"{kind}\" name=\"{key}\" data-key=\"{key}\" data-value=\"{value}\" data-testid=\"{}-{value}\"{}{}> {}</label>",
        flag(" hidden", st.hidden),
        setting.test_name(),
        flag(" checked", st.checked),
        flag(" disabled", st.disabled),
        escape(label)
    );
}

fn group(h: &mut String, s: &ViewState, group: Group, legend: &str, body: impl FnOnce(&mut String)) {
    let name = group.key();
    let _ = write!(h, "<fieldset data-group=\"{name}\"{}><legend>{legend}</legend>", flag(" hidden", group.hidden(s)));
    body(h);
    let _ = write!(h, "<p class=\"why\" data-why=\"{name}\" data-testid=\"{name}-why\">{}</p></fieldset>", escape(&group.why(s)));
}

/// A select; in `group` when it shows and hides as a group of its own.
fn select(h: &mut String, s: &ViewState, setting: Setting, label: &str, options: &[(String, String)], group: Option<Group>) {
    let group = group.map_or(String::new(), |g| format!(" data-group=\"{}\"{}", g.key(), flag(" hidden", g.hidden(s))));
    let key = setting.key();
    let _ = write!(
        h,
        "<label{group}>{label} <select data-key=\"{key}\" data-testid=\"{}\"{}>",
        setting.test_name(),
        flag(" disabled", setting.status(s, "").disabled)
    );
    for (value, text) in options {
        let st = setting.status(s, value);
        let _ = write!(
            h,
            "<option value=\"{value}\" data-key=\"{key}\" data-value=\"{value}\"{}{}>{}</option>",
            flag(" selected", st.checked),
            flag(" hidden", st.hidden),
            escape(text)
        );
    }
    h.push_str("</select></label>");
}

/// The controls' markup for a state, in its language, showing what `status`, `group_hidden`
/// and `why` say: what the prerendered page shows, and what the app starts from (it then
/// keeps the same attributes in sync).
pub fn controls_html(s: &ViewState, part: Nav) -> String {
    let l = s.lang;
    let mut h = String::new();
    if part == Nav::Tabs {
        let _ = write!(h, "<div class=\"tabs\" role=\"group\" aria-label=\"{}\">", l.tr("View"));
        for v in View::ALL {
            let _ = write!(
                h,
                "<button type=\"button\" data-key=\"view\" data-value=\"{0}\" data-testid=\"view-{0}\" aria-pressed=\"{2}\">{1}</button>",
                v.key(),
                view_name(*v, l),
                Setting::View.status(s, v.key()).checked
            );
        }
        h.push_str("</div>");
        return h;
    }
    group(&mut h, s, Group::Sectors, l.tr("Sectors"), |h| Sector::PRIORITY.iter().for_each(|x| input(h, s, "checkbox", Setting::Sectors, x.key(), format::sector_short(*x, l))));
    group(&mut h, s, Group::Extra, l.tr("Add"), |h| Extra::ALL.iter().for_each(|e| input(h, s, "checkbox", Setting::Extra, e.key(), extra_label(*e, l))));
    let metrics: Vec<(String, String)> = MetricChoice::ALL.iter().map(|m| (m.key().to_string(), metric_label(*m, l).to_string())).collect();
    select(&mut h, s, Setting::Metric, l.tr("Measure"), &metrics, Some(Group::Metric));
    group(&mut h, s, Group::Cities, l.tr("Places"), |h| {
        let _ = write!(
            h,
            "<label class=\"place-search\">{} <input type=\"search\" autocomplete=\"off\"{} data-testid=\"place-search\"></label><p class=\"no-match\"{} data-testid=\"place-no-match\" hidden>{}</p>",
            escape(l.tr("Find a place:")),
            Part::PlaceSearch.attr(),
            Part::PlaceNoMatch.attr(),
            escape(l.tr("No place of this measure has that name."))
        );
        // A long list shows the chosen places and those the search finds, and says how many
        // there are to find.
        let long = is_long_picker(city_choices().len());
        if long {
            let _ = write!(h, "<p class=\"why\" data-testid=\"place-count\">{}</p>", escape(&fill(l.tr("{0} places: type a name to find one."), &[&city_choices().len().to_string()])));
        }
        for e in city_choices() {
            input(h, s, "checkbox", Setting::Cities, e.key(), format::entity(*e, l));
            // What the place search matches, in every language, on the label just written.
            let names = Lang::ALL.iter().map(|other| search_key(format::entity(*e, *other))).collect::<Vec<_>>().join(" ");
            let unmatched = if long && !s.cities.contains(e) { " class=\"unmatched\"" } else { "" };
            if let Some(at) = h.rfind("<label") {
                h.insert_str(at + "<label".len(), &format!(" data-names=\"{} {}\"{unmatched}", escape(&names), e.key()));
            }
        }
    });
    group(&mut h, s, Group::Scale, l.tr("Axis scale"), |h| Scale::ALL.iter().for_each(|x| input(h, s, "radio", Setting::Scale, x.key(), scale_label(*x, l))));
    let years: Vec<(String, String)> = YEAR_OPTIONS.map(|y| (y.to_string(), y.to_string())).collect();
    select(&mut h, s, Setting::Base, l.tr("Base year"), &years, Some(Group::Base));
    group(&mut h, s, Group::Money, l.tr("Currency"), |h| {
        input(h, s, "radio", Setting::Cur, "cny", l.tr("Chinese yuan"));
        input(h, s, "radio", Setting::Cur, "usd", l.tr("US dollars"));
        let mags: Vec<(String, String)> = Magnitude::ALL.iter().map(|m| (m.key().to_string(), magnitude_label(*m, l).to_string())).collect();
        select(h, s, Setting::Mag, l.tr("Unit"), &mags, None);
    });
    let alt = l.tr("Plot HK01's 874,700 for Shenzhen 2022 (instead of CnEVPost's 848,800)");
    let _ = write!(
        h,
        "<label class=\"conflict\" data-group=\"{}\"{}><input type=\"checkbox\" data-key=\"{}\" data-value=\"hk01\" data-testid=\"alt-source\"{}> {alt}</label>",
        Group::Alt.key(),
        flag(" hidden", Group::Alt.hidden(s)),
        Setting::Alt.key(),
        flag(" checked", Setting::Alt.status(s, "hk01").checked)
    );
    let _ = write!(
        h,
        "<label class=\"events-toggle\" data-group=\"{}\"{}><input type=\"checkbox\" data-key=\"{}\" data-value=\"1\" data-testid=\"show-events\"{}> {}</label>",
        Group::Events.key(),
        flag(" hidden", Group::Events.hidden(s)),
        Setting::Events.key(),
        flag(" checked", Setting::Events.status(s, "1").checked),
        l.tr("Show events on the time axis")
    );
    h
}

/// One part of the controls with its `<nav>`, as the page holds it.
pub fn nav_html(s: &ViewState, part: Nav) -> String {
    let named = match part {
        Nav::Tabs => Part::ViewTabs,
        Nav::Options => Part::ChartOptions,
    };
    format!("<nav class=\"{}\"{} aria-label=\"{}\">{}</nav>", part.class(), named.attr(), part.label(s.lang), controls_html(s, part))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view_state::Status;

    fn apply(s: &mut ViewState, key: &str, value: &str) {
        if let Some(setting) = Setting::parse(key) {
            setting.apply(s, value);
        }
    }

    fn status(s: &ViewState, key: &str, value: &str) -> Status {
        Setting::parse(key).map_or(Status::default(), |setting| setting.status(s, value))
    }

    fn why(s: &ViewState, group: &str) -> String {
        Group::parse(group).map_or(String::new(), |g| g.why(s))
    }

    fn group_hidden(s: &ViewState, group: &str) -> bool {
        Group::parse(group).is_some_and(|g| g.hidden(s))
    }

    fn state(link: &str) -> ViewState {
        crate::view_state::parse(link).0
    }

    #[test]
    fn every_control_in_the_markup_has_a_key_the_model_knows() {
        let html = controls_html(&ViewState::default(), Nav::Tabs) + &controls_html(&ViewState::default(), Nav::Options);
        for key in ["view", "sectors", "extra", "metric", "cities", "scale", "base", "cur", "mag", "alt"] {
            assert!(html.contains(&format!("data-key=\"{key}\"")), "{key}");
        }
        assert_eq!(html.matches("<fieldset").count(), html.matches("</fieldset>").count());
    }

    #[test]
    fn applying_a_control_changes_the_state_as_the_url_would() {
        let mut s = ViewState::default();
        apply(&mut s, "view", "cities");
        apply(&mut s, "metric", "ai-output");
        // The measure brings its own places: Beijing for Xi'an, which has no AI output figure.
        assert_eq!(crate::view_state::to_address(&s, Some(Lang::En)), "cities/?v=3&metric=ai-output");
        assert_eq!(s.cities, vec![crate::data::place("shenzhen"), crate::data::place("shanghai"), crate::data::place("beijing")]);
        apply(&mut s, "cities", "beijing");
        apply(&mut s, "cities", "beijing");
        apply(&mut s, "scale", "index");
        assert_eq!(s.scale, Scale::Linear, "refused, so normalized away");
        assert_eq!(s.cities, vec![crate::data::place("shenzhen"), crate::data::place("shanghai"), crate::data::place("beijing")]);
        apply(&mut s, "nonsense", "x");
        apply(&mut s, "view", "pie");
        assert_eq!(s.view, View::Cities);
    }

    #[test]
    fn the_last_sector_cannot_be_unticked() {
        let mut s = state("?sectors=nev");
        apply(&mut s, "sectors", "nev");
        assert_eq!(s.sectors, vec![Sector::Nev]);
    }

    #[test]
    fn refused_options_are_disabled_and_say_why() {
        let s = state("?view=cities&metric=ai-output");
        assert!(status(&s, "scale", "index").disabled);
        assert!(status(&s, "cities", "xian").disabled && !status(&s, "cities", "beijing").disabled);
        assert_eq!(why(&s, "cities"), "No AI output value data for Xi'an, Hefei, Chongqing, Guangdong (province), Anhui (province), Shaanxi (province).");
        let t = state("?view=trend");
        assert!(status(&t, "cur", "usd").disabled);
        assert_eq!(why(&t, "money"), "This chart counts vehicles, not yuan.");
    }

    #[test]
    fn controls_and_reasons_read_in_the_states_language() {
        let zh = state("?lang=zh");
        let html = controls_html(&zh, Nav::Tabs) + &controls_html(&zh, Nav::Options);
        assert!(html.contains(">增长</button>") && html.contains("<legend>地区</legend>"));
        let s = state("?view=cities&metric=ai-output&lang=fr");
        assert_eq!(why(&s, "cities"), "Pas de données «\u{a0}Valeur de production de l'IA\u{a0}» pour Xi'an, Hefei, Chongqing, Guangdong (province), Anhui (province), Shaanxi (province).");
    }

    #[test]
    fn base_years_offered_are_the_series_full_years() {
        let s = state("?view=trend&metric=gdp&scale=index");
        let offered: Vec<u16> = YEAR_OPTIONS.filter(|y| !status(&s, "base", &y.to_string()).hidden).collect();
        assert_eq!(offered, [2022, 2023, 2024, 2025]);
        assert!(status(&s, "base", "2022").checked, "the first year stands for no choice");
        assert!(!group_hidden(&s, "base") && group_hidden(&state("?view=trend"), "base"));
    }

    #[test]
    fn the_markup_shows_the_states_choices_before_any_script_syncs_it() {
        let s = state("?view=trend&metric=gdp&scale=index&base=2023");
        let tabs = controls_html(&s, Nav::Tabs);
        assert!(tabs.contains("data-testid=\"view-trend\" aria-pressed=\"true\"") && tabs.contains("data-testid=\"view-growth\" aria-pressed=\"false\""));
        let options = controls_html(&s, Nav::Options);
        assert!(options.contains("<fieldset data-group=\"sectors\" hidden>"), "sectors belong to other views");
        assert!(options.contains("data-testid=\"scale-index\" checked"));
        assert!(options.contains("data-value=\"2023\" selected"));
        assert!(options.contains("data-value=\"2020\" hidden"), "GDP has no 2020 base year");
        let nav = nav_html(&s, Nav::Options);
        assert!(nav.starts_with("<nav class=\"controls chart-options\" data-part=\"chart-options\" aria-label=\"Chart controls\">"));
    }

    #[test]
    fn groups_show_only_in_their_views() {
        let g = ViewState::default();
        assert!(!group_hidden(&g, "sectors") && group_hidden(&g, "scale") && group_hidden(&g, "metric"));
        assert!(status(&g, "extra", "funds").hidden && !status(&g, "extra", "gdp").hidden);
    }

    #[test]
    fn the_place_search_finds_a_place_by_any_of_its_names() {
        let html = controls_html(&state("?v=2&view=cities"), Nav::Options);
        let names = |key: &str| html.split(&format!("data-value=\"{key}\"")).next().unwrap().rsplit("data-names=\"").next().unwrap().split('"').next().unwrap().to_string();
        for (key, typed) in [("xian", "Xi'an"), ("xian", "xi an"), ("shenzhen", "深圳"), ("shenzhen", "SHENZ"), ("beijing", "Pékin")] {
            assert!(names(key).contains(&search_key(typed)), "{typed} should find {key}: {}", names(key));
        }
        assert!(!names("shanghai").contains(&search_key("深圳")));
        assert_eq!(html.matches("data-names=").count(), city_choices().len(), "every place can be found");
    }
}
