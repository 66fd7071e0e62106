import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleExport, handleSkillsShift } from '@/lib/api/handlers';
import type { Db } from '@/lib/db/client';
import { dbKinds, freshDb } from '../helpers/db';
import { seedFixture } from './fixture';

const req = (path: string) => new Request(`http://localhost${path}`);

interface Shift {
  elementId: string;
  change: number;
  ratings: number;
  mix: number;
  interaction: number;
  coverage: number;
  standardError: number | null;
  distinguishable: boolean | null;
  occupations: number;
}

describe.each(dbKinds)('skill shift API and CSV with standard errors on %s (worked by hand)', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
    await seedFixture(db);
    // Give the fixture's ratings O*NET standard errors and survey dates (all re-surveyed: dates differ).
    await db.execScript(`UPDATE onet_rating SET standard_error = 0.2, date = '08/2018' WHERE onet_version = '23.x';
      UPDATE onet_rating SET standard_error = 0.1, date = '08/2025' WHERE onet_version = '30.1';`);
  });
  afterAll(async () => db?.close());

  it('splits each change into ratings, mix and interaction, with a standard error, and states the years once', async () => {
    const v = (await (await handleSkillsShift(db)).json()) as { shift: Shift[]; period: { statement: string } };
    expect(v.period.statement).toBe(
      'O*NET 23.x skill ratings (data collected up to 08/2018) weighted by OEWS May 2018 employment, against O*NET 30.1 skill ratings (data collected up to 08/2025) weighted by OEWS May 2024 employment.',
    );
    // Reading Comprehension: 3 → 4 in both matched occupations; shares 2018 (.6, .4), 2024 (1400, 1600)/3000
    const rc = v.shift.find((s) => s.elementId === '2.A.1.a')!;
    expect(rc.change).toBeCloseTo(1, 12);
    expect(rc.ratings).toBeCloseTo(1, 12);
    expect(rc.mix).toBeCloseTo(0, 12); // equal old ratings: moving employment between them changes nothing
    expect(rc.interaction).toBeCloseTo(0, 12);
    expect(rc.ratings + rc.mix + rc.interaction + rc.coverage).toBeCloseTo(rc.change, 12);
    const variance = (0.6 * 0.2) ** 2 + (0.4 * 0.2) ** 2 + ((1400 / 3000) * 0.1) ** 2 + ((1600 / 3000) * 0.1) ** 2;
    expect(rc.standardError).toBeCloseTo(Math.sqrt(variance), 12);
    expect(rc.distinguishable).toBe(true);
    // Programming: 23.x rates only 15-1252 (4 → 5 there); 13-2011 (rated 2 in 30.1 only) is the coverage part
    const prog = v.shift.find((s) => s.elementId === '2.B.3.e')!;
    expect(prog.change).toBeCloseTo(-0.4, 12);
    expect(prog.ratings).toBeCloseTo(1, 12);
    expect(prog.coverage).toBeCloseTo(-1.4, 12);
    expect(prog.occupations).toBe(1);
  });

  it('exports the same split and flag as CSV', async () => {
    const lines = (await (await handleExport('skills-shift.csv', req('/api/export/skills-shift.csv'), db)).text())
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'element_id,skill,importance_23x,importance_30_1,change,change_from_ratings,change_from_mix,change_interaction,change_from_coverage,standard_error,distinguishable_from_zero,occupations,oews_year_23x,oews_year_30_1',
    );
    const rc = lines.find((l) => l.startsWith('2.A.1.a,'))!.split(',');
    expect(rc.slice(1, 5)).toEqual(['Reading Comprehension', '3', '4', '1']);
    expect(rc.slice(10)).toEqual(['true', '2', '2018', '2024']);
  });
});
