/** Where sign-in goes when `next` is missing or not a path on this site. */
export const DEFAULT_NEXT_PATH = '/data';

const PLACEHOLDER_ORIGIN = 'http://taskshift.invalid';

/**
 * A same-origin path to go to after sign-in, or /data. The value is parsed as a browser would (which
 * drops tabs and newlines and reads `\` as `/`, so `/\t/evil.example` means `//evil.example`), the
 * origins are compared, and the parsed path is returned, so what is checked is what the browser follows.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/')) return DEFAULT_NEXT_PATH;
  try {
    const url = new URL(next, PLACEHOLDER_ORIGIN);
    return url.origin === PLACEHOLDER_ORIGIN ? url.pathname + url.search + url.hash : DEFAULT_NEXT_PATH;
  } catch {
    return DEFAULT_NEXT_PATH;
  }
}
