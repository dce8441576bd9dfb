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

declare module 'virtual:repere-start-phrases' {
  /** The start screen's phrases synthesised at build time (renderer/vite-start-phrases.ts). */
  const phrases: import('./speech/shipped-phrases').ShippedIndex;
  export default phrases;
}
