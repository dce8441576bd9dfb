import type { KioskConfigView, ThemeView } from '../api/contract';

/**
 * What the start screen needs before it is shown: the kiosk's settings and its themes. The hosts write them into
 * index.html as a JSON block with this id (never run: the CSP allows it), so the first screen waits for no call.
 */
export interface BootData {
  config: KioskConfigView;
  themes: ThemeView[];
}

export const bootDataElementId = 'boot-data';
