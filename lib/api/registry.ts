import type { z } from 'zod';

/** A JSON Schema fragment written by hand (only where no zod schema exists, e.g. a CSV body). */
export type JsonSchema = Record<string, unknown>;

/** A response body: a zod schema (the one the handler's answer follows), a component by name, or plain JSON Schema. */
export type BodySchema = z.ZodType | { component: 'Error' | 'DatabaseUnavailable' | 'LocatedErrors' } | JsonSchema;

/** One documented response of a route. */
export interface ResponseSpec {
  description: string;
  json?: BodySchema;
  csv?: true;
  headers?: Record<string, JsonSchema>;
}

/** Who may call a route: anyone, a signed-in user (session cookie or bearer token) or the admin. */
export type Access = 'public' | 'signed-in' | 'admin';

/**
 * One route handler under app/api as the OpenAPI document shows it. The schemas are the very objects
 * the handler validates with (imported, never copied), so the document follows any change to them.
 */
export interface ApiRoute {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** The OpenAPI path: app/api/a/[b]/route.ts is /api/a/{b}. */
  path: string;
  summary: string;
  access?: Access;
  /** Path parameters by name, each with the schema the handler checks the segment with. */
  params?: Record<string, z.ZodType>;
  /** The query-string schema the handler parses (parseParams). */
  query?: z.ZodType;
  /** The request body schema the handler parses, with its media types; `file`: a multipart file field besides. */
  body?: { schema?: z.ZodType; types: readonly string[]; file?: true };
  /** Text for parameters by name; the test checks every name exists in the schemas. */
  describe?: Record<string, string>;
  /** Export route only: {view} names a view, whose own query schema adds parameters. */
  views?: true;
  responses: Record<number, ResponseSpec>;
}

/** 400 naming the bad parameter and 503 while the database is down, as every read API answers. */
export function readResponses(
  description: string,
  json: BodySchema = { type: 'object' },
): Record<number, ResponseSpec> {
  return {
    200: { description, json },
    400: { description: 'A parameter is invalid; the body names it.', json: { component: 'Error' } },
    503: {
      description: 'The database is unavailable or timed out (cause names why); retry after Retry-After seconds.',
      headers: { 'Retry-After': { type: 'integer' } },
      json: { component: 'DatabaseUnavailable' },
    },
  };
}

/** Responses of a private route: `rest` plus the guard's refusals (lib/auth/guard.ts, lib/auth/signed-in.ts). */
export function privateResponses(
  access: Exclude<Access, 'public'>,
  rest: Record<number, ResponseSpec>,
): Record<number, ResponseSpec> {
  const denied: Record<number, ResponseSpec> =
    access === 'admin'
      ? {
          401: { description: 'Not signed in as the admin' },
          403: { description: 'Cross-site request refused' },
          503: { description: 'Writes are disabled: no admin credential is configured' },
        }
      : { 401: { description: 'Not signed in' } };
  return { ...rest, ...denied };
}

/** A located-errors response (catalogue and upload APIs). */
export const located = (description: string): ResponseSpec => ({ description, json: { component: 'LocatedErrors' } });
