import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvResponse } from '@/lib/api/csv-response';
import { handleExport, handleIndices, handleOccupation } from '@/lib/api/handlers';
import type { Db } from '@/lib/db/client';
import { dbKinds, freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

const req = (path: string) => new Request(`http://localhost${path}`);
const N = 620; // more occupations than the scatter plots (500), so the CSV must hold rows the chart leaves out

/** N extra scored occupations reached by a SOC 2018 index named like a real one. */
function manyPointsSql(): string {
  const codes = Array.from({ length: N }, (_, i) => `53-${String(1000 + i)}`);
  const occ = codes.map((c, i) => `('30.1','${c}.00','${c}','Mover ${i}','d','53')`).join(',');
  const score = codes.map((c, i) => `('m1','${c}.00',${(i / N).toFixed(4)},0,1,0,0,1)`).join(',');
  const index = codes
    .map((c, i) => `('anthropic_observed_exposure','soc2018','${c}',NULL,${((i * 7) % N) / N})`)
    .join(',');
  return `INSERT INTO onet_occupation VALUES ${occ};
INSERT INTO occupation_score VALUES ${score};
INSERT INTO exposure_index (index_name, code_system, code, year, value) VALUES ${index};`;
}

describe.each(dbKinds)('indices API and CSV on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    await seedFixture(db);
    await db.execScript(manyPointsSql());
  });
  afterAll(async () => db?.close());

  it('names every index in words and describes it, keeping the key apart', async () => {
    const v = (await (await handleIndices(db)).json()) as {
      comparisons: { indexName: string; label: string; about: { citation: string; scale: string } }[];
    };
    const aei = v.comparisons.find((c) => c.indexName === 'anthropic_observed_exposure')!;
    expect(aei.label).toBe('Anthropic observed exposure (Economic Index)');
    expect(aei.about.citation).toContain('Handa et al.');
    expect(v.comparisons.find((c) => c.indexName === 'frey_osborne')!.label).toBe('Frey osborne (uploaded index)');
    const csv = (await (await handleExport('indices.csv', req('/api/export/indices.csv'), db)).text()).split('\r\n');
    expect(csv[0]).toBe(
      'index,index_label,code_system,year,source_codes,occupations_reached,matched_with_scores,pearson,spearman,scale,citation',
    );
    expect(csv.find((l) => l.startsWith('anthropic_observed_exposure,'))).toContain(
      ',Anthropic observed exposure (Economic Index),soc2018,',
    );
  });

  it('labels the indices on the occupation API and its CSV', async () => {
    const d = (await (await handleOccupation('13-2011.00', db)).json()) as {
      indices: { indexName: string; label: string }[];
    };
    expect(d.indices.find((i) => i.indexName === 'ilo')?.label).toBe('Ilo (uploaded index)');
    const csv = await (
      await handleExport('occupation-indices.csv', req('/api/export/occupation-indices.csv?code=13-2011.00'), db)
    ).text();
    expect(csv.split('\r\n')[0]).toBe('measure,measure_label,value,percentile');
    expect(csv).toContain('taskshift_model,Taskshift model,0.8,');
  });

  it('exports every matched occupation of a scatter, not only the plotted points', async () => {
    const v = (await (await handleIndices(db)).json()) as {
      comparisons: { indexName: string; matched: number; points: unknown[] }[];
    };
    const aei = v.comparisons.find((c) => c.indexName === 'anthropic_observed_exposure')!;
    expect(aei.matched).toBe(N);
    expect(aei.points.length).toBeLessThan(N); // the chart is thinned…
    const res = await handleExport(
      'index-points.csv',
      req('/api/export/index-points.csv?index=anthropic_observed_exposure'),
      db,
    );
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines).toHaveLength(1 + N); // …its CSV is not
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(N);
  });

  it('adds a UTF-8 byte-order mark when bom=1, to streamed and cached exports alike, and validates bom', async () => {
    for (const path of ['index-points.csv?index=ilo', 'indices.csv', 'tasks.csv?code=13-2011.00']) {
      const view = path.split('?')[0]!;
      const plain = new Uint8Array(await (await handleExport(view, req(`/api/export/${path}`), db)).arrayBuffer());
      const sep = path.includes('?') ? '&' : '?';
      const bom = new Uint8Array(
        await (await handleExport(view, req(`/api/export/${path}${sep}bom=1`), db)).arrayBuffer(),
      );
      expect([...plain.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      expect([...bom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(Buffer.from(bom.slice(3)).equals(Buffer.from(plain))).toBe(true);
    }
    const bad = await handleExport('indices.csv', req('/api/export/indices.csv?bom=yes'), db);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'Invalid parameter "bom": must be 0 or 1', parameter: 'bom' });
  });
});

describe('csvResponse', () => {
  it('puts the BOM in front of an empty stream too', async () => {
    async function* none(): AsyncGenerator<string> {}
    const bytes = new Uint8Array(await csvResponse(none(), 'x.csv', { bom: true }).arrayBuffer());
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
