/**
 * The app's Content-Security-Policy: scripts only with this response's nonce (and what they load,
 * 'strict-dynamic'), nothing embedded, no plugins, no <base>, forms only to the app itself.
 * React's development mode evaluates code, so 'unsafe-eval' is added there and only there.
 */
export function contentSecurityPolicy(nonce: string, isDevelopment: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // Next and React set style attributes at run time; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
