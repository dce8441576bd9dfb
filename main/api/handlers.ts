import { contract, isCallName, type CallError, type CallInput, type CallName, type CallOutput } from './contract';
import { kioskConfig, listThemes, type Kiosk } from '../services/kiosk';
import { listClipKeys } from '../services/clips';
import { readSettings, supportedLocales } from '../services/settings';
import { getPrintableChecklist, getProcedure, listProcedures } from '../services/procedures';
import { printChecklist, type Printer } from '../services/printing';

export type Handlers = { [K in CallName]: (input: CallInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

/** Binds each contract call to the services. The type makes a missing or extra call a compile error. */
export interface HandlerOptions {
  /** The printer backend (Electron: main/electron/print.ts); none means every print answers 'no-printer'. */
  printer?: Printer | null;
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
    listProcedures: ({ themeId, lang }) => listProcedures(kiosk, themeId, lang),
    getProcedure: ({ id, lang }) => getProcedure(kiosk, id, lang) ?? unknownProcedure(id),
    getPrintableChecklist: async ({ id, lang }) =>
      (await getPrintableChecklist(kiosk, id, lang)) ?? unknownProcedure(id),
    printChecklist: ({ id, lang, format }) => {
      if (!getProcedure(kiosk, id, lang)) unknownProcedure(id);
      const paper = format ?? readSettings(kiosk.db).paperFormat;
      return printChecklist(options.printer ?? null, { procedureId: id, lang, format: paper });
    },
  };
}

export class CallFailure extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
  }
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
