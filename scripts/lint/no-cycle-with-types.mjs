// ESLint rule: no import cycle between project files, type-only imports included. import-x/no-cycle skips
// `import type`, yet a type-only cycle still ties two modules together (neither can move or be read alone).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const candidates = (base) => [
  base,
  `${base}.ts`,
  `${base}.tsx`,
  `${base}.mjs`,
  `${base}.js`,
  resolve(base, 'index.ts'),
  resolve(base, 'index.tsx'),
  base.replace(/\.js$/, '.ts'),
];

/** The project file a relative specifier names, or null (packages, JSON, CSS and missing files lead nowhere). */
function resolveRelative(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const found = candidates(resolve(dirname(fromFile), specifier)).find(
    (f) => /\.(ts|tsx|mjs|js)$/.test(f) && existsSync(f) && statSync(f).isFile(),
  );
  return found ?? null;
}

const importsCache = new Map();

/** Every project file `file` imports, whatever the kind of import (read from disk, cached while unchanged). */
function importsOf(file) {
  const mtime = statSync(file).mtimeMs;
  const cached = importsCache.get(file);
  if (cached && cached.mtime === mtime) return cached.imports;
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const imports = [...new Set(importedFiles.map((i) => resolveRelative(file, i.fileName)).filter(Boolean))];
  importsCache.set(file, { mtime, imports });
  return imports;
}

/** A path of imports from `start` back to `target`, or null. */
function pathBack(start, target) {
  const seen = new Set([start]);
  const queue = [[start]];
  while (queue.length > 0) {
    const route = queue.shift();
    for (const next of importsOf(route.at(-1))) {
      if (next === target) return route;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...route, next]);
      }
    }
  }
  return null;
}

export const noCycleWithTypes = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between project files, type-only imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle (type imports count): {{route}}.' },
  },
  create(context) {
    const file = context.physicalFilename;
    const root = context.cwd;
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const target = resolveRelative(file, node.source.value);
      if (!target || target === file) return;
      const route = pathBack(target, file);
      if (route)
        context.report({
          node,
          messageId: 'cycle',
          data: { route: [file, ...route, file].map((f) => relative(root, f)).join(' → ') },
        });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
