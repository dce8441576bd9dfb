import { contract, isCallName, type CallInput, type CallName, type CallOutput } from '../../common/api/contract';
import { kioskConfig, listThemes, type Kiosk } from '../services/kiosk';
import { listClipKeys } from '../services/clips';
import { readSettings } from '../services/settings';
import { isSupportedLocale } from '../../common/locales';
import {
  contentPhrases,
  getPrintableChecklist,
  getProcedure,
  listProcedureIds,
  listProcedures,
} from '../services/procedures';
import { printChecklist, type Printer } from '../services/printing';
import { countEvent } from '../services/staff/stats';
import { isInstalledItem } from '../services/staff/stat-items';
import { createStaffHandlers } from './staff-handlers';
import { CallFailure } from './errors';
import { byKey } from './by-key';
import type { StaffGate } from '../services/staff/gate';
import { getPlace, kioskPosition, listPlaces } from '../services/places';
import { structuresOf } from '../services/structure-store';
import { buildTerritoryMap } from '../services/territory-map';
import { readTranslationStatus } from '../services/translation-status';
import { createTranslationHandlers } from './translation-handlers';

export type Handlers = { [K in CallName]: (input: CallInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

/** Binds each contract call to the services. The type makes a missing or extra call a compile error. */
export interface HandlerOptions {
  /** The printer backend (Electron: main/electron/print.ts); none means every print answers 'no-printer'. */
  printer?: Printer | null;
  /** The staff gate, when the host needs to know whether staff mode is active (Electron's microphone rule). */
  staffGate?: StaffGate;
  /** The machine config's contentPublicKeys (the staff screen refuses packs not signed by one of them). */
  contentPublicKeys?: readonly string[];
}

function unknownProcedure(id: string): never {
  throw new CallFailure({ code: 'bad-input', message: `unknown procedure "${id}"` });
}

export function createHandlers(kiosk: Kiosk, options: HandlerOptions = {}): Handlers {
  return {
    getKioskConfig: () => kioskConfig(kiosk),
    listThemes: () => listThemes(kiosk.db).map(({ id, pictogram }) => ({ id, pictogram })),
    listClips: ({ langs }) => byKey(langs, (lang) => (isSupportedLocale(lang) ? listClipKeys(kiosk.paths, lang) : [])),
    listPlaces: (input) => listPlaces(kiosk, input),
    getPlace: ({ id, lang }) => getPlace(kiosk.db, kiosk.clock(), id, lang),
    getTerritoryMap: () => {
      const territory = kiosk.territory();
      return buildTerritoryMap(
        kiosk.paths.contentDir,
        territory,
        structuresOf(kiosk.db, territory.id),
        kioskPosition(kiosk.db, territory),
      );
    },
    listProcedures: ({ themeIds, lang }) => byKey(themeIds, (themeId) => listProcedures(kiosk, themeId, lang)),
    getProcedure: ({ id, lang }) => getProcedure(kiosk, id, lang) ?? unknownProcedure(id),
    getProcedures: ({ ids, lang }) => byKey(ids, (id) => getProcedure(kiosk, id, lang)),
    getPrintableChecklist: async ({ id, lang }) =>
      (await getPrintableChecklist(kiosk, id, lang)) ?? unknownProcedure(id),
    printChecklist: async ({ id, lang, format }) => {
      // Only the id is checked here: the sheet itself computes the procedure once (or comes from the cache).
      if (!listProcedureIds(kiosk).includes(id)) unknownProcedure(id);
      const paper = format ?? readSettings(kiosk.db).paperFormat;
      const outcome = await printChecklist(options.printer ?? null, { procedureId: id, lang, format: paper });
      if (outcome.ok) countEvent(kiosk.db, kiosk.clock(), kiosk.timeZone(), { kind: 'checklist', id });
      return outcome;
    },
    countEvent: (event) => {
      // Only ids of the installed content are counted: never free text (a name, a phone number).
      if (!isInstalledItem(kiosk, event))
        throw new CallFailure({ code: 'bad-input', message: `no counter for ${event.kind} "${event.id}"` });
      countEvent(kiosk.db, kiosk.clock(), kiosk.timeZone(), event);
      return null;
    },
    ...createStaffHandlers(kiosk, options.staffGate, options.printer ?? null, options.contentPublicKeys ?? []),
    getTranslationStatus: () => readTranslationStatus(),
    getReviewedTexts: createTranslationHandlers(kiosk).getReviewedTexts,
    listContentPhrases: ({ lang }) =>
      Object.fromEntries(contentPhrases(kiosk, lang).map(({ key, text }) => [key, text])),
  };
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
