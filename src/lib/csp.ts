/**
 * The Content-Security-Policy every page of the built site ships.
 *
 * Only our own origin may provide scripts, styles, fonts, images and data;
 * `'wasm-unsafe-eval'` is there because Pagefind runs its search index as
 * WebAssembly. Nothing is inlined into the HTML (see astro.config.mjs), so
 * no `'unsafe-inline'` and no hashes are needed.
 *
 * `frame-ancestors` is ignored in a <meta> element; a server that can send
 * headers (scripts/serve.ts) should send `CSP_HEADER` instead, which adds it.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export const CSP_META = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** The policy as an HTTP header, with what only a header can carry. */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;
