import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../../main/paths';
import { contentSecurityPolicy } from '../../../main/security/csp';

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p, pattern) : pattern.test(e.name) ? [p] : [];
  });
}

/** A call to shell.openExternal/openPath/showItemInFolder, or importing `shell` from electron at all. */
const externalOpeners =
  /\b(openExternal|openPath|showItemInFolder)\s*\(|import\s*{[^}]*\bshell\b[^}]*}\s*from\s*['"]electron['"]/;

test('the external-opener pattern catches what it must', () => {
  assert.match("shell.openExternal('https://x')", externalOpeners);
  assert.match("import { app, shell } from 'electron';", externalOpeners);
  assert.doesNotMatch('// no shell.openExternal here', externalOpeners);
});

test('nothing in the app opens external URLs or pages (shell.openExternal and friends)', () => {
  const offenders = [
    ...files(join(projectRoot, 'main'), /\.ts$/),
    ...files(join(projectRoot, 'renderer/src'), /\.tsx?$/),
  ]
    .filter((f) => externalOpeners.test(readFileSync(f, 'utf8')))
    .map((f) => relative(projectRoot, f));
  assert.deepEqual(offenders, []);
});

test('the shell’s decision modules are pure: at most type imports from electron, so Node tests run them', () => {
  const pure = [
    'window-config.ts',
    'permissions.ts',
    'recovery.ts',
    'log-format.ts',
    'it-error-page.ts',
    'app-routes.ts',
    'startup.ts',
  ];
  for (const f of pure) {
    const text = readFileSync(join(projectRoot, 'main/electron', f), 'utf8');
    assert.doesNotMatch(text, /^import (?!type )[^;]*from ['"]electron['"]/m, f);
    assert.doesNotMatch(text, /require\(['"]electron['"]\)/, f);
  }
});

test('the CSP: no remote origin, no inline script or style, no eval of any kind (not even wasm)', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
  assert.deepEqual(directives.get('default-src'), ["'self'"]);
  assert.deepEqual(directives.get('script-src'), ["'self'"]);
  assert.deepEqual(directives.get('object-src'), ["'none'"]);
  assert.deepEqual(directives.get('base-uri'), ["'none'"]);
  assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
  assert.deepEqual(directives.get('frame-src'), ["'none'"]);
  assert.deepEqual(directives.get('form-action'), ["'none'"]);
  for (const [name, values] of directives) {
    for (const v of values) {
      assert.ok(!/^(https?:|wss?:|\*|'unsafe-inline'|'unsafe-eval'|'unsafe-hashes')/.test(v), `${name} ${v}`);
    }
  }
});
