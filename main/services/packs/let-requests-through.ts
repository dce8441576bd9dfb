import { setImmediate } from 'node:timers/promises';

/**
 * Lets requests waiting on this thread through, between two long synchronous steps of a content change (the
 * browser host and Electron's main process serve visitors from the thread that imports). A request already in
 * the kernel needs a turn of the event loop for each of: its connection accepted, its bytes read, its answer
 * written; three turns let it through.
 */
export async function letRequestsThrough(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) await setImmediate();
}
