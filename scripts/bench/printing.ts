// Bench (not a test): a visitor's "print" → the job accepted by CUPS, through the browser host's real path
// (POST /api/printChecklist, Chromium page.pdf, lp), for a cached sheet and for a cold one (a sheet never drawn),
// and the same up to the job completed, quiet and busy (scripts/bench/_busy.ts; a fresh host in each mode, so its
// sheets are cold again), beside a floor: `lp` alone submitting a ready PDF to the same queue. Goals: cached
// ≤ 200 ms p95 (issue 27), cold ≤ 1.5 s p95 to acceptance. CPU throttling does not apply: the sheets are drawn by
// the host's own Chromium. It starts a private cupsd (tests/helpers/cups.ts: needs root, cups, cups-ipp-utils) and
// prints on its `ok` queue, a test backend that takes the job and prints nothing, so only the kiosk and CUPS are
// measured; if cupsd cannot start, the bench says so and is skipped.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostPrinting, type HostPrinting } from '../../main/host/host-printing';
import { listProcedureIds } from '../../main/services/procedures';
import { writeSettings } from '../../main/services/settings';
import { startTestCups, tinyPdf, type TestCups } from '../../tests/helpers/cups';
import { startTestHost } from '../../tests/helpers/host';
import { tempDir } from '../../tests/helpers/temp';
import { quietAndBusy } from './_busy';
import { p95Goal, printFloorTable, type FloorRow } from './_stats';

const languages = ['ar', 'ti', 'bn', 'ur', 'zh', 'fa', 'ru', 'en', 'es', 'tr'];

async function measure(cups: TestCups, floorPdf: string) {
  let printing: HostPrinting | undefined;
  let accepted = 0;
  const host = await startTestHost({
    printer: (kiosk, baseUrl) => {
      printing = hostPrinting(kiosk, baseUrl, {
        server: cups.server,
        onAccepted: () => (accepted = performance.now()),
      });
      return printing.printer;
    },
  });
  writeSettings(host.kiosk.db, { printerName: 'ok', paperFormat: 'a4' });
  const print = async (id: string, lang: string) => {
    const start = performance.now();
    const res = await fetch(`${host.url}api/printChecklist`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id, lang }),
    });
    const answer = (await res.json()) as { ok: boolean; value?: { ok: boolean } };
    if (!answer.ok || !answer.value?.ok) throw new Error(`print failed: ${JSON.stringify(answer)}`);
    return { accepted: accepted - start, completed: performance.now() - start };
  };
  const out = { cold: [] as number[], warm: [] as number[], coldDone: [] as number[], warmDone: [] as number[] };
  const floor: number[] = [];
  try {
    await print('pass', 'fr'); // warm-up: Chromium starts, the bundle and fonts load once, as after start-up
    const ids = listProcedureIds(host.kiosk);
    for (const [i, lang] of languages.entries()) {
      const id = ids[i % ids.length]!;
      const first = await print(id, lang); // never drawn: cold
      out.cold.push(first.accepted);
      out.coldDone.push(first.completed);
      const again = await print(id, lang); // same key: cached
      out.warm.push(again.accepted);
      out.warmDone.push(again.completed);
      const start = performance.now();
      cups.lp(['-d', 'ok', '--', floorPdf]);
      floor.push(performance.now() - start);
    }
  } finally {
    await host.stop();
    await printing?.close();
  }
  return { ...out, floor };
}

export async function run(): Promise<void> {
  let cups: TestCups;
  try {
    cups = await startTestCups();
  } catch (error) {
    console.log(`printing: skipped, CUPS could not start (${(error as Error).message.split('\n')[0]})`);
    return;
  }
  const temp = tempDir('repere-bench-');
  const floorPdf = join(temp.dir, 'floor.pdf');
  writeFileSync(floorPdf, tinyPdf('floor'));
  try {
    const modes = await quietAndBusy('printing', () => measure(cups, floorPdf));
    const rows: FloorRow[] = modes.flatMap(({ mode, load, result: r }) => {
      const condition = `${mode} (load ${load})`;
      return [
        {
          figure: 'print → CUPS accepted, cached sheet',
          condition,
          samples: r.warm,
          floor: r.floor,
          goal: p95Goal(200),
        },
        {
          figure: 'print → CUPS accepted, cold sheet',
          condition,
          samples: r.cold,
          floor: r.floor,
          goal: p95Goal(1500),
        },
        { figure: 'print → job completed, cached sheet', condition, samples: r.warmDone, floor: [] },
        { figure: 'print → job completed, cold sheet', condition, samples: r.coldDone, floor: [] },
      ];
    });
    printFloorTable(rows);
  } finally {
    await cups.stop();
    temp.cleanup();
  }
}
