/**
 * The one Content-Security-Policy for the kiosk, used by the Electron shell and the browser host alike.
 * No remote origin anywhere, no inline script, no eval of any kind: the espeak-ng speech engine ships as plain
 * JavaScript (wasm2js), so not even 'wasm-unsafe-eval' is needed: the speech e2e tests hear it under this policy.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
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
