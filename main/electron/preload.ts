import { contextBridge, ipcRenderer } from 'electron';
import { callNames } from '../../common/api/call-names';
import { callFailed } from '../../common/api/envelope';

/**
 * Exposes ONE function to the page: invoke a contract call by name. Nothing of Node or Electron leaks;
 * the name is checked here and the input is validated again in main before any service runs. The answer is
 * the same envelope the browser host sends ({ ok, value } or { ok: false, error }).
 */
const allowed = new Set<string>(callNames);

contextBridge.exposeInMainWorld('repere', {
  invoke(name: string, input: unknown): Promise<unknown> {
    if (!allowed.has(name)) return Promise.resolve(callFailed('bad-call', `unknown call ${name}`));
    return ipcRenderer.invoke(`repere:${name}`, input);
  },
});
