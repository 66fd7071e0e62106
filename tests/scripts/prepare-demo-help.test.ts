import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');

describe('scripts/prepare-demo.ts --help', () => {
  it('prints its usage and exits 0 before touching the database or starting a build', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-demo.ts', '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PGLITE_DIR: '/nonexistent/never-opened' },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/first half of `npm run start:demo`/);
    expect(run.stdout + run.stderr).not.toMatch(/phase|Migrated/);
  }, 60_000);
});
