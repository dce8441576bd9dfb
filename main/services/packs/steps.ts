import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The steps of an import or a restore, in order. Each is announced, so the kill -9 tests can stop a real
 * process exactly there: REPERE_TEST_KILL_AT=<step> makes the process SIGKILL itself on reaching that step
 * (nothing else reads it; a kiosk never sets it).
 */
export const contentSteps = [
  'locked',
  'extracted',
  'copied',
  'state-prepared',
  'database-installed',
  'switched',
  'swept',
] as const;
export type ContentStep = (typeof contentSteps)[number];

export type StepHook = (step: ContentStep) => void;

export function reachStep(step: ContentStep, hook?: StepHook): void {
  if (process.env.REPERE_TEST_KILL_AT === step) process.kill(process.pid, 'SIGKILL');
  hook?.(step);
}

/** The two long steps an import runs off the host's thread (main/services/packs/content-worker.ts). */
export type WorkerStep = 'checking' | 'installing';

/**
 * Lets a test hold the content worker in the middle of a long step, to send a visitor request then (order of
 * events, not timing): REPERE_TEST_HOLD=<step,…> with REPERE_TEST_HOLD_DIR=<dir> makes the thread that reaches
 * the step write `<dir>/<step>.reached` and wait for `<dir>/<step>.go` (at most a minute). Nothing else reads
 * them; a kiosk never sets them.
 */
export function holdForTest(step: WorkerStep): void {
  const dir = process.env.REPERE_TEST_HOLD_DIR;
  if (!dir || !(process.env.REPERE_TEST_HOLD ?? '').split(',').includes(step)) return;
  writeFileSync(join(dir, `${step}.reached`), '');
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 6000 && !existsSync(join(dir, `${step}.go`)); i++) Atomics.wait(cell, 0, 0, 10);
}
