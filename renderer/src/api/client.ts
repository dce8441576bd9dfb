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

/** The code a screen decides on, for any rejection of a call (an ApiError always; anything else is a failure). */
export function errorCodeOf(err: unknown): CallError['code'] {
  return err instanceof ApiError ? err.error.code : 'failed';
}

/** The call never reached a service (no answer over HTTP, a value IPC cannot clone): the same error both ways. */
function transportFailure(name: string, err: unknown): ApiError {
  return new ApiError({ code: 'failed', message: `${name}: ${err instanceof Error ? err.message : String(err)}` });
}

async function overHttp(name: string, input: unknown): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch (err) {
    throw transportFailure(name, err);
  }
  const body: unknown = await res.json().catch(() => null);
  return unwrap(body, `HTTP ${res.status}`);
}

async function overBridge(bridge: PreloadBridge, name: string, input: unknown): Promise<unknown> {
  let answer: unknown;
  try {
    answer = await bridge.invoke(name, input);
  } catch (err) {
    // Only the transport itself throws: the call never reached a service.
    throw transportFailure(name, err);
  }
  return unwrap(answer, `no answer to ${name}`);
}

/** The renderer's ONLY way to main: the preload bridge inside Electron, HTTP to the browser host elsewhere. */
export function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const bridge = window.repere;
  return (bridge ? overBridge(bridge, name, input) : overHttp(name, input)) as Promise<CallOutput<K>>;
}
