import { contextBridge, ipcRenderer } from 'electron';
import { callNames } from '../../common/api/call-names';

/**
 * Exposes ONE function to the page: invoke a contract call by name. Nothing of Node or Electron leaks;
 * the name is checked here and the input is validated again in main before any service runs.
 */
const allowed = new Set<string>(callNames);

contextBridge.exposeInMainWorld('repere', {
  invoke(name: string, input: unknown): Promise<unknown> {
    if (!allowed.has(name)) return Promise.reject(new Error(`unknown call ${name}`));
    return ipcRenderer.invoke(`repere:${name}`, input);
  },
});
