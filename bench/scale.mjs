// The scale bench: today's dataset, 10 and 100 times as much (bench/scale-data.mjs: places,
// figures, sources, conflicts, breaks and gaps in proportion, valid by the same rules), and
// today's plus 100 figures of new places, sources and metrics (the code-size check). For each:
// validation time (examples/check_data.rs), a whole build into its own folder (DATASET_FILE),
// the WebAssembly and data bytes, then in the browser a view switch and a figures filter to
// the next frame (bench/views.mjs, no slowdown) and the throttled first screen
// (bench/variants.mjs: chart on screen, every control working). Printed figures, not tests.
//
//   node bench/scale.mjs            SCALES=1,10 node bench/scale.mjs      (default 1,plus100,10,100)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';

const repo = new URL('..', import.meta.url).pathname;
const work = process.env.SCALE_DIR || '/tmp/explorer-scale';
const scales = (process.env.SCALES || '1,plus100,10,100').split(',');
mkdirSync(work, { recursive: true });
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: repo, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
const kb = (bytes) => (bytes / 1000).toFixed(1);

const built = [];
try {
  for (const scale of scales) {
    const file = `${work}/data-${scale}.toml`;
    if (scale === '1') run('cp', ['data/dataset.toml', file]);
    else if (scale === 'plus100') run('node', ['bench/scale-data.mjs', '--figures', '100', '--metrics', file]);
    else run('node', ['bench/scale-data.mjs', scale, file]);
    process.stdout.write(run('cargo', ['run', '--quiet', '--release', '--offline', '--example', 'check_data', '--', file]).replace(/^bench check_data \S+/m, `bench scale ${scale}x check_data`));
    const dist = `${work}/dist-${scale}`;
    const started = Date.now();
    run('bash', ['scripts/build.sh', '--dist', dist], { DATASET_FILE: file });
    const buildS = (Date.now() - started) / 1000;
    const wasm = statSync(`${dist}/shenzhen-explorer_bg.wasm`).size;
    const wasmBr = statSync(`${dist}/shenzhen-explorer_bg.wasm.br`).size;
    const data = readFileSync(`${dist}/data.txt`);
    const pages = ['index.html', 'cities/index.html', 'figures/index.html'].map((p) => `${p} ${kb(statSync(`${dist}/${p}`).size)} KB (${kb(brotliCompressSync(readFileSync(`${dist}/${p}`)).length)} br)`);
    console.log(`bench scale ${scale}x build_s=${buildS.toFixed(0)} wasm_bytes=${wasm} wasm_br_kb=${kb(wasmBr)} data_kb=${kb(data.length)} data_br_kb=${kb(brotliCompressSync(data).length)}; ${pages.join(', ')}`);
    built.push([scale, dist, wasm]);
  }
  const base = built.find(([s]) => s === '1');
  const plus = built.find(([s]) => s === 'plus100');
  if (base && plus) console.log(`bench scale code_size_delta_bytes=${plus[2] - base[2]} (raw .wasm after wasm-opt, today's data vs 100 more figures, places, sources, metrics; target <= 1000)`);
  for (const [scale, dist] of built.filter(([s]) => s !== 'plus100')) {
    process.stdout.write(run('node', ['bench/views.mjs'], { APP_ROOT: dist, BENCH_LABEL: `scale ${scale}x`, BENCH_ROUNDS: process.env.BENCH_ROUNDS || '11' }).split('\n').filter((l) => l.startsWith('bench')).join('\n') + '\n');
  }
  const throttled = built.filter(([s]) => s !== 'plus100');
  const lines = run('node', ['bench/variants.mjs', ...throttled.map(([, d]) => d)], { BENCH_RUNS: process.env.BENCH_RUNS || '7' }).trim().split('\n');
  for (const [i, [scale]] of throttled.entries()) console.log(`bench scale ${scale}x first screen (CPU 4x, 9 Mbit/s): ${lines.at(i - throttled.length).trim()}`);
} finally {
  // The next build of the project's own data rebuilds what DATASET_FILE changed.
  if (existsSync(`${repo}target`)) console.log('scale: done; scripts/build.sh rebuilds dist/ from data/dataset.toml');
}
