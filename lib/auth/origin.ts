/** What the origin checks need from a request (Request and NextRequest fit). */
export interface OriginRequestLike {
  url?: string;
  headers: Headers;
}

/**
 * The origin the request was addressed to: the scheme from X-Forwarded-Proto (Next sets it from the
 * socket when no proxy did), the host from X-Forwarded-Host or Host, else both from the URL.
 */
export function requestOrigin(request: OriginRequestLike): string | undefined {
  const first = (name: string) => request.headers.get(name)?.split(',')[0]?.trim() || undefined;
  let fromUrl: URL | undefined;
  try {
    fromUrl = request.url ? new URL(request.url) : undefined;
  } catch {
    fromUrl = undefined;
  }
  const proto = first('x-forwarded-proto') ?? fromUrl?.protocol.replace(/:$/, '');
  const host = first('x-forwarded-host') ?? first('host') ?? fromUrl?.host;
  if (!proto || !host) return undefined;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether a browser sent this request from another origin (CSRF defence next to SameSite): its Origin
 * header differs from the request's own origin in scheme, host or port. No Origin header (curl, API
 * clients) is not cross-site; an Origin of "null" or one that does not parse is.
 */
export function crossOrigin(request: OriginRequestLike): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  const own = requestOrigin(request);
  if (!own) return true;
  try {
    return new URL(origin).origin !== own;
  } catch {
    return true;
  }
}
