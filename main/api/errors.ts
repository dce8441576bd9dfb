import type { CallError } from '../../common/api/contract';

/** The one error a call handler throws on purpose: its code and message reach the renderer as they are. */
export class CallFailure extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
  }
}

/** What the renderer is told about any error: a CallFailure as it is, anything else without its details. */
export function callErrorOf(err: unknown): CallError {
  if (err instanceof CallFailure) return err.error;
  return { code: 'failed', message: 'the kiosk could not complete this request' };
}
