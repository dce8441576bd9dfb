import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './fonts';
import './styles.css';
import './i18n/index';
import { App } from './App';
import { parsePrintRoute, PrintChecklistPage } from './print/PrintChecklist';
import { Desk } from './staff/Desk';

// One app, three entries: the kiosk, a printable sheet loaded by a print backend, or the staff desk (/desk).
const printRequest = parsePrintRoute(window.location);
const desk = window.location.pathname === '/desk';

createRoot(document.getElementById('root')!).render(
  <StrictMode>{printRequest ? <PrintChecklistPage request={printRequest} /> : desk ? <Desk /> : <App />}</StrictMode>,
);
