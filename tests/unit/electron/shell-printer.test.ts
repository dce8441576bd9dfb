import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { writeSettings } from '../../../main/services/settings';
import { PrinterError, printRoute } from '../../../main/services/printing';
import { importShellModule } from '../../helpers/electron/load-shell';
import { ElectronStandIn, useStandIn } from '../../helpers/electron/stand-in';
import { startTestCups, type TestCups } from '../../helpers/cups';
import { withTemp } from '../../helpers/temp';

// The real shell-printer.ts and print.ts against the Electron stand-in, and a real private cupsd.
let cups: TestCups;
before(async () => (cups = await startTestCups()));
after(() => cups?.stop());

const job = { procedureId: 'ame-first', lang: 'ar', format: 'a4' as const, path: printRoute('ame-first', 'ar', 'a4') };

async function shellWith(t: Parameters<typeof withTemp>[0], platform: NodeJS.Platform, queue: string) {
  const standIn = new ElectronStandIn('/app', '/user-data');
  useStandIn(standIn);
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(withTemp(t), 'data') });
  t.after(() => kiosk.close());
  writeSettings(kiosk.db, { printerName: queue });
  const { shellPrinter } =
    await importShellModule<typeof import('../../../main/electron/shell-printer')>('shell-printer.ts');
  return { standIn, ...shellPrinter(kiosk, '/app/preload.cjs', platform, cups.server) };
}

test('on Linux the shell draws the sheet with printToPDF and CUPS prints it; a cached sheet is not drawn again', async (t) => {
  const { standIn, printer, sheets } = await shellWith(t, 'linux', 'ok');
  await printer.print(job);
  await printer.print(job);
  assert.equal(standIn.windows.length, 1, 'the second print reused the cached PDF');
  assert.deepEqual(standIn.windows[0]!.loads, [`app://repere${job.path}`]);
  assert.deepEqual(standIn.windows[0]!.webContents.printCalls, [], 'no silent webContents.print on Linux');
  assert.equal(sheets!.size, 1);
  assert.deepEqual(cups.pendingJobs('ok'), []);
});

test("on Linux a printer out of paper is told by CUPS, which Electron's silent print could not say", async (t) => {
  const { printer } = await shellWith(t, 'linux', 'no-paper');
  await assert.rejects(printer.print(job), (err) => err instanceof PrinterError && err.reason === 'out-of-paper');
  assert.deepEqual(cups.pendingJobs('no-paper'), []);
});

test('on Windows the shell keeps the silent webContents.print on the named printer', async (t) => {
  const { standIn, printer, sheets } = await shellWith(t, 'win32', 'Kiosk printer');
  await printer.print(job);
  assert.equal(sheets, null);
  assert.equal(standIn.windows[0]!.webContents.printCalls[0]!.options.deviceName, 'Kiosk printer');
});
