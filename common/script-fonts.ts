/**
 * The @fontsource package of each locale not written in Noto Sans (every page has Noto Sans: Latin, Cyrillic…).
 * Read by the renderer's font loader (renderer/src/fonts.ts) and by the build's pick of the start screen's faces
 * (renderer/vite-start-fonts.ts). Urdu is written in Nastaliq.
 */
export const scriptFontOf = {
  ar: 'noto-sans-arabic',
  fa: 'noto-sans-arabic',
  ps: 'noto-sans-arabic',
  ur: 'noto-nastaliq-urdu',
  ti: 'noto-sans-ethiopic',
  bn: 'noto-sans-bengali',
  zh: 'noto-sans-sc',
} as const;

export type ScriptFont = (typeof scriptFontOf)[keyof typeof scriptFontOf];
