// The wasm kernel against the native build: for every example response and COUNT generated
// responses per bundled workbook, the kernel's JSON and HTML reports must be byte-identical to
// what `workbook report --format json|html` prints for the same file.
//
//   node Scripts/check-wasm.mjs --workbook .build/debug/workbook --kernel .build/wasm/workbook-kernel.wasm [--count 200]
//   node Scripts/check-wasm.mjs --workbook .build/debug/workbook --write DIR [--native-only] [--reuse] [--count 200]
//
// --write DIR also keeps, per workbook, each response's request (its model JSON, what the
// kernel is given) and the native JSON and HTML reports, for Scripts/check-form-differential.py
// to run the same responses through the kernel inside the real form: DIR/WORKBOOK/NNNN.request.json,
// NNNN.json, NNNN.html, and DIR/WORKBOOK/manifest.json naming each one's source file (and
// whether it was generated); generated responses are kept in DIR/generated/.
// --native-only skips the kernel in node (the browser is the kernel under test then, and
// Scripts/check-wasm.sh runs this comparison on its own). --reuse leaves DIR as it is when its
// stamp says it was written by the same binary, generator, count and examples (the native side
// is what takes the time: two `workbook report` processes per response); otherwise DIR is
// written anew. Scripts/check-form.sh writes and reuses .build/wasm/differential this way.
//
// The generated responses come from a seeded generator (the same files every run): scores,
// rating lists, named raters in stakeholder groups, na, blanks, targets, actions, and text
// with the characters every format must escape. Scripts/check-wasm.sh builds both and runs this.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { instantiate } from "../Wasm/kernel.mjs";

const run = promisify(execFile);
const flags = new Set(["native-only", "reuse"]);
const args = {};
for (let i = 2; i < process.argv.length; i++) {
  const name = process.argv[i].replace(/^--/, "");
  if (!process.argv[i].startsWith("--") || !["workbook", "kernel", "count", "write", ...flags].includes(name)) {
    console.error(`check-wasm: unknown argument ${process.argv[i]}`);
    process.exit(64);
  }
  args[name] = flags.has(name) ? true : process.argv[++i];
}
const cli = args.workbook ?? ".build/debug/workbook";
const kernelPath = args.kernel ?? ".build/wasm/workbook-kernel.wasm";
const count = Number(args.count ?? 200);
const writeFolder = args.write ?? null;
const nativeOnly = args["native-only"] === true;
if ((nativeOnly || args.reuse) && !writeFolder) {
  console.error("check-wasm: --native-only and --reuse need --write DIR");
  process.exit(64);
}

// --- the example responses: every YAML file under examples/ that is a response.
function yamlFiles(folder) {
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith(".yaml") ? [path] : [];
  });
}
const examples = yamlFiles("examples").filter((file) => /^(answers|area):/m.test(readFileSync(file, "utf8")));

// What the written folder depends on: the binary that wrote the native reports, this script
// (the generator), the count, and every example file.
function stamp() {
  const hash = createHash("sha256");
  for (const file of [cli, process.argv[1], ...yamlFiles("examples")]) hash.update(`${file}\0`).update(readFileSync(file));
  return `${hash.update(`count ${count}`).digest("hex")}\n`;
}
let writtenStamp = null;
if (writeFolder) {
  writtenStamp = stamp();
  const stampFile = join(writeFolder, "stamp.txt");
  if (args.reuse && statSync(stampFile, { throwIfNoEntry: false }) && readFileSync(stampFile, "utf8") === writtenStamp) {
    console.log(`check-wasm: ${writeFolder} is up to date (same binary, generator, count and examples): reused`);
    process.exit(0);
  }
  rmSync(writeFolder, { recursive: true, force: true });
}

async function modelJSON(files) {
  const { stdout } = await run(cli, ["model-json", ...files], { maxBuffer: 1 << 30 });
  return JSON.parse(stdout);
}

// --- the generator: a small seeded PRNG (mulberry32), so every run writes the same files.
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p) => next() < p,
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

// Text every renderer must escape or keep whole: markup, quotes, ampersands, non-ASCII,
// a line break, right-to-left text.
const texts = [
  "Audit cycle in place for CVD only.",
  'Tables said "not yet" & <b>meant</b> it',
  "Zoë's table: café <script>alert(1)</script>",
  "Two lines:\nsecond line here",
  "Ratings split 50/50 — see notes; 100% agreed on the gap",
  "مرحبا and 日本語 side by side",
  "Ends with a backslash \\",
];
const areas = ["Northmoor", "St Mary's & <Old> Town", "Zoë Vale", "Area \"North\"", "Eastbridge"];
const q = (text) => JSON.stringify(text); // a JSON string is a YAML double-quoted scalar

function generate(workbook, index) {
  const rng = random(index * 7919 + workbook.id.length * 104729 + 1);
  const values = workbook.scale.levels.map((level) => level.value);
  const elements = workbook.elements;
  const lines = [`workbook: ${workbook.id}`];
  if (rng.chance(0.5)) lines.push(`version: ${q(workbook.version)}`);
  lines.push(`area: ${q(rng.pick(areas))}`);
  if (rng.chance(0.3)) lines.push(`plan: ${q(rng.pick(["Tobacco control", "CVD <secondary> prevention"]))}`);
  lines.push(`period: ${q(rng.pick(["2025/26", "2026", "Round 2"]))}`);
  if (rng.chance(0.6)) lines.push(`date: 2025-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`);
  if (rng.chance(0.5)) lines.push(`facilitator: ${q(rng.pick(texts))}`);
  const participants = rng.int(0, 3);
  if (participants === 1) lines.push(`participants: ${rng.int(0, 40)}`);
  if (participants === 2) lines.push(`participants: [${q("Council")}, ${q(rng.pick(texts))}]`);
  if (participants === 3) lines.push(`participants: {count: ${rng.int(1, 30)}, names: [${q("NHS & partners")}]}`);
  if (rng.chance(0.3)) lines.push(`notes: ${q(rng.pick(texts))}`);
  if (rng.chance(0.4)) {
    lines.push("targets:");
    for (const element of elements) if (rng.chance(0.3)) lines.push(`  ${element.id}: ${rng.pick(values)}`);
    if (lines.at(-1) === "targets:") lines.pop();
  }
  if (rng.chance(0.3)) {
    lines.push("actions:");
    for (let a = 0; a < rng.int(1, 3); a++) {
      lines.push(`  - id: action-${a}`, `    element: ${rng.pick(elements).id}`, `    what: ${q(rng.pick(texts))}`);
      if (rng.chance(0.5)) lines.push(`    owner: ${q("Public health <lead>")}`);
      if (rng.chance(0.5)) lines.push("    due: 2026-06-30");
      lines.push(`    status: ${rng.pick(["planned", "in-progress", "done", "dropped"])}`);
    }
  }
  // Named raters in stakeholder groups for some files, unnamed rating lists for others.
  const named = rng.chance(0.3);
  const raters = ["Council table", "NHS table", "Zoë's table", "Table <4>"];
  const groups = ["council", "nhs", "community"];
  if (named) {
    lines.push(`stakeholder_groups: [${groups.join(", ")}]`, "raters:");
    raters.forEach((name, i) => lines.push(`  ${q(name)}: {group: ${groups[i % groups.length]}}`));
  }
  const mostlyAnswered = rng.chance(0.8);
  lines.push("answers:");
  for (const element of elements) {
    for (const question of element.questions) {
      const roll = rng.int(0, 99);
      if (roll < (mostlyAnswered ? 8 : 50)) continue;
      if (roll < (mostlyAnswered ? 12 : 55)) { lines.push(`  ${question.id}:`); continue; }
      if (workbook.scale.allowsNotApplicable && roll < (mostlyAnswered ? 16 : 60)) { lines.push(`  ${question.id}: na`); continue; }
      const evidence = rng.chance(0.4) ? `, evidence: ${q(rng.pick(texts))}` : "";
      if (rng.chance(0.5)) {
        lines.push(`  ${question.id}: {score: ${rng.pick(values)}${evidence}}`);
      } else if (named) {
        const ratings = raters.filter(() => rng.chance(0.8)).map((name) => `${q(name)}: ${rng.pick(values)}`);
        lines.push(`  ${question.id}: {ratings: {${ratings.join(", ")}}${evidence}}`);
      } else {
        const ratings = Array.from({ length: rng.int(1, 7) }, () => rng.pick(values));
        lines.push(`  ${question.id}: {ratings: [${ratings.join(", ")}]${evidence}}`);
      }
    }
  }
  return lines.join("\n") + "\n";
}

// --- compare, two native reports at a time.
const kernel = nativeOnly ? null : await instantiate(readFileSync(kernelPath));
let loadedWorkbook = null;
const failures = [];
let compared = 0;

function firstDifference(mine, theirs) {
  const a = Buffer.from(mine).toString("utf8").split("\n");
  const b = theirs.toString("utf8").split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n    wasm:   ${JSON.stringify(a[i])}\n    native: ${JSON.stringify(b[i])}`;
  }
  return "same lines, different bytes";
}

let kernelMilliseconds = { json: 0, html: 0 };

async function check(model, generated = false) {
  const items = model.responses;
  const native = async (file, format) => (await run(cli, ["report", file, "--format", format], { encoding: "buffer", maxBuffer: 1 << 30 })).stdout;
  // The native reports run a few files ahead (two processes each); the kernel takes the
  // files in order, so its loaded workbook changes only between workbooks.
  const pending = [];
  let next = 0;
  const fetchNext = () => {
    if (next >= items.length) return;
    const item = items[next++];
    pending.push(Promise.all(["json", "html"].map((format) => native(item.file, format))).then((theirs) => [item, theirs]));
  };
  for (let i = 0; i < 3; i++) fetchNext();
  while (pending.length) {
    const [item, theirs] = await pending.shift();
    fetchNext();
    const request = JSON.stringify(item.response);
    if (writeFolder) keep(model.workbooks[item.workbook].id, item.file, generated, request, theirs);
    if (nativeOnly) continue;
    if (loadedWorkbook !== item.workbook) {
      kernel.loadWorkbook(JSON.stringify(model.workbooks[item.workbook]));
      loadedWorkbook = item.workbook;
    }
    ["json", "html"].forEach((format, i) => {
      let mine;
      try {
        const before = performance.now();
        mine = kernel.report(request, format);
        kernelMilliseconds[format] += performance.now() - before;
      } catch (error) {
        failures.push(`${item.file} (${format}): the kernel failed: ${error.message}`);
        return;
      }
      compared++;
      if (Buffer.compare(Buffer.from(mine), theirs[i]) !== 0) failures.push(`${item.file} (${format}) differs at ${firstDifference(mine, theirs[i])}`);
    });
  }
}

// --write: each response's request and native reports, numbered in order per workbook; the
// manifests are written at the end, so a folder without one was not finished.
const kept = new Map();
function keep(workbookID, source, generated, request, [json, html]) {
  if (!kept.has(workbookID)) kept.set(workbookID, []);
  const entries = kept.get(workbookID);
  const name = String(entries.length).padStart(4, "0");
  const folder = join(writeFolder, workbookID);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${name}.request.json`), request);
  writeFileSync(join(folder, `${name}.json`), json);
  writeFileSync(join(folder, `${name}.html`), html);
  entries.push({ name, source, generated });
}
function writeManifests() {
  for (const [workbookID, entries] of kept) {
    writeFileSync(join(writeFolder, workbookID, "manifest.json"), JSON.stringify({ workbook: workbookID, responses: entries }, null, 1) + "\n");
  }
}

const started = Date.now();
const exampleModel = await modelJSON(examples);
await check(exampleModel);
const exampleCount = compared;

// With --write the generated responses stay beside their requests, for reading a failure.
const folder = writeFolder ? join(writeFolder, "generated") : mkdtempSync(join(tmpdir(), "workbook-wasm-"));
mkdirSync(folder, { recursive: true });
try {
  const bundled = Object.values(exampleModel.workbooks);
  const { stdout } = await run(cli, ["--help"]);
  const ids = (stdout.match(/Bundled\s+workbooks:\s*([^.]+)\./) ?? [])[1]?.split(/,\s*/).map((id) => id.trim()) ?? [];
  const missing = ids.filter((id) => !bundled.some((workbook) => workbook.id === id));
  if (missing.length) failures.push(`no example answers the bundled workbook(s) ${missing.join(", ")}, so none was generated for them`);
  for (const workbook of bundled) {
    const files = [];
    for (let i = 0; i < count; i++) {
      const file = join(folder, `${workbook.id}-${String(i).padStart(3, "0")}.yaml`);
      writeFileSync(file, generate(workbook, i));
      files.push(file);
    }
    await check(await modelJSON(files), true);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (writeFolder) {
    writeManifests();
    if (failures.length === 0) writeFileSync(join(writeFolder, "stamp.txt"), writtenStamp);
    const total = [...kept.values()].reduce((sum, entries) => sum + entries.length, 0);
    console.log(`check-wasm: wrote ${total} requests and their native JSON and HTML reports ` +
      `(${exampleModel.responses.length} examples, ${count} generated for each of ${bundled.length} workbooks) to ${writeFolder} in ${seconds} s`);
  }
  if (!nativeOnly) {
    console.log(
      `check-wasm: ${compared} reports compared (${exampleCount} from ${exampleModel.responses.length} examples, ` +
        `${compared - exampleCount} from ${count} generated responses for each of ${bundled.length} workbooks) ` +
        `in ${seconds} s; the kernel took ` +
        `${(kernelMilliseconds.json / (compared / 2)).toFixed(1)} ms per JSON report and ` +
        `${(kernelMilliseconds.html / (compared / 2)).toFixed(1)} ms per HTML report on average`,
    );
  }
} finally {
  if (writeFolder) {
    // kept: the requests and reports name these files
  } else if (failures.length === 0) rmSync(folder, { recursive: true, force: true });
  else console.error(`the generated responses are kept in ${folder}`);
}
if (failures.length) {
  console.error(`check-wasm: ${failures.length} differences:`);
  for (const failure of failures.slice(0, 20)) console.error("  " + failure);
  process.exit(1);
}
if (!nativeOnly) console.log("check-wasm: the kernel's JSON and HTML reports are byte-identical to workbook report's");
