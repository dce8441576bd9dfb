import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

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
  // The speech worker is an ES module (the espeak-ng build is one); the voice data stays a separate asset file.
  worker: { format: 'es' },
  esbuild: { jsx: 'automatic' },
});
