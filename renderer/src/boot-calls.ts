import { bootDataElementId, type BootData } from '../../common/start/boot-block';
import { call } from './api/client';

export type { BootData };

/** The settings and themes the host wrote into the page (the first load only; absent in a page served raw). */
function inlineBoot(): BootData | null {
  const block = document.getElementById(bootDataElementId);
  block?.remove(); // read once: a later start screen (after staff mode) asks again
  try {
    return block?.textContent ? (JSON.parse(block.textContent) as BootData) : null;
  } catch {
    return null;
  }
}

function fetchBoot(): Promise<BootData> {
  return Promise.all([call('getKioskConfig', {}), call('listThemes', {})]).then(([config, themes]) => ({
    config,
    themes,
  }));
}

/**
 * The start screen's data again if the installed content is no longer `version` (installed beside the running
 * kiosk), else null: the settings first, the themes only when the content changed.
 */
export function changedBoot(version: string): Promise<BootData | null> {
  return call('getKioskConfig', {}).then((config) =>
    config.contentVersion === version ? null : call('listThemes', {}).then((themes) => ({ config, themes })),
  );
}

let early: Promise<BootData> | null = null;
let ready: BootData | null = null;

/**
 * Called by the entry before it renders the App: the data written in the page, else asked. Resolves when it is
 * there; the App's first render then finds it at once (readyBoot). The start screen's text needs no more fonts
 * than the first stylesheet's (vite-start-fonts.ts).
 */
export function startBoot(): Promise<unknown> {
  const inline = inlineBoot();
  early = inline ? Promise.resolve(inline) : fetchBoot();
  early.then(
    (data) => (ready = data),
    () => undefined, // the App reports a failure when it takes this promise
  );
  return early.catch(() => undefined);
}

/** The entry's data if it is already there, taken once: the App's first render is then the start screen. */
export function readyBoot(): BootData | null {
  const data = ready;
  if (data) early = ready = null;
  return data;
}

/** The entry's early calls the first time, fresh ones after (leaving staff mode reloads settings and themes). */
export function bootData(): Promise<BootData> {
  const data = early ?? fetchBoot();
  early = ready = null;
  return data;
}
