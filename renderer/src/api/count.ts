import type { CallInput } from '../../../common/api/contract';
import { afterPaint } from '../after-paint';
import { call } from './client';

/**
 * Adds one to an anonymous counter. Fire and forget, sent once the screen the touch opened is painted: statistics
 * must never disturb a visit, nor delay it.
 */
export function countEvent(event: CallInput<'countEvent'>): void {
  afterPaint(() => void call('countEvent', event).catch(() => undefined));
}
