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
