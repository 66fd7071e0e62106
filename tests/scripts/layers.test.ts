import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', '.bin', 'depcruise');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const tree = mkdtempSync(path.join(tmpdir(), 'taskshift-layers-'));

/** Writes a tiny project (files relative to its root) and cruises its lib/ (and app/, where given) with the repository's layer rules. */
function cruise(files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    writeFileSync(path.join(tree, file), text);
  }
  const dirs = ['lib', 'app'].filter((dir) => existsSync(path.join(tree, dir)));
  return spawnSync(DEPCRUISE, [...dirs, '--config', CONFIG], { cwd: tree, encoding: 'utf8' });
}

describe('layer rules (.dependency-cruiser.cjs, npm run lint:layers)', () => {
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it('the repository keeps them, with no known violations left to ignore', () => {
    const run = spawnSync('npm', ['run', '-s', 'lint:layers'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/no dependency violations found/);
    expect(JSON.parse(readFileSync(path.join(ROOT, '.dependency-cruiser-known-violations.json'), 'utf8'))).toEqual([]);
  });

  it('read .tsx files too (JSX parsed): a component importing against the direction fails, a page importing down passes', () => {
    rmSync(path.join(tree, 'lib'), { recursive: true, force: true });
    rmSync(path.join(tree, 'app'), { recursive: true, force: true });
    writeFileSync(
      path.join(tree, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx' } }),
    );
    const up = cruise({
      'lib/api/schema.ts': 'export interface Query { q: string }\n',
      'lib/views/chart.tsx':
        "import type { Query } from '../api/schema';\nexport const Chart = ({ q }: Query) => <figure data-q={q}>{q}</figure>;\n",
    });
    expect(up.status).not.toBe(0);
    expect(up.stdout).toMatch(/error views-below-api: lib\/views\/chart\.tsx → lib\/api\/schema\.ts/);

    rmSync(path.join(tree, 'lib'), { recursive: true, force: true });
    const down = cruise({
      'lib/views/rows.ts': 'export const rows = (): string[] => [];\n',
      'app/page.tsx':
        "import { rows } from '../lib/views/rows';\nexport default function Page() {\n  return <ul>{rows().map((r) => <li key={r}>{r}</li>)}</ul>;\n}\n",
    });
    expect(down.status, down.stdout + down.stderr).toBe(0);
    expect(down.stdout).toMatch(/no dependency violations found \(2 modules, 1 dependencies cruised\)/);
  });

  it('fail a database driver imported outside lib/db (packages are in the graph, not excluded), and allow it in lib/db', () => {
    rmSync(path.join(tree, 'lib'), { recursive: true, force: true });
    rmSync(path.join(tree, 'app'), { recursive: true, force: true });
    writeFileSync(
      path.join(tree, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx' } }),
    );
    const driver = {
      'node_modules/pg/package.json': '{"name":"pg","main":"index.js"}\n',
      'node_modules/pg/index.js': 'exports.Pool = class {};\n',
    };
    const outside = cruise({
      ...driver,
      'app/table.tsx': "import { Pool } from 'pg';\nexport const Table = () => <table data-pool={String(Pool)} />;\n",
    });
    expect(outside.status).not.toBe(0);
    expect(outside.stdout).toMatch(
      /error only-lib-db-talks-to-the-database: app\/table\.tsx → node_modules\/pg\/index\.js/,
    );

    rmSync(path.join(tree, 'app'), { recursive: true, force: true });
    const inside = cruise({
      'lib/db/client.ts': "import { Pool } from 'pg';\nexport const pool = () => new Pool();\n",
    });
    expect(inside.status, inside.stdout + inside.stderr).toBe(0);
  });

  it('fail a type-only import from lib/db up into lib/analytics, and allow the downward one', () => {
    rmSync(path.join(tree, 'lib'), { recursive: true, force: true });
    rmSync(path.join(tree, 'app'), { recursive: true, force: true });
    writeFileSync(
      path.join(tree, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } }),
    );
    const up = cruise({
      'lib/analytics/shape.ts': 'export interface Shape { n: number }\n',
      'lib/db/reader.ts': "import type { Shape } from '../analytics/shape';\nexport const read = (s: Shape) => s.n;\n",
    });
    expect(up.status).not.toBe(0);
    expect(up.stdout).toMatch(/error db-is-the-bottom: lib\/db\/reader\.ts → lib\/analytics\/shape\.ts/);

    rmSync(path.join(tree, 'lib'), { recursive: true, force: true });
    const down = cruise({
      'lib/db/shape.ts': 'export interface Shape { n: number }\n',
      'lib/analytics/reader.ts': "import type { Shape } from '../db/shape';\nexport const read = (s: Shape) => s.n;\n",
    });
    expect(down.status, down.stdout).toBe(0);
  });
});
