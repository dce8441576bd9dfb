import type { CallInput } from '../../../common/api/contract';
import { call } from './client';

/** Adds one to an anonymous counter. Fire and forget: statistics must never disturb a visit. */
export function countEvent(event: CallInput<'countEvent'>): void {
  void call('countEvent', event).catch(() => undefined);
}
