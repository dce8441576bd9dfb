// Bench (not a test): a visitor's "print" → the job accepted by CUPS, through the browser host's real path
// (POST /api/printChecklist, Chromium page.pdf, lp), for a cached sheet and for a cold one (a sheet never drawn),
// and the same up to the job completed. Targets (issue 12): cached ≤ 500 ms p95, cold ≤ 1.5 s p95 to acceptance.
// It starts a private cupsd (tests/helpers/cups.ts: needs root, cups, cups-ipp-utils) and prints on its `ok`
// queue, a test backend that takes the job and prints nothing, so only the kiosk and CUPS are measured.
import { hostPrinting, type HostPrinting } from '../../main/host/host-printing';
import { listProcedureIds } from '../../main/services/procedures';
import { writeSettings } from '../../main/services/settings';
import { startTestCups } from '../../tests/helpers/cups';
import { startTestHost } from '../../tests/helpers/host';
import { report } from './_stats';

export async function run(): Promise<void> {
  const cups = await startTestCups();
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
  try {
    await print('pass', 'fr'); // warm-up: Chromium starts, the bundle and fonts load once, as after start-up
    const cold = { accepted: [] as number[], completed: [] as number[] };
    const warm = { accepted: [] as number[], completed: [] as number[] };
    const ids = listProcedureIds(host.kiosk);
    for (const [i, lang] of ['ar', 'ti', 'bn', 'ur', 'zh', 'fa', 'ru', 'en', 'es', 'tr'].entries()) {
      const id = ids[i % ids.length]!;
      const first = await print(id, lang); // never drawn: cold
      cold.accepted.push(first.accepted);
      cold.completed.push(first.completed);
      const again = await print(id, lang); // same key: cached
      warm.accepted.push(again.accepted);
      warm.completed.push(again.completed);
    }
    report('print → CUPS accepted, cached sheet', warm.accepted, '≤ 500 ms p95');
    report('print → CUPS accepted, cold sheet', cold.accepted, '≤ 1500 ms p95');
    report('print → job completed, cached sheet', warm.completed);
    report('print → job completed, cold sheet', cold.completed);
  } finally {
    await host.stop();
    await printing?.close();
    await cups.stop();
  }
}
