import type { z } from 'zod';

/** A query-string value as Next gives it to pages, or as URLSearchParams holds it. */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** The outcome of validating query parameters: the data, or the first bad parameter and why. */
export type ParamsResult<T> = { ok: true; data: T } | { ok: false; parameter: string; message: string };

/** Turns query parameters into a plain object, dropping empty values so `?group=` means "no filter". */
export function paramsObject(raw: RawParams): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = raw instanceof URLSearchParams ? [...raw.entries()] : Object.entries(raw);
  for (const [key, v] of entries) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first.trim() !== '') out[key] = first.trim();
  }
  return out;
}

/** Validates query parameters with a zod schema; unknown parameters are ignored. */
export function parseParams<S extends z.ZodType>(schema: S, raw: RawParams): ParamsResult<z.infer<S>> {
  const parsed = schema.safeParse(paramsObject(raw));
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0]!;
  const parameter = issue.path.map(String).join('.') || 'query';
  return { ok: false, parameter, message: `Invalid parameter "${parameter}": ${issue.message}` };
}

/** The 400 response naming the bad parameter. */
export function badRequest(result: { parameter: string; message: string }): Response {
  return Response.json({ error: result.message, parameter: result.parameter }, { status: 400 });
}

/**
 * A dynamic route segment as text: Next usually hands it over decoded, so a literal '%' must not be
 * decoded again (that threw URIError, a 500). Percent-escapes still present are decoded once.
 * @returns the segment, or null when it holds a malformed escape (answer 400/404, never 500)
 */
export function decodeRouteParam(raw: string): string | null {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * The 400 for a request path with a malformed percent-escape (/api/occupations/%ff): Next cannot
 * decode it into route params and answered a bare 500. Null when the path decodes.
 */
export function malformedPathResponse(pathname: string): Response | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    const error = 'Invalid path: malformed percent-encoding';
    if (pathname.startsWith('/api/')) return Response.json({ error, parameter: 'path' }, { status: 400 });
    return new Response(`${error}.\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
}
