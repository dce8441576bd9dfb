import { appendFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import type { Handlers } from '../../main/api/handlers';
import { projectRoot } from '../../main/paths';
import { importShellModule } from './electron/load-shell';
import { ElectronStandIn, useStandIn } from './electron/stand-in';

/**
 * How the e2e pages reach main: `http` (the browser host's POST /api, as in any browser) or `ipc` (as in the
 * Electron shell: window.repere is the real preload's invoke, carried by Playwright's exposeBinding to the
 * real ipcMain handlers of main/electron/ipc.ts, through the Electron stand-in). REPERE_TRANSPORT=ipc picks
 * the second; `npm test` runs the journeys both ways (scripts/test.mjs).
 */
export type Transport = 'http' | 'ipc';
export const transport: Transport = process.env.REPERE_TRANSPORT === 'ipc' ? 'ipc' : 'http';

interface Bridge {
  invoke(name: string, input: unknown): Promise<unknown>;
}
const bridges = new Map<string, { standIn: ElectronStandIn; bridge: Bridge }>();

// With REPERE_IPC_CALLS_LOG, the names of the calls this test file carried over IPC are appended to that file when
// it ends: scripts/test.mjs then checks that the IPC run, all files together, carried every call of the contract.
const callsLog = process.env.REPERE_IPC_CALLS_LOG;
if (transport === 'ipc' && callsLog) {
  process.on('exit', () => {
    const names = new Set(
      [...bridges.values()].flatMap((b) => b.standIn.invoked.map((c) => c.replace(/^repere:/, ''))),
    );
    appendFileSync(callsLog, [...names].map((n) => `${n}\n`).join(''));
  });
}

/** Registers the real IPC handlers and preload for the host at `origin`, which answers with `handlers`. */
export async function connectIpc(origin: string, handlers: Handlers): Promise<void> {
  const standIn = new ElectronStandIn(projectRoot, projectRoot);
  useStandIn(standIn);
  const { registerIpc } = await importShellModule<typeof import('../../main/electron/ipc')>('ipc.ts');
  registerIpc(handlers);
  await importShellModule('preload.ts');
  bridges.set(origin, { standIn, bridge: standIn.exposed.get('repere') as Bridge });
}

/** How many calls went over IPC to the host at `origin` (a test checks the journey really used it). */
export function ipcCallCount(origin: string): number {
  return bridges.get(origin)?.standIn.invoked.length ?? 0;
}

/** With the ipc transport, gives every page of `context` the preload's window.repere. */
export async function attachTransport(context: BrowserContext): Promise<void> {
  if (transport !== 'ipc') return;
  await context.exposeBinding('__repereIpc', (source, name: string, input: unknown) => {
    const target = bridges.get(new URL(source.frame.url()).origin);
    if (!target) throw new Error(`no IPC bridge for ${source.frame.url()}`);
    // The preload's ipcRenderer is the current stand-in's: the one of the host this page belongs to.
    useStandIn(target.standIn);
    return target.bridge.invoke(name, input);
  });
  // A string, not a function: tsx would wrap a function's inner functions in helpers the page lacks.
  await context.addInitScript(
    'window.repere = Object.freeze({ invoke: (name, input) => window.__repereIpc(name, input) });',
  );
}
