import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadFontsFor } from './fonts';
import './styles.css';
import type { PrintableChecklist } from '../../common/api/contract';
import { printDataElementId } from '../../common/print/ready';
import { sourceLanguage } from '../../common/locales';
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
// A sheet is French beside one language: only those two scripts' fonts are loaded.
if (request) {
  void Promise.all([initPrintLanguages(request.lang), loadFontsFor([sourceLanguage, request.lang])]).then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <PrintChecklistPage request={request} initial={inlineSheet()} />
      </StrictMode>,
    ),
  );
}
