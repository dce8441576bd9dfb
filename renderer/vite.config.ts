import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { espeakVoices } from './vite-espeak-voices.ts';
import { startFonts } from './vite-start-fonts.ts';
import { startPhrases } from './vite-start-phrases.ts';
import { startStrings } from './vite-start-strings.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The kiosk's font faces, as @fontsource writes them (and the start screen's pick of them, vite-start-fonts.ts):
// - each face is declared twice, woff2 then woff; Chromium (the only engine the kiosk runs) always takes woff2, so
//   the woff copies would be shipped for nothing: their url() is dropped before Vite emits the files;
// - `font-display: swap` draws a text in whatever the system has until its face is in: the start screen's Chinese
//   name was boxes for its first 100–250 ms. `block` draws it invisible meanwhile (at most 3 s; the faces are local
//   files): fonts are bundled, never taken from the system.
const fontFaces: Plugin = {
  name: 'repere-font-faces',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]@fontsource[\\/].*\.css$|[\\/]__start-fonts\.css$/.test(id)) return null;
    const woff2Only = code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '');
    return { code: woff2Only.replace(/font-display:\s*swap/g, 'font-display: block'), map: null };
  },
};

// The renderer is a static bundle: served by the browser host over HTTP, or by the Electron shell's app:// protocol.
export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: here('../assets'),
  build: {
    outDir: here('../dist/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    // Fonts and pictograms must never be inlined as data: URLs that bypass the bundled-file checks.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    // Two pages: the kiosk (index.html) and the print route's own small entry (print.html).
    rollupOptions: { input: { index: here('index.html'), print: here('print.html') } },
  },
  // The speech worker is an ES module (the espeak-ng build is one); the voice data stays in separate asset files.
  worker: { format: 'es', plugins: () => [espeakVoices({ emit: false })] },
  esbuild: { jsx: 'automatic' },
  plugins: [
    fontFaces,
    startStrings(here('locales')),
    startFonts(here('locales')),
    startPhrases(here('locales')),
    espeakVoices({ emit: true }),
  ],
});
