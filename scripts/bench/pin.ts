// The offline cost of guessing a staff PIN from its hash (not a test): one scrypt evaluation at the kiosk's
// cost and at the former one, and what trying every 6-digit PIN on one core would take.
// Export run() for scripts/bench.ts; `npx tsx scripts/bench/pin.ts` runs it alone.
import { performance } from 'node:perf_hooks';
import { hashPin, scryptParams, verifyPin } from '../../main/services/pin';

async function medianMs(n: number, cost: { N: number; r: number; p: number }): Promise<number> {
  const hash = await hashPin('482915', cost);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await verifyPin('000000', hash);
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(n / 2)]!;
}

export async function run(): Promise<void> {
  for (const [label, cost] of [
    ['kiosk cost (N=2^17, r=8)', scryptParams],
    ['former cost (N=2^14, r=8)', { N: 16384, r: 8, p: 1 }],
  ] as const) {
    const ms = await medianMs(7, cost);
    const days = (1e6 * ms) / 1000 / 86400;
    console.log(
      `${label.padEnd(28)} median ${ms.toFixed(0)} ms per guess; all 10^6 six-digit PINs: ${days.toFixed(2)} days on one core`,
    );
  }
}

if (process.argv[1]?.endsWith('pin.ts')) void run();
