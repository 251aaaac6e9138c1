// The Content-Security-Policy of the renderer, the same in Electron and the web shell:
// scripts, styles, fonts and workers only from the app itself; no network connections.
// Inline style attributes stay allowed because Svelte sets them; inline <style> and
// <script> do not. The dev server adds its HMR socket.
export function contentSecurityPolicy(dev) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    dev ? "connect-src 'self' ws://localhost:* ws://127.0.0.1:*" : "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
