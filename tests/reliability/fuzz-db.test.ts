import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { loadFile } from '@/lib/ingest/load';
import { formatOf } from '@/lib/ingest/parse';
import { dbKinds, freshDb } from '../helpers/db';
import { dataTables, fingerprint } from './fuzz/fingerprint';
import { fuzzCase } from './fuzz/mutations';
import { OutcomeTally, unclear } from './fuzz/outcome';
import { loadSeeds, specAt } from './fuzz/seeds';

const RUNS: Record<string, number> = { pglite: 250, postgres: 150 };
const SEED = 4242;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

describe.each(dbKinds)('hostile files through the full database load on %s', (kind) => {
  const seeds = loadSeeds().filter((s) => !s.name.startsWith('real:')); // hand-written seeds keep this fast
  const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-fuzzdb-'));
  let db: Db;
  let tables: string[];
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    db = await freshDb(kind);
    tables = await dataTables(db);
    for (const seed of seeds) {
      const file = `seed${path.extname(seed.spec.file)}`;
      writeFileSync(path.join(dir, file), seed.bytes);
      const result = await loadFile(db, dir, specAt(seed, file), { force: true });
      expect(result.status, `${seed.name}: ${result.message}`).toBe('succeeded');
    }
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`${RUNS[kind]} mutated files: a failed import leaves every data table unchanged`, async () => {
    const tally = new OutcomeTally();
    const unclearErrors: string[] = [];
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fuzzCase(seeds.length), fc.boolean(), async ({ seed: index, mutations }, skipInvalid) => {
        const seed = seeds[index]!;
        const bytes = mutations.reduce((b, m) => m.apply(b, formatOf(seed.spec).delimiter), seed.bytes);
        const file = `case-${n++}${path.extname(seed.spec.file)}`;
        writeFileSync(path.join(dir, file), bytes);
        const names = mutations.map((m) => m.name);
        const before = await fingerprint(db, tables);
        const result = await loadFile(db, dir, specAt(seed, file), { force: true, skipInvalid });
        const after = await fingerprint(db, tables);
        for (const e of result.errors) if (unclear(e)) unclearErrors.push(`${unclear(e)}: ${e.reason.slice(0, 80)}`);
        if (result.status === 'failed') {
          expect(after).toEqual(before); // nothing half-loaded
          expect(result.message ?? '').not.toBe('');
          tally.add(names, /^database error/.test(result.message ?? '') ? 'failed:database' : 'rejected');
        } else {
          expect(result.status).toBe('succeeded');
          const scope = Object.entries(seed.spec.scope);
          const where = scope.map(([c], i) => `${c} = $${i + 1}`).join(' AND ') || 'true';
          const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM ${seed.spec.target.table} WHERE ${where}`,
            ...scope.map(([, v]) => v),
          );
          expect(rows[0]?.n).toBe(result.rowsLoaded); // the scope holds exactly the file's rows
          tally.add(names, result.rowsRejected ? 'loaded:skipped-invalid' : 'clean');
        }
        const runs = await db.prisma.importRun.count({ where: { file, status: { in: ['succeeded', 'failed'] } } });
        expect(runs).toBe(1); // every outcome is recorded
        rmSync(path.join(dir, file));
      }),
      { numRuns: RUNS[kind], seed: SEED, endOnFailure: true },
    );
    console.log(tally.format(`Full load on ${kind} (seed ${SEED})`));
    expect(tally.cases).toBe(RUNS[kind]);
    expect(unhandled).toEqual([]);
    expect([...new Set(unclearErrors)].slice(0, 5)).toEqual([]);
  });
});
