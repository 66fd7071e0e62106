import { describe, expect, it } from 'vitest';
import { GET as openapiRoute } from '@/app/api/openapi.json/route';
import { handleEmployment, handleExport, handleOccupation, handleOccupations } from '@/lib/api/handlers';
import { handleIndustries, handleIndustry } from '@/lib/api/industry-handlers';
import { apiErrorBody, databaseUnavailableBody } from '@/lib/api/response-schemas';
import { handleScenarios } from '@/lib/api/scenario-handlers';
import type { Db } from '@/lib/db/client';

type Schema = {
  type?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  maxLength?: number;
};
type Param = { name: string; in: 'query' | 'path'; description?: string; schema: Schema };
type Doc = { paths: Record<string, { get?: { parameters?: Param[] } }> };

/** A database that is never reachable: a handler that validates first answers 400 before touching it. */
const unreachable = new Proxy({} as Db, {
  get() {
    throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
  },
});

const req = (query: Record<string, string>) => new Request(`http://localhost/api/x?${new URLSearchParams(query)}`);
/** The public read handlers by documented path; {view} is the view that reads the parameter under test. */
const HANDLERS: Record<string, (query: Record<string, string>, view: string) => Promise<Response>> = {
  '/api/occupations': (q) => handleOccupations(req(q), unreachable),
  '/api/employment': (q) => handleEmployment(req(q), unreachable),
  '/api/industries': (q) => handleIndustries(req(q), unreachable),
  '/api/industries/{sector}': (q) => handleIndustry('51', req(q), unreachable),
  '/api/scenarios': (q) => handleScenarios(req(q), unreachable),
  '/api/export/{view}.csv': (q, view) => handleExport(`${view}.csv`, req(q), unreachable),
};

/** Values the documented schema rules out: outside the enum, past a bound, off the pattern, too long, not whole. */
function outside(schema: Schema): string[] {
  const bad: string[] = [];
  if (schema.enum) bad.push('not-a-documented-value');
  if (schema.maximum !== undefined) bad.push(String(schema.maximum + 1));
  if (schema.minimum !== undefined) bad.push(String(schema.minimum - 1));
  if (schema.pattern) bad.push('x');
  if (schema.maxLength !== undefined) bad.push('a'.repeat(schema.maxLength + 1));
  if (schema.type === 'integer') bad.push('1.5');
  return bad;
}

describe('the handlers refuse what the document rules out (the same schemas)', () => {
  it('answers 400 naming the parameter for every value outside a documented query parameter', async () => {
    const doc = (await openapiRoute().json()) as Doc;
    const failures: string[] = [];
    let checked = 0;
    for (const [path, handler] of Object.entries(HANDLERS)) {
      for (const param of doc.paths[path]!.get!.parameters!.filter((p) => p.in === 'query')) {
        // an export parameter is checked on the first view that reads it
        const view = /Read by the views ([\w-]+)/.exec(param.description ?? '')?.[1] ?? 'occupations';
        for (const value of outside(param.schema)) {
          const res = await handler({ [param.name]: value }, view);
          const body = await res.json();
          checked++;
          if (res.status !== 400 || !apiErrorBody.safeParse(body).success || body.parameter !== param.name) {
            failures.push(
              `${path} ${param.name}=${value.slice(0, 20)} → ${res.status} ${JSON.stringify(body).slice(0, 120)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });

  it('answers path segments off the documented pattern with 400, and a database outage with the documented 503 body', async () => {
    const doc = (await openapiRoute().json()) as Doc;
    expect(doc.paths['/api/occupations/{code}']!.get!.parameters![0]!.schema.pattern).toBeDefined();
    const bad = await handleOccupation('13-2011', unreachable);
    expect(bad.status).toBe(400);
    expect(apiErrorBody.parse(await bad.json()).parameter).toBe('code');
    const down = await handleOccupations(req({}), unreachable);
    expect(down.status).toBe(503);
    expect(databaseUnavailableBody.parse(await down.json()).cause).toBe('ECONNREFUSED');
  });
});
