// Every script's font is bundled from @fontsource (self-hosted Noto); the kiosk never uses a system or web font.
// Noto Sans (Latin, Cyrillic…) is on every page. Each other script's face is a separate stylesheet loaded only
// where that script is shown: one script's rules are up to 200 @font-face subsets (Simplified Chinese), which a
// page that never shows the script should not parse or match.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import { scriptFontOf, type ScriptFont } from '../../common/script-fonts';

const scriptFaces: Record<ScriptFont, () => Promise<unknown>> = {
  'noto-sans-arabic': () =>
    Promise.all([import('@fontsource/noto-sans-arabic/400.css'), import('@fontsource/noto-sans-arabic/700.css')]),
  'noto-nastaliq-urdu': () =>
    Promise.all([import('@fontsource/noto-nastaliq-urdu/400.css'), import('@fontsource/noto-nastaliq-urdu/700.css')]),
  'noto-sans-ethiopic': () =>
    Promise.all([import('@fontsource/noto-sans-ethiopic/400.css'), import('@fontsource/noto-sans-ethiopic/700.css')]),
  'noto-sans-bengali': () =>
    Promise.all([import('@fontsource/noto-sans-bengali/400.css'), import('@fontsource/noto-sans-bengali/700.css')]),
  'noto-sans-sc': () =>
    Promise.all([import('@fontsource/noto-sans-sc/400.css'), import('@fontsource/noto-sans-sc/700.css')]),
};

const loaded = new Map<ScriptFont, Promise<unknown>>();

/** Loads (once) the font rules of the scripts these locales are written in; resolves when they apply. */
export function loadFontsFor(codes: readonly string[]): Promise<void> {
  const fonts = scriptFontOf as Partial<Record<string, ScriptFont>>;
  const scripts = new Set(codes.flatMap((code) => (fonts[code] ? [fonts[code]] : [])));
  const pending = [...scripts].map((script) => {
    let promise = loaded.get(script);
    if (!promise) loaded.set(script, (promise = scriptFaces[script]()));
    return promise;
  });
  return Promise.all(pending).then(() => undefined);
}

/**
 * Fetches and decodes the faces (regular and bold) that draw `text` in a language as its pages style it (Urdu and
 * Chinese have a family of their own first), so a screen showing it is drawn in them from its first frame.
 */
export function loadFacesFor(tag: string, text: string): Promise<void> {
  const probe = document.createElement('span');
  probe.lang = tag;
  probe.hidden = true;
  document.body.append(probe);
  const family = getComputedStyle(probe).fontFamily;
  probe.remove();
  return Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 16px ${family}`, text))).then(
    () => undefined,
  );
}
