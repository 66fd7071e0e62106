import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearScopeSql, copyText, encodeValue, ident, insertSql, updateSql } from '../../lib/db/bulk';
import type { Db } from '../../lib/db/client';
import { inSourceTransaction } from '../../lib/db/imports';
import type { TableTarget } from '../../lib/ingest/types';
import { dbKinds, freshDb } from '../helpers/db';

const LABELS: TableTarget = {
  table: 'occupation_label',
  columns: [
    { name: 'code', type: 'text' },
    { name: 'title', type: 'text' },
    ...['dv_alpha', 'dv_beta', 'dv_gamma', 'human_alpha', 'human_beta', 'human_gamma'].map((name) => ({
      name,
      type: 'float' as const,
    })),
  ],
};
const TRICKY = [
  'tab\there',
  'line\nbreak\r\nwindows',
  'back\\slash \\N not null',
  'quote " and \'',
  'ünïcødé ✓',
  '\\.',
];

describe('bulk SQL and COPY text', () => {
  it('escapes COPY text cells and writes NULL as \\N', () => {
    expect(
      copyText([
        ['a\tb', null],
        ['c\\d', 'e\nf\r'],
      ]),
    ).toBe('a\\tb\tc\\\\d\n\\N\te\\nf\\r\n');
  });

  it('builds unnest statements with every column as a text[] parameter, cast in SQL', () => {
    const target: TableTarget = {
      table: 'task_label',
      mode: 'update',
      keyColumns: ['code', 'task_id'],
      columns: [
        { name: 'code', type: 'text' },
        { name: 'task_id', type: 'int' },
        { name: 'human_automation', type: 'text' },
      ],
    };
    expect(insertSql(target)).toBe(
      'INSERT INTO task_label (code, task_id, human_automation) SELECT u.c0::text, u.c1::int, u.c2::text FROM unnest($1::text[], $2::text[], $3::text[]) AS u(c0, c1, c2)',
    );
    expect(updateSql(target)).toBe(
      'UPDATE task_label AS t SET human_automation = u.c2::text FROM unnest($1::text[], $2::text[], $3::text[]) AS u(c0, c1, c2) WHERE t.code = u.c0::text AND t.task_id = u.c1::int',
    );
    expect(clearScopeSql(target, { code: 'x' })).toEqual({
      sql: 'UPDATE task_label SET human_automation = NULL WHERE code = $1 AND (human_automation IS NOT NULL)',
      params: ['x'],
    });
    expect(clearScopeSql({ ...target, mode: 'insert' }, {})).toEqual({ sql: 'DELETE FROM task_label', params: [] });
  });

  it('refuses identifiers that are not plain lower-case names', () => {
    expect(() => ident('onet_task; DROP TABLE x')).toThrow(/Unsafe SQL identifier/);
    expect(() => insertSql({ table: 'Task', columns: [{ name: 'a', type: 'text' }] })).toThrow(/Unsafe/);
  });

  it('encodes values as the text Postgres casts from', () => {
    expect([
      encodeValue('int', 5),
      encodeValue('float', 0.1),
      encodeValue('bool', false),
      encodeValue('jsonb', { a: '#' }),
      encodeValue('text', undefined),
    ]).toEqual(['5', '0.1', 'false', '{"a":"#"}', null]);
  });
});

describe.each(dbKinds)('bulk writes round-trip on %s', (kind) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('stores tabs, newlines, backslashes, quotes, unicode and floats exactly', async () => {
    const columns = [
      TRICKY.map((_, i) => `11-101${i}.00`),
      TRICKY,
      ...Array.from({ length: 6 }, (_, c) => TRICKY.map((_, i) => encodeValue('float', (i + c) / 7 + 1e-12))),
    ];
    const loaded = await inSourceTransaction(db, 'test', async (tx) => {
      await tx.clearScope(LABELS, {});
      const writer = tx.writer(LABELS);
      await writer.write({ rows: TRICKY.length, columns });
      return writer.end();
    });
    expect(loaded).toBe(TRICKY.length);
    const rows = await db.prisma.$queryRawUnsafe<{ title: string; dv_alpha: number }[]>(
      'SELECT title, dv_alpha FROM occupation_label ORDER BY code',
    );
    expect(rows.map((r) => r.title)).toEqual(TRICKY);
    expect(rows.map((r) => r.dv_alpha)).toEqual(TRICKY.map((_, i) => i / 7 + 1e-12));
  });
});
