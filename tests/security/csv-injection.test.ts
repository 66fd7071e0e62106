import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as openapi } from '@/app/api/openapi.json/route';
import { handleExport } from '@/lib/api/handlers';
import type { Db } from '@/lib/db/client';
import { seedFixture } from '../api/fixture';
import { freshDb } from '../helpers/db';

/** Cells a spreadsheet would run as formulas (OWASP CSV injection), planted in titles and task text. */
const FORMULAS = [
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(A1:A9)',
  '-2+3+cmd|" /C calc"!A0',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '\uFF1DHYPERLINK("http://evil.example")',
  ' =1+1',
];
const DANGEROUS = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/u;

describe('CSV exports are safe against formula injection (through the export route, PGlite)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb('pglite');
    await seedFixture(db);
    for (const [i, f] of FORMULAS.entries()) {
      await db.prisma.$executeRaw`UPDATE onet_task SET text = ${f} WHERE onet_version = '30.1' AND task_id = ${i + 1}`;
    }
    await db.prisma.$executeRaw`UPDATE onet_occupation SET title = ${FORMULAS[0]} WHERE code = '13-2011.00'`;
    await db.prisma.$executeRaw`UPDATE onet_occupation SET title = ${FORMULAS[1]} WHERE code = '15-1252.00'`;
  });
  afterAll(async () => {
    await db?.close();
  });

  it('no exported cell starts with = + - @ tab or CR unless it is a plain number', async () => {
    const doc = (await openapi().json()) as {
      paths: Record<string, { get?: { parameters?: { name: string; schema?: { enum?: string[] } }[] } }>;
    };
    const views =
      doc.paths['/api/export/{view}.csv']?.get?.parameters?.find((p) => p.name === 'view')?.schema?.enum ?? [];
    expect(views.length).toBeGreaterThan(0);
    let cells = 0;
    let neutralised = 0;
    for (const view of views) {
      const file = view.endsWith('.csv') ? view : `${view}.csv`;
      const query = file.startsWith('tasks') || file.startsWith('occupation') ? '?code=13-2011.00' : '';
      let res = await handleExport(file, new Request(`http://127.0.0.1/api/export/${file}${query}`), db);
      if (res.status === 400) res = await handleExport(file, new Request(`http://127.0.0.1/api/export/${file}`), db);
      if (res.status !== 200) continue; // views needing other parameters are covered by the metacharacter test
      const text = await res.text();
      const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
      for (const row of rows) {
        for (const cell of row) {
          cells++;
          if (cell.startsWith("'") && DANGEROUS.test(cell.slice(1))) neutralised++;
          if (DANGEROUS.test(cell))
            expect(Number.isFinite(Number(cell)), `${file}: ${JSON.stringify(cell)}`).toBe(true);
        }
      }
    }
    console.log(
      `CSV injection: ${views.length} views, ${cells} cells checked, ${neutralised} formula cells neutralised with a leading quote`,
    );
    expect(neutralised).toBeGreaterThan(0); // the planted formulas really reached an export
  });
});
