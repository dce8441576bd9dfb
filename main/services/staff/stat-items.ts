import type { Kiosk } from '../kiosk';
import { listThemes } from '../content-store';
import { listProcedureIds } from '../procedures';
import { structureById } from '../structure-store';
import type { CountEvent } from './stats';

/**
 * Whether a counter names something of the installed content. A pattern alone let any text through
 * ("jean-dupont-0612345678" is a valid id), so every id must be a theme, procedure or structure the kiosk
 * shows; the counters table is then bounded by the content (items × 24 hours × days).
 */
export function isInstalledItem(kiosk: Kiosk, event: CountEvent): boolean {
  switch (event.kind) {
    case 'session':
    case 'language':
      return true;
    case 'theme':
      return listThemes(kiosk.db).some((t) => t.id === event.id);
    case 'procedure':
    case 'checklist':
      return listProcedureIds(kiosk).includes(event.id);
    case 'structure':
      return structureById(kiosk.db, event.id) !== null;
  }
}
