import path from 'node:path';
import { specs as eloundou } from '../../lib/ingest/sources/eloundou';
import { specs as onet } from '../../lib/ingest/sources/onet';
import type { AnyFileSpec } from '../../lib/ingest/types';

export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'ingest');
/** A small data directory laid out like ../shared/data (O*NET 30.1 and 23.x, Eloundou labels). */
export const MINI_DATA = path.join(FIXTURES, 'data');
export const MALFORMED = path.join(FIXTURES, 'malformed');

/** The registered O*NET/Eloundou spec whose file path ends with `suffix`. */
export function specOf(suffix: string): AnyFileSpec {
  const spec = [...onet, ...eloundou].find((s) => s.file.endsWith(suffix));
  if (!spec) throw new Error(`no spec for ${suffix}`);
  return spec;
}

/** Table fingerprint: row count and md5 of all rows in primary-key order. */
export const FINGERPRINT_SQL = (table: string, orderBy: string) =>
  `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY ${orderBy}), '')) AS md5 FROM ${table} t`;
