import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createPrinterHandlers } from '../../../main/api/staff-printer-handlers';
import { cupsPrinter } from '../../../main/services/print/cups-printer';
import { openKiosk } from '../../../main/services/kiosk';
import { printChecklist } from '../../../main/services/printing';
import { defaultContentDir } from '../../../main/paths';
import { startTestCups, tinyPdf } from '../../helpers/cups';
import { withTemp } from '../../helpers/temp';

// Issue 25: with cupsd stopped, visitors were told "the printer does not work" and staff saw an empty queue list
// marked available. A real cupsd is started, then stopped, so its port is one where nothing answers any more.
test('cupsd stopped: a visitor hears "no printer", staff are told the list is unavailable', async (t) => {
  const cups = await startTestCups();
  await cups.stop();
  const printer = cupsPrinter({
    queue: () => 'ok',
    renderPdf: () => Promise.resolve(tinyPdf('x')),
    server: cups.server,
  });

  const visitor = await printChecklist(printer, { procedureId: 'pass', lang: 'fr', format: 'a4' });
  assert.equal(visitor.ok, false);
  assert.equal(visitor.ok ? null : visitor.reason, 'no-printer');
  assert.match(visitor.ok ? '' : visitor.message, /CUPS is not running/);

  await assert.rejects(printer.listQueues!(), /CUPS is not running/);
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(withTemp(t), 'data') });
  t.after(() => kiosk.close());
  const listed = await createPrinterHandlers(kiosk, printer).staffListPrinters({} as never);
  assert.deepEqual(listed, { available: false, queues: [], defaultQueue: null });
});
