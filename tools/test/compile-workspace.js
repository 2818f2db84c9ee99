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
for (const file of options.files) {
  if (!file.endsWith('.ts') || file.endsWith('.d.ts') || file.endsWith('.spec.ts')) continue;
  const target = join(outDir, relative(root, file).replace(/\.ts$/, '.js'));
  mkdirSync(dirname(target), { recursive: true });
  // compile() changes the options it is given.
  writeFileSync(target, compile(readFileSync(file, 'utf8'), file, { ...options }));
}

// JSON modules the code imports (such as HSDS's tabular schema) are copied beside the output, as tsc does.
for (const sourceRoot of [
  'apps/api/src',
  ...readdirSync(join(root, 'libs')).map((lib) => `libs/${lib}/src`),
]) {
  for (const entry of readdirSync(join(root, sourceRoot), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const source = join(entry.parentPath ?? entry.path, entry.name);
    const target = join(outDir, relative(root, source));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
  }
}
