import { ipcMain } from 'electron';
import { callNames } from '../../common/api/contract';
import { callFailed, type CallEnvelope } from '../../common/api/envelope';
import { answerCall } from '../api/answer';
import type { Handlers } from '../api/handlers';
import { errorCode } from '../../common/error-code';
import { logEvent } from './logging';
import { isAllowedNavigation } from './window-config';

/**
 * One ipcMain.handle per contract call, each going through the same validation as the browser host and
 * answering the same envelope. The handler never throws: Electron would pass on only a message, and the
 * renderer could no longer tell an expired staff session (code `denied`) from any other failure.
 */
export function registerIpc(handlers: Handlers): void {
  for (const name of callNames) {
    ipcMain.handle(`repere:${name}`, async (event, input: unknown): Promise<CallEnvelope> => {
      // Only the app's own frame may call main.
      if (!isAllowedNavigation(event.senderFrame?.url ?? '')) {
        logEvent('warn', 'ipc.foreign-frame', { call: name });
        return callFailed('denied', 'call from a foreign frame');
      }
      // The log gets the call name and the error code; never the input nor the message.
      let unexpected: string | null = null;
      const answer = await answerCall(handlers, name, input, (err) => (unexpected = errorCode(err)));
      if (!answer.ok) logEvent('warn', 'ipc.failed', { call: name, code: unexpected ?? answer.error.code });
      return answer;
    });
  }
}
