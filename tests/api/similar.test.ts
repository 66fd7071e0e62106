import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleExport, handleOccupation } from '@/lib/api/handlers';
import type { Db } from '@/lib/db/client';
import { clearDashboardCache } from '@/lib/db/queries/cache';
import { dbKinds, freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

const req = (path: string) => new Request(`http://localhost${path}`);

interface Detail {
  similar: { code: string; title: string; similarity: number; exposure: number | null; jobZone: number | null }[];
  reskilling: { code: string; similarity: number }[];
  tasks: { taskId: number; topTokens: { token: string }[] }[];
}

describe.each(dbKinds)('similar occupations and task explanations on %s (fixture rows)', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    await seedFixture(db);
    // an older scoring run that stored stopwords among the top tokens
    await db.prisma
      .$executeRaw`UPDATE task_score SET top_tokens = '[{"token":"and","weight":0.6},{"token":"reports","weight":0.4},{"token":"the","weight":0.35},{"token":"audit","weight":0.3}]'::jsonb
      WHERE code = '13-2011.00' AND task_id = 1`;
    clearDashboardCache();
  });
  afterAll(async () => db?.close());

  it('lists every other occupation by similarity, worked out by hand from the fixture', async () => {
    const d = (await (await handleOccupation('13-2011.00', db)).json()) as Detail;
    // 15-1252.00: standardised skills −1/3 (w 0.35), no shared task word (0, w 0.20), no DWAs → content 0.8·(−0.35/3)/0.55;
    // different major group (0) and the same job zone (1) → 0.1; total −0.0697.
    // 47-2031.00: skills −1/√3, tasks 0, job zones 4 and 2 (0.5) → 0.8·(−0.35/√3)/0.55 + 0.05 = −0.2439.
    // 11-1011.*: no shared content (0), job zone 5 vs 4 (0.75) → 0.075; the tie goes by code.
    expect(d.similar.map((s) => [s.code, s.similarity])).toEqual([
      ['11-1011.00', 0.075],
      ['11-1011.03', 0.075],
      ['15-1252.00', -0.0697],
      ['47-2031.00', -0.2439],
    ]);
    expect(d.similar[2]).toMatchObject({ title: 'Software Developers', exposure: 0.6, jobZone: 4 });
    // the reskilling path uses the same similarity
    expect(d.reskilling.map((r) => [r.code, r.similarity])).toEqual([['15-1252.00', -0.0697]]);
    const back = (await (await handleOccupation('15-1252.00', db)).json()) as Detail;
    expect(back.similar.find((s) => s.code === '13-2011.00')?.similarity).toBe(-0.0697);
  });

  it('exports the same list as CSV, ranked', async () => {
    const res = await handleExport(
      'occupation-similar.csv',
      req('/api/export/occupation-similar.csv?code=13-2011.00'),
      db,
    );
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('rank,onet_soc_code,title,similarity,exposure,job_zone');
    expect(lines[1]).toBe('1,11-1011.00,Chief Executives,0.075,0.4,5');
    expect(lines[4]).toBe('4,47-2031.00,Carpenters,-0.2439,0.05,2');
    expect(
      (await handleExport('occupation-similar.csv', req('/api/export/occupation-similar.csv?code=bad'), db)).status,
    ).toBe(400);
  });

  it('drops stopwords from stored top tokens at display, in the API and the tasks CSV', async () => {
    const d = (await (await handleOccupation('13-2011.00', db)).json()) as Detail;
    expect(d.tasks.find((t) => t.taskId === 1)?.topTokens.map((t) => t.token)).toEqual(['reports', 'audit']);
    const csv = await (await handleExport('tasks.csv', req('/api/export/tasks.csv?code=13-2011.00'), db)).text();
    expect(csv).toContain(',reports audit,');
    expect(csv).not.toMatch(/,and reports/);
  });
});
