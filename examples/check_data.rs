//! Reads, converts and validates a data file exactly as build.rs does, and prints how long each
//! step took (`bench` lines): the scale bench's validation time, and a quick check of a
//! generated data file before a whole build.
//!
//!   cargo run --example check_data -- /tmp/scale-10.toml

// The data modules as build.rs includes them (the library's reader of the data file, raw.rs,
// is built for its tests and build.rs only).
#![allow(dead_code)]
#[path = "../src/data/bounds.rs"]
mod bounds;
#[path = "../src/data/model.rs"]
mod model;
#[path = "../src/data/raw.rs"]
mod raw;
#[path = "../src/data/validate.rs"]
mod validate;
#[path = "../src/data/wire.rs"]
mod wire;

use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "data/dataset.toml".into());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| stop(&format!("cannot read {path}: {e}")));
    let started = Instant::now();
    let parsed = raw::parse_toml(&text).unwrap_or_else(|e| stop(&e));
    let data = raw::to_dataset(parsed).unwrap_or_else(|errors| stop(&errors.join("\n")));
    let read_ms = started.elapsed().as_secs_f64() * 1e3;
    let started = Instant::now();
    let problems = validate::validate(&data);
    let validate_ms = started.elapsed().as_secs_f64() * 1e3;
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().take(20).map(|p| p.message.clone()).collect();
        stop(&format!("{} problems, the first: \n  {}", problems.len(), list.join("\n  ")));
    }
    let wire_text = wire::write(&data);
    let started = Instant::now();
    let leaked: &'static str = Box::leak(wire_text.clone().into_boxed_str());
    let back = wire::read(leaked).unwrap_or_else(|e| stop(&e));
    let wire_read_ms = started.elapsed().as_secs_f64() * 1e3;
    if back != data {
        stop("the data file does not read back as the dataset it was written from");
    }
    println!("bench check_data {path}: {} figures, {} places; parse+convert {read_ms:.0} ms, validate {validate_ms:.0} ms, data file {} bytes read back in {wire_read_ms:.1} ms (native)", data.figures.len(), data.places.len(), wire_text.len());
}

fn stop(message: &str) -> ! {
    eprintln!("check_data: {message}");
    std::process::exit(1);
}
