/**
 * The one Content-Security-Policy for the kiosk, used by the Electron shell and the browser host alike.
 * No remote origin anywhere; 'wasm-unsafe-eval' only because the espeak-ng speech engine is WebAssembly.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'self' blob: data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "manifest-src 'self'",
].join('; ');
