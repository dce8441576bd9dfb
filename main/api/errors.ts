import type { CallError } from '../../common/api/contract';

/** The one error a call handler throws on purpose: its code and message reach the renderer as they are. */
export class CallFailure extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
  }
}
