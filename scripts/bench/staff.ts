// Staff-mode benchmarks (not tests): pack validation and import, and the cost of one anonymous counter.
// Export run() for scripts/bench.ts; `npx tsx scripts/bench/staff.ts` runs it alone.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultContentDir } from '../../main/paths';
import { openKiosk } from '../../main/services/kiosk';
import { countEvent } from '../../main/services/staff/stats';
import { exportPack } from '../../main/services/packs/export';
import { importPack } from '../../main/services/packs/import';
import { validatePack } from '../../main/services/packs/validate-pack';
import { tempDir } from '../../tests/helpers/temp';

function summary(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  console.log(
    `${label.padEnd(36)} median ${at(0.5).toFixed(2)} ms   p95 ${at(0.95).toFixed(2)} ms   (n=${samples.length})`,
  );
}

async function time(n: number, work: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await work();
    out.push(performance.now() - start);
  }
  return out;
}

export async function run(): Promise<void> {
  const t = tempDir('repere-bench-');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
  try {
    const pack = join(t.dir, 'pack.zip');
    await exportPack(kiosk, pack);
    const validate = await time(30, () => validatePack(pack));
    const imports = await time(30, () => importPack(kiosk, pack));
    const at = new Date('2026-11-25T10:00:00Z');
    const counts = await time(2000, () =>
      countEvent(kiosk.db, at, 'America/Martinique', { kind: 'theme', id: 'care' }),
    );
    summary('validate a pack (shipped content)', validate);
    summary('import a pack (all or nothing)', imports);
    summary('count one anonymous event', counts);
    const median = (s: number[]) => [...s].sort((a, b) => a - b)[Math.floor(s.length / 2)]!;
    console.log(`import / validate ratio: ${(median(imports) / median(validate)).toFixed(2)}`);
  } finally {
    kiosk.close();
    t.cleanup();
  }
}

if (process.argv[1]?.endsWith('staff.ts')) void run();
