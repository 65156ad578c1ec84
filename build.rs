//! Turns `data/dataset.toml` into the compact data file the app reads (`$OUT_DIR/dataset.txt`,
//! `src/data/wire.rs`), after checking it with the same rules as the tests, so a broken edit
//! of the data file fails the build with the list of what is wrong.
//!
//! Then the translations: the messages of every `.tr("…")` under src/ must be in
//! `i18n/fr.toml` and `i18n/zh.toml` (and nothing else), with the same placeholders; with the
//! dataset's translations they become `$OUT_DIR/catalog_fr.txt` and `catalog_zh.txt`.

#![allow(dead_code)]

#[path = "src/data/bounds.rs"]
mod bounds;
#[path = "src/data/checks.rs"]
mod checks;
#[path = "src/data/model.rs"]
mod model;
#[path = "src/data/revisions.rs"]
mod revisions;
#[path = "src/data/raw.rs"]
mod raw;
#[path = "src/data/validate.rs"]
mod validate;
#[path = "src/data/wire.rs"]
mod data_wire;
#[path = "src/i18n/wire.rs"]
mod wire;
#[path = "build/catalogs.rs"]
mod catalogs;


fn main() {
    // Another data file, for the scale bench (bench/scale.mjs); else the project's own.
    println!("cargo:rerun-if-env-changed=DATASET_FILE");
    let data_file = std::env::var("DATASET_FILE").unwrap_or_else(|_| "data/dataset.toml".into());
    let data_file = data_file.as_str();
    // src/ as a whole: build.rs includes some of its files and reads every `.tr("…")`.
    for path in [data_file, CHECKS_FILE, REVISIONS_FILE, RELEASES, "build/catalogs.rs", "i18n/fr.toml", "i18n/zh.toml", "src"] {
        println!("cargo:rerun-if-changed={path}");
    }
    let invalid = format!("{data_file} is not valid:");
    let text = std::fs::read_to_string(data_file).unwrap_or_else(|e| fail(&invalid, &[format!("cannot read: {e}")]));
    let raw = raw::parse_toml(&text).unwrap_or_else(|e| fail(&invalid, &[e]));
    let (data, translations) = raw::to_dataset_with_translations(raw).unwrap_or_else(|errors| fail(&invalid, &errors));
    let mut problems: Vec<String> = validate::validate(&data).into_iter().map(|p| p.message).collect();
    // The checks are of the project's own figures (the scale bench's data has none).
    let records = if std::env::var("DATASET_FILE").is_err() { check_records(&text, &data, &mut problems) } else { Vec::new() };
    if std::env::var("DATASET_FILE").is_err() {
        problems.extend(unrecorded_revisions(&data));
    }
    if !problems.is_empty() {
        fail(&invalid, &problems);
    }
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("checks.txt"), checks::wire(&records)).expect("OUT_DIR is writable");
    std::fs::write(out_dir.join("dataset.txt"), data_wire::write(&data)).expect("OUT_DIR is writable");

    let untranslated = "The translations are not complete (i18n/fr.toml, i18n/zh.toml, data/dataset.toml):";
    let (messages, mut problems) = catalogs::scan(std::path::Path::new("src"));
    let names = catalogs::LANGS.map(|l| format!("i18n/{l}.toml"));
    let texts = names.clone().map(|n| std::fs::read_to_string(&n).unwrap_or_else(|e| fail(untranslated, &[format!("cannot read {n}: {e}")])));
    match catalogs::build(&messages, [0, 1].map(|i| (names[i].as_str(), texts[i].as_str())), &translations) {
        Ok(pairs) if problems.is_empty() => {
            for (lang, pairs) in catalogs::LANGS.iter().zip(&pairs) {
                std::fs::write(out_dir.join(format!("catalog_{lang}.txt")), catalogs::wire_text(pairs)).expect("OUT_DIR is writable");
            }
        }
        Ok(_) => fail(untranslated, &problems),
        Err(more) => {
            problems.extend(more);
            fail(untranslated, &problems)
        }
    }
}

/// Each figure's check against public pages, kept apart from the data file (`src/data/checks.rs`).
const CHECKS_FILE: &str = "data/checks.toml";

/// The records, with what is wrong with them added to `problems`.
fn check_records(data_text: &str, data: &model::Dataset, problems: &mut Vec<String>) -> Vec<checks::Check> {
    let text = std::fs::read_to_string(CHECKS_FILE).unwrap_or_else(|e| fail(CHECKS_FILE, &[format!("cannot read: {e}")]));
    let records = checks::parse(&text).unwrap_or_else(|e| fail(CHECKS_FILE, &[e]));
    let unlinked: Vec<String> = raw::parse_toml(data_text).map(|r| r.unlinked_domain.into_iter().map(|d| d.domain).collect()).unwrap_or_default();
    let figures: Vec<&str> = data.figures.iter().map(|f| f.id).collect();
    problems.extend(checks::problems(&records, &figures, &unlinked).into_iter().map(|p| format!("{CHECKS_FILE}: {p}")));
    records
}

/// What changed in a figure since a released version, and why, and each released version's
/// files, frozen by scripts/release-data.sh (`src/data/revisions.rs`).
const REVISIONS_FILE: &str = revisions::LOG;
const RELEASES: &str = revisions::RELEASES;

/// The figures changed or withdrawn since the last release without a revision saying so.
fn unrecorded_revisions(data: &model::Dataset) -> Vec<String> {
    let log = revisions::read_log().unwrap_or_else(|e| fail(REVISIONS_FILE, &[e]));
    let Some((last, before)) = revisions::last_release().unwrap_or_else(|e| fail(RELEASES, &[e])) else { return Vec::new() };
    let now: Vec<revisions::Stated> = data.figures.iter().map(|f| stated(data, f)).collect();
    revisions::problems(&last, &before, &now, &log).into_iter().map(|p| format!("{REVISIONS_FILE}: {p}")).collect()
}

/// A figure in the released files' words.
fn stated(data: &model::Dataset, f: &model::Figure) -> revisions::Stated {
    let metric = data.metrics.iter().find(|m| m.key == f.metric);
    revisions::Stated {
        id: f.id.to_string(),
        value: f.value,
        unit: metric.map_or("", |m| m.unit.key()).to_string(),
        basis: metric.map_or("", |m| m.basis.key()).to_string(),
        qualifier: f.qualifier.key().to_string(),
        period: f.period.key(),
        source: f.source.to_string(),
    }
}

fn fail(title: &str, messages: &[String]) -> ! {
    eprintln!("{title}");
    for m in messages {
        eprintln!("  - {m}");
    }
    std::process::exit(1);
}
