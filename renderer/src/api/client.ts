import type { CallError, CallInput, CallName, CallOutput } from '../../../common/api/contract';
import { isCallEnvelope } from '../../../common/api/envelope';

/** What the Electron preload exposes on `window.repere` (see main/electron/preload.ts). */
export interface PreloadBridge {
  invoke(name: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    repere?: PreloadBridge;
  }
}

/** Every failed call, whichever transport carried it; `error.code` is what screens decide on. */
export class ApiError extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
  }
}

/** The value of a call envelope, or its error as an ApiError; anything else is a failure of the transport. */
export function unwrap(answer: unknown, transportProblem: string): unknown {
  if (!isCallEnvelope(answer)) throw new ApiError({ code: 'failed', message: transportProblem });
  if (!answer.ok) throw new ApiError(answer.error);
  return answer.value;
}

async function overHttp(name: string, input: unknown): Promise<unknown> {
  const res = await fetch(`/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body: unknown = await res.json().catch(() => null);
  return unwrap(body, `HTTP ${res.status}`);
}

async function overBridge(bridge: PreloadBridge, name: string, input: unknown): Promise<unknown> {
  let answer: unknown;
  try {
    answer = await bridge.invoke(name, input);
  } catch (err) {
    // Only the transport itself throws (e.g. a value IPC cannot clone): the call never reached a service.
    throw new ApiError({ code: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
  return unwrap(answer, `no answer to ${name}`);
}

/** The renderer's ONLY way to main: the preload bridge inside Electron, HTTP to the browser host elsewhere. */
export function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const bridge = window.repere;
  return (bridge ? overBridge(bridge, name, input) : overHttp(name, input)) as Promise<CallOutput<K>>;
}
