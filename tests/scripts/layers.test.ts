import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', '.bin', 'depcruise');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const tree = mkdtempSync(path.join(tmpdir(), 'taskshift-layers-'));

/** Writes a tiny project (files relative to its root) and cruises its lib/ with the repository's layer rules. */
function cruise(files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    writeFileSync(path.join(tree, file), text);
  }
  return spawnSync(DEPCRUISE, ['lib', '--config', CONFIG], { cwd: tree, encoding: 'utf8' });
}

describe('layer rules (.dependency-cruiser.cjs, npm run lint:layers)', () => {
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it('the repository keeps them, beside the known violations listed in .dependency-cruiser-known-violations.json', () => {
    const run = spawnSync('npm', ['run', '-s', 'lint:layers'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/no dependency violations found/);
  });

  it('leave out only top-layer files: .tsx (which the swc parser cannot read) lives under app/ alone', () => {
    const tsx = ['lib', 'cli', 'scripts', 'bench']
      .filter((dir) => existsSync(path.join(ROOT, dir)))
      .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx')).map((f) => `${dir}/${f}`));
    expect(tsx).toEqual([]);
  });

  it('fail a type-only import from lib/db up into lib/analytics, and allow the downward one', () => {
    writeFileSync(path.join(tree, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } }));
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
