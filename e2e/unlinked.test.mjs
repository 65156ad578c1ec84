// No file of the built site (pages, previews, the data file, catalogs, scripts, the service
// worker's list) names a site the data file lists as not to be linked (`[[unlinked_domain]]`,
// for the spam it carries). The downloads and citations the app makes in the browser are
// checked natively (src/unlinked_sites.rs), from the same code.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './app.mjs';

const DATA_FILE = readFileSync(new URL('../data/dataset.toml', import.meta.url), 'utf8');

/** The domains of the data file's `[[unlinked_domain]]` rows. */
function unlinkedDomains() {
  return DATA_FILE.split('[[unlinked_domain]]').slice(1)
    .map((row) => /^domain\s*=\s*"([^"]+)"/m.exec(row)?.[1]?.toLowerCase())
    .filter(Boolean);
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

describe('sites not linked', () => {
  it('no file of the built site names one', () => {
    const domains = unlinkedDomains();
    assert.ok(domains.includes('digipub.cc') && domains.includes('ddctz.com'), String(domains));
    let read = 0;
    for (const path of files(DIST)) {
      if (/\.(br|gz|wasm|png|ico)$/.test(path)) continue; // compressed copies and binaries of files read here
      const text = readFileSync(path, 'utf8').toLowerCase();
      read += 1;
      for (const domain of domains) assert.ok(!text.includes(domain), `${path} names ${domain}`);
    }
    assert.ok(read > 20, `read ${read} files of ${DIST}`);
  });
});
