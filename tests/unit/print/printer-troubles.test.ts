import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failureOf, paperTrouble, printerDown } from '../../../main/services/print/printer-troubles';
import { parseIppAttributes } from '../../../main/services/print/cups';

test('printer-state-reasons become the visitor outcome: paper first, then jam, else a printer error', () => {
  assert.equal(paperTrouble(['media-empty-error']), 'out-of-paper');
  assert.equal(paperTrouble(['media-needed']), 'out-of-paper');
  assert.equal(paperTrouble(['media-empty-warning', 'media-jam-error']), 'out-of-paper');
  assert.equal(paperTrouble(['media-jam-error']), 'paper-jam');
  assert.equal(paperTrouble(['media-jam']), 'paper-jam');
  assert.equal(paperTrouble(['media-empty-report']), null, 'a -report is information, not a trouble');
  assert.equal(paperTrouble(['none']), null);
  assert.equal(failureOf(['toner-low-warning']), 'printer-error');
  assert.equal(failureOf(['media-jam-error']), 'paper-jam');
});

test('a stopped, refusing or offline printer is down; an idle one with a warning is not', () => {
  assert.equal(printerDown({ state: 'stopped', accepting: true, reasons: ['paused'] }), true);
  assert.equal(printerDown({ state: 'idle', accepting: false, reasons: ['none'] }), true);
  assert.equal(printerDown({ state: 'idle', accepting: true, reasons: ['offline-report'] }), false);
  assert.equal(printerDown({ state: 'processing', accepting: true, reasons: ['offline-error'] }), true);
  assert.equal(printerDown({ state: 'idle', accepting: true, reasons: ['toner-low-warning'] }), false);
});

test("ipptool's attribute lines are read with their 1setOf values", () => {
  const a = parseIppAttributes(
    [
      '        status-code = successful-ok (successful-ok)',
      '        job-state (enum) = pending-held',
      '        printer-state-reasons (1setOf keyword) = media-empty-error,paused',
    ].join('\n'),
  );
  assert.deepEqual(a.get('job-state'), ['pending-held']);
  assert.deepEqual(a.get('printer-state-reasons'), ['media-empty-error', 'paused']);
});
