/** A fresh random nonce for one response's Content-Security-Policy (128 bits, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/**
 * The Content-Security-Policy of pages: scripts run only with this response's nonce (Next adds it to its
 * own scripts when it finds it in the request's CSP header) or when loaded by such a script
 * ('strict-dynamic'), so an injected inline script does not run. Styles keep 'unsafe-inline': React's
 * style attributes (charts) cannot carry a nonce. Dev mode adds 'unsafe-eval' for React's debugging.
 */
export function pageContentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The nonce in a Content-Security-Policy header, if any (what Next reads during rendering). */
export function nonceOf(policy: string | null): string | undefined {
  return /'nonce-([^']+)'/.exec(policy ?? '')?.[1];
}
