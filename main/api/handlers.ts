import { contract, isCallName, type CallError, type CallInput, type CallName, type CallOutput } from './contract';
import { kioskConfig, listThemes, type Kiosk } from '../services/kiosk';
import { listClipKeys } from '../services/clips';
import { supportedLocales } from '../services/settings';
import { readTranslationStatus } from '../services/translation-status';

export type Handlers = { [K in CallName]: (input: CallInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

/** Binds each contract call to the services. The type makes a missing or extra call a compile error. */
export function createHandlers(kiosk: Kiosk): Handlers {
  return {
    getKioskConfig: () => kioskConfig(kiosk),
    listThemes: () => listThemes(kiosk.db).map(({ id, pictogram }) => ({ id, pictogram })),
    listClips: ({ lang }) =>
      (supportedLocales as readonly string[]).includes(lang) ? listClipKeys(kiosk.paths, lang) : [],
    getTranslationStatus: () => readTranslationStatus(),
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
