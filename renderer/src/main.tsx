import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './fonts';
import './styles.css';
import './i18n/index';
import { applyReviewedTexts } from './i18n/reviewed';

// One app, three entries: the kiosk, a printable sheet loaded by a print backend, or the staff desk (/desk).
// Each entry is its own chunk, so a print backend loading a sheet parses no kiosk, speech or staff code.
async function entry(): Promise<ReactNode> {
  const path = window.location.pathname;
  if (path.startsWith('/print/')) {
    const { parsePrintRoute, PrintChecklistPage } = await import('./features/print/PrintChecklist');
    const request = parsePrintRoute(window.location);
    if (request) {
      await applyReviewedTexts(request.lang);
      return <PrintChecklistPage request={request} />;
    }
  }
  if (path === '/desk') {
    const { Desk } = await import('./features/staff/Desk');
    return <Desk />;
  }
  const { App } = await import('./App');
  return <App />;
}

void entry().then((node) => createRoot(document.getElementById('root')!).render(<StrictMode>{node}</StrictMode>));
