import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GET as openapiRoute } from '@/app/api/openapi.json/route';
import { SORT_KEYS } from '@/lib/analytics/filter';
import { OCCUPATION_SORT_KEYS, SECTOR_SORT_KEYS, signedKeys } from '@/lib/analytics/industry-sort';
import { HORIZON_MAX, HORIZON_MIN } from '@/lib/analytics/scenario/inputs';
import { API_ROUTES, openApiDocument } from '@/lib/api/openapi';
import type { ApiRoute } from '@/lib/api/registry';
import { VIEWS } from '@/lib/views/registry';
import { SCENARIO_SORT_KEYS } from '@/lib/views/scenario-filters';
import baseline from './openapi-baseline.json';
import { routeMethods } from './route-files';

type Param = {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: { enum?: string[]; minimum?: number; maximum?: number; default?: unknown };
};
type Operation = {
  parameters?: Param[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, unknown>;
  security?: unknown[];
};
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
};

const served = async () => (await openapiRoute().json()) as Doc;
const param = (doc: Doc, path: string, name: string, method = 'get') =>
  doc.paths[path]![method]!.parameters!.find((p) => p.name === name)!;
const signed = (keys: readonly string[]) => keys.flatMap((k) => [k, `-${k}`]);
// The export route lives in app/api/export/[view]; its OpenAPI path spells the .csv the handler requires.
const routeKey = (method: string, path: string) => `${method} ${path.replace(/\}\.csv$/, '}')}`;

describe('the route registry covers app/api', () => {
  const files = routeMethods();

  it('registers every route handler that parses a zod schema', () => {
    const registered = new Set(API_ROUTES.map((r) => routeKey(r.method, r.path)));
    const parsing = files.filter((f) => f.parsesZod);
    // the walk itself must see the handlers it is meant to: query, path, JSON and form parsing
    expect(parsing.map((f) => routeKey(f.method, f.path))).toEqual(
      expect.arrayContaining([
        'get /api/occupations',
        'get /api/occupations/{code}',
        'get /api/export/{view}',
        'post /api/match',
        'patch /api/catalogues/{id}/jobs/{position}',
        'post /api/auth/login',
        'post /api/admin/uploads',
      ]),
    );
    expect(
      parsing
        .filter((f) => !registered.has(routeKey(f.method, f.path)))
        .map((f) => `${f.method.toUpperCase()} ${f.file}`),
    ).toEqual([]);
  });

  it('registers nothing that no route file serves', () => {
    const serving = new Set(files.map((f) => routeKey(f.method, f.path)));
    expect(
      API_ROUTES.filter((r) => !serving.has(routeKey(r.method, r.path))).map((r) => `${r.method} ${r.path}`),
    ).toEqual([]);
  });

  it("names in a route's parameter text are parameters of that route (no text left behind by a removed one)", async () => {
    const doc = await served();
    for (const route of API_ROUTES) {
      const names = new Set((doc.paths[route.path]![route.method]!.parameters ?? []).map((p) => p.name));
      // the export route's text also covers the scenario and occupation fields its views read
      const text = route.views ? [] : Object.keys(route.describe ?? {});
      expect(
        text.filter((n) => !names.has(n)),
        `${route.method} ${route.path}`,
      ).toEqual([]);
    }
  });
});

describe('the document follows the zod schemas', () => {
  it('documents the sort values each schema accepts, and the scenario horizon range', async () => {
    const doc = await served();
    expect(param(doc, '/api/occupations', 'sort').schema.enum).toEqual([...signed(SORT_KEYS), 'relevance']);
    expect(param(doc, '/api/industries', 'sort').schema.enum).toEqual(signedKeys(SECTOR_SORT_KEYS));
    expect(param(doc, '/api/industries/{sector}', 'sort').schema.enum).toEqual(signedKeys(OCCUPATION_SORT_KEYS));
    expect(param(doc, '/api/scenarios', 'sort').schema.enum).toEqual(signed(SCENARIO_SORT_KEYS));
    expect(param(doc, '/api/scenarios', 'horizon').schema).toMatchObject({
      minimum: HORIZON_MIN,
      maximum: HORIZON_MAX,
    });
  });

  it('changes a documented parameter when the schema changes', () => {
    const route = (sorts: [string, ...string[]]): ApiRoute => ({
      method: 'get',
      path: '/api/x',
      summary: 'x',
      query: z.object({ sort: z.enum(sorts).default(sorts[0]), page: z.coerce.number().int().min(1) }),
      responses: { 200: { description: 'ok' } },
    });
    const sortOf = (r: ApiRoute) =>
      (openApiDocument({ routes: [r] }) as unknown as Doc).paths['/api/x']!.get!.parameters!.find(
        (p) => p.name === 'sort',
      )!.schema;
    expect(sortOf(route(['a', 'b']))).toMatchObject({ enum: ['a', 'b'], default: 'a' });
    expect(sortOf(route(['c', 'a', 'b']))).toMatchObject({ enum: ['c', 'a', 'b'], default: 'c' });
  });

  it("names every export view and each view's own query fields, not the fields its prepare step computes", async () => {
    const doc = await served();
    expect(param(doc, '/api/export/{view}.csv', 'view').schema.enum).toEqual([...VIEWS.keys()]);
    const names = doc.paths['/api/export/{view}.csv']!.get!.parameters!.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['code', 'groupBy', 'index', 'sector', 'horizon', 'bom']));
    expect(names).not.toContain('paged');
    expect(param(doc, '/api/export/{view}.csv', 'index').description).toMatch(/index-points/);
  });

  it('documents request bodies from the schemas the handlers parse', async () => {
    const doc = await served();
    const match = doc.paths['/api/match']!.post!.requestBody!.content['application/json']!.schema;
    expect(match).toMatchObject({
      required: ['titles'],
      additionalProperties: false,
      properties: { titles: { maxItems: 1000 } },
    });
    const reassign =
      doc.paths['/api/catalogues/{id}/jobs/{position}']!.patch!.requestBody!.content['application/json']!.schema;
    expect(reassign).toMatchObject({ required: ['code'] });
  });

  it("documents response bodies from zod schemas where the handlers' types have one", async () => {
    const doc = await served();
    const responses = doc.paths['/api/match']!.post!.responses as Record<
      string,
      {
        content: Record<
          string,
          { schema: { required: string[]; properties: { matches: { items: { required: string[] } } } } }
        >;
      }
    >;
    const ok = responses['200']!.content['application/json']!.schema;
    expect(ok.required).toEqual(['model', 'matches']);
    expect(ok.properties.matches.items.required).toEqual(
      expect.arrayContaining(['code', 'confidence', 'alternatives', 'needsReview', 'descriptionExposure']),
    );
    expect(doc.components.schemas.DatabaseUnavailable).toMatchObject({
      required: ['error', 'cause', 'retryAfterSeconds'],
    });
  });
});

describe('the document stays valid OpenAPI 3.1 and loses nothing', () => {
  it('keeps every path and parameter the hand-written document had', async () => {
    const doc = await served();
    const missing = Object.entries(baseline as Record<string, string[]>).flatMap(([key, names]) => {
      const [method, path] = key.split(' ') as [string, string];
      const op = doc.paths[path]?.[method.toLowerCase()];
      if (!op) return [key];
      const have = new Set((op.parameters ?? []).map((p) => p.name));
      return names.filter((n) => !have.has(n)).map((n) => `${key} ${n}`);
    });
    expect(missing).toEqual([]);
  });

  it('declares each path template parameter once as a required path parameter, and every $ref resolves', async () => {
    const doc = await served();
    expect(doc.openapi).toBe('3.1.0');
    for (const [path, ops] of Object.entries(doc.paths)) {
      const template = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      for (const [method, op] of Object.entries(ops)) {
        const params = op.parameters ?? [];
        expect(
          params
            .filter((p) => p.in === 'path')
            .map((p) => p.name)
            .sort(),
          `${method} ${path}`,
        ).toEqual(template);
        expect(params.every((p) => p.in !== 'path' || p.required)).toBe(true);
        expect(new Set(params.map((p) => `${p.in} ${p.name}`)).size).toBe(params.length);
        expect(
          Object.keys(op.responses).some((s) => /^[23]\d\d$/.test(s)),
          `${method} ${path} answers`,
        ).toBe(true);
        for (const requirement of op.security ?? [])
          for (const scheme of Object.keys(requirement as object))
            expect(doc.components.securitySchemes).toHaveProperty(scheme);
      }
    }
    for (const ref of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g))
      expect(doc.components.schemas).toHaveProperty(ref[1]!);
  });
});
