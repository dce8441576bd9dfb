/**
 * How a print backend learns that a sheet is laid out: the page sets `data-print-ready` on <html> ('ready' or
 * 'failed') and fires this event. The backend runs `awaitPrintReadyScript` in the page once it has loaded: it
 * answers at once if the flag is already there, else when the event comes (no polling).
 */
export const printReadyEvent = 'repere:print-ready';

export const awaitPrintReadyScript = `new Promise((done) => {
  const state = () => document.documentElement.dataset.printReady;
  if (state()) return done(state());
  document.addEventListener(${JSON.stringify(printReadyEvent)}, () => done(state()), { once: true });
})`;

/** The JSON block holding the sheet's data, written into print.html by the host that serves the print route. */
export const printDataElementId = 'sheet-data';
