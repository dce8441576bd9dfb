/// <reference types="vite/client" />

declare module 'virtual:repere-start-strings' {
  /** Per locale code, the start screen's strings of that locale (renderer/vite-start-strings.ts). */
  const strings: Record<string, Record<string, unknown>>;
  export default strings;
}
