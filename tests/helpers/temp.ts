import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp directory, removed by the returned cleanup. Tests use real files, never a mock database. */
export function tempDir(prefix = 'repere-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh temp directory for one test, removed when the test ends (t.after), whatever its outcome. */
export function withTemp(t: { after(fn: () => void): void }, prefix = 'repere-test-'): string {
  const { dir, cleanup } = tempDir(prefix);
  t.after(cleanup);
  return dir;
}
