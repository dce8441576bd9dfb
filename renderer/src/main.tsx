import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadFontsFor } from './fonts';
import './styles.css';
import 'virtual:repere-start-fonts.css';
import { loadLocale } from './i18n/index';
import { startBoot } from './boot-calls';
import { App } from './App';
import { supportedLocales } from '../../common/locales';

// One app, three entries: the kiosk, a printable sheet loaded by a print backend, or the staff desk (/desk). The
// kiosk's App is in the first chunk (its start screen is what a kiosk loads; a chunk loaded after this one held it
// back by a round trip); the sheet and the desk are chunks of their own.
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
  // The start screen's data is in the page (else asked); the App renders once it is there.
  await startBoot();
  return <App />;
}

void entry().then((node) => createRoot(document.getElementById('root')!).render(<StrictMode>{node}</StrictMode>));
