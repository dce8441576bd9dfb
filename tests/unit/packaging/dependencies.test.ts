import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules, isBuiltin } from 'node:module';
import { join } from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { projectRoot } from '../../../main/paths';
import { bundleExternals, nodeBundles } from '../../../scripts/build-entries.mjs';

/** The npm package of a bare import (left external) or of a resolved file (`@scope/name` or `name`), or null. */
function packageOf(path: string, external = false): string | null {
  const at = path.lastIndexOf('node_modules/');
  if (!external && at < 0) return null; // one of our own files
  const parts = path.slice(at < 0 ? 0 : at + 'node_modules/'.length).split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** The packages our own files import in a bundle, bundled or left external (Node built-ins and Electron aside). */
function packagesImported(metafile: Metafile | undefined): Set<string> {
  const found = new Set<string>();
  for (const [file, input] of Object.entries(metafile?.inputs ?? {})) {
    if (file.includes('node_modules/')) continue; // a package's own dependencies come with it
    for (const imported of input.imports) {
      const name = packageOf(imported.path, imported.external === true);
      if (name && !isBuiltin(imported.path) && name !== 'electron') found.add(name);
    }
  }
  return found;
}

const common: BuildOptions = {
  bundle: true,
  write: false,
  metafile: true,
  logLevel: 'silent',
  absWorkingDir: projectRoot,
};

/** The Node bundles exactly as scripts/build-main.mjs builds them. */
async function nodePackages(): Promise<Set<string>> {
  const found = new Set<string>();
  for (const { entry } of nodeBundles) {
    const r = await build({
      ...common,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: bundleExternals,
      entryPoints: [entry],
      outfile: 'out.cjs',
    });
    for (const name of packagesImported(r.metafile)) found.add(name);
  }
  return found;
}

/** Vite's `?worker` and `?url` imports, and its virtual start strings, read as the files they stand for. */
const viteImports: Plugin = {
  name: 'vite-imports',
  setup(b) {
    b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: 'virtual' }));
    b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: 'export default {}', loader: 'js' }));
    b.onResolve({ filter: /\?(worker|url)$/ }, async (args) => {
      const [file, kind] = args.path.split('?') as [string, string];
      const r = await b.resolve(file, { kind: args.kind, resolveDir: args.resolveDir });
      // A worker is its own bundle: a stand-in Worker class that imports it, so its imports are read too.
      return kind === 'worker' ? { path: r.path, namespace: 'worker' } : { path: r.path, errors: r.errors };
    });
    b.onLoad({ filter: /.*/, namespace: 'worker' }, (args) => ({
      contents: `import ${JSON.stringify(args.path)}; export default Worker;`,
      loader: 'js',
      resolveDir: projectRoot,
    }));
  },
};

/** The renderer's two pages (index.html, print.html) and everything they import, as Vite would bundle them. */
async function rendererPackages(): Promise<Set<string>> {
  const html = ['index.html', 'print.html'].map((f) => readFileSync(join(projectRoot, 'renderer', f), 'utf8'));
  const pages = html.map((text) => join('renderer', /<script[^>]*src="\/([^"]+)"/.exec(text)![1]!));
  assert.equal(pages.length, 2);
  const r = await build({
    ...common,
    entryPoints: pages,
    outdir: 'out',
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    loader: { '.woff2': 'file', '.woff': 'file', '.data': 'file' },
    // The espeak-ng build has a Node branch the browser never takes; the pictograms are served from assets/.
    external: ['/pictograms/*', ...builtinModules],
    plugins: [viteImports],
  });
  return packagesImported(r.metafile);
}

test('dependencies are exactly the packages the packed app and the shipped CLI run', async () => {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const running = new Set([...(await nodePackages()), ...(await rendererPackages())]);
  assert.ok(running.has('better-sqlite3') && running.has('react'), 'both the Node bundles and the renderer are read');
  const declared = new Set(Object.keys(pkg.dependencies));
  const undeclared = [...running].filter((name) => !declared.has(name)).sort();
  const unused = [...declared].filter((name) => !running.has(name)).sort();
  // undeclared: run by the packed app or the CLI, so in "dependencies"; unused: not run, so a devDependency.
  assert.deepEqual({ undeclared, unused }, { undeclared: [], unused: [] });
});

test('packageOf names scoped and plain packages, and nothing for our own files', () => {
  assert.equal(packageOf('node_modules/@fontsource/noto-sans/400.css'), '@fontsource/noto-sans');
  assert.equal(packageOf('node_modules/react-dom/node_modules/scheduler/index.js'), 'scheduler');
  assert.equal(packageOf('better-sqlite3', true), 'better-sqlite3');
  assert.equal(packageOf('main/args.ts'), null);
});
