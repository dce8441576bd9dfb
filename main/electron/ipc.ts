import { ipcMain } from 'electron';
import { callNames } from '../../common/api/contract';
import { dispatch, type Handlers } from '../api/handlers';
import { CallFailure } from '../api/errors';
import { errorCode } from './log-format';
import { logEvent } from './logging';
import { isAllowedNavigation } from './window-config';

/** One ipcMain.handle per contract call, each going through the same validation as the browser host. */
export function registerIpc(handlers: Handlers): void {
  for (const name of callNames) {
    ipcMain.handle(`repere:${name}`, async (event, input: unknown) => {
      // Only the app's own frame may call main.
      if (!isAllowedNavigation(event.senderFrame?.url ?? '')) {
        logEvent('warn', 'ipc.foreign-frame', { call: name });
        throw new Error('call from a foreign frame');
      }
      try {
        return await dispatch(handlers, name, input);
      } catch (err) {
        // The log gets the call name and the error code; never the input nor the message.
        const code = err instanceof CallFailure ? err.error.code : errorCode(err);
        logEvent('warn', 'ipc.failed', { call: name, code });
        if (err instanceof CallFailure) throw new Error(`${err.error.code}: ${err.error.message}`, { cause: err });
        throw err;
      }
    });
  }
}
