import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { espeakVoices } from './vite-espeak-voices.ts';
import { startFonts } from './vite-start-fonts.ts';
import { startStrings } from './vite-start-strings.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// @fontsource declares each face twice (and so does the start screen's pick of them, vite-start-fonts.ts), woff2 then woff; Chromium (the only engine the kiosk runs) always takes
// woff2, so the woff copies would be shipped for nothing: their url() is dropped before Vite emits the files.
const woff2Only: Plugin = {
  name: 'repere-woff2-only',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]@fontsource[\\/].*\.css$|[\\/]__start-fonts\.css$/.test(id)) return null;
    return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
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
  plugins: [woff2Only, startStrings(here('locales')), startFonts(here('locales')), espeakVoices({ emit: true })],
});
