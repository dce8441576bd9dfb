import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { projectRoot } from '../../../main/paths';

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

test('services, database, content, API and browser host never import electron', () => {
  const offenders = ['main/services', 'main/db', 'main/content', 'main/api', 'main/host', 'main/cli']
    .flatMap((d) => tsFiles(join(projectRoot, d)))
    .filter((f) => /from ['"]electron['"]|require\(['"]electron['"]\)/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(projectRoot, f));
  assert.deepEqual(offenders, []);
});

test('the lint rule refuses ipcRenderer/ipcMain outside the Electron shell and accepts it inside', async () => {
  const eslint = new ESLint({ cwd: projectRoot });
  const code = "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n";
  const [outside] = await eslint.lintText(code, { filePath: join(projectRoot, 'renderer/src/sneaky.ts') });
  assert.ok(
    outside!.messages.some((m) => m.ruleId === 'no-restricted-imports'),
    'renderer import refused',
  );
  const [inside] = await eslint.lintText(code, { filePath: join(projectRoot, 'main/electron/preload.ts') });
  assert.ok(!inside!.messages.some((m) => m.ruleId === 'no-restricted-imports'), 'preload import allowed');
});
