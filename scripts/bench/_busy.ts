// Shared by the benches that run "quiet and busy" (issue 27): the same measurement on the machine as it is, then
// with two CPU-bound processes spinning beside it, as a kiosk PC busy with an update or an antivirus scan would be.
// BENCH_LOAD=quiet or BENCH_LOAD=busy runs one mode only; both by default.
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadAverage1 } from './_stats';

export type LoadMode = 'quiet' | 'busy';

/** How many processes spin in the busy mode: one per core of the 2-core machine the targets are set for. */
const spinners = 2;

function loadModes(): LoadMode[] {
  const wanted = process.env.BENCH_LOAD;
  if (wanted === 'quiet' || wanted === 'busy') return [wanted];
  return ['quiet', 'busy'];
}

/** Runs `fn` with `count` processes spinning on the CPU; they are killed by PID however `fn` ends, SIGINT included. */
async function withSpinningCpu<T>(count: number, fn: () => Promise<T>): Promise<T> {
  const children: ChildProcess[] = [];
  const stop = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', stop);
  try {
    for (let i = 0; i < count; i++) children.push(spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
    await sleep(2000); // the spinners are running before anything is measured
    return await fn();
  } finally {
    stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', stop);
  }
}

/**
 * Runs `measure` quiet, then busy (or the one mode BENCH_LOAD names), printing the 1-minute load average at the
 * start and end of each mode. Returns each mode's result with the load average it started at.
 */
export async function quietAndBusy<T>(
  bench: string,
  measure: (mode: LoadMode) => Promise<T>,
): Promise<{ mode: LoadMode; load: string; result: T }[]> {
  const out: { mode: LoadMode; load: string; result: T }[] = [];
  for (const mode of loadModes()) {
    const once = async () => {
      const load = loadAverage1();
      console.log(`${bench}, ${mode}: start ${new Date().toISOString()}, load average (1 min) ${load}`);
      const result = await measure(mode);
      console.log(`${bench}, ${mode}: end, load average (1 min) ${loadAverage1()}`);
      return { mode, load, result };
    };
    out.push(mode === 'busy' ? await withSpinningCpu(spinners, once) : await once());
  }
  return out;
}
