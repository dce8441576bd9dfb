import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './fonts';
import './styles.css';
import './i18n/index';
import { App } from './App';
import { parsePrintRoute, PrintChecklistPage } from './print/PrintChecklist';

// One app, two entries: the kiosk, or a printable sheet loaded by a print backend.
const printRequest = parsePrintRoute(window.location);

createRoot(document.getElementById('root')!).render(
  <StrictMode>{printRequest ? <PrintChecklistPage request={printRequest} /> : <App />}</StrictMode>,
);
