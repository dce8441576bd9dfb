import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);

let run = 0;

/**
 * Imports a real shell module (main/electron/…) against the current stand-in. Each call gives a fresh copy of
 * that module (its own top-level run), as a new Electron process would; its imports are shared.
 */
export async function importShellModule<T>(path: string): Promise<T> {
  const url = new URL(`../../../main/electron/${path}`, import.meta.url);
  url.searchParams.set('run', String(++run));
  return (await import(url.href)) as T;
}
