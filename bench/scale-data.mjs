// Writes a data file N times as large as data/dataset.toml, valid by the same rules, for the
// scale bench (bench/scale.mjs) and the code-size check: each copy k = 2..N adds a copy of every
// place (`shenzhen-2`, "Shenzhen 2"; no colour, no role: the palette rule colours them), with
// its figures, their sources, conflicts and gaps, and one break for the copies' places. Figures
// about no place (exchange rates) and the headline flags are not copied.
//
//   node bench/scale-data.mjs 10 /tmp/scale-10.toml            ten times the data
//   node bench/scale-data.mjs --figures 100 --metrics OUT      100 more figures, of new metrics too
import { readFileSync, writeFileSync } from "node:fs";

const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const [value] = args.splice(at, name === "--metrics" ? 1 : 2).slice(1);
  return value ?? true;
};
const figureLimit = flag("--figures");
const newMetrics = flag("--metrics") === true;
const [times, out] = args.length === 2 ? [Number(args[0]), args[1]] : [Infinity, args[0]];
if (!out || (!figureLimit && !(times >= 1))) {
  console.error("usage: node bench/scale-data.mjs N OUT.toml | --figures COUNT [--metrics] OUT.toml");
  process.exit(2);
}

const text = readFileSync(new URL("../data/dataset.toml", import.meta.url), "utf8");
// Blocks: the text before the first table, then each `[meta]` or `[[table]]` with its lines.
const blocks = [];
for (const line of text.split("\n")) {
  const table = /^\[\[?([a-z]+)\]\]?$/.exec(line);
  if (table || blocks.length === 0) blocks.push({ table: table ? table[1] : null, lines: [] });
  blocks.at(-1).lines.push(line);
}
const field = (block, key) => {
  const line = block.lines.find((l) => l.startsWith(`${key} = `));
  return line ? JSON.parse(line.slice(key.length + 3)) : undefined;
};
const of = (table) => blocks.filter((b) => b.table === table);
const renamed = (value, k) => `${value}-${k}`;

const placeKeys = of("place").map((b) => field(b, "key"));
const copyable = (keys) => keys.every((key) => placeKeys.includes(key));
const added = [];
let figuresAdded = 0;
const limit = figureLimit ? Number(figureLimit) : Infinity;
for (let k = 2; k <= times && figuresAdded < limit; k++) {
  const copiedFigures = new Set();
  const edit = (block, rewrite, drop = []) => ({
    table: block.table,
    lines: block.lines
      .filter((l) => !drop.some((key) => l.startsWith(`${key} = `)))
      .map((line) => {
        const m = /^([a-z_]+) = (.*)$/.exec(line);
        if (!m || !(m[1] in rewrite)) return line;
        return `${m[1]} = ${JSON.stringify(rewrite[m[1]](JSON.parse(m[2])))}`;
      }),
  });
  const ids = (list) => list.map((id) => renamed(id, k));
  const named = (name) => `${name} ${k}`;
  for (const b of of("place")) added.push(edit(b, { key: (v) => renamed(v, k), en: named, fr: named, zh: named }, ["colour", "roles"]));
  if (newMetrics) {
    for (const b of of("metric")) added.push(edit(b, { key: (v) => renamed(v, k), en: named, fr: named, zh: named }));
  }
  for (const b of of("source")) added.push(edit(b, { id: (v) => renamed(v, k) }));
  const figures = [];
  for (const b of of("figure")) {
    if (figuresAdded >= limit) break;
    const entity = field(b, "entity");
    if (entity === undefined) continue;
    copiedFigures.add(field(b, "id"));
    figuresAdded++;
    const rewrite = { id: (v) => renamed(v, k), entity: (v) => renamed(v, k), source: (v) => renamed(v, k), yoy_source: (v) => renamed(v, k), derived_from: ids };
    if (newMetrics) rewrite.metric = (v) => renamed(v, k);
    figures.push({ from: field(b, "derived_from") ?? [], block: edit(b, rewrite, ["headline"]) });
  }
  // A derived figure whose inputs were not all copied (the limit) is an estimate of its own.
  for (const { from, block } of figures) {
    if (!from.every((id) => copiedFigures.has(id))) {
      block.lines = block.lines.filter((l) => !/^(derived_from|formula) = /.test(l)).map((l) => l.replace(/^qualifier = "derived"$/, 'qualifier = "estimate"'));
    }
    added.push(block);
  }
  for (const b of of("conflict")) {
    if (field(b, "figures").every((id) => copiedFigures.has(id))) added.push(edit(b, { id: (v) => renamed(v, k), figures: ids }));
  }
  for (const b of of("gap")) if (copyable([field(b, "entity")])) added.push(edit(b, { entity: (v) => renamed(v, k), ...(newMetrics ? { metric: (v) => renamed(v, k) } : {}) }));
  for (const b of of("break")) {
    const except = field(b, "except") ?? [];
    const places = placeKeys.filter((key) => !except.includes(key)).map((key) => renamed(key, k));
    const rewrite = { id: (v) => renamed(v, k), places: () => places };
    if (newMetrics) rewrite.metrics = (list) => list.map((m) => renamed(m, k));
    added.push(edit(b, rewrite, ["except"]));
  }
}
// Sources no copied figure cites (the limit) would break the rule that every source is cited.
const cited = new Set(added.filter((b) => b.table === "figure" || b.table === "break").flatMap((b) => [field(b, "source"), field(b, "yoy_source")]));
const kept = added.filter((b) => b.table !== "source" || cited.has(field(b, "id")));
writeFileSync(out, [...blocks, ...kept].map((b) => b.lines.join("\n")).join("\n") + "\n");
const count = (table) => [...blocks, ...kept].filter((b) => b.table === table).length;
console.log(`scale-data: ${out}: ${count("figure")} figures, ${count("place")} places, ${count("source")} sources, ${count("metric")} metrics, ${count("conflict")} conflicts, ${count("break")} breaks, ${count("gap")} gaps`);
