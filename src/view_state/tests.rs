use super::*;

/// A small deterministic generator, so property tests need no extra crate and repeat exactly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn subset<T: Copy>(&mut self, all: &[T]) -> Vec<T> {
        let picked: Vec<T> = all.iter().copied().filter(|_| self.next().is_multiple_of(2)).collect();
        if picked.is_empty() { vec![all[self.below(all.len())]] } else { picked }
    }
}

fn pick<T: Copy>(rng: &mut Rng, all: &[T]) -> T {
    all[rng.below(all.len())]
}

fn random_state(rng: &mut Rng) -> ViewState {
    let mut state = ViewState {
        view: pick(rng, View::ALL),
        sectors: rng.subset(&Sector::PRIORITY),
        extras: if rng.next().is_multiple_of(2) { Vec::new() } else { rng.subset(Extra::ALL) },
        metric: pick(rng, MetricChoice::ALL),
        cities: rng.subset(city_choices()),
        scale: pick(rng, Scale::ALL),
        currency: pick(rng, Currency::ALL),
        magnitude: pick(rng, Magnitude::ALL),
        base_year: [None, Some(2021), Some(2022), Some(2023), Some(2024)][rng.below(5)],
        alt_source: rng.next().is_multiple_of(2),
        hide_events: rng.next().is_multiple_of(2),
        embed: rng.next().is_multiple_of(2),
        theme: pick(rng, Theme::ALL),
        lang: pick(rng, Lang::ALL),
        figures: FigureFilter {
            sector: [None, Some(Sector::Nev), Some(Sector::Economy)][rng.below(3)],
            place: [None, Some(crate::data::place("shenzhen")), Some(crate::data::place("china"))][rng.below(3)],
            year: [None, Some(2024)][rng.below(2)],
            grade: [None, Some(crate::data::Grade::B)][rng.below(2)],
            search: ["", "xinhua", "a&b=c~d é 深圳"][rng.below(3)].to_string(),
            sort: [None, Some((Column::Value, true)), Some((Column::Place, false))][rng.below(3)],
        },
    };
    // Only states the app can be in: a view never holds a setting it refuses.
    normalize(&mut state);
    state
}

/// The address bar's link for an English reader.
fn to_query(state: &ViewState) -> String {
    to_address(state, Some(Lang::En))
}

#[test]
fn the_plain_address_is_the_default_view() {
    assert_eq!(to_query(&ViewState::default()), "");
    assert_eq!(parse(""), (ViewState::default(), vec![]));
}

#[test]
fn a_link_without_a_language_opens_in_the_readers() {
    let (state, ignored) = parse_in("?view=trend", Lang::Zh);
    assert_eq!((state.lang, state.view, ignored), (Lang::Zh, View::Trend, vec![]));
    assert_eq!(parse_in("?lang=fr", Lang::Zh).0.lang, Lang::Fr, "the link's language wins");
    // The address bar leaves out the reader's own language; a shared link always names it.
    let zh = ViewState { lang: Lang::Zh, ..state.clone() };
    assert_eq!(to_address(&zh, Some(Lang::Zh)), "trend/");
    assert_eq!(to_address(&zh, None), "zh/trend/");
    let en = ViewState { lang: Lang::En, ..state };
    assert_eq!(to_address(&en, Some(Lang::Zh)), "en/trend/");
    assert_eq!(to_address(&en, None), "en/trend/");
    assert_eq!(to_address(&ViewState::default(), Some(Lang::En)), "", "the plain address stays plain");
    assert_eq!(to_address(&ViewState::default(), None), "en/", "a shared link names its language");
    assert_eq!(parse_in("trend/", Lang::Zh).0, zh, "an address that names no language opens in the reader's");
    assert_eq!(parse_in("en/trend/", Lang::Zh).0, en);
}

#[test]
fn what_a_link_gets_wrong_is_explained_in_its_language() {
    let (_, ignored) = parse_in("?view=growth&scale=log&colour=red", Lang::Fr);
    assert_eq!(ignored, [Ignored::new("colour", Refused::NotASetting), Ignored::new("scale", Refused::RelativeValues)]);
    assert_eq!(ignored[0].why.words(Lang::Fr), "pas un réglage de cet explorateur");
    assert!(ignored[1].why.words(Lang::Fr).starts_with("Les taux de croissance"), "{ignored:?}");
    assert_eq!(ignored[0].why.words(Lang::Zh), "不是本工具的设置项", "explained again after switching language");
    let (state, ignored) = parse_in("?lang=xx", Lang::Fr);
    assert_eq!(state.lang, Lang::Fr);
    assert_eq!(ignored, [Ignored::new("lang", Refused::NotAValue("xx".into()))]);
    assert_eq!(ignored[0].why.words(Lang::Fr), "«\u{a0}xx\u{a0}» n'est pas une valeur valide");
}

#[test]
fn a_typical_link_reads_as_words() {
    let state = ViewState { view: View::Cities, cities: vec![crate::data::place("shenzhen"), crate::data::place("shanghai")], scale: Scale::Log, ..Default::default() };
    assert_eq!(to_query(&state), "cities/?v=3&cities=shenzhen~shanghai&scale=log");
}

#[test]
fn reading_a_written_state_gives_it_back_for_generated_states() {
    let mut rng = Rng(0x5eed);
    for _ in 0..20_000 {
        let state = random_state(&mut rng);
        let query = to_query(&state);
        let (read, ignored) = parse(&query);
        assert_eq!(read, state, "{query}");
        assert!(ignored.is_empty(), "{query}: {ignored:?}");
        assert_eq!(to_query(&read), query);
    }
}

#[test]
fn an_old_link_opens_the_view_it_meant() {
    let (state, ignored) = parse("?v=1&view=series&scale=logarithmic");
    assert_eq!((state.view, state.scale), (View::Trend, Scale::Log));
    assert!(ignored.is_empty(), "{ignored:?}");
}

fn ignored_keys(query: &str) -> Vec<String> {
    let (state, ignored) = parse(query);
    assert_eq!(state, ViewState::default(), "{query}");
    ignored.into_iter().map(|i| i.key).collect()
}

#[test]
fn each_kind_of_bad_input_falls_back_to_the_default_and_is_reported() {
    assert_eq!(ignored_keys("?colour=red"), ["colour"]);
    assert_eq!(ignored_keys("?view=pie"), ["view"]);
    assert_eq!(ignored_keys("?base=1999"), ["base"]);
    assert_eq!(ignored_keys("?base=99999999999"), ["base"]);
    let (state, ignored) = parse("?view=trend&scale=index&metric=gdp&base=2021");
    assert_eq!((state.base_year, ignored[0].key.as_str()), (None, "base"));
    assert_eq!(ignored[0].why, Refused::NoFullYear(MetricChoice::Gdp, 2021));
    assert!(ignored[0].why.words(Lang::En).contains("no full-year value for 2021"));
    let (state, ignored) = parse("?view=trend&scale=index&metric=gdp&base=2023");
    assert_eq!((state.base_year, ignored.len()), (Some(2023), 0));
    assert_eq!(ignored_keys("?cities=shenzhen~atlantis"), ["cities"]);
    assert_eq!(ignored_keys("?view=%E0%A4%A"), ["view"]);
    assert_eq!(ignored_keys("?view=%FF"), ["view"]);
    assert_eq!(ignored_keys("?view=%00%1b"), ["view"]);
    assert_eq!(ignored_keys("?view=%3Cscript%3Ealert(1)%3C/script%3E"), ["view"]);
    assert_eq!(ignored_keys("?%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1"), ["<img src=x onerror=alert(1)>"]);
    assert_eq!(ignored_keys("?view=深圳"), ["view"]);
    let long = format!("?view={}", "a".repeat(100_000));
    assert_eq!(ignored_keys(&long), ["view"]);
    assert_eq!(ignored_keys("?view=tr%00end"), ["view"]);
}

#[test]
fn a_scale_the_view_refuses_falls_back_to_linear_with_the_reason() {
    let (state, ignored) = parse("?view=cities&scale=index");
    assert_eq!((state.view, state.scale), (View::Cities, Scale::Linear));
    assert_eq!(ignored, [Ignored::new("scale", Refused::PlacesStartApart)]);
}

#[test]
fn control_characters_show_as_replacement_marks() {
    let (_, ignored) = parse("?ke%07y=1");
    assert_eq!(ignored[0].key, "ke\u{fffd}y");
}

#[test]
fn a_link_with_too_many_parts_is_read_up_to_a_limit() {
    let query: String = "?".to_string() + &(0..100).map(|i| format!("k{i}=1&")).collect::<String>();
    let (_, ignored) = parse(&query);
    assert_eq!(ignored.len(), 65);
    assert_eq!(ignored[0], Ignored::new("36", Refused::TooManyParts));
    assert_eq!(ignored[0].label(Lang::En), "(36 more parts)");
}

#[test]
fn a_repeated_key_keeps_the_first_value() {
    let (state, ignored) = parse("?view=trend&view=cities");
    assert_eq!(state.view, View::Trend);
    assert_eq!(ignored.len(), 1);
}

#[test]
fn lists_are_kept_in_the_apps_order_without_repeats() {
    let (state, _) = parse("?cities=xian~shenzhen~xian");
    assert_eq!(state.cities, vec![crate::data::place("shenzhen"), crate::data::place("xian")]);
}

#[test]
fn reported_keys_are_short_and_free_of_control_characters() {
    let (_, ignored) = parse(&format!("?{}=1", "k\u{7}".repeat(300)));
    assert!(ignored[0].key.chars().count() <= 41 && !ignored[0].key.chars().any(char::is_control));
}

#[test]
fn a_hundred_thousand_random_links_never_panic_and_clean_up_to_a_valid_link() {
    let alphabet: Vec<char> = "?&=~%+abcdefghijklmnopqrstuvwxyz0123456789-_.<>\"'/\\ \u{0}\u{7f}é深%".chars().collect();
    let words = ["embed", "1", "extra", "funds", "metric", "gdp", "cur", "usd", "mag", "bn", "ratios", "view", "cities", "sectors", "scale", "base", "alt", "v", "trend", "log", "shenzhen", "hk01", "2022", "%2", "%zz"];
    let mut rng = Rng(42);
    for _ in 0..100_000 {
        let mut query = String::new();
        for _ in 0..rng.below(12) {
            if rng.next().is_multiple_of(3) {
                query.push_str(words[rng.below(words.len())]);
            } else {
                query.push(alphabet[rng.below(alphabet.len())]);
            }
        }
        let (state, _) = parse(&query);
        let clean = to_query(&state);
        assert_eq!(parse(&clean), (state, vec![]), "{query:?}");
    }
}

#[test]
fn the_figures_views_filters_round_trip_and_only_non_defaults_are_written() {
    let (state, ignored) = parse("?view=figures&sector=nev&place=shenzhen&year=2024&grade=A&q=BYD%20output&sort=-value");
    assert_eq!(ignored, vec![]);
    let f = &state.figures;
    assert_eq!((f.sector, f.place, f.year, f.grade), (Some(Sector::Nev), Some(crate::data::place("shenzhen")), Some(2024), Some(crate::data::Grade::A)));
    assert_eq!((f.search.as_str(), f.sort), ("BYD output", Some((Column::Value, true))));
    assert_eq!(to_query(&state), "figures/?v=3&sector=nev&place=shenzhen&year=2024&grade=A&q=BYD%20output&sort=-value");
    assert_eq!(parse(&to_query(&state)).0, state);
    assert_eq!(to_query(&parse("?view=figures").0), "figures/");
}

#[test]
fn unknown_figure_filters_are_ignored_with_a_notice() {
    let (state, ignored) = parse("?view=figures&sector=space&year=1999&grade=Z&sort=colour&place=mars");
    assert_eq!(state.figures, FigureFilter::default());
    let keys: Vec<&str> = ignored.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["sector", "year", "grade", "sort", "place"]);
    // Another view has no table: its filters are dropped, and said so.
    let (state, ignored) = parse("?view=trend&grade=A");
    assert_eq!((state.figures, ignored.len()), (FigureFilter::default(), 1));
    // A table is not embedded.
    let (state, ignored) = parse("?view=figures&embed=1");
    assert_eq!((state.embed, ignored[0].key.as_str()), (false, "embed"));
}

/// Every link the README writes out (in backticks: a query, or an address) opens without a notice,
/// in each language: the README's own `?view=cities&metric=vehicle-production` opened with one
/// about Xi'an, which has no such figure, named by the link's machine word in Chinese.
#[test]
fn every_link_in_the_readme_opens_without_a_notice() {
    let readme = include_str!("../../README.md");
    let address = |s: &str| {
        let first = s.split('/').next().unwrap_or("");
        // Not a pattern of addresses (`fr/figure/<id>/`).
        s.contains('/') && (Lang::parse(first).is_some() || View::parse(first).is_some()) && !s.contains(' ') && !s.contains('.') && !s.contains('<')
    };
    let links: Vec<&str> = readme.split('`').skip(1).step_by(2).filter(|s| (s.starts_with('?') || address(s)) && !s.contains('…')).collect();
    assert!(links.contains(&"fr/cities/?v=3&metric=ai-output&cities=shenzhen~beijing&cur=usd"), "{links:?}");
    assert!(links.len() >= 6, "{links:?}");
    assert!(links.contains(&"?view=cities&metric=vehicle-production"), "{links:?}");
    for link in links {
        for reader in Lang::ALL {
            let (_, ignored) = parse_in(link, *reader);
            assert!(ignored.is_empty(), "{link} ({reader:?}): {ignored:?}");
        }
    }
}

/// A notice names a measure in the reader's language, never by the link's machine word.
#[test]
fn a_notice_names_the_measure_in_the_readers_language() {
    let (_, ignored) = parse_in("?view=cities&metric=vehicle-production&cities=shenzhen~xian&lang=zh", Lang::En);
    let reasons: Vec<String> = ignored.iter().map(|i| i.why.words(Lang::Zh)).collect();
    assert_eq!(reasons, ["并非所有地方都有汽车产量（全部车型）数据"]);
    let (_, ignored) = parse_in("?view=trend&metric=gdp&scale=index&base=2019&lang=fr", Lang::En);
    assert!(ignored.iter().all(|i| !i.why.words(Lang::Fr).contains("gdp")), "{ignored:?}");
}

/// An embed link may set the chart's theme; any other link may not (the page's theme is the
/// reader's), and says so.
#[test]
fn only_an_embed_link_sets_the_theme() {
    let (state, ignored) = parse("?view=trend&embed=1&theme=dark");
    assert_eq!((state.theme, ignored), (Theme::Dark, vec![]));
    assert_eq!(to_query(&state), "trend/?v=3&embed=1&theme=dark");
    let (state, ignored) = parse("?view=trend&theme=dark");
    assert_eq!(state.theme, Theme::Auto);
    assert_eq!(ignored.iter().map(|i| i.key.as_str()).collect::<Vec<_>>(), ["theme"]);
    assert_eq!(to_query(&state), "trend/");
    let (state, ignored) = parse("?embed=1&theme=purple");
    assert_eq!((state.embed, state.theme, ignored[0].key.as_str()), (true, Theme::Auto, "theme"));
}

/// Every link of the formats before this one opens the same view as it did: a query at the
/// site's root, with `v=2`, `v=1` or no `v`; and it is written again at its page's address.
#[test]
fn every_older_link_opens_the_view_it_opened() {
    let cases = [
        ("?v=2&view=cities&lang=fr", "fr/cities/"),
        ("?v=2&view=trend&scale=log", "en/trend/?v=3&scale=log"),
        ("?v=2&lang=zh", "zh/"),
        ("?v=2&view=figures&q=byd&sort=-value&lang=en", "en/figures/?v=3&q=byd&sort=-value"),
        ("?v=2&view=ratios&embed=1&theme=dark&lang=fr", "fr/ratios/?v=3&embed=1&theme=dark"),
        ("?v=1&view=series&scale=logarithmic", "en/trend/?v=3&scale=log"),
        ("?view=scale&extra=funds", "en/scale/?v=3&extra=funds"),
        ("index.html?v=2&view=scale&cur=usd", "en/scale/?v=3&cur=usd"),
    ];
    for (old, new) in cases {
        let (state, ignored) = parse(old);
        assert!(ignored.is_empty(), "{old}: {ignored:?}");
        assert_eq!(to_address(&state, None), new, "{old}");
        assert_eq!(parse(new), (state, vec![]), "{new}");
    }
}

/// The path names the page; the query fills in what it leaves out, and a query part that
/// disagrees with the path is reported, the path winning.
#[test]
fn the_path_wins_over_the_query_and_the_query_fills_in() {
    let (state, ignored) = parse_in("fr/cities/?lang=zh", Lang::En);
    assert_eq!((state.lang, state.view), (Lang::Fr, View::Cities));
    assert_eq!(ignored, [Ignored::new("lang", Refused::PathNamesAnother)]);
    assert_eq!(ignored[0].why.words(Lang::Fr), "l'adresse en désigne un autre ; son chemin est retenu");
    let (state, ignored) = parse("trend/?view=cities&scale=log");
    assert_eq!((state.view, state.scale, ignored.len()), (View::Trend, Scale::Log, 1));
    assert_eq!(parse("fr/cities/?v=3&lang=fr&view=cities").1, vec![], "agreeing parts are no news");
    let (state, ignored) = parse_in("cities/?lang=fr", Lang::Zh);
    assert_eq!((state.lang, state.view, ignored), (Lang::Fr, View::Cities, vec![]), "a language the path leaves out");
    let (state, ignored) = parse("de/cities/");
    assert_eq!((state.view, ignored[0].key.as_str()), (View::Growth, "de"), "not a page: the default view, reported");
    assert_eq!(parse("growth/").1.len(), 1, "the default view's page is the root");
    assert_eq!(parse("trend/?v=1&view=series").1, vec![], "an older link's name for the same view");
    assert_eq!(parse("FR/Cities/").0.view, View::Cities, "a host may not mind the case");
    assert_eq!(parse(&"a/".repeat(5000)).1.len(), 4, "a long path is read up to a limit");
    assert!(names_language("fr/cities/") && names_language("?view=trend&lang=zh") && !names_language("cities/?v=3&scale=log"));
}

/// The build writes a page at every address the app writes, and the app reads each back as
/// the view it names.
#[test]
fn every_page_address_reads_back_as_its_view() {
    let pages = page_paths();
    assert_eq!(pages.len(), View::ALL.len() * (Lang::ALL.len() + 1));
    for (named, view) in pages {
        let path = page_path(named, view);
        for reader in Lang::ALL {
            let (state, ignored) = parse_in(&path, *reader);
            assert!(ignored.is_empty(), "{path}");
            assert_eq!((state.view, state.lang), (view, named.unwrap_or(*reader)), "{path}");
            assert_eq!(to_address(&state, (named.is_none()).then_some(*reader)), path);
        }
    }
}
