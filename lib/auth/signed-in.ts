import { type AuthConfig, authConfig } from './config';
import { bearerToken, principalOf, type RequestLike } from './guard';
import { crossOrigin } from './origin';

function deny(status: number, error: string, extra: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { 'cache-control': 'no-store', ...extra } });
}

/**
 * Guard for private data (HR catalogues): every read and write needs a signed-in user (a session
 * cookie or a bearer token), whether or not reads of the public dashboard are open. A cookie-borne
 * write from another site is refused. Returns the response to send, or null to go on.
 */
export async function requireSignedIn(
  request: RequestLike,
  config: AuthConfig = authConfig(),
): Promise<Response | null> {
  if (!(await principalOf(request, config))) {
    return deny(401, 'Sign-in required: sign in at /login (catalogues are private).', {
      'www-authenticate': 'Bearer realm="taskshift"',
    });
  }
  const writes = request.method !== undefined && !['GET', 'HEAD'].includes(request.method.toUpperCase());
  if (writes && bearerToken(request.headers) === undefined && crossOrigin(request))
    return deny(403, 'Cross-site request refused.');
  return null;
}
