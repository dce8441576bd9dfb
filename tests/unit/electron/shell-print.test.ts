import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PrinterError, type Printer, type PrintJob } from '../../../main/services/printing';
import { importShellModule } from '../../helpers/electron/load-shell';
import { ElectronStandIn, useStandIn } from '../../helpers/electron/stand-in';

const job: PrintJob = {
  procedureId: 'ame-first',
  lang: 'ar',
  format: 'receipt',
  path: '/print/checklist/ame-first?lang=ar&format=receipt',
};

async function printerWith(prepare: (standIn: ElectronStandIn) => void, deviceName: string | null = 'Kiosk printer') {
  const standIn = new ElectronStandIn('/app', '/user-data');
  useStandIn(standIn);
  const { electronPrinter } = await importShellModule<typeof import('../../../main/electron/print')>('print.ts');
  const printer: Printer = electronPrinter({ preloadPath: '/app/preload.cjs', deviceName: () => deviceName });
  const original = standIn.createWindow.bind(standIn);
  standIn.createWindow = (options) => {
    const win = original(options);
    prepare(standIn);
    return win;
  };
  return { standIn, printer };
}

const failsWith = (reason: string) => (err: unknown) => err instanceof PrinterError && err.reason === reason;

test('a sheet prints silently in a hidden sandboxed window on the configured printer, then the window goes', async () => {
  const { standIn, printer } = await printerWith(() => undefined);
  await printer.print(job);
  const [win] = standIn.windows;
  const prefs = win!.options.webPreferences as Record<string, unknown>;
  assert.equal(win!.options.show, false);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.deepEqual(win!.loads, ['app://repere/print/checklist/ame-first?lang=ar&format=receipt']);
  const [printed] = win!.webContents.printCalls;
  assert.equal(printed!.options.silent, true);
  assert.equal(printed!.options.deviceName, 'Kiosk printer');
  assert.equal(printed!.options.color, false, 'thermal receipts print in black and white');
  assert.ok(win!.destroyed);
});

test('no printer, a missing named printer, no paper, and a sheet that did not load each give their reason', async () => {
  const none = await printerWith((s) => (s.windows.at(-1)!.webContents.printers = []));
  await assert.rejects(none.printer.print(job), failsWith('no-printer'));
  const other = await printerWith(() => undefined, 'Desk printer');
  await assert.rejects(other.printer.print(job), failsWith('no-printer'));
  const paper = await printerWith((s) => (s.windows.at(-1)!.webContents.printFailure = 'Out of paper'));
  await assert.rejects(paper.printer.print(job), failsWith('out-of-paper'));
  const broken = await printerWith((s) => (s.windows.at(-1)!.webContents.pageAnswer = 'error'));
  await assert.rejects(broken.printer.print(job), failsWith('printer-error'));
  for (const { standIn } of [none, other, paper, broken]) assert.ok(standIn.windows.every((w) => w.destroyed));
});
