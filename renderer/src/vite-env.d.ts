/// <reference types="vite/client" />

declare module 'virtual:repere-start-strings' {
  /** Per locale code, the start screen's strings of that locale (renderer/vite-start-strings.ts). */
  const strings: Record<string, Record<string, unknown>>;
  export default strings;
}

declare module 'virtual:repere-espeak-voices' {
  /** The voice data's core, then each voice's dictionary by name: file names beside the worker's own. */
  const voices: { core: string; dictionaries: Partial<Record<string, string>> };
  export default voices;
}
