/**
 * `node tools/test/compile-workspace.js <outDir>`: compiles the workspace's TypeScript (the files
 * tsconfig.json includes, spec files left out) into `<outDir>`, in the same layout, with the very
 * transform and options `node -r @swc-node/register` applies when it loads a file. Tests that start
 * a script as a child process (the CLIs, the API's main.ts) run it from there, so the children
 * neither load TypeScript nor read tsconfig.json and the transform cache again on every start.
 * The path aliases come out as relative requires, so the output runs as it is.
 */
// Read by @swc-node/register when it loads: no inline source maps for Node to parse at every start.
process.env.SWC_NODE_SOURCE_MAP_MODE = 'none';
const { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');
const ts = require('typescript');
const { compile } = require('@swc-node/register/register');
const { readDefaultTsConfig } = require('@swc-node/register/read-default-tsconfig');

const root = join(__dirname, '../..');
const outDir = process.argv[2];
if (!outDir) throw new Error('Usage: node tools/test/compile-workspace.js <outDir>');

// As register() sets them up (with tsconfig.json read from the current folder, the root).
process.chdir(root);
const options = { ...readDefaultTsConfig(), module: ts.ModuleKind.CommonJS };
const folders = new Set();
for (const file of options.files) {
  if (!file.endsWith('.ts') || file.endsWith('.d.ts') || file.endsWith('.spec.ts')) continue;
  const target = join(outDir, relative(root, file).replace(/\.ts$/, '.js'));
  mkdirSync(dirname(target), { recursive: true });
  // compile() changes the options it is given.
  writeFileSync(target, compile(readFileSync(file, 'utf8'), file, { ...options }));
  folders.add(dirname(file));
}
// JSON the code imports (e.g. a schema beside its validator) is required at run time as it is.
const CONFIG_FILES = /^(tsconfig.*|package|project)\.json$/;
for (const folder of folders) {
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.json') || CONFIG_FILES.test(name)) continue;
    copyFileSync(join(folder, name), join(outDir, relative(root, folder), name));
  }
}
