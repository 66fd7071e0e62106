/** Paths that stay open when READ_TOKEN protects reads: sign-in, health and static assets. */
const PUBLIC_EXACT = new Set(['/login', '/api/health', '/favicon.ico', '/robots.txt']);
const PUBLIC_PREFIXES = ['/login/', '/api/auth/', '/_next/'];

/** Whether a path may be served without a credential even when reads are protected. */
export function isPublicPath(pathname: string): boolean {
  return PUBLIC_EXACT.has(pathname) || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p));
}
