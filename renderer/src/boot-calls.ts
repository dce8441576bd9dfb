import type { KioskConfigView, ThemeView } from '../../common/api/contract';
import { call } from './api/client';
import { loadFontsFor } from './fonts';

/** What the start screen needs before it is shown: the kiosk's settings, its themes, and its buttons' fonts. */
export interface BootData {
  config: KioskConfigView;
  themes: ThemeView[];
}

function fetchBoot(): Promise<BootData> {
  const configured = call('getKioskConfig', {});
  // The start screen shows each configured language in its own script: their fonts' rules come first.
  const fonts = configured.then((config) => loadFontsFor(config.languages)).catch(() => undefined);
  return Promise.all([configured, call('listThemes', {}), fonts]).then(([config, themes]) => ({ config, themes }));
}

let early: Promise<BootData> | null = null;

/** Started by the entry, so the calls and font rules are on their way while the App chunk loads. */
export function startBoot(): void {
  early = fetchBoot();
  early.catch(() => undefined); // the App reports a failure when it takes this promise
}

/** The entry's early calls the first time, fresh ones after (leaving staff mode reloads settings and themes). */
export function bootData(): Promise<BootData> {
  const data = early ?? fetchBoot();
  early = null;
  return data;
}
