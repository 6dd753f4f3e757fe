// Grammar tests: every bundled standard (../../standards/**/*.kvs), and the cases in
// test/cases/ (every kind of token in one file), through the TextMate grammar with
// vscode-tmgrammar-snap, against the snapshots kept beside them (NAME.kvs.snap). The
// standards are copied to test/standards/ first, as MUNICIPALITY-FILE.kvs, so their
// snapshots live beside the grammar and not among the standards.
// `npm run test:update` writes the snapshots anew; review them.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const here = path.resolve(__dirname, "..");
const standards = path.resolve(here, "../../standards");
const cases = path.join(here, "test", "standards");

function kvsFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return kvsFiles(full);
      return entry.name.endsWith(".kvs") ? [full] : [];
    })
    .sort();
}

fs.mkdirSync(cases, { recursive: true });
for (const old of fs.readdirSync(cases)) {
  if (old.endsWith(".kvs")) fs.rmSync(path.join(cases, old));
}
const copied = new Set();
for (const file of kvsFiles(standards)) {
  const name = path.relative(standards, file).split(path.sep).join("-");
  fs.copyFileSync(file, path.join(cases, name));
  copied.add(`${name}.snap`);
}
// A snapshot whose standard is gone would never be compared: that is a failure too.
const orphans = fs.readdirSync(cases).filter((f) => f.endsWith(".snap") && !copied.has(f));
const update = process.argv.includes("--updateSnapshot");
if (orphans.length > 0) {
  if (update) {
    orphans.forEach((f) => fs.rmSync(path.join(cases, f)));
  } else {
    console.error(`snapshots without a bundled standard: ${orphans.join(", ")} (npm run test:update)`);
    process.exit(1);
  }
}

const bin = path.join(here, "node_modules", ".bin", "vscode-tmgrammar-snap");
const args = [
  "--scope",
  "source.kvalitet",
  "--grammar",
  path.join(here, "syntaxes", "kvalitet.tmLanguage.json"),
  ...(update ? ["--updateSnapshot"] : []),
  path.join("test", "standards", "*.kvs"),
  path.join("test", "cases", "*.kvs"),
];
const run = spawnSync(bin, args, { cwd: here, stdio: "inherit" });
process.exit(run.status === null ? 1 : run.status);
