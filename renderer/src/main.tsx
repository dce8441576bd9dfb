import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadFontsFor } from './fonts';
import './styles.css';
import { loadLocale } from './i18n/index';
import { startBoot } from './boot-calls';
import { supportedLocales } from '../../common/locales';

// One app, three entries: the kiosk, a printable sheet loaded by a print backend, or the staff desk (/desk).
// Each entry is its own chunk, so a print backend loading a sheet parses no kiosk, speech or staff code.
async function entry(): Promise<ReactNode> {
  const path = window.location.pathname;
  if (path.startsWith('/print/')) {
    const { parsePrintRoute, PrintChecklistPage } = await import('./features/print/PrintChecklist');
    const request = parsePrintRoute(window.location);
    // A sheet is French beside one language: only those scripts' fonts.
    if (request) {
      await Promise.all([loadLocale(request.lang), loadFontsFor(['fr', request.lang])]);
      return <PrintChecklistPage request={request} />;
    }
  }
  if (path === '/desk') {
    const [{ Desk }] = await Promise.all([import('./features/staff/Desk'), loadFontsFor(supportedLocales)]);
    return <Desk />;
  }
  // The start screen's calls start now, while its chunk loads.
  startBoot();
  const { App } = await import('./App');
  return <App />;
}

void entry().then((node) => createRoot(document.getElementById('root')!).render(<StrictMode>{node}</StrictMode>));
