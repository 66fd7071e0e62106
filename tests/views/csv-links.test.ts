import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvHref, VIEWS } from '@/lib/views/registry';

/** Every .ts/.tsx file under app/, with its path. */
function appFiles(dir = 'app'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? appFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('CSV links name registered views', () => {
  it('every /api/export/{name}.csv written in app/ is a view of the registry', () => {
    const named = appFiles().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\/api\/export\/([a-z0-9-]+)\.csv/g)].map((m) => `${m[1]} (${file})`),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((n) => !VIEWS.has(n.split(' ')[0]!))).toEqual([]);
  });

  it('builds the link from the view and the filters its rows were opened with', () => {
    expect(csvHref({ name: 'tasks', query: { code: '13-2011.00' } })).toBe('/api/export/tasks.csv?code=13-2011.00');
    expect(csvHref({ name: 'overview-groups', query: {} })).toBe('/api/export/overview-groups.csv');
    expect(csvHref({ name: 'index-points', query: { index: 'a b&c' } })).toBe(
      '/api/export/index-points.csv?index=a+b%26c',
    );
  });
});
