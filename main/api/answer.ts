import type { CallEnvelope } from '../../common/api/envelope';
import { callErrorOf, CallFailure } from './errors';
import { dispatch, type Handlers } from './handlers';

/**
 * A call as both hosts answer it: dispatch() (name and input checked, then the service), its value or its error
 * in one envelope. Never throws; `unexpected` hears of errors that are not a CallFailure (for the host's log).
 */
export async function answerCall(
  handlers: Handlers,
  name: unknown,
  input: unknown,
  unexpected: (err: unknown) => void = () => undefined,
): Promise<CallEnvelope> {
  try {
    return { ok: true, value: (await dispatch(handlers, name, input)) ?? null };
  } catch (err) {
    if (!(err instanceof CallFailure)) unexpected(err);
    return { ok: false, error: callErrorOf(err) };
  }
}
