import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './fonts';
import './styles.css';
import type { PrintableChecklist } from '../../common/api/contract';
import { printDataElementId } from '../../common/print/ready';
import { initPrintLanguages } from './i18n/print';
import { parsePrintRoute, PrintChecklistPage } from './features/print/PrintChecklist';

// The print route's own entry (print.html): no kiosk, speech or staff code, and the sheet's data arrives in the
// page itself (the hosts put it in a JSON block), so nothing waits for a call after the script.
function inlineSheet(): PrintableChecklist | null {
  const text = document.getElementById(printDataElementId)?.textContent;
  try {
    return text ? (JSON.parse(text) as PrintableChecklist) : null;
  } catch {
    return null;
  }
}

const request = parsePrintRoute(window.location);
if (request) {
  void initPrintLanguages(request.lang).then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <PrintChecklistPage request={request} initial={inlineSheet()} />
      </StrictMode>,
    ),
  );
}
