// Writes a brotli copy (`file.br`, quality 11) beside every compressible file in a built
// site, for hosts that serve precompressed files (nginx brotli_static, our e2e/server.mjs).
// Node's own zlib, so no extra package is needed. Measured on this app: the WebAssembly
// 202 KB gzipped, about 165 KB as brotli.
//   node scripts/brotli.mjs dist
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
// The types the test server compresses, so a copy exists for each file it would send packed.
import { COMPRESSIBLE } from '../e2e/server.mjs';

const root = process.argv[2];
if (!root) throw new Error('usage: node scripts/brotli.mjs DIR');

let count = 0;
for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !COMPRESSIBLE.has(path.extname(entry.name).toLowerCase())) continue;
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  const body = await readFile(file);
  const packed = zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  await writeFile(`${file}.br`, packed);
  count += 1;
}
console.log(`brotli: wrote ${count} .br copies in ${root}/`);
