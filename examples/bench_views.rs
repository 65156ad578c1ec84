//! Native timing of every view: building the chart specification from (dataset, view state)
//! and rendering it to SVG, median of many runs. Run by scripts/bench.sh.

use shenzhen_explorer::chart::{render::render_svg, spec_for};
use shenzhen_explorer::data::DATASET;
use shenzhen_explorer::view_state::parse;
use std::hint::black_box;
use std::time::Instant;

const RUNS: usize = 400;

fn median_micros(mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[RUNS / 2]
}

fn main() {
    let views = [
        ("growth", "?extra=exports~gdp~peers"),
        ("scale", "?view=scale&extra=funds~ai-core~gdp~exports&cur=usd"),
        ("trend", "?view=trend&metric=bio-va&scale=index"),
        ("cities", "?view=cities&cities=shenzhen~shanghai~xian~hefei~guangdong~anhui&scale=log"),
        ("ratios", "?view=ratios"),
    ];
    println!("{:<8} {:>12} {:>12} {:>12}", "view", "spec (µs)", "svg (µs)", "total (µs)");
    for (name, link) in views {
        let (state, _) = parse(link);
        let spec_time = median_micros(|| {
            black_box(spec_for(&DATASET, black_box(&state)));
        });
        let spec = spec_for(&DATASET, &state);
        let svg_time = median_micros(|| {
            black_box(render_svg(black_box(&spec), 640.0));
        });
        println!("{name:<8} {spec_time:>12.1} {svg_time:>12.1} {:>12.1}", spec_time + svg_time);
        println!("bench native {name} total_us={:.1}", spec_time + svg_time);
    }
}
