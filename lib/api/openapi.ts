import type { z } from 'zod';
import { SESSION_COOKIE } from '../auth/session';
import { VIEWS } from '../views/registry';
import { jsonSchemaOf, objectProperties } from './json-schema';
import type { ApiRoute, BodySchema, JsonSchema, ResponseSpec } from './registry';
import { apiErrorBody, databaseUnavailableBody, locatedErrorsBody } from './response-schemas';
import { ADMIN_ROUTES, CATALOGUE_ROUTES } from './routes-private';
import { PUBLIC_ROUTES } from './routes-public';
import { exportParameters, type ExportViewSchema } from './openapi-views';

/** Every route under app/api with the zod schemas its handler validates with (tests check none is missing). */
export const API_ROUTES: readonly ApiRoute[] = [...PUBLIC_ROUTES, ...CATALOGUE_ROUTES, ...ADMIN_ROUTES];

const isZod = (s: unknown): s is z.ZodType => typeof s === 'object' && s !== null && '_zod' in s;

function bodySchema(schema: BodySchema): JsonSchema {
  if (isZod(schema)) return jsonSchemaOf(schema, 'output');
  if ('component' in schema) return { $ref: `#/components/schemas/${schema.component}` };
  return schema;
}

function response(spec: ResponseSpec) {
  const content = spec.csv
    ? { 'text/csv': { schema: { type: 'string' } } }
    : spec.json
      ? { 'application/json': { schema: bodySchema(spec.json) } }
      : undefined;
  const headers = spec.headers
    ? Object.fromEntries(Object.entries(spec.headers).map(([name, schema]) => [name, { schema }]))
    : undefined;
  return { description: spec.description, ...(headers && { headers }), ...(content && { content }) };
}

/** One OpenAPI parameter from a JSON Schema property; its text comes from the route's `describe`. */
function parameter(name: string, where: 'path' | 'query', schema: JsonSchema, required: boolean, text?: string) {
  const { description, ...rest } = schema;
  return {
    name,
    in: where,
    required,
    ...((text ?? description) !== undefined && { description: text ?? description }),
    schema: rest,
  };
}

function parameters(route: ApiRoute, views: readonly ExportViewSchema[]) {
  const text = route.describe ?? {};
  const path = Object.entries(route.params ?? {}).map(([name, schema]) =>
    parameter(name, 'path', jsonSchemaOf(schema), true, text[name]),
  );
  if (route.views) {
    const names = views.map((v) => v.name);
    path.push(
      parameter('view', 'path', names.length ? { type: 'string', enum: names } : { type: 'string' }, true, text.view),
    );
  }
  const query = route.query
    ? objectProperties(jsonSchemaOf(route.query))
    : { properties: {}, required: new Set<string>() };
  const own = Object.entries(query.properties).map(([name, schema]) =>
    parameter(name, 'query', schema, query.required.has(name), text[name]),
  );
  const perView = route.views
    ? exportParameters(views, text).map((p) => parameter(p.name, 'query', p.schema, false, p.description))
    : [];
  return [...path, ...perView, ...own];
}

// Signed-in and admin routes take either credential; the handler's guard decides which role suffices.
const CREDENTIALS = [{ bearer: [] }, { session: [] }];

function operation(route: ApiRoute, views: readonly ExportViewSchema[]) {
  const params = parameters(route, views);
  const body = route.body && {
    required: true,
    content: Object.fromEntries(route.body.types.map((type) => [type, { schema: requestSchema(route.body!) }])),
  };
  return {
    summary: route.summary,
    ...(params.length > 0 && { parameters: params }),
    ...(body && { requestBody: body }),
    ...(route.access && route.access !== 'public' && { security: CREDENTIALS }),
    responses: Object.fromEntries(Object.entries(route.responses).map(([status, spec]) => [status, response(spec)])),
  };
}

function requestSchema(body: NonNullable<ApiRoute['body']>): JsonSchema {
  const fields = body.schema ? jsonSchemaOf(body.schema) : undefined;
  if (!body.file) return fields ?? { type: 'object' };
  const file = { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } };
  return fields ? { allOf: [fields, file] } : file;
}

/**
 * The OpenAPI 3.1 description of every route under /api, built from the route registry: parameters and
 * bodies are the handlers' own zod schemas. The views (lib/views, by default every registered one) name
 * the CSV exports and add each view's query parameters. Tests pass their own routes.
 */
export function openApiDocument(
  options: { exportViews?: readonly ExportViewSchema[]; routes?: readonly ApiRoute[] } = {},
) {
  const views = options.exportViews ?? [...VIEWS.values()];
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of options.routes ?? API_ROUTES) {
    paths[route.path] ??= {};
    paths[route.path]![route.method] = operation(route, views);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Taskshift API',
      version: '1.0.0',
      description: 'AI exposure of US occupations, employment and skills. All responses are JSON except CSV exports.',
    },
    paths,
    components: {
      schemas: {
        Error: jsonSchemaOf(apiErrorBody, 'output'),
        DatabaseUnavailable: jsonSchemaOf(databaseUnavailableBody, 'output'),
        LocatedErrors: jsonSchemaOf(locatedErrorsBody, 'output'),
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN, or READ_TOKEN for reads' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: 'Session cookie set by POST /api/auth/login',
        },
      },
    },
  };
}
