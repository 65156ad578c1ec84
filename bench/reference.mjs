// The Chart.js reference page (bench/reference/: one chart and one toggle), bundled by esbuild
// into bench/reference/dist/, for the benchmarks that compare the app with it.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/** Builds the reference page; resolves to its folder. */
export async function buildReference() {
  const out = here('./reference/dist/');
  await mkdir(out, { recursive: true });
  await build({ entryPoints: [here('./reference/main.js')], bundle: true, minify: true, treeShaking: true, format: 'esm', outfile: `${out}main.min.js`, logLevel: 'warning' });
  await copyFile(here('./reference/index.html'), `${out}index.html`);
  return out;
}
