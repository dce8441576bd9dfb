import type { CallError, CallInput, CallName, CallOutput } from '../../../common/api/contract';

/** What the Electron preload exposes on `window.repere` (see main/electron/preload.ts). */
export interface PreloadBridge {
  invoke(name: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    repere?: PreloadBridge;
  }
}

export class ApiError extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
  }
}

async function overHttp(name: string, input: unknown): Promise<unknown> {
  const res = await fetch(`/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok?: true; value?: unknown } & Partial<CallError>;
  if (!res.ok || body.ok !== true) {
    throw new ApiError({ code: body.code ?? 'failed', message: body.message ?? `HTTP ${res.status}` });
  }
  return body.value;
}

/** The renderer's ONLY way to main: the preload bridge inside Electron, HTTP to the browser host elsewhere. */
export function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const bridge = window.repere;
  return (bridge ? bridge.invoke(name, input) : overHttp(name, input)) as Promise<CallOutput<K>>;
}
