import { contract, isCallName, type CallInput, type CallName, type CallOutput } from '../../common/api/contract';
import { kioskConfig, listThemes, type Kiosk } from '../services/kiosk';
import { listClipKeys } from '../services/clips';
import { readSettings } from '../services/settings';
import { supportedLocales } from '../../common/locales';
import { getPrintableChecklist, getProcedure, listProcedureIds, listProcedures } from '../services/procedures';
import { printChecklist, type Printer } from '../services/printing';
import { listTerritories, metaValue } from '../services/content-store';
import { countEvent } from '../services/staff/stats';
import { createStaffHandlers } from './staff-handlers';
import { CallFailure } from './errors';
import type { StaffGate } from '../services/staff/gate';
import { currentTerritory, getPlace, kioskPosition, listPlaces } from '../services/places';
import { structuresOf } from '../services/structure-store';
import { buildTerritoryMap } from '../services/territory-map';
import { readTranslationStatus } from '../services/translation-status';

export type Handlers = { [K in CallName]: (input: CallInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

/** Binds each contract call to the services. The type makes a missing or extra call a compile error. */
export interface HandlerOptions {
  /** The printer backend (Electron: main/electron/print.ts); none means every print answers 'no-printer'. */
  printer?: Printer | null;
  /** The staff gate, when the host needs to know whether staff mode is active (Electron's microphone rule). */
  staffGate?: StaffGate;
}

function unknownProcedure(id: string): never {
  throw new CallFailure({ code: 'bad-input', message: `unknown procedure "${id}"` });
}

export function createHandlers(kiosk: Kiosk, options: HandlerOptions = {}): Handlers {
  return {
    getKioskConfig: () => kioskConfig(kiosk),
    listThemes: () => listThemes(kiosk.db).map(({ id, pictogram }) => ({ id, pictogram })),
    listClips: ({ lang }) =>
      (supportedLocales as readonly string[]).includes(lang) ? listClipKeys(kiosk.paths, lang) : [],
    listPlaces: (input) => listPlaces(kiosk.db, kiosk.clock(), input),
    getPlace: ({ id, lang }) => getPlace(kiosk.db, kiosk.clock(), id, lang),
    getTerritoryMap: () => {
      const territory = currentTerritory(kiosk.db);
      return buildTerritoryMap(
        kiosk.paths.contentDir,
        territory,
        structuresOf(kiosk.db, territory.id),
        kioskPosition(kiosk.db, territory),
      );
    },
    listProcedures: ({ themeId, lang }) => listProcedures(kiosk, themeId, lang),
    getProcedure: ({ id, lang }) => getProcedure(kiosk, id, lang) ?? unknownProcedure(id),
    getPrintableChecklist: async ({ id, lang }) =>
      (await getPrintableChecklist(kiosk, id, lang)) ?? unknownProcedure(id),
    printChecklist: async ({ id, lang, format }) => {
      // Only the id is checked here: the sheet itself computes the procedure once (or comes from the cache).
      if (!listProcedureIds(kiosk).includes(id)) unknownProcedure(id);
      const paper = format ?? readSettings(kiosk.db).paperFormat;
      const outcome = await printChecklist(options.printer ?? null, { procedureId: id, lang, format: paper });
      if (outcome.ok) countEvent(kiosk.db, kiosk.clock(), kioskTimeZone(kiosk), { kind: 'checklist', id });
      return outcome;
    },
    countEvent: (event) => {
      // Themes are checked against the installed content; other kinds by their id pattern only.
      const unknownTheme = event.kind === 'theme' && !listThemes(kiosk.db).some((t) => t.id === event.id);
      if (unknownTheme || !countEvent(kiosk.db, kiosk.clock(), kioskTimeZone(kiosk), event))
        throw new CallFailure({ code: 'bad-input', message: `no counter for ${event.kind} "${event.id}"` });
      return null;
    },
    ...createStaffHandlers(kiosk, options.staffGate, options.printer ?? null),
    getTranslationStatus: () => readTranslationStatus(),
  };
}

/** The time zone of the kiosk's territory, which decides what "a day" is for the counters. */
function kioskTimeZone(kiosk: Kiosk): string {
  const id = readSettings(kiosk.db).territory ?? metaValue(kiosk.db, 'default_territory');
  return listTerritories(kiosk.db).find((t) => t.id === id)?.timezone ?? 'UTC';
}

/** The single entry both hosts go through: checks the name, validates the input, then calls the service. */
export async function dispatch(handlers: Handlers, name: unknown, rawInput: unknown): Promise<unknown> {
  if (!isCallName(name)) throw new CallFailure({ code: 'bad-call', message: `unknown call ${JSON.stringify(name)}` });
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    throw new CallFailure({
      code: 'bad-input',
      message: parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; '),
    });
  }
  const handler = handlers[name] as (input: unknown) => unknown;
  return await handler(parsed.data);
}
